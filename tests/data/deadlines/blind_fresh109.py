"""A HUNDRED-AND-NINTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the morning (the machine's clock read 09:37 at the
start and about 09:47 when the labels were written), by a labelling helper (branch issue12l109-s46)
that neither changed, imported nor ran the parser, working at the same time as the other labellers
of stop 46, whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full (rule 6.4 among them), the docstring,
comments, some cases and README section of `blind_fresh104.py`, and the top docstring of the parser
package only (parts of the day: afternoon ends 18:00, lunchtime 14:00; the vague windows; "before
<day>" the day before); nothing else of `bot/core/deadlines/` was opened. The brief asked for EU
institutions where reuse is allowed (the European Commission's press corner and daily news, the
European Parliament's press releases and plenary news, the Council of the EU's press releases), the
Government of Canada's news releases and notices under the Open Government Licence - Canada (not the
House of Commons Debates), Wikinews (CC BY 2.5), and US federal agencies (public domain) for at most
a quarter of the cases; no publisher above a fifth; consultations with closing dates, entries into
force, plenary and Council timetables, notices, funding calls with deadlines, news with dates.

No Canadian page was taken: the Government of Canada pages the searches offered (canada.ca lists and
news releases) could not be shown to be under the Open Government Licence - Canada; the stored
canada.ca and departmental terms pages read allow reproduction for non-commercial purposes only, so
the licence could not be established and the pages were dropped (none was claimed).

The set quotes two European Parliament 'EP Today' previews (15 September 2020 and 15 September
2021), two Council of the EU fortnightly 'Main topics and media events' overviews (carried by EU
Monitor, 29 April - 12 May 2019, and by government-world.com, 14 - 27 May 2018) and the opening two
lines of a General Affairs Council indicative programme (21 May 2019, carried by parlement.com), a
European Commission Daily News of 4 May 2018 (carried by ifa.ie) and two Midday Express issues of
the Commission (28 September 2012, 25 April 2013; europa.eu/rapid), two Wikinews pages (a Wikinews
Bulletin item of 26 June 2007 and an Audio Briefs script of 12 February 2014) and three Wikinews
article leads carried with their date lines and source line on a list page of artlandeck.com, a US
Department of the Interior meeting notice (Federal Register, 23 January 2015), an EPA advisory
committee meeting notice (Federal Register, 29 April 2020) and a National Park Service release (29
October 2010, carried in full by The Federal Newswire): 73 cases from 7 publishers (the Council of
the EU 14, 19%; the European Commission 14, 19%; Wikinews 14, 19%; the European Parliament 13, 18%;
the Department of the Interior's Office 6, the EPA 6, the National Park Service 6), 18 of them
(24.7%, below a quarter) from the United States.

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a part of
the day, a period, a span, a year, "now", "current", "recent", "latest", "annual", "monthly",
"never", "minutes", "time", "live", "to date", "since", "ahead of", "before", "after"); the sentences
of the openings read that hold none were skipped, as were titles, headings, date lines, datelines,
field labels before colons (the words after them are quoted), list points, navigation, contact
lines, links and sentences cut off by the end of an opening. Two schedule lines of the Council
programme are quoted as lines. No word was changed: "to18.15", "counter-parts" and "first-serve"
stay as the pages have them; line breaks of the Federal Register text are read as spaces. The
sentences were found with a search over stored copies of public pages and taken as they came in the
openings the search returns, in page order. Three pages were cut short, in page order, not by
choice of sentence, to keep the United States at or below a quarter and every publisher at or below
a fifth: the General Affairs Council programme after its second line, the artlandeck.com list after
its third article lead (the fourth quoted lead, Barcelona, 12 July 2005, was left out) and the
National Park Service release after its sixth sentence with a time word. See README.md
("Hundred-and-ninth fresh blind set") for every address, publisher and licence. Each address was
checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and
claimed (`fresh109`) in `/work/helper-brief/claims.txt` before a quote was taken; pages found used
were dropped. Every sentence was then checked whole with the same tool (skipping this file): five
were found used (stock wording: "A resolution will be put to the vote on Thursday." on both EP pages,
the Council's "Overview of the main subjects ... over the next two weeks.", the Commission's "In its
monthly package of infringement decisions ...", and the first artlandeck.com lead, on Wikinews'
2020 year in review) and were dropped. Each label was worked out by hand from the words, the
publication date and the publisher's zone; the conversion of local instants to UTC wall time, the
weekdays and the day counts were done with Python's zoneinfo and datetime in a scratch script
outside the repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the labels were
committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 6.3"), then `blind_fresh104.py`: the publisher's zone (EU institutions
Europe/Brussels; Wikinews UTC; the Interior and EPA notices America/New_York; the Rocky Mountain
release America/Denver); the publication date at 10:00 local, except the two 'EP Today' previews,
said at 08:00 local because they preview sittings that open at 9.00 and 9.15 and were out before
them (with 10:00 the day's first clock times would fall on the next morning); where a page carries
no date in its opening, the one its words or other facts give (each page's first comment says which
and why: the 2018 Council overview 11 May 2018, the working day before its fortnight); a day falls
due at 23:59:59 local; a range, a list or a window falls due at its later end (CONVENTIONS 1.1,
6.1); a clock time or a part of the day with no day of its own is read from the sentence and its
moment (CONVENTIONS 6.3; the comment gives the page's instant); the perfect and done acts with
"today" are past (CONVENTIONS 2.4); the present with "today" falls due that day (CONVENTIONS 2.1);
standing practices ("Every year", "annual", "biannual", "monthly", a per-speaker limit) are
recurring (CONVENTIONS 1.3); a time hung on an undated event ("after the meeting", "the next day",
"followed by a working lunch", "ensuing three-hour debate") is event; a start only is earliest
(CONVENTIONS 3.2); refusals have `due=None` and a `refusal` kind; a sentence whose time words set
no time for any act ("current", "recent", "latest", "never", a year in a name) has `due=None` and no
refusal word. Clusters as in `blind_fresh104.py`: 1 no time set, 2 clock times, 3 ranges and several
dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 28 labels are
refusals (past 18, event 5, recurring 4, earliest 1), none is vague; 10 labels are marked "unsure"
and name the other reading; like every label here they stay as committed, whatever the first run
shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 13 case(s) removed, European Parliament (no legal notice of the Parliament found in the store); 60 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_EP21 = "https://www.europarl.europa.eu/news/en/press-room/20210910IPR11910/"
_EP20 = "https://www.europarl.europa.eu/news/en/press-room/20200910IPR86819/ep-today"
_CO19 = "https://www.eumonitor.eu/9353000/1/j9vvik7m1c3gyxp/vkxzmn1pbrzm?ctx=vg9hk8zrn2qz"
_CO18 = "http://government-world.com/main-topics-and-media-events-14-27-may-2018-2/?print=print"
_GAC = (
    "https://denederlandsegrondwet.nl/id/vkyngn79eoyt/nieuws/indicative_programme_general_affairs"
)
_IFA = "https://www.ifa.ie/european-commission-daily-news-04-may-3/"
_MEX12 = "http://europa.eu/rapid/press-release_MEX-12-0928_en.htm?locale=en"
_MEX13 = "http://europa.eu/rapid/press-release_MEX-13-0425_en.htm"
_WNB = "https://en.m.wikinews.org/wiki/Wikinews:Wikinews_Bulletin/2007-2/Board_elections"
_WNBR = "https://en.m.wikinews.org/wiki/Wikinews:Briefs/February_12,_2014"
_ART = "https://www.artlandeck.com/author/hhyya7jo/page/26"
_DOI = "http://federal.elaws.us/fr/1/23/2015/2015-01092"
_EPA = "https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.eyJidWxsZXRpbl9saW5rX2lkIjoxMzksInVyaSI6ImJwMjpjbGljayIsImJ1bGxldGluX2lkIjoiMjAyMDA0MjkuMjA3ODk4MTEiLCJ1cmwiOiJodHRwczovL3d3dy5nb3ZpbmZvLmdvdi9jb250ZW50L3BrZy9GUi0yMDIwLTA0LTI5L2h0bWwvMjAyMC0wOTA3MC5odG0ifQ.qnxWDgpEwsR_9IcTfrX1wOpSwCZshwjvgbVRtdGlIOk/br/77983418442-l"
_NPS = "https://thefederalnewswire.com/stories/633101845-national-park-service-officials-close-trail-ridge-road-to-through-travel-for-the-season-road-construction-completed-one-year-ahead-of-schedule"

FRESH109_CASES: tuple[BlindCase, ...] = (
    # Council of the EU, 'Main topics and media events 29 April - 12 May 2019', carried by EU Monitor ('Source: Council of the European Union', 'published on Friday, May 3 2019'; meeting headings not quoted); zone Europe/Brussels (CEST), said at 10:00 local by convention on 3 May 2019. 'for the period 2019-2024' is the span of the agenda discussed, not a time for the discussion: due None, no refusal word. unsure: a reader could take the range's later end, 31 December 2024
    B(
        text="EU leaders will discuss the EU's next strategic agenda for the period 2019-2024.",
        due=None,
        vague=False,
        said="2019-05-03 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CO19,
        published="2019-05-03",
    ),
    # the same page: 'for the years to come' names no time for the act: due None, no refusal word
    B(
        text="They will exchange views on the challenges and priorities for the EU for the years to come.",
        due=None,
        vague=False,
        said="2019-05-03 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CO19,
        published="2019-05-03",
    ),
    # the same page: 'annual meeting' names only a yearly practice, the meeting's day being in a heading: recurring (CONVENTIONS 1.3). unsure: a reader could give due None with no refusal word
    B(
        text="EU foreign ministers will meet with their counter-parts from the Eastern Partnership (EaP) countries (Armenia, Azerbaijan, Belarus, Georgia, the Republic of Moldova and Ukraine) for their annual meeting in this format.",
        due=None,
        vague=False,
        said="2019-05-03 08:00:00",
        tz="Europe/Brussels",
        refusal="recurring",
        cluster=5,
        source=_CO19,
        published="2019-05-03",
    ),
    # the same page: 'followed by a working lunch' hangs on a meeting this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="The meeting will be followed by a working lunch, marking the 10th anniversary of the Eastern Partnership.",
        due=None,
        vague=False,
        said="2019-05-03 08:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_CO19,
        published="2019-05-03",
    ),
    # the same page: 'current' sets no time: due None, no refusal word
    B(
        text="The Council will review current affairs.",
        due=None,
        vague=False,
        said="2019-05-03 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CO19,
        published="2019-05-03",
    ),
    # the same page: 'recent' sets no time: due None, no refusal word
    B(
        text="It will discuss recent developments in Libya.",
        due=None,
        vague=False,
        said="2019-05-03 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CO19,
        published="2019-05-03",
    ),
    # the same page: 'the next day' after a meeting this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="Foreign ministers will then have an exchange of views on the Sahel, in view of their joint session the next day with foreign and defence ministers of the G5 Sahel countries (Burkina Faso, Chad, Mali, Mauritania and Niger).",
        due=None,
        vague=False,
        said="2019-05-03 08:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_CO19,
        published="2019-05-03",
    ),
    # the same page: '2020' names a reform package: due None, no refusal word
    B(
        text='The Council will have exchanges of views on the 2020 CAP reform package, the Commission\'s communication "A clean planet for all", and trade-related agricultural issues.',
        due=None,
        vague=False,
        said="2019-05-03 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CO19,
        published="2019-05-03",
    ),
    # Council of the EU, 'Main topics and media events 14 - 27 May 2018', carried by government-world.com (print view, no date line; meeting headings not quoted); dated Friday 11 May 2018, the working day before the fortnight it covers begins (the Council issues these ahead of the period); zone Europe/Brussels (CEST), said at 10:00 local. 'after 2020' describes the budget's period, not the discussion: due None, no refusal word
    B(
        text="The Council will discuss the EU’s long-term budget after 2020.",
        due=None,
        vague=False,
        said="2018-05-11 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CO18,
        published="2018-05-11",
    ),
    # the same page: 'the June European Council' names a meeting; the act ('begin preparations') has no time: due None, no refusal word. unsure: a reader could read 'for June' as due at the end of June 2018
    B(
        text="It will also begin preparations for the June European Council and exchange views on the rule of law in Poland.",
        due=None,
        vague=False,
        said="2018-05-11 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CO18,
        published="2018-05-11",
    ),
    # the same page: 'Over lunch' with no day of its own: read like a bare time (CONVENTIONS 6.3), the next lunchtime after the moment, which ends at 14:00 (parser docstring): 11 May 2018 14:00 CEST [page: the Foreign Affairs Council (Trade) of Tuesday 22 May 2018, 14:00]. unsure: a reader could say a part of the day alone sets no time [local due 2018-05-11 14:00:00 Europe/Brussels]
    B(
        text="Over lunch, ministers will exchange views on trade relations with the United States.",
        due="2018-05-11 12:00:00",
        vague=False,
        said="2018-05-11 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_CO18,
        published="2018-05-11",
    ),
    # the same page: 'after 2020' describes the policies discussed: due None, no refusal word
    B(
        text="The Council will discuss the potential of universities, the commercialisation of elite sports, the future of the EU youth policy and of culture after 2020.",
        due=None,
        vague=False,
        said="2018-05-11 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CO18,
        published="2018-05-11",
    ),
    # Council of the EU, indicative programme of the General Affairs Council of 21 May 2019, carried by parlement.com's denederlandsegrondwet.nl ('Met dank overgenomen van Raad van de Europese Unie', published Monday 20 May 2019); zone Europe/Brussels (CEST), said at 10:00 local on 20 May; only the opening two lines were taken (see the docstring). 'times' of a programme, no act given a time: due None, no refusal word
    B(
        text="All times are approximate and subject to change:",
        due=None,
        vague=False,
        said="2019-05-20 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_GAC,
        published="2019-05-20",
    ),
    # the same page: 'from 08.30' gives only the start of the arrivals, a bare clock time: the first 08.30 after the moment is 21 May 2019 08:30 CEST (CONVENTIONS 3.2, 6.3; page: the same) [local earliest 2019-05-21 08:30:00 Europe/Brussels]
    B(
        text="from 08.30 Arrivals (live streaming)",
        due=None,
        vague=False,
        said="2019-05-20 08:00:00",
        tz="Europe/Brussels",
        refusal="earliest",
        earliest="2019-05-21 06:30:00",
        cluster=5,
        source=_GAC,
        published="2019-05-20",
    ),
    # European Commission Daily News of 4 May 2018 (Brussels), carried in full by ifa.ie; zone Europe/Brussels (CEST), said at 10:00 local by convention. 'For the first time' dates nothing: due None, no refusal word
    B(
        text="For the first time, the Commission is convening a Citizens’ Panel to draft a public consultation on the Future of Europe.",
        due=None,
        vague=False,
        said="2018-05-04 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_IFA,
        published="2018-05-04",
    ),
    # the same page: Two dated acts (the panel meets 5-6 May, the consultation is launched on 9 May): the later counts, 9 May 2018, end of day (CONVENTIONS 6.1, 6.2) [local due 2018-05-09 23:59:59 Europe/Brussels]
    B(
        text="Hosted by the European Economic and Social Committee on 5-6 May, a group of 80 Europeans will meet in Brussels to work together on the creation of a 12-question online consultation to be launched on 9 May, Europe Day.",
        due="2018-05-09 21:59:59",
        vague=False,
        said="2018-05-04 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_IFA,
        published="2018-05-04",
    ),
    # the same page: 'will run in parallel to' dialogues organised 'in the next 12 months': a window from the moment, due at its end, 4 May 2019 (CONVENTIONS 1.1); 'published in March 2017' is past [local due 2019-05-04 23:59:59 Europe/Brussels]
    B(
        text="The online consultation follows on from the Commission’s White Paper on the Future of Europe published in March 2017 and will run in parallel to the 500 Citizens’ Dialogues being organised by the Commission in the next 12 months, and the Citizens’ Consultations being run by all EU27 Member States, following the initiative of President Macron.",
        due="2019-05-04 21:59:59",
        vague=False,
        said="2018-05-04 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_IFA,
        published="2018-05-04",
    ),
    # the same page: Simple past with 'today': done when spoken: past (CONVENTIONS 2.4)
    B(
        text="The Commission today published a new report on the implementation of the Nitrates Directive.",
        due=None,
        vague=False,
        said="2018-05-04 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_IFA,
        published="2018-05-04",
    ),
    # the same page: 'in the last two decades', 'has been successful': past
    B(
        text="Today’s report shows that the Directive has been successful in reducing water pollution caused by nitrates in both surface and groundwater in the last two decades.",
        due=None,
        vague=False,
        said="2018-05-04 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_IFA,
        published="2018-05-04",
    ),
    # European Commission Midday Express of 28 September 2012 (europa.eu/rapid, EXME 12 / 28.09); zone Europe/Brussels (CEST), said at 10:00 local by convention (the dateline 'Brussels, 28 September 2012:' before one item is not quoted). 'Every year': a standing pattern: recurring (CONVENTIONS 1.3)
    B(
        text="Every year thousands of unaccompanied minors travel to Europe seeking a new life.",
        due=None,
        vague=False,
        said="2012-09-28 08:00:00",
        tz="Europe/Brussels",
        refusal="recurring",
        cluster=5,
        source=_MEX12,
        published="2012-09-28",
    ),
    # the same page: Present 'calls' with 'Today': the act is done on the day of speaking: due at its end (CONVENTIONS 2.1) [local due 2012-09-28 23:59:59 Europe/Brussels]
    B(
        text="Today in a report on the situation of unaccompanied minors in the EU, the Commission calls for improved efforts at both national and European level to respond effectively and in full respect of the rights of the child to this complex transnational challenge.",
        due="2012-09-28 21:59:59",
        vague=False,
        said="2012-09-28 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_MEX12,
        published="2012-09-28",
    ),
    # the same page: 'in the second quarter of 2012', past tense: past
    B(
        text="The employment and social situation in the EU remained very serious in the second quarter of 2012 with unemployment rising overall but also displaying significant differences between Member States, households' financial situation deteriorating and child poverty increasing.",
        due=None,
        vague=False,
        said="2012-09-28 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_MEX12,
        published="2012-09-28",
    ),
    # the same page: 'since late 2011', 'in three years', of the past: past
    B(
        text="The EU has been in recession or on the verge of it since late 2011 and the overall economic sentiment is at its lowest level in three years.",
        due=None,
        vague=False,
        said="2012-09-28 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_MEX12,
        published="2012-09-28",
    ),
    # the same page: 'pre-crisis years' sets no time for any act: due None, no refusal word
    B(
        text="In this context, job-finding prospects remain poor compared to pre-crisis years.",
        due=None,
        vague=False,
        said="2012-09-28 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_MEX12,
        published="2012-09-28",
    ),
    # the same page: 'in the first quarter of 2012', past tense: past
    B(
        text="Greece and Austria recorded the highest number of hours worked by full-time employed persons in the first quarter of 2012, while Finland, Italy and Ireland recorded the lowest number.",
        due=None,
        vague=False,
        said="2012-09-28 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_MEX12,
        published="2012-09-28",
    ),
    # the same page: 'latest', 'Quarterly' set no time: due None, no refusal word
    B(
        text="These are amongst the main findings of the latest Employment and Social Situation Quarterly Review.",
        due=None,
        vague=False,
        said="2012-09-28 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_MEX12,
        published="2012-09-28",
    ),
    # European Commission Midday Express of 25 April 2013 (europa.eu/rapid, EXME 13 / 25.04); zone Europe/Brussels (CEST), said at 10:00 local by convention. Perfect with 'today' ('has taken today'): past (CONVENTIONS 2.4)
    B(
        text="The Commission has taken today 141 decisions, including 20 reasoned opinions and 4 referrals to the European Union's Court of Justice: against Greece and Italy for not having correctly implemented the Directive banning battery cages for laying hens; against Slovakia for refusing to pay an old-age benefit to pensioners living in other countries and against Spain for discriminatory real estate tax rules.",
        due=None,
        vague=False,
        said="2013-04-25 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_MEX13,
        published="2013-04-25",
    ),
    # the same page: A window open from now 'within one month': 25 May 2013, end of day (CONVENTIONS 1.1, 1.2) [local due 2013-05-25 23:59:59 Europe/Brussels]
    B(
        text="Interested parties can now submit their comments within one month.",
        due="2013-05-25 21:59:59",
        vague=False,
        said="2013-04-25 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_MEX13,
        published="2013-04-25",
    ),
    # Wikinews Bulletin item 'Board elections turn political; Wikinews has candidate edit' (By Steven Fruitsmaak, June 26, 2007; quotes it carries are quoted as they stand); zone UTC (Wikinews), said at 10:00 by convention. 'on June 12', past tense: past
    B(
        text="Jason Safoutin on June 12 became a candidate in the Elections for the Board of Trustees of the Wikimedia Foundation, 2007.",
        due=None,
        vague=False,
        said="2007-06-26 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNB,
        published="2007-06-26",
    ),
    # the same page: 'in time', past tense: past
    B(
        text="User:Sean Heron failed to get the necessary amount of endorsements in time.",
        due=None,
        vague=False,
        said="2007-06-26 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNB,
        published="2007-06-26",
    ),
    # the same page: 'Voting starts on Thursday, June 28, 2007': a one-off start said to happen on a day, due that day (CONVENTIONS 3.1). unsure: a reader could take the start of an ongoing vote as earliest only (CONVENTIONS 3.2, earliest 28 June 2007 00:00) [local due 2007-06-28 23:59:59 UTC]
    B(
        text="Voting starts on Thursday, June 28, 2007.",
        due="2007-06-28 23:59:59",
        vague=False,
        said="2007-06-26 10:00:00",
        tz="UTC",
        cluster=6,
        source=_WNB,
        published="2007-06-26",
    ),
    # the same page: 'current' sets no time: due None, no refusal word
    B(
        text="The current Wikinews accreditation policy is a bit odd.",
        due=None,
        vague=False,
        said="2007-06-26 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNB,
        published="2007-06-26",
    ),
    # the same page: 'minutes' are a meeting's record, no time: due None, no refusal word
    B(
        text="There is no reference to it in any Board meeting minutes (including confidential ones), nor was any resolution passed on it.",
        due=None,
        vague=False,
        said="2007-06-26 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNB,
        published="2007-06-26",
    ),
    # the same page: 'never' sets no time for an act: due None, no refusal word
    B(
        text='The Board has never, to my knowledge, explicitly approved it, and even the policy itself only makes reference to "implicit" approval.',
        due=None,
        vague=False,
        said="2007-06-26 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNB,
        published="2007-06-26",
    ),
    # the same page: 'the perfect time' sets no time: due None, no refusal word
    B(
        text="Board elections are the perfect time to ask hard questions and to be sure you get an answer.",
        due=None,
        vague=False,
        said="2007-06-26 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNB,
        published="2007-06-26",
    ),
    # the same page: 'soon' is a condition in a prediction, not an undertaking of the speaker: due None, no refusal word (CONVENTIONS 4.2, 5.1). unsure: a reader could give the 60-day vague window
    B(
        text="The Wikimedia Foundation at a corporate level is soaked in its own drama and if conditions don't improve soon, it will crash and burn.",
        due=None,
        vague=False,
        said="2007-06-26 10:00:00",
        tz="UTC",
        cluster=4,
        source=_WNB,
        published="2007-06-26",
    ),
    # Wikinews Audio Briefs script, 'Wikinews:Briefs/February 12, 2014' (dateline Wednesday, February 12, 2014; the page date line reads Thursday 13 February, the script speaks of 12 February as today, so 12 February is taken); zone UTC, said at 10:00. 'Today ... We briefly recap': the act done as it is spoken: due at the end of the day (CONVENTIONS 2.1); 'during the last two weeks' is the past the recap covers [local due 2014-02-12 23:59:59 UTC]
    B(
        text="Today on Wikinews: We briefly recap some of the stories appearing on Wikinews during the last two weeks and from around the world.",
        due="2014-02-12 23:59:59",
        vague=False,
        said="2014-02-12 10:00:00",
        tz="UTC",
        cluster=6,
        source=_WNBR,
        published="2014-02-12",
    ),
    # the same page: A statement of the date, no act: due None, no refusal word
    B(
        text="Today is Wednesday, February 12, 2014.",
        due=None,
        vague=False,
        said="2014-02-12 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNBR,
        published="2014-02-12",
    ),
    # the same page: The time words ('over four days in early February') date the gathering, which is past; 'permanently' sets no time for the storing: past. unsure: a reader could give due None with no refusal word
    B(
        text="The material — gathered over four days in early February — will all be stored permanently on Wikimedia Commons as freely-available and reusable, multimedia content.",
        due=None,
        vague=False,
        said="2014-02-12 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNBR,
        published="2014-02-12",
    ),
    # Wikinews article lead carried (with its date line and 'Retrieved from https://en.wikinews.org/...' source line) on a list page of artlandeck.com; the lead's own date line gives the day; zone UTC (Wikinews), said at 10:00. 'Last week', past tense: past
    B(
        text="Last week, U.S. Consumer Product Safety Commission (CPSC) held a press conference on the National Mall in Washington, DC, warning consumers of the dangers of fireworks, and advising them of safe handling.",
        due=None,
        vague=False,
        said="2010-07-04 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_ART,
        published="2010-07-04",
    ),
    # another lead on the same page (its own date line 2008-02-18): 'for nearly three hours', past tense: past
    B(
        text="Television producer and owner of the anti-Scientology website www.xenutv.com (XenuTV), Mark Bunker, also known as Wise Beard Man, chatted online with Wikinews for nearly three hours.",
        due=None,
        vague=False,
        said="2008-02-18 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_ART,
        published="2008-02-18",
    ),
    # another lead on the same page (its own date line 2008-02-18): 'live', 'to date', past tense: past
    B(
        text="More than 120 people followed the interview live (many from Project Chanology), which makes this exclusive Wikinews interview our most attended IRC interview to date.",
        due=None,
        vague=False,
        said="2008-02-18 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_ART,
        published="2008-02-18",
    ),
    # US Department of the Interior notice of a public meeting of the U.S. Coral Reef Task Force (Federal Register, 23 January 2015, FR Doc 2015-01092, as carried by federal.elaws.us); zone America/New_York, said at 10:00 EST on the publication day; field labels before colons ('Meeting Dates:', 'Advance Public Comments:') not quoted, the words after them are. 'biannual meeting' names a practice of the task force: recurring (CONVENTIONS 1.3). unsure: a reader could give due None with no refusal word
    B(
        text="This meeting, the 33rd biannual meeting of the task force, provides a forum for coordinated planning and action among Federal agencies, State and territorial governments, and nongovernmental partners.",
        due=None,
        vague=False,
        said="2015-01-23 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_DOI,
        published="2015-01-23",
    ),
    # the same page: The meeting date: 19 February 2015, end of day, EST [local due 2015-02-19 23:59:59 America/New_York]
    B(
        text="February 19, 2015.",
        due="2015-02-20 04:59:59",
        vague=False,
        said="2015-01-23 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DOI,
        published="2015-01-23",
    ),
    # the same page: 'Submit by January 28, 2015': end of that day, EST [local due 2015-01-28 23:59:59 America/New_York]
    B(
        text="Submit by January 28, 2015.",
        due="2015-01-29 04:59:59",
        vague=False,
        said="2015-01-23 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DOI,
        published="2015-01-23",
    ),
    # the same page: 'in 1998', past: past
    B(
        text="Established by Presidential Executive Order 13089 in 1998, the U.S. Coral Reef Task Force has a mission to lead, coordinate, and strengthen U.S. government actions to better preserve and protect coral reef ecosystems.",
        due=None,
        vague=False,
        said="2015-01-23 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOI,
        published="2015-01-23",
    ),
    # the same page: 'after the meeting', a meeting this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="A written summary of the meeting will be posted on the Web site after the meeting.",
        due=None,
        vague=False,
        said="2015-01-23 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_DOI,
        published="2015-01-23",
    ),
    # the same page: 'before the start of the meeting', undated in the sentence: event (CONVENTIONS 1.3)
    B(
        text="Attendees can register online before the start of the meeting, or on site at the registration desk.",
        due=None,
        vague=False,
        said="2015-01-23 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_DOI,
        published="2015-01-23",
    ),
    # Environmental Protection Agency notice, meeting of the Local Government Advisory Committee (Federal Register Vol. 85 No. 83, Wednesday 29 April 2020, FR Doc 2020-09070, from govinfo.gov through an EPA bulletin link); zone America/New_York (EDT), said at 10:00 local; the 'SUMMARY:' label not quoted; line breaks of the Federal Register text read as spaces. A day with a range of clock times: the later end, 15 May 2020 14:00 EDT (CONVENTIONS 6.1) [local due 2020-05-15 14:00:00 America/New_York]
    B(
        text="The Local Government Advisory Committee (LGAC) will conduct a virtual meeting on Friday, May 15, 2020, 11:00 a.m.-2:00 p.m. (EDT).",
        due="2020-05-15 18:00:00",
        vague=False,
        said="2020-04-29 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EPA,
        published="2020-04-29",
    ),
    # the same page: 'for the remainder of the year' is the span of the priorities, the meeting undated here: due None, no refusal word. unsure: a reader could take the end of 2020
    B(
        text="The focus of the Committee meeting will be to: Deliberate and vote on the Risk Communication Report drafted by the Revitalizing Communities Workgroup of the LGAC and reviewed by other LGAC workgroups and the Small Communities Advisory Subcommittee (SCAS); discuss workgroup charges and issues; and determine the Committee's agenda and priorities for the remainder of the year.",
        due=None,
        vague=False,
        said="2020-04-29 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EPA,
        published="2020-04-29",
    ),
    # the same page: A range of clock times with no day of its own: the first 1:25 p.m. after the moment, 29 April 2020 13:25 EDT (CONVENTIONS 6.1, 6.3; page: 15 May 2020 13:25 EDT) [local due 2020-04-29 13:25:00 America/New_York]
    B(
        text="The LGAC and SCAS will hear comments from the public between 1:10-1:25 p.m. (EDT).",
        due="2020-04-29 17:25:00",
        vague=False,
        said="2020-04-29 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EPA,
        published="2020-04-29",
    ),
    # the same page: 'a maximum of five minutes' for each speaker: a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="Individuals or organizations wishing to address the Subcommittee, or the Committee will be allowed a maximum of five minutes to present their point of view.",
        due=None,
        vague=False,
        said="2020-04-29 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_EPA,
        published="2020-04-29",
    ),
    # the same page: 'schedule a time' sets no time: due None, no refusal word
    B(
        text="Please contact the Designated Federal Officers (DFO) at the numbers listed below to schedule a time on the agenda.",
        due=None,
        vague=False,
        said="2020-04-29 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EPA,
        published="2020-04-29",
    ),
    # the same page: 'Time', 'period' and a conditional extension set no time: due None, no refusal word
    B(
        text="Time will be allotted on a first-come first-serve basis, and the total period for comments may be extended if the number of requests for appearances requires it.",
        due=None,
        vague=False,
        said="2020-04-29 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EPA,
        published="2020-04-29",
    ),
    # National Park Service (Rocky Mountain National Park) release of 29 October 2010, 'reproduced in full' by The Federal Newswire; zone America/Denver (MDT), said at 10:00 local; the newswire's own two introductory lines not quoted. 'Friday, Oct. 29, 2010 ... closed', past tense: past
    B(
        text="Friday, Oct. 29, 2010, Trail Ridge Road officially closed for the season to through travel.",
        due=None,
        vague=False,
        said="2010-10-29 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_NPS,
        published="2010-10-29",
    ),
    # the same page: 'Since Friday, Oct. 22', perfect: past
    B(
        text="Since Friday, Oct. 22, Trail Ridge Road has been closed due to consistent winter conditions of drifting snow, high winds and below freezing temperatures above 10,000 feet.",
        due=None,
        vague=False,
        said="2010-10-29 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_NPS,
        published="2010-10-29",
    ),
    # the same page: 'currently' sets no time: due None, no refusal word
    B(
        text="The road is currently closed at Colorado River Trailhead on the west side and Many Parks Curve on the east side.",
        due=None,
        vague=False,
        said="2010-10-29 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPS,
        published="2010-10-29",
    ),
    # the same page: 'this summer and early fall', past tense: past
    B(
        text="A major resurfacing project took place this summer and early fall on a 19 mile section of Trail Ridge Road from the Colorado River Trailhead to Rainbow Curve.",
        due=None,
        vague=False,
        said="2010-10-29 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_NPS,
        published="2010-10-29",
    ),
    # the same page: 'during two summers', 'a year ahead of schedule', past: past
    B(
        text="The project was scheduled to take place during two summers but the project was completed a year ahead of schedule and within budget ($17.2 million).",
        due=None,
        vague=False,
        said="2010-10-29 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_NPS,
        published="2010-10-29",
    ),
    # the same page: 'in one year', past tense: past
    B(
        text='According to park superintendent Vaughn Baker, "We are thrilled that this final project on Trail Ridge Road was completed in one year.',
        due=None,
        vague=False,
        said="2010-10-29 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_NPS,
        published="2010-10-29",
    ),
)
