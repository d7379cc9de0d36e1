"""A TWO-HUNDRED-AND-ELEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 23:35 and 23:50 by the machine's clock (`date`;
the clock seemed to run slow against the work done, so the branch's commit time is the one to trust) by a
labelling helper of stop 68 (branch issue12l211-s68) that neither changed, imported nor ran the parser, the
extractor, the benches or the tests on this material, working at the same time as the other labellers of
the stop, whose claims in the shared claims file were treated as used and whose files were not opened. It
read `CONVENTIONS.md` in full, the docstring, comments and about a dozen cases of `blind_fresh208.py` and
its README section, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague
windows, parts of the day, "early / mid / late", "before", fiscal years); nothing else of
`bot/core/deadlines/` and no other set was opened. The brief asked for about 70-80 cases (at least 60),
every sentence of each page taken that holds a time word of any kind, refusals included, at least 8
publishers, none above a fifth, at most a third from the United States, a spread of genres, leaning on
Houses of the Oireachtas debates and written answers, gov.ie pages stating CC BY, Statistics Canada
releases and Wikinews articles.

The set quotes the Houses of the Oireachtas (a Seanad Éireann debate of 30 January 1924 on oireachtas.ie
and a Joint Committee's business of 29 November 2017 as carried by KildareStreet.com), Wikinews (its
overview of the year 2007 and a 'Wikinews Shorts' compilation of 13 December 2008), UK Parliament (the
Commons business statement of 22 July 2021), Statistics Canada (a Daily release of 29 August 2007 and the
Guide to the Census of Agriculture, 2021, released 14 April 2022), the Prime Minister of Australia (two
pm.gov.au media listings, of July 2017 and December 2015), the U.S. Geological Survey (a press release of
6 July 2010, as carried by Directions Magazine), the Veterinary Medicines Directorate (a GOV.UK news story
of spring 2024, as carried by govwire.co.uk) and New Zealand's Department of Conservation (its listing of
December 2018 media releases). 71 cases from 8 publishers: the Houses of the Oireachtas 14 (19.7%; 7 Seanad,
7 committee); Wikinews 14 (19.7%); UK Parliament 12 (16.9%); Statistics Canada 11 (15.5%); the Prime
Minister of Australia 7 (9.9%); the U.S. Geological Survey 6 (8.5%); the Veterinary Medicines Directorate 4
(5.6%); the Department of Conservation 3 (4.2%). From the United States: 6 (8.5%, the USGS); counted with
Wikinews (published by the Wikimedia Foundation, a US body) 20 (28.2%), still under a third. Zones:
Europe/Dublin, Europe/London, America/Toronto, America/New_York, Australia/Sydney, Pacific/Auckland and UTC
(Wikinews, which dates its articles by UTC). Genres: a parliamentary debate on adjourning a sitting, a
committee chairman's planning remarks, a House business statement, a statistical release, a census
reference guide, a news-brief compilation, a news year-in-review, a head of government's media listings, a
federal science agency's press release, a regulator's news story and a conservation department's media
listing.

The store is heavily mined: of about 85 addresses checked with `fresh_check.py` (each with a distinctive
phrase), most read used: nearly every KildareStreet and oireachtas.ie Dáil and Seanad page the search
returned, Oireachtas written answers, Wikinews articles, The Daily's index pages, ABS census releases, NOAA
fisheries bulletins, European Commission daily news and agendas, Lords business papers, a Hansard business
statement of 2016 and pm.gov.au listings of 2023-2024. No gov.ie page stating CC BY was found in the
time available (the search returned merrionstreet.ie and third-party pages, which are not open); so the set
has no gov.ie case. Each page's cases share one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh211`) but not used, to keep the Oireachtas share within a fifth or because
the Statistics Canada share was full: the Joint Committee on Agriculture, Food and the Marine's business of
21 September 2021 (18 sentences with a time word,
https://www.oireachtas.ie/en/debates/debate/joint_committee_on_agriculture_food_and_the_marine/2021-09-21/5/),
written answers of 18 May 2022 (https://www.oireachtas.ie/en/debates/question/2022-05-18/section/58/) and
The Daily's 'Railway carloadings, September 2013'
(http://www.statcan.gc.ca/daily-quotidien/131127/dq131127c-eng.htm). Within the pages kept: titles,
headings, date lines, release lines, captions, attributions, source lines, page furniture, list items
without a sentence, sentences without a time word, sentences whose only time words are general ("now",
"current", "currently", "updated", "out of date", "earlier", "history"), an age ("a 23-year old"), the
USGS sentence that holds the carrier's bracketed correction note ("[was week, corrected per USGS 5 pm ET]",
not the publisher's words), a welcome cut off mid-sentence and sentences cut off where the stored text ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a year, a month,
a season, a century, "today", "to-day", "to-morrow", "tomorrow", "yesterday", "this evening", "overnight",
"at night", "next week", "Tuesday week", "next month", "the week commencing", "every five years", "every
three years", "for three years", "in future", "in the past", "hitherto", "immediately after", "after the
summer recess", "end-of-term", "upcoming", "since 1956", "in eight years", "20 year's time", "24 hours",
"16-year", "time to ensure compliance", "Christmas", "this summer"); within each page quoted, the sentences
of the stored text that hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh211`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file): all 71 read fresh. Each label was worked out by hand from the words, the
publication date and the publisher's zone; the conversion of local instants to UTC wall time, weekdays and
day counts were done with Python's zoneinfo and datetime in a scratch script outside the repository, never
with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh208.py`: the publication date at 10:00 local time unless the page gives the hour (the committee
page gives 1:30 pm, used); the first comment of each page says where its date was read. The listings of
pm.gov.au and of the Department of Conservation date each item, and each item is read on its own date (its
`published` is that date). The VMD story prints no date: it was written between the making of the
Regulations (25 April 2024) and their coming into force (17 May 2024), and it is read as of Friday 26 April
2024 (no label changes for any day from 26 April to 16 May 2024). A day falls due at 23:59:59 local; a
one-off event at a day due then (CONVENTIONS 3.1), rules taking effect too (3.1a); "the week commencing" at
its Sunday (blind_real.py); "next month" at the month's end; the perfect with "today" past (2.4), the present
"Today I announce" due that day (2.1); questions, requests, proposals and hedged guesses due None (4.2, 4.3);
a time hung on an undated event is event (5.2); standing schedules and cycles recurring (1.3); an offer
"available from" a date is earliest (3.2); years and holidays that only name something set no time (due
None, no refusal word). Clusters as in `blind_fresh208.py`: 1 no time set, 2 clock times, 3 ranges and
several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates (no case here
has a clock time of its own). 32 labels are refusals (past 26, recurring 3, event 2, earliest 1; none
negated); none is vague; 18 labels carry a due instant; 21 have due None without a refusal word (questions,
requests, proposals, guesses, years and holidays that only name something, a duration that dates no act);
19 are marked "unsure" and name the other reading; like every label here they stay as committed, whatever
the first run shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_SEANAD24 = "https://www.oireachtas.ie/ga/debates/debate/seanad/1924-01-30/4/"
_JCEIGHTH17 = "https://www.kildarestreet.com/committees/?gid=2017-11-29a.13"
_STATCAN22 = "https://www150.statcan.gc.ca/n1/pub/32-26-0002/322600022021001-eng.htm"
_STATCAN07 = "http://www.statcan.gc.ca/daily-quotidien/070829/dq070829d-eng.htm"
_WN08 = "http://en.wikinews.org/wiki/Wikinews_Shorts:_December_13,_2008"
_WN07 = "https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2007"
_HC21 = "https://hansard.parliament.uk/Commons/2021-07-22/debates/DCDBB510-C45C-4881-A9D5-CA687C033413/BusinessOfTheHouse"
_USGS10 = "http://www.directionsmag.com/pressreleases/25000-maps133and-counting/121339"
_VMD24 = "http://govwire.co.uk/news/veterinary-medicines-directorate/new-veterinary-medicines-regulations-coming-into-force-on-17-may-2024-89293"
_PM17 = "https://www.pm.gov.au/media/2014-09-22/statement-parliament-national-security?field_start_date%5Bvalue%5D&field_end_date%5Bvalue%5D&page=4"
_PM15 = "http://www.pm.gov.au/media?field_start_date%5Bvalue%5D&field_end_date%5Bvalue%5D&page=68"
_DOC18 = "https://dxcprod.doc.govt.nz/news/media-releases/2018/externalContentView/0b0f8123-e054-48e5-aa80-7c73a27ed735?preview_generated=true"

FRESH211_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas (Seanad Éireann debate of Wednesday 30 January 1924, Vol. 2 No. 15, 'The Courts of Justice Bill, 1923.—Committee Stage resumed', on oireachtas.ie; Oireachtas licence, CC BY 4.0); zone Europe/Dublin (GMT in January 1924 by zoneinfo); the page dates the debate 30 January 1924 and gives no hour: said Wednesday 30 January 1924 10:00 GMT. The heading and the last sentence, cut off where the stored text ends, are not taken. The President tells the House he must ask it to conclude 'this evening': a request that the House fix a time (CONVENTIONS 4.3), due None. unsure: a careful reader could date it at the evening's end (30 January 1924 23:59:59 GMT), reading the request as the Government's plan for the sitting
    B(
        text="I am afraid it will be necessary to ask the Seanad to conclude its sittings this week this evening, as I do not know that the Attorney-General or myself will be available to-morrow or Friday.",
        due=None,
        vague=False,
        said="1924-01-30 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEANAD24,
        published="1924-01-30",
    ),
    # the Ministers have accepted to attend a Conference 'on Friday' (a one-off event at a day, CONVENTIONS 3.1): the next Friday after Wednesday 30 January, 1 February 1924, end of day
    B(
        text="I should like to say that as far as we are concerned we did not anticipate having to make this request, and that it is owing to matters arising out of Article 12 of the Treaty, as to which we have accepted an invitation to attend a Conference at Downing Street on Friday.",
        due="1924-02-01 23:59:59",
        vague=False,
        said="1924-01-30 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SEANAD24,
        published="1924-01-30",
    ),
    # 'Hitherto', 'at night', 'the morning we arrived': what the Ministers have done so far: past
    B(
        text="Hitherto we have been able to get across at night and to start working on the morning we arrived.",
        due=None,
        vague=False,
        said="1924-01-30 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEANAD24,
        published="1924-01-30",
    ),
    # 'in future' and 'in the past' set no time for any act: due None, no refusal word
    B(
        text="I do not know that we can venture on that experiment to such a great extent in future as we have in the past.",
        due=None,
        vague=False,
        said="1924-01-30 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEANAD24,
        published="1924-01-30",
    ),
    # a request that the House adjourn 'for, say, a week' (CONVENTIONS 4.3: a request that others fix a time, and a hedged 'say'): due None, no refusal word
    B(
        text="I am, therefore, asking that we might be relieved, and that the Seanad would adjourn for, say, a week, in order to afford us an opportunity of attending this Conference and, at the same time, afford the Seanad our views on the subject of this Bill, which, as we have said before, is of very considerable importance.",
        due=None,
        vague=False,
        said="1924-01-30 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEANAD24,
        published="1924-01-30",
    ),
    # the Cathaoirleach rules that the Committee Stage be adjourned 'after to-day's sitting' (the 'three days' were announced before and are past): the adjournment is a one-off act at the end of today's sitting, 30 January 1924, end of day. unsure: a careful reader could give earliest (30 January 1924 00:00 GMT; 'after' gives only a start) or due None (the Chair's 'I think it is inevitable' is an opinion, not an undertaking)
    B(
        text="However inconvenient it may be, in view of the fact that Senators were informed that they would be kept here for three days consecutively in Committee upon this Bill, and that probably some have made their arrangements on the faith of that, nevertheless, I think it is inevitable, in view of the circumstances which have been referred to by the President, that we should adjourn the Committee Stage of this Bill after to-day's sitting.",
        due="1924-01-30 23:59:59",
        vague=False,
        said="1924-01-30 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SEANAD24,
        published="1924-01-30",
    ),
    # the Conference 'to be held in London on Friday' (CONVENTIONS 3.1): 1 February 1924, end of day; 'by night' is the kind of journey
    B(
        text="It is quite evident that both his presence and that of the Attorney-General are eminently desirable at this Conference to be held in London on Friday, and I am sure we all sympathise with what he has said as to the risk involved to health, as well as everything else, in these constant journeys by night.",
        due="1924-02-01 23:59:59",
        vague=False,
        said="1924-01-30 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SEANAD24,
        published="1924-01-30",
    ),
    # Houses of the Oireachtas (Joint Committee on the Eighth Amendment of the Constitution, 'Business of Joint Committee', Wednesday 29 November 2017, the Chairman's contribution stamped 1:30 pm, as carried by KildareStreet.com with its link to the Oireachtas source; Oireachtas licence, CC BY 4.0); zone Europe/Dublin (GMT); the page gives the hour: said Wednesday 29 November 2017 13:30 GMT. The sentences without a time word and the comment furniture are not taken. Module 3 'will finish ... tomorrow' (the finished module 2 is past): 30 November 2017, end of day
    B(
        text="We finished module 2 today and will finish module 3 tomorrow.",
        due="2017-11-30 23:59:59",
        vague=False,
        said="2017-11-29 13:30:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_JCEIGHTH17,
        published="2017-11-29",
    ),
    # members 'will be unavailable next week': an absence, not an act anyone undertakes: due None, no refusal word. unsure: a careful reader could give negated (a time on which something is denied)
    B(
        text="I understand that a number of members, not just Senator Buttimer, will be unavailable next week due to longstanding commitments.",
        due=None,
        vague=False,
        said="2017-11-29 13:30:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_JCEIGHTH17,
        published="2017-11-29",
    ),
    # 'I think that it would be prudent that we have an opportunity next week': a proposal put to the committee (CONVENTIONS 4.3): due None. unsure: a careful reader could date it at the end of next week (Sunday 10 December 2017 23:59:59 GMT) as the Chairman's plan
    B(
        text="At this stage, I have more than two folders of information relating to module 2 so I think that it would be prudent that we have an opportunity next week to debate this information.",
        due=None,
        vague=False,
        said="2017-11-29 13:30:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_JCEIGHTH17,
        published="2017-11-29",
    ),
    # 'It will probably take two or possibly three days next week': a hedged guess (CONVENTIONS 4.3): due None. unsure: due at the end of next week (10 December 2017 23:59:59 GMT)
    B(
        text="It will probably take two or possibly three days next week to digest all of this information and establish what exactly it means for each particular recommendation.",
        due=None,
        vague=False,
        said="2017-11-29 13:30:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_JCEIGHTH17,
        published="2017-11-29",
    ),
    # 'If we could do this next week, that would clear the way for ... votes on Tuesday week': a condition and a proposal (CONVENTIONS 4.2, 4.3): due None. unsure: a careful reader could date the votes 'Tuesday week' (Tuesday 12 December 2017 23:59:59 GMT)
    B(
        text="If we could do this next week, that would clear the way for having a series of votes on Tuesday week so as to finalise what the committee is recommending.",
        due=None,
        vague=False,
        said="2017-11-29 13:30:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_JCEIGHTH17,
        published="2017-11-29",
    ),
    # 'immediately after that': a vague word hung on an undated event (CONVENTIONS 5.2): event
    B(
        text="We will then be looking at a draft report immediately after that.",
        due=None,
        vague=False,
        said="2017-11-29 13:30:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_JCEIGHTH17,
        published="2017-11-29",
    ),
    # 'I would certainly like some conversation next week': a wish put to the committee (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="From my point of view, I would certainly like some conversation next week regarding the information we have received and how it affects the recommendations, one way or the other.",
        due=None,
        vague=False,
        said="2017-11-29 13:30:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_JCEIGHTH17,
        published="2017-11-29",
    ),
    # Statistics Canada ('Guide to the Census of Agriculture, 2021', catalogue 32-26-0002, 'Release date: April 14, 2022'; Statistics Canada Open Licence); zone America/Toronto (Ottawa, EDT); the page gives the release day, not the hour: said Thursday 14 April 2022 10:00 EDT. The title, release line, the table of abbreviations, headings, the sentence whose only time word is 'current' and the last, cut off, are not taken. '2021' only names the census: due None, no refusal word
    B(
        text="This reference guide may be useful to both new and experienced users who wish to familiarize themselves with and find specific information about the 2021 Census of Agriculture.",
        due=None,
        vague=False,
        said="2022-04-14 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STATCAN22,
        published="2022-04-14",
    ),
    # as the sentence before: '2021' names the census: due None
    B(
        text="It also summarizes the key changes to the 2021 census and other useful information.",
        due=None,
        vague=False,
        said="2022-04-14 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STATCAN22,
        published="2022-04-14",
    ),
    # 'every five years since 1956': a standing schedule (CONVENTIONS 1.3), the rest past: recurring. unsure: a careful reader could give past (the sentence tells what has been done since 1666)
    B(
        text="Agriculture data have been collected in Canada since the first census in 1666, and a more modern version of the Census of Agriculture has been conducted every five years since 1956, together with the Census of Population.",
        due=None,
        vague=False,
        said="2022-04-14 14:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_STATCAN22,
        published="2022-04-14",
    ),
    # Statistics Canada (The Daily, 'Railway carloadings, June and second quarter 2007', Wednesday, August 29, 2007, archived on statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EDT); the page dates itself Wednesday 29 August 2007 and gives no hour (The Daily's 8:30 release time is printed elsewhere, not on this page): said 29 August 2007 10:00 EDT. The archive notice, headings, the two sentences without a time word and the last, cut off ('between Apr'), are not taken. June's freight and the best second quarter 'in eight years': past
    B(
        text="Rail carriers hauled less freight in June than the month before, yet still reported the best second quarter in eight years.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STATCAN07,
        published="2007-08-29",
    ),
    # freight carried 'in June', reported 'in May': past
    B(
        text="Canadian railways carried 24.1 million metric tonnes of freight in June, down 6.9% from the revised high of 25.9 million metric tonnes reported in May.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STATCAN07,
        published="2007-08-29",
    ),
    # a decrease 'in June': past
    B(
        text="The intermodal portion, which consists of containers and trailers loaded on flat cars, decreased 2.7% in June to 2.4 million metric tonnes.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STATCAN07,
        published="2007-08-29",
    ),
    # tonnage 'for June' slipped 'from May': past
    B(
        text="Non-intermodal tonnage for June slipped 7.4% from May to 21.7 million metric tonnes.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STATCAN07,
        published="2007-08-29",
    ),
    # a decline 'typical for June': a pattern of every year (CONVENTIONS 1.3): recurring. unsure: a careful reader could give past (the flooding and this June's decline are past)
    B(
        text="While severe flooding in British Columbia reduced the movement of coal and grain shipments, the decline in loadings of potash is typical for June.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_STATCAN07,
        published="2007-08-29",
    ),
    # freight that 'remained high in June': past
    B(
        text="Freight coming from the United States, either destined for or passing through Canada, remained high in June despite a 6.7% decline from May.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STATCAN07,
        published="2007-08-29",
    ),
    # 'in June than in May': past
    B(
        text="In total, 44 out of the 64 commodity groups reported under the non-intermodal categories showed less tonnage in June than in May.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STATCAN07,
        published="2007-08-29",
    ),
    # 'the second quarter results of 2007 ... since 1999': past
    B(
        text="However, this decline should not be interpreted as a slowdown within the rail industry as the second quarter results of 2007 are the strongest second quarter results reported by Canadian railways since 1999.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STATCAN07,
        published="2007-08-29",
    ),
    # Wikinews ('Wikinews Shorts: December 13, 2008', 'A compilation of brief news reports for Saturday, December 13, 2008'; CC BY 2.5); zone UTC (Wikinews dates its articles by UTC); the page gives the day, not the hour: said Saturday 13 December 2008 10:00 UTC. The compilation line, headlines, source lines and sentences without a time word ('current' alone) are not taken. The committee lists donors now; the 'upcoming inaugural' is given no date in the sentence: due None, no refusal word
    B(
        text='The Presidential Inaugural Committee says it is "taking unprecedented steps to insure transparency in the public reporting of donors" by listing the names of individuals or organizations who donate over $200 towards President-Elect Barack Obama\'s upcoming inaugural.',
        due=None,
        vague=False,
        said="2008-12-13 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN08,
        published="2008-12-13",
    ),
    # money already raised, and the '2004 inaugural': past
    B(
        text="The Presidential Inaugural Committee states that it has raised almost $10 million dollars to cover the inaugural; and while that may seem like a large amount, the spending record for an inaugural is held by the current president, George W. Bush, with $42.8 million spent on his 2004 inaugural.",
        due=None,
        vague=False,
        said="2008-12-13 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN08,
        published="2008-12-13",
    ),
    # a 16-year study already performed: past
    B(
        text="The 16-year study was performed using two telescopes located in Chile.",
        due=None,
        vague=False,
        said="2008-12-13 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN08,
        published="2008-12-13",
    ),
    # publication 'next month' (a one-off event in a named period, CONVENTIONS 3.1, at the period's end): January 2009, due 31 January 2009 23:59:59 UTC
    B(
        text="The study will be published next month in The Astrophysical Journal.",
        due="2009-01-31 23:59:59",
        vague=False,
        said="2008-12-13 10:00:00",
        tz="UTC",
        cluster=4,
        source=_WN08,
        published="2008-12-13",
    ),
    # Wikinews ('Wikinews' overview of the year 2007', Monday, December 31, 2007; CC BY 2.5); zone UTC; the page dates itself 31 December 2007 and gives no hour: said 31 December 2007 10:00 UTC. Headings, the caption of a photograph, the sentence on links and the sentences without a time word (an age, 'history') are not taken. A question about the year in '20 year's time' (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="What would you tell your grandchildren about 2007 if they asked you about it in, let's say, 20 year's time?",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN07,
        published="2007-12-31",
    ),
    # a question about 2007 (CONVENTIONS 4.3): due None
    B(
        text="If the answer to a quiz question was 2007, what would the question be?",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN07,
        published="2007-12-31",
    ),
    # a rhetorical question naming a past year (CONVENTIONS 4.3): due None, no refusal word. unsure: a careful reader could give past
    B(
        text="The year that you first signed on to Facebook?",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN07,
        published="2007-12-31",
    ),
    # as the question before: due None. unsure: past
    B(
        text="The year Britney Spears and Amy Winehouse fell apart?",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN07,
        published="2007-12-31",
    ),
    # as the question before: due None. unsure: past
    B(
        text="The year author Kurt Vonnegut or mime Marcel Marceau died, both at 84?",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN07,
        published="2007-12-31",
    ),
    # 'the international stories of 2007': the year names the stories, nothing is undertaken for it: due None, no refusal word. unsure: a careful reader could give past
    B(
        text="Let's take a look at some of the international stories of 2007.",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN07,
        published="2007-12-31",
    ),
    # a year-less date that refers back ('disappeared on May 3'): past
    B(
        text="Madeleine McCann (3) disappeared on May 3 in Praia da Luz, Portugal.",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN07,
        published="2007-12-31",
    ),
    # 'on August 7 ... became suspects': past
    B(
        text="Initially, a local man called Robert Murat was mentioned as a suspect, although on August 7, Kate and Gerry McCann became suspects based on forensic evidence.",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN07,
        published="2007-12-31",
    ),
    # 'On April 16' and 'two hours later': past
    B(
        text="On April 16, 33 dead, 15 injured in Virginia Tech shootings: A single gunman entered the campus and opened fire on students and faculty in two separate incidents, first in the West Ambler Johnston Hall dormitory, then again two hours later at the Norris Hall classroom building, killing 33 people, including himself.",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN07,
        published="2007-12-31",
    ),
    # 'In early September ... went missing': past
    B(
        text="In early September, adventurer Steve Fossett went missing.",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN07,
        published="2007-12-31",
    ),
    # UK Parliament (House of Commons Hansard, 'Business of the House', Volume 699, debated on Thursday 22 July 2021, on hansard.parliament.uk; Open Parliament Licence); zone Europe/London (BST); the page gives the day, not the hour: said Thursday 22 July 2021 10:00 BST. The Speaker's line, the sentences without a time word ('There will be a debate ...', 'Subject to be announced.', the Backbench Business Committee line, the farewell and the praise) and the last, cut off, are not taken. The business 'for the week commencing Monday 6 September' (blind_real.py: the Monday-to-Sunday week from that day): due Sunday 12 September 2021 23:59:59 BST
    B(
        text="The business for the week commencing Monday 6 September will include:",
        due="2021-09-12 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC21,
        published="2021-07-22",
    ),
    # a day of the announced business (CONVENTIONS 3.1): Monday 6 September 2021, end of day
    B(
        text="Monday 6 September—Remaining stages of the National Insurance Contributions Bill.",
        due="2021-09-06 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC21,
        published="2021-07-22",
    ),
    # Tuesday 7 September 2021, end of day
    B(
        text="Tuesday 7 September—Second Reading of the Elections Bill.",
        due="2021-09-07 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC21,
        published="2021-07-22",
    ),
    # Wednesday 8 September 2021, end of day
    B(
        text="Wednesday 8 September—Opposition day (5th allotted day).",
        due="2021-09-08 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC21,
        published="2021-07-22",
    ),
    # Thursday 9 September 2021, end of day
    B(
        text="Thursday 9 September—Remaining stages of the Rating (Coronavirus) and Directors Disqualification (Dissolved Companies) Bill, followed by general debate on the legacy of Jo Cox.",
        due="2021-09-09 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC21,
        published="2021-07-22",
    ),
    # Friday 10 September 2021, end of day
    B(
        text="Friday 10 September—Private Members’ Bills.",
        due="2021-09-10 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC21,
        published="2021-07-22",
    ),
    # 'provisional' business is still the Government's plan (CONVENTIONS 4.3: a plan stays dated); the week commencing 13 September ends Sunday 19 September 2021, end of day
    B(
        text="The provisional business for the week commencing 13 September will include:",
        due="2021-09-19 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC21,
        published="2021-07-22",
    ),
    # Monday 13 September 2021, end of day
    B(
        text="Monday 13 September—Consideration in Committee and remaining stages of the Dissolution and Calling of Parliament Bill.",
        due="2021-09-13 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC21,
        published="2021-07-22",
    ),
    # leaving 'after the summer recess': a time hung on an undated event (the recess's end is not in the sentence; CONVENTIONS 5.2, blind_real.py): event. unsure: a careful reader could give earliest (only a start is given), with no date to set it at
    B(
        text="Talitha Rowland will be leaving her role as head of the Cabinet Office’s Parliamentary Business and Legislation Secretariat after the summer recess.",
        due=None,
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC21,
        published="2021-07-22",
    ),
    # 'For the past three years': past
    B(
        text="For the past three years, in not always easy circumstances, she has been ensuring that this House has had a good, well thought through legislative programme.",
        due=None,
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC21,
        published="2021-07-22",
    ),
    # the Speech 'delivered on 11 May': past
    B(
        text="It was, of course, Talitha and her team who worked so hard behind the scenes to prepare for the state opening and Her Majesty’s Gracious Speech, delivered on 11 May.",
        due=None,
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC21,
        published="2021-07-22",
    ),
    # 'end-of-term' names the report cards; the 'attempt' is made in the speech itself: due None, no refusal word
    B(
        text="So, having been busily digesting the end-of-term report cards prepared for my children by their excellent teachers, I thought I might attempt one of my own for the House on the progress made in delivering the Government’s legislative agenda.",
        due=None,
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC21,
        published="2021-07-22",
    ),
    # U.S. Geological Survey (press release '25,000 Maps…and Counting', Tuesday, July 6th 2010, Reston, VA, as carried verbatim by Directions Magazine; a US federal work, public domain); zone America/New_York (EDT); the page gives the day, not the hour: said Tuesday 6 July 2010 10:00 EDT. The title, the subhead, the sentence holding the carrier's bracketed correction note, the sentences without a time word, those whose only time words are 'updated', 'out of date', 'current(ly)' or 'earlier', and the last, cut off, are not taken. Production that 'began ... in June 2009': past
    B(
        text="Production of these maps began in earnest in June 2009.",
        due=None,
        vague=False,
        said="2010-07-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS10,
        published="2010-07-06",
    ),
    # 'In a little over a year ... has published': past
    B(
        text="In a little over a year, the USGS National Geospatial Technical Operations Center (NGTOC) has published more than 25,000 7.5-minute cells.",
        due=None,
        vague=False,
        said="2010-07-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS10,
        published="2010-07-06",
    ),
    # 'the second half of the 20th century': past
    B(
        text="Through the second half of the 20th century, the USGS produced more than 60,000 paper topographic maps covering the entire United States.",
        due=None,
        vague=False,
        said="2010-07-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS10,
        published="2010-07-06",
    ),
    # '1979' is the median date of maps already published: past. unsure: a careful reader could give due None with no refusal word (the year dates no act of the sentence)
    B(
        text="The median publication date for these maps is 1979.",
        due=None,
        vague=False,
        said="2010-07-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS10,
        published="2010-07-06",
    ),
    # 'remapped every three years': a standing cycle (CONVENTIONS 1.3): recurring
    B(
        text="These maps are modeled on the old topographic series, but are derived from the best available, existing government digital data, and are created semi-automatically using processes that will allow the entire contiguous US to be remapped every three years.",
        due=None,
        vague=False,
        said="2010-07-06 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_USGS10,
        published="2010-07-06",
    ),
    # 'In 2009, the initial product was': past
    B(
        text="In 2009, the initial product was a planimetric (no relief) map, which was called “Digital Map – Beta.”",
        due=None,
        vague=False,
        said="2010-07-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS10,
        published="2010-07-06",
    ),
    # Veterinary Medicines Directorate (news story 'New Veterinary Medicines Regulations coming into force on 17 May 2024', as carried verbatim by govwire.co.uk from GOV.UK; Crown copyright, OGL v3.0); zone Europe/London (BST); neither the carrier nor the stored text prints a date: the story was written after the Regulations were made (25 April) and before they applied (17 May), and it is read as of Friday 26 April 2024 10:00 BST (no label below changes for any day from 26 April to 16 May 2024). The carrier's heading, the sentences without a time word, 'We continue to work ...' and the contact line are not taken. Introduced 'on the 4 March' and made 'on 25 April': past
    B(
        text="The legislation to modernise the Veterinary Medicines Regulations 2013 (VMR) was introduced in Parliament on the 4 March and made on 25 April.",
        due=None,
        vague=False,
        said="2024-04-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_VMD24,
        published="2024-04-26",
    ),
    # the Regulations 'apply from the 17 May 2024': a rule taking effect (CONVENTIONS 3.1, 3.1a): 17 May 2024, end of day
    B(
        text="The Veterinary Medicines (Amendment etc.) Regulations 2024 will maintain the UK as an attractive place to develop and market veterinary medicines, and apply from the 17 May 2024.",
        due="2024-05-17 22:59:59",
        vague=False,
        said="2024-04-26 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_VMD24,
        published="2024-04-26",
    ),
    # 'time to ensure compliance' and 'transitional provisions' set no time in the sentence: due None, no refusal word
    B(
        text="To provide stakeholders with time to ensure compliance with specific new or amended requirements, the legislation includes transitional provisions for some requirements.",
        due=None,
        vague=False,
        said="2024-04-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_VMD24,
        published="2024-04-26",
    ),
    # guidance 'available from 17 May': an offer open from a date (CONVENTIONS 3.2, 'available from the week commencing 9 March'): earliest, 17 May 2024 00:00 BST. unsure: a careful reader could give due 17 May 2024 23:59:59 BST (publishing the guidance is a one-off act, CONVENTIONS 3.1)
    B(
        text="We will publish updated guidance that reflects the changes, which will be available from 17 May under Veterinary Medicines Guidance on GOV.UK.",
        due=None,
        vague=False,
        said="2024-04-26 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2024-05-16 23:00:00",
        cluster=5,
        source=_VMD24,
        published="2024-04-26",
    ),
    # Prime Minister of Australia (pm.gov.au media listing under the Hon Malcolm Turnbull MP, page 4 of the stored listing, items dated 20 to 31 July 2017; CC BY 4.0); zone Australia/Sydney (Canberra, AEST); each item is read on its own date at 10:00 AEST, the listing giving no hour. The date lines, the interviewer's name, the question and the items without a time word are not taken. 'It's now more than 24 hours since': past (item of 31 July 2017)
    B(
        text="It's now more than 24 hours since the nation was alerted to this plot.",
        due=None,
        vague=False,
        said="2017-07-31 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM17,
        published="2017-07-31",
    ),
    # item of 25 July 2017: the Secretary's stated wish to leave 'from 8 September 2017' (an intention stays dated, CONVENTIONS 4.3; a one-off departure with effect from a date, CONVENTIONS 3.1): 8 September 2017, end of day. unsure: a careful reader could give earliest (8 September 2017 00:00 AEST; 'from' gives only a start)
    B(
        text="Dr Gordon de Brouwer PSM has advised me that he wishes to leave his position as Secretary of the Department of the Environment and Energy from 8 September 2017 to pursue other interests.",
        due="2017-09-08 13:59:59",
        vague=False,
        said="2017-07-25 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_PM17,
        published="2017-07-25",
    ),
    # item of 25 July 2017: the perfect with 'today' (CONVENTIONS 2.4): past
    B(
        text="Senator the Hon. Matt Canavan has today stepped aside from the Ministry and resigned as Minister for Resources and Northern Australia.",
        due=None,
        vague=False,
        said="2017-07-25 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM17,
        published="2017-07-25",
    ),
    # item of 21 July 2017: appointed 'effective 25 July' (CONVENTIONS 3.1): 25 July 2017, end of day. unsure: a careful reader could read 'for three years' as a term to be served and date it at its end (25 July 2020 23:59:59 AEST, CONVENTIONS 1.1)
    B(
        text="I am pleased to announce that Ms Danielle Roche OAM will be appointed the new Chair of the National Australia Day Council Board effective 25 July, for three years.",
        due="2017-07-25 13:59:59",
        vague=False,
        said="2017-07-21 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_PM17,
        published="2017-07-21",
    ),
    # Prime Minister of Australia (pm.gov.au media listing under the Hon Malcolm Turnbull MP, page 68 of the stored listing, items dated 26 November to 3 December 2015; CC BY 4.0); zone Australia/Sydney (AEDT); the items quoted are of Thursday 3 December 2015, read at 10:00 AEDT. The date lines, a welcome cut off mid-sentence and the items without a time word are not taken. 'almost 11 years ago': past
    B(
        text="The Indian Ocean tsunami that occurred almost 11 years ago tragically took the lives of approximately 230,000 people – 26 of whom called Australia home.",
        due=None,
        vague=False,
        said="2015-12-02 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM15,
        published="2015-12-03",
    ),
    # 'Today I announce the appointment': the present with 'today' on the act (CONVENTIONS 2.1, 'I am today announcing a review'): 3 December 2015, end of day. unsure: a careful reader could give due None (CONVENTIONS 2.2: the day word is on the verb of announcing, the appointment being dated by the next sentence)
    B(
        text="Today I announce the appointment of Dr Martin Parkinson PSM as Secretary of the Department of Prime Minister and Cabinet.",
        due="2015-12-03 12:59:59",
        vague=False,
        said="2015-12-02 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_PM15,
        published="2015-12-03",
    ),
    # taking up the position 'on 23 January 2016' (CONVENTIONS 3.1): 23 January 2016, end of day
    B(
        text="Dr Parkinson will take up the position on 23 January 2016.",
        due="2016-01-23 12:59:59",
        vague=False,
        said="2015-12-02 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_PM15,
        published="2015-12-03",
    ),
    # New Zealand Department of Conservation (listing '2018 media releases' on doc.govt.nz, items dated 19 to 21 December 2018; CC BY 4.0); zone Pacific/Auckland (NZDT); each item is read on its own date at 10:00 NZDT, the listing giving no hour. Titles, date lines, items without a time word, the one whose only time word is 'now' and the last, cut off, are not taken. A whale that 'died overnight' after being reported 'yesterday': past (item of 21 December 2018)
    B(
        text="A 12 metre humpback whale has died overnight after being reported stranded in Kaiaua in the west side of the Firth of Thames yesterday.",
        due=None,
        vague=False,
        said="2018-12-20 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC18,
        published="2018-12-21",
    ),
    # item of 20 December 2018: 'the magic of Christmas' dates no act: due None, no refusal word
    B(
        text="The woody scent of pine wafting through your house is part of the magic of Christmas, but local conservationists are working hard to ensure pine trees are enjoyed in the right place.",
        due=None,
        vague=False,
        said="2018-12-19 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC18,
        published="2018-12-20",
    ),
    # item of 19 December 2018: a request to readers to check their plants 'this summer' (CONVENTIONS 4.3: a request that someone else act; nobody undertakes it): due None. unsure: a careful reader could date it at the end of the southern summer (28 February 2019 23:59:59 NZDT)
    B(
        text="Check your local myrtle plants this summer to help track the spread of the fungal disease myrtle rust.",
        due=None,
        vague=False,
        said="2018-12-18 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC18,
        published="2018-12-19",
    ),
)
