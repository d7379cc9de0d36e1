"""A SECOND, independent labelling of the two-hundred-and-eleventh fresh set's 71 real deadline
phrasings (issue 12: agreement between two labellers).

Made on 2026-12-07 (UTC), from 23:50 on the machine's clock (`date`), by a second labelling helper
of stop 68 (branch issue12a211-s68), from the phrasings, the moments of speaking (`said`), the
publishers' zones (`tz`), `day_first`, the source addresses and the publication dates exactly as
the first labeller established them (handed over without labels and without clusters, in the first
labeller's order, in the brief's input file `fresh211_phrasings.json`; the comments number the
cases by that file's `n`, from 1). It was made WITHOUT seeing the first labeller's labels: neither
`blind_fresh209.py` to `blind_fresh212.py`, their README sections, any other labeller's worktree or
branch, anything under the helpers' output folder, nor any other blind file was opened. No source
page was opened either: each label was worked out by hand from the words, the moment of speaking
and the zone (the source descriptions in the comments are read from the addresses and the words).
Nothing of the project was run on these texts (no parser, bench or tests). The rules used were
`tests/data/deadlines/CONVENTIONS.md` (read in full; it decides), the docstring and `BlindCase` of
`blind_real.py` (zones, the moment of speaking, refusal kinds), the top docstring of the parser
package (`bot/core/deadlines/__init__.py`: the vague windows, weeks running Monday to Sunday, "the
week commencing" to its Sunday, a bare weekday's next occurrence, "<weekday> week", southern
seasons, precision by the unit the words name; nothing else of the package), the model
`fresh206_second.py` (docstring and about ten cases) and, for precedent, the comments of the seen
sets `blind_fresh204.py` to `blind_fresh208.py` (questions and requests as due None, census years
that only name a census as due None, the Department of Conservation's encouragements to the public
as requests, forecasts of others as due None, "the week commencing" lines of a Business Statement
at that week's Sunday). The clusters, which `BlindCase` needs, were set here by the kind of each
label, using the headings of those seen sets (1 no time set, 2 clock times, 3 ranges and several
dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates); they are not
compared. UTC wall times, weekdays and offsets were computed in a scratch script outside the
repository with the standard library's zoneinfo and datetime only. `said` is as handed over (10:00
GMT in Dublin for the Seanad of 1924, 13:30 GMT for the committee of 29 November 2017; 10:00 EDT
for Statistics Canada and the USGS; 10:00 UTC for Wikinews; 10:00 BST for Hansard and the
Veterinary Medicines Directorate; 10:00 AEST or AEDT for pm.gov.au, each item on its own day; 10:00
NZDT for the Department of Conservation, each release on its own day); each due instant's comment
gives its local wall time and weekday.

Its only purpose is to measure how far two careful labellers agree on the same phrasings (the
agreement bounds what a 90% target on the first labeller's set can tell). It is not a scoring set
of its own. Labels marked "unsure" in their comment are the ones a careful reader could really
defend otherwise; the comment names the other reading. Never edit these labels to fit the parser
or the first labeller.

Readings applied throughout (hard calls, named so that a disagreement can be traced):
- Requests that the House or committee fix a time ("it will be necessary to ask the Seanad to
  conclude ... this evening", "asking ... that the Seanad would adjourn for, say, a week", "I would
  certainly like some conversation next week"), proposals ("it would be prudent that we have an
  opportunity next week", "If we could do this next week ... Tuesday week"), hedged guesses ("It
  will probably take two or possibly three days next week"), an appeal to the public ("Check your
  local myrtle plants this summer") and a hypothetical question are due None with no refusal word
  (CONVENTIONS 4.2, 4.3); "I think it is inevitable ... that we should adjourn ... after to-day's
  sitting" is told as going to happen and dated that day (unsure).
- What is told as going to happen on a day is dated (CONVENTIONS 3.1, 4.3 last paragraph): a
  conference "on Friday", "will finish module 3 tomorrow", "will be published next month", the
  days of a Business Statement, "apply from", "effective", "leave his position ... from" and "take
  up the position on" a date; "Today I announce the appointment" is due that day (2.1); "has today
  stepped aside" is past (2.4). "We will publish updated guidance ... available from 17 May" is read
  as the publication on that day (unsure: earliest by 3.2).
- Others' unavailability "next week" is a state foretold, nothing undertaken: due None (unsure).
- Statistics and acts of gone periods, and quiz questions about what happened in the year just
  ending, are past (the latter unsure: a question, 4.3); census years that only name a census, and
  a season named as a custom, set no time (due None, no refusal word).
- "immediately after that" and "after the summer recess" hang on undated events (event, 5.2, 1.3);
  "remapped every three years" is a standing cycle (recurring, 1.3).

Tally (this labelling): 19 cases with a due instant (none vague; 16 days, 2 weeks, 1 month) and 52
without (32 past, 2 event, 1 recurring, none negated or earliest, and 17 with no refusal word:
requests, proposals, guesses, questions, names of a census or season, a state of others foretold);
35 refusals in all; 13 labels marked "unsure"; no "page:" comment (no clock time without a day).
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH211_SECOND: tuple[BlindCase, ...] = (
    # case 1: Houses of the Oireachtas (Seanad Éireann debate of Wednesday 30 January 1924, item 4, on oireachtas.ie, the Irish-language view; CC BY 4.0); zone Europe/Dublin (GMT); said 10:00 UTC (10:00 GMT, Wednesday 30 January 1924) as handed over. the Government's speaker (with the Attorney-General) says it 'will be necessary to ask the Seanad to conclude its sittings this week this evening': a request that the House fix its own time, no time the speaker undertakes (CONVENTIONS 4.3, a request that someone else fix a time); 'to-morrow or Friday' only say when the speakers are not available: due None, no refusal word. unsure: a careful reader could give due Wednesday 30 January 1924, end of day GMT (the evening's close told as the Government's plan, CONVENTIONS 4.3 last paragraph; 1924-01-30 23:59:59 UTC)
    B(
        text="I am afraid it will be necessary to ask the Seanad to conclude its sittings this week this evening, as I do not know that the Attorney-General or myself will be available to-morrow or Friday.",
        due=None,
        vague=False,
        said="1924-01-30 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1924-01-30/4/",
        published="1924-01-30",
    ),
    # case 2: the same debate: 'we have accepted an invitation to attend a Conference at Downing Street on Friday': the Government's undertaking to attend, a one-off event on a day (CONVENTIONS 3.1), 'Friday' the next such day after Wednesday 30 January (parser docstring); 'did not anticipate' is the past [local due 1924-02-01 23:59:59 Europe/Dublin, a Friday, GMT]
    B(
        text="I should like to say that as far as we are concerned we did not anticipate having to make this request, and that it is owing to matters arising out of Article 12 of the Treaty, as to which we have accepted an invitation to attend a Conference at Downing Street on Friday.",
        due="1924-02-01 23:59:59",
        vague=False,
        said="1924-01-30 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1924-01-30/4/",
        published="1924-01-30",
    ),
    # case 3: the same debate: 'Hitherto we have been able to get across at night ...': the speaker's past practice: past
    B(
        text="Hitherto we have been able to get across at night and to start working on the morning we arrived.",
        due=None,
        vague=False,
        said="1924-01-30 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1924-01-30/4/",
        published="1924-01-30",
    ),
    # case 4: the same debate: 'in future as we have in the past': a doubt about what can be done, no time set: due None, no refusal word
    B(
        text="I do not know that we can venture on that experiment to such a great extent in future as we have in the past.",
        due=None,
        vague=False,
        said="1924-01-30 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1924-01-30/4/",
        published="1924-01-30",
    ),
    # case 5: the same debate: 'I am ... asking ... that the Seanad would adjourn for, say, a week': a request that the House fix an adjournment, with a proposed length (CONVENTIONS 4.3, a request and a proposal): due None, no refusal word; the other reading would be a week's window from now (CONVENTIONS 1.1), due Wednesday 6 February 1924
    B(
        text="I am, therefore, asking that we might be relieved, and that the Seanad would adjourn for, say, a week, in order to afford us an opportunity of attending this Conference and, at the same time, afford the Seanad our views on the subject of this Bill, which, as we have said before, is of very considerable importance.",
        due=None,
        vague=False,
        said="1924-01-30 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1924-01-30/4/",
        published="1924-01-30",
    ),
    # case 6: the same debate: 'I think it is inevitable ... that we should adjourn the Committee Stage of this Bill after to-day's sitting': the adjournment told as going to happen at the end of today's sitting (CONVENTIONS 4.3, last paragraph; 3.1), end of that day; the 'three days consecutively' is the plan given up. unsure: a careful reader could give due None with no refusal word (a proposal put to the House for its agreement, CONVENTIONS 4.3) [local due 1924-01-30 23:59:59 Europe/Dublin, a Wednesday, GMT]
    B(
        text="However inconvenient it may be, in view of the fact that Senators were informed that they would be kept here for three days consecutively in Committee upon this Bill, and that probably some have made their arrangements on the faith of that, nevertheless, I think it is inevitable, in view of the circumstances which have been referred to by the President, that we should adjourn the Committee Stage of this Bill after to-day's sitting.",
        due="1924-01-30 23:59:59",
        vague=False,
        said="1924-01-30 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1924-01-30/4/",
        published="1924-01-30",
    ),
    # case 7: the same debate: 'this Conference to be held in London on Friday': a one-off event on a day (CONVENTIONS 3.1), Friday 1 February 1924, end of day (in the publisher's zone; London kept the same time); 'constant journeys by night' is a general practice [local due 1924-02-01 23:59:59 Europe/Dublin, a Friday, GMT]
    B(
        text="It is quite evident that both his presence and that of the Attorney-General are eminently desirable at this Conference to be held in London on Friday, and I am sure we all sympathise with what he has said as to the risk involved to health, as well as everything else, in these constant journeys by night.",
        due="1924-02-01 23:59:59",
        vague=False,
        said="1924-01-30 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1924-01-30/4/",
        published="1924-01-30",
    ),
    # case 8: Houses of the Oireachtas (a joint committee meeting of Wednesday 29 November 2017, as carried on kildarestreet.com, address 'committees/?gid=2017-11-29a.13'; Oireachtas, CC BY 4.0); zone Europe/Dublin (GMT); said 13:30 UTC (13:30 GMT, Wednesday 29 November 2017) as handed over. 'We finished module 2 today' is the past; 'will finish module 3 tomorrow' is the committee's own undertaking for the next day (CONVENTIONS 3.1), Thursday 30 November 2017, end of day [local due 2017-11-30 23:59:59 Europe/Dublin, a Thursday, GMT]
    B(
        text="We finished module 2 today and will finish module 3 tomorrow.",
        due="2017-11-30 23:59:59",
        vague=False,
        said="2017-11-29 13:30:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.kildarestreet.com/committees/?gid=2017-11-29a.13",
        published="2017-11-29",
    ),
    # case 9: the same meeting: members 'will be unavailable next week': a state of others foretold, nothing undertaken (as the seen sets read forecasts): due None, no refusal word. unsure: a careful reader could give due Sunday 10 December 2017, end of day GMT (next week, Monday 4 to Sunday 10 December, told as going to happen; 2017-12-10 23:59:59 UTC)
    B(
        text="I understand that a number of members, not just Senator Buttimer, will be unavailable next week due to longstanding commitments.",
        due=None,
        vague=False,
        said="2017-11-29 13:30:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.kildarestreet.com/committees/?gid=2017-11-29a.13",
        published="2017-11-29",
    ),
    # case 10: the same meeting: 'I think that it would be prudent that we have an opportunity next week to debate': a proposal put to the committee (CONVENTIONS 4.3): due None, no refusal word (the other reading: the end of next week, Sunday 10 December 2017)
    B(
        text="At this stage, I have more than two folders of information relating to module 2 so I think that it would be prudent that we have an opportunity next week to debate this information.",
        due=None,
        vague=False,
        said="2017-11-29 13:30:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.kildarestreet.com/committees/?gid=2017-11-29a.13",
        published="2017-11-29",
    ),
    # case 11: the same meeting: 'It will probably take two or possibly three days next week to digest': a hedged guess at a length of work (CONVENTIONS 4.3, a guess the speaker hedges): due None, no refusal word
    B(
        text="It will probably take two or possibly three days next week to digest all of this information and establish what exactly it means for each particular recommendation.",
        due=None,
        vague=False,
        said="2017-11-29 13:30:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.kildarestreet.com/committees/?gid=2017-11-29a.13",
        published="2017-11-29",
    ),
    # case 12: the same meeting: 'If we could do this next week, that would clear the way for ... votes on Tuesday week': a condition and a proposal, no undertaking (CONVENTIONS 4.2, 4.3): due None, no refusal word ('Tuesday week' would be Tuesday 12 December 2017)
    B(
        text="If we could do this next week, that would clear the way for having a series of votes on Tuesday week so as to finalise what the committee is recommending.",
        due=None,
        vague=False,
        said="2017-11-29 13:30:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.kildarestreet.com/committees/?gid=2017-11-29a.13",
        published="2017-11-29",
    ),
    # case 13: the same meeting: 'looking at a draft report immediately after that': a vague word hung on an event the sentence does not date (CONVENTIONS 5.2): event
    B(
        text="We will then be looking at a draft report immediately after that.",
        due=None,
        vague=False,
        said="2017-11-29 13:30:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.kildarestreet.com/committees/?gid=2017-11-29a.13",
        published="2017-11-29",
    ),
    # case 14: the same meeting: 'I would certainly like some conversation next week': a wish put to the committee, asking it to find the time (CONVENTIONS 4.3, a request): due None, no refusal word. unsure: a careful reader could give due Sunday 10 December 2017, end of day GMT (the speaker's intention for next week, CONVENTIONS 4.3 last paragraph; 2017-12-10 23:59:59 UTC)
    B(
        text="From my point of view, I would certainly like some conversation next week regarding the information we have received and how it affects the recommendations, one way or the other.",
        due=None,
        vague=False,
        said="2017-11-29 13:30:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.kildarestreet.com/committees/?gid=2017-11-29a.13",
        published="2017-11-29",
    ),
    # case 15: Statistics Canada (the reference guide to the 2021 Census of Agriculture, catalogue 32-26-0002, on www150.statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EDT); said 14:00 UTC (10:00 EDT, Thursday 14 April 2022) as handed over. 'the 2021 Census of Agriculture' names the census the guide is about (as the seen sets read census years): due None, no refusal word
    B(
        text="This reference guide may be useful to both new and experienced users who wish to familiarize themselves with and find specific information about the 2021 Census of Agriculture.",
        due=None,
        vague=False,
        said="2022-04-14 14:00:00",
        tz="America/Toronto",
        day_first=True,
        cluster=1,
        source="https://www150.statcan.gc.ca/n1/pub/32-26-0002/322600022021001-eng.htm",
        published="2022-04-14",
    ),
    # case 16: the same guide: 'the 2021 census' names the census: due None, no refusal word
    B(
        text="It also summarizes the key changes to the 2021 census and other useful information.",
        due=None,
        vague=False,
        said="2022-04-14 14:00:00",
        tz="America/Toronto",
        day_first=True,
        cluster=1,
        source="https://www150.statcan.gc.ca/n1/pub/32-26-0002/322600022021001-eng.htm",
        published="2022-04-14",
    ),
    # case 17: the same guide: data 'collected ... since the first census in 1666', the census 'conducted every five years since 1956': the history of the census, told in the perfect: past. unsure: a careful reader could give recurring (a standing five-year schedule, CONVENTIONS 1.3)
    B(
        text="Agriculture data have been collected in Canada since the first census in 1666, and a more modern version of the Census of Agriculture has been conducted every five years since 1956, together with the Census of Population.",
        due=None,
        vague=False,
        said="2022-04-14 14:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www150.statcan.gc.ca/n1/pub/32-26-0002/322600022021001-eng.htm",
        published="2022-04-14",
    ),
    # case 18: Statistics Canada (The Daily of 29 August 2007, rail freight of June 2007, on statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EDT); said 14:00 UTC (10:00 EDT, Wednesday 29 August 2007) as handed over. freight hauled in June and the second quarter reported, figures of gone periods: past
    B(
        text="Rail carriers hauled less freight in June than the month before, yet still reported the best second quarter in eight years.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/070829/dq070829d-eng.htm",
        published="2007-08-29",
    ),
    # case 19: the same release: tonnages of June and May 2007: past
    B(
        text="Canadian railways carried 24.1 million metric tonnes of freight in June, down 6.9% from the revised high of 25.9 million metric tonnes reported in May.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/070829/dq070829d-eng.htm",
        published="2007-08-29",
    ),
    # case 20: the same release: the intermodal decrease in June: past
    B(
        text="The intermodal portion, which consists of containers and trailers loaded on flat cars, decreased 2.7% in June to 2.4 million metric tonnes.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/070829/dq070829d-eng.htm",
        published="2007-08-29",
    ),
    # case 21: the same release: non-intermodal tonnage for June against May: past
    B(
        text="Non-intermodal tonnage for June slipped 7.4% from May to 21.7 million metric tonnes.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/070829/dq070829d-eng.htm",
        published="2007-08-29",
    ),
    # case 22: the same release: flooding that reduced shipments and the June decline in potash ('typical for June' describes it): past
    B(
        text="While severe flooding in British Columbia reduced the movement of coal and grain shipments, the decline in loadings of potash is typical for June.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/070829/dq070829d-eng.htm",
        published="2007-08-29",
    ),
    # case 23: the same release: freight from the United States in June, against May: past
    B(
        text="Freight coming from the United States, either destined for or passing through Canada, remained high in June despite a 6.7% decline from May.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/070829/dq070829d-eng.htm",
        published="2007-08-29",
    ),
    # case 24: the same release: commodity groups in June against May: past
    B(
        text="In total, 44 out of the 64 commodity groups reported under the non-intermodal categories showed less tonnage in June than in May.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/070829/dq070829d-eng.htm",
        published="2007-08-29",
    ),
    # case 25: the same release: the second quarter results of 2007, the strongest since 1999: figures of a gone quarter: past
    B(
        text="However, this decline should not be interpreted as a slowdown within the rail industry as the second quarter results of 2007 are the strongest second quarter results reported by Canadian railways since 1999.",
        due=None,
        vague=False,
        said="2007-08-29 14:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/070829/dq070829d-eng.htm",
        published="2007-08-29",
    ),
    # case 26: Wikinews ('Wikinews Shorts: December 13, 2008'; CC BY 2.5); zone UTC; said 10:00 UTC (10:00 UTC, Saturday 13 December 2008) as handed over. the Inaugural Committee's listing of donors towards 'President-Elect Barack Obama's upcoming inaugural': an ongoing practice with no time of its own; the inaugural names what the money is for and is not dated in the sentence: due None, no refusal word. unsure: a careful reader could give event (the listing hung on the undated inaugural, CONVENTIONS 1.3)
    B(
        text='The Presidential Inaugural Committee says it is "taking unprecedented steps to insure transparency in the public reporting of donors" by listing the names of individuals or organizations who donate over $200 towards President-Elect Barack Obama\'s upcoming inaugural.',
        due=None,
        vague=False,
        said="2008-12-13 10:00:00",
        tz="UTC",
        day_first=True,
        cluster=1,
        source="http://en.wikinews.org/wiki/Wikinews_Shorts:_December_13,_2008",
        published="2008-12-13",
    ),
    # case 27: the same page: money 'it has raised' and the record spent on the 2004 inaugural: past
    B(
        text="The Presidential Inaugural Committee states that it has raised almost $10 million dollars to cover the inaugural; and while that may seem like a large amount, the spending record for an inaugural is held by the current president, George W. Bush, with $42.8 million spent on his 2004 inaugural.",
        due=None,
        vague=False,
        said="2008-12-13 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://en.wikinews.org/wiki/Wikinews_Shorts:_December_13,_2008",
        published="2008-12-13",
    ),
    # case 28: the same page: 'The 16-year study was performed': past
    B(
        text="The 16-year study was performed using two telescopes located in Chile.",
        due=None,
        vague=False,
        said="2008-12-13 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://en.wikinews.org/wiki/Wikinews_Shorts:_December_13,_2008",
        published="2008-12-13",
    ),
    # case 29: the same page: 'The study will be published next month': January 2009, a one-off publication within the month, due at the month's end (CONVENTIONS 3.1, 3.5; parser docstring) [local due 2009-01-31 23:59:59 UTC, a Saturday, UTC]
    B(
        text="The study will be published next month in The Astrophysical Journal.",
        due="2009-01-31 23:59:59",
        vague=False,
        said="2008-12-13 10:00:00",
        tz="UTC",
        day_first=True,
        precision="month",
        cluster=4,
        source="http://en.wikinews.org/wiki/Wikinews_Shorts:_December_13,_2008",
        published="2008-12-13",
    ),
    # case 30: Wikinews ('Wikinews' overview of the year 2007'; CC BY 2.5); zone UTC; said 10:00 UTC (10:00 UTC, Monday 31 December 2007) as handed over. a question what one would tell 'in, let's say, 20 year's time': a hypothetical question, nothing undertaken (CONVENTIONS 4.3, 4.2): due None, no refusal word
    B(
        text="What would you tell your grandchildren about 2007 if they asked you about it in, let's say, 20 year's time?",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        cluster=1,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2007",
        published="2007-12-31",
    ),
    # case 31: the same page: a quiz question whose answer is 2007 (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="If the answer to a quiz question was 2007, what would the question be?",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        cluster=1,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2007",
        published="2007-12-31",
    ),
    # case 32: the same page: a quiz question about a past act ('first signed on'), the year 2007: past. unsure: a careful reader could give due None with no refusal word (a question about a time, CONVENTIONS 4.3)
    B(
        text="The year that you first signed on to Facebook?",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2007",
        published="2007-12-31",
    ),
    # case 33: the same page: a quiz question about what happened in 2007 ('fell apart'): past. unsure: due None with no refusal word (a question, CONVENTIONS 4.3)
    B(
        text="The year Britney Spears and Amy Winehouse fell apart?",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2007",
        published="2007-12-31",
    ),
    # case 34: the same page: a quiz question about deaths in 2007 ('died'): past. unsure: due None with no refusal word (a question, CONVENTIONS 4.3)
    B(
        text="The year author Kurt Vonnegut or mime Marcel Marceau died, both at 84?",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2007",
        published="2007-12-31",
    ),
    # case 35: the same page: 'the international stories of 2007': the year's news, already happened, reviewed on its last day: past. unsure: a careful reader could give due None with no refusal word (the year only names the stories looked at now)
    B(
        text="Let's take a look at some of the international stories of 2007.",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2007",
        published="2007-12-31",
    ),
    # case 36: the same page: 'disappeared on May 3': past ('(3)' is her age)
    B(
        text="Madeleine McCann (3) disappeared on May 3 in Praia da Luz, Portugal.",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2007",
        published="2007-12-31",
    ),
    # case 37: the same page: 'on August 7, Kate and Gerry McCann became suspects': past
    B(
        text="Initially, a local man called Robert Murat was mentioned as a suspect, although on August 7, Kate and Gerry McCann became suspects based on forensic evidence.",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2007",
        published="2007-12-31",
    ),
    # case 38: the same page: 'On April 16, 33 dead', 'two hours later': past
    B(
        text="On April 16, 33 dead, 15 injured in Virginia Tech shootings: A single gunman entered the campus and opened fire on students and faculty in two separate incidents, first in the West Ambler Johnston Hall dormitory, then again two hours later at the Norris Hall classroom building, killing 33 people, including himself.",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2007",
        published="2007-12-31",
    ),
    # case 39: the same page: 'In early September, adventurer Steve Fossett went missing': past
    B(
        text="In early September, adventurer Steve Fossett went missing.",
        due=None,
        vague=False,
        said="2007-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2007",
        published="2007-12-31",
    ),
    # case 40: UK Parliament (House of Commons, Business of the House, Thursday 22 July 2021, on hansard.parliament.uk; Open Parliament Licence); zone Europe/London (BST); said 09:00 UTC (10:00 BST, Thursday 22 July 2021) as handed over. the business of the week commencing Monday 6 September runs to that week's Sunday, 12 September (parser docstring, 'the week commencing'), a schedule due at its end (CONVENTIONS 6.1), as the seen sets read this line of the Business Statement [local due 2021-09-12 23:59:59 Europe/London, a Sunday, BST]
    B(
        text="The business for the week commencing Monday 6 September will include:",
        due="2021-09-12 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="week",
        cluster=4,
        source="https://hansard.parliament.uk/Commons/2021-07-22/debates/DCDBB510-C45C-4881-A9D5-CA687C033413/BusinessOfTheHouse",
        published="2021-07-22",
    ),
    # case 41: the same statement: the business set for Monday 6 September, a one-off event on a day (CONVENTIONS 3.1), end of day [local due 2021-09-06 23:59:59 Europe/London, a Monday, BST]
    B(
        text="Monday 6 September—Remaining stages of the National Insurance Contributions Bill.",
        due="2021-09-06 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://hansard.parliament.uk/Commons/2021-07-22/debates/DCDBB510-C45C-4881-A9D5-CA687C033413/BusinessOfTheHouse",
        published="2021-07-22",
    ),
    # case 42: the same statement: Second Reading set for Tuesday 7 September (CONVENTIONS 3.1), end of day [local due 2021-09-07 23:59:59 Europe/London, a Tuesday, BST]
    B(
        text="Tuesday 7 September—Second Reading of the Elections Bill.",
        due="2021-09-07 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://hansard.parliament.uk/Commons/2021-07-22/debates/DCDBB510-C45C-4881-A9D5-CA687C033413/BusinessOfTheHouse",
        published="2021-07-22",
    ),
    # case 43: the same statement: an Opposition day on Wednesday 8 September (CONVENTIONS 3.1), end of day; '(5th allotted day)' is a count [local due 2021-09-08 23:59:59 Europe/London, a Wednesday, BST]
    B(
        text="Wednesday 8 September—Opposition day (5th allotted day).",
        due="2021-09-08 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://hansard.parliament.uk/Commons/2021-07-22/debates/DCDBB510-C45C-4881-A9D5-CA687C033413/BusinessOfTheHouse",
        published="2021-07-22",
    ),
    # case 44: the same statement: business set for Thursday 9 September (CONVENTIONS 3.1), end of day [local due 2021-09-09 23:59:59 Europe/London, a Thursday, BST]
    B(
        text="Thursday 9 September—Remaining stages of the Rating (Coronavirus) and Directors Disqualification (Dissolved Companies) Bill, followed by general debate on the legacy of Jo Cox.",
        due="2021-09-09 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://hansard.parliament.uk/Commons/2021-07-22/debates/DCDBB510-C45C-4881-A9D5-CA687C033413/BusinessOfTheHouse",
        published="2021-07-22",
    ),
    # case 45: the same statement: Private Members' Bills on Friday 10 September (CONVENTIONS 3.1), end of day [local due 2021-09-10 23:59:59 Europe/London, a Friday, BST]
    B(
        text="Friday 10 September—Private Members’ Bills.",
        due="2021-09-10 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://hansard.parliament.uk/Commons/2021-07-22/debates/DCDBB510-C45C-4881-A9D5-CA687C033413/BusinessOfTheHouse",
        published="2021-07-22",
    ),
    # case 46: the same statement: the provisional business of the week commencing Monday 13 September, due at the week's end, Sunday 19 September (as case 40) [local due 2021-09-19 23:59:59 Europe/London, a Sunday, BST]
    B(
        text="The provisional business for the week commencing 13 September will include:",
        due="2021-09-19 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="week",
        cluster=4,
        source="https://hansard.parliament.uk/Commons/2021-07-22/debates/DCDBB510-C45C-4881-A9D5-CA687C033413/BusinessOfTheHouse",
        published="2021-07-22",
    ),
    # case 47: the same statement: business set for Monday 13 September (CONVENTIONS 3.1), end of day [local due 2021-09-13 23:59:59 Europe/London, a Monday, BST]
    B(
        text="Monday 13 September—Consideration in Committee and remaining stages of the Dissolution and Calling of Parliament Bill.",
        due="2021-09-13 22:59:59",
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://hansard.parliament.uk/Commons/2021-07-22/debates/DCDBB510-C45C-4881-A9D5-CA687C033413/BusinessOfTheHouse",
        published="2021-07-22",
    ),
    # case 48: the same statement: she 'will be leaving her role ... after the summer recess': a time hung on the recess, which the sentence does not date, and open-ended 'after' (CONVENTIONS 1.3, 5.2): event
    B(
        text="Talitha Rowland will be leaving her role as head of the Cabinet Office’s Parliamentary Business and Legislation Secretariat after the summer recess.",
        due=None,
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://hansard.parliament.uk/Commons/2021-07-22/debates/DCDBB510-C45C-4881-A9D5-CA687C033413/BusinessOfTheHouse",
        published="2021-07-22",
    ),
    # case 49: the same statement: 'For the past three years ... she has been ensuring': past
    B(
        text="For the past three years, in not always easy circumstances, she has been ensuring that this House has had a good, well thought through legislative programme.",
        due=None,
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://hansard.parliament.uk/Commons/2021-07-22/debates/DCDBB510-C45C-4881-A9D5-CA687C033413/BusinessOfTheHouse",
        published="2021-07-22",
    ),
    # case 50: the same statement: the Gracious Speech 'delivered on 11 May': past
    B(
        text="It was, of course, Talitha and her team who worked so hard behind the scenes to prepare for the state opening and Her Majesty’s Gracious Speech, delivered on 11 May.",
        due=None,
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://hansard.parliament.uk/Commons/2021-07-22/debates/DCDBB510-C45C-4881-A9D5-CA687C033413/BusinessOfTheHouse",
        published="2021-07-22",
    ),
    # case 51: the same statement: 'the end-of-term report cards' names the cards already read; the speaker's report card is this speech, no time set: due None, no refusal word. unsure: a careful reader could give past ('having been busily digesting', 'I thought')
    B(
        text="So, having been busily digesting the end-of-term report cards prepared for my children by their excellent teachers, I thought I might attempt one of my own for the House on the progress made in delivering the Government’s legislative agenda.",
        due=None,
        vague=False,
        said="2021-07-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://hansard.parliament.uk/Commons/2021-07-22/debates/DCDBB510-C45C-4881-A9D5-CA687C033413/BusinessOfTheHouse",
        published="2021-07-22",
    ),
    # case 52: USGS (a press release on the National Geospatial Technical Operations Center's 25,000 digital maps, as carried on directionsmag.com; US federal work, public domain); zone America/New_York (EDT); said 14:00 UTC (10:00 EDT, Tuesday 6 July 2010) as handed over. 'Production of these maps began in earnest in June 2009': past
    B(
        text="Production of these maps began in earnest in June 2009.",
        due=None,
        vague=False,
        said="2010-07-06 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.directionsmag.com/pressreleases/25000-maps133and-counting/121339",
        published="2010-07-06",
    ),
    # case 53: the same release: 'In a little over a year, the USGS ... has published': past
    B(
        text="In a little over a year, the USGS National Geospatial Technical Operations Center (NGTOC) has published more than 25,000 7.5-minute cells.",
        due=None,
        vague=False,
        said="2010-07-06 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.directionsmag.com/pressreleases/25000-maps133and-counting/121339",
        published="2010-07-06",
    ),
    # case 54: the same release: 'Through the second half of the 20th century, the USGS produced': past
    B(
        text="Through the second half of the 20th century, the USGS produced more than 60,000 paper topographic maps covering the entire United States.",
        due=None,
        vague=False,
        said="2010-07-06 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.directionsmag.com/pressreleases/25000-maps133and-counting/121339",
        published="2010-07-06",
    ),
    # case 55: the same release: the median publication date of the old maps, 1979: a statistic of the past: past
    B(
        text="The median publication date for these maps is 1979.",
        due=None,
        vague=False,
        said="2010-07-06 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.directionsmag.com/pressreleases/25000-maps133and-counting/121339",
        published="2010-07-06",
    ),
    # case 56: the same release: processes that will allow the country 'to be remapped every three years': a standing cycle (CONVENTIONS 1.3): recurring
    B(
        text="These maps are modeled on the old topographic series, but are derived from the best available, existing government digital data, and are created semi-automatically using processes that will allow the entire contiguous US to be remapped every three years.",
        due=None,
        vague=False,
        said="2010-07-06 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="http://www.directionsmag.com/pressreleases/25000-maps133and-counting/121339",
        published="2010-07-06",
    ),
    # case 57: the same release: 'In 2009, the initial product was': past
    B(
        text="In 2009, the initial product was a planimetric (no relief) map, which was called “Digital Map – Beta.”",
        due=None,
        vague=False,
        said="2010-07-06 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.directionsmag.com/pressreleases/25000-maps133and-counting/121339",
        published="2010-07-06",
    ),
    # case 58: Veterinary Medicines Directorate (GOV.UK news story on the new Veterinary Medicines Regulations coming into force on 17 May 2024, as carried on govwire.co.uk; Crown copyright, OGL); zone Europe/London (BST); said 09:00 UTC (10:00 BST, Friday 26 April 2024) as handed over. the legislation 'was introduced in Parliament on the 4 March and made on 25 April': acts done before the day of publication (26 April 2024): past
    B(
        text="The legislation to modernise the Veterinary Medicines Regulations 2013 (VMR) was introduced in Parliament on the 4 March and made on 25 April.",
        due=None,
        vague=False,
        said="2024-04-26 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://govwire.co.uk/news/veterinary-medicines-directorate/new-veterinary-medicines-regulations-coming-into-force-on-17-may-2024-89293",
        published="2024-04-26",
    ),
    # case 59: the same story: the Regulations 'apply from the 17 May 2024': a one-off change taking effect on a day (CONVENTIONS 3.1; parser docstring 'shall apply from'), end of day [local due 2024-05-17 23:59:59 Europe/London, a Friday, BST]
    B(
        text="The Veterinary Medicines (Amendment etc.) Regulations 2024 will maintain the UK as an attractive place to develop and market veterinary medicines, and apply from the 17 May 2024.",
        due="2024-05-17 22:59:59",
        vague=False,
        said="2024-04-26 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://govwire.co.uk/news/veterinary-medicines-directorate/new-veterinary-medicines-regulations-coming-into-force-on-17-may-2024-89293",
        published="2024-04-26",
    ),
    # case 60: the same story: transitional provisions giving 'time to ensure compliance', no time given: due None, no refusal word
    B(
        text="To provide stakeholders with time to ensure compliance with specific new or amended requirements, the legislation includes transitional provisions for some requirements.",
        due=None,
        vague=False,
        said="2024-04-26 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="http://govwire.co.uk/news/veterinary-medicines-directorate/new-veterinary-medicines-regulations-coming-into-force-on-17-may-2024-89293",
        published="2024-04-26",
    ),
    # case 61: the same story: 'We will publish updated guidance ... which will be available from 17 May': the publisher's undertaking to publish, the guidance out on 17 May, a one-off act on a day (CONVENTIONS 3.1), end of day. unsure: a careful reader could give earliest 17 May 2024 00:00 BST ('available from', an ongoing state given only its start, CONVENTIONS 3.2; 2024-05-16 23:00:00 UTC) [local due 2024-05-17 23:59:59 Europe/London, a Friday, BST]
    B(
        text="We will publish updated guidance that reflects the changes, which will be available from 17 May under Veterinary Medicines Guidance on GOV.UK.",
        due="2024-05-17 22:59:59",
        vague=False,
        said="2024-04-26 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://govwire.co.uk/news/veterinary-medicines-directorate/new-veterinary-medicines-regulations-coming-into-force-on-17-may-2024-89293",
        published="2024-04-26",
    ),
    # case 62: Prime Minister of Australia (www.pm.gov.au media listing, page 4, items of July 2017, each with its own date as handed over; CC BY 4.0); zone Australia/Sydney (AEST); said 00:00 UTC (10:00 AEST, Monday 31 July 2017) as handed over. 'It's now more than 24 hours since the nation was alerted': past
    B(
        text="It's now more than 24 hours since the nation was alerted to this plot.",
        due=None,
        vague=False,
        said="2017-07-31 00:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.pm.gov.au/media/2014-09-22/statement-parliament-national-security?field_start_date%5Bvalue%5D&field_end_date%5Bvalue%5D&page=4",
        published="2017-07-31",
    ),
    # case 63: the Secretary 'wishes to leave his position ... from 8 September 2017': a one-off change taking effect on a day (CONVENTIONS 3.1; a 'from' that says when a one-off change takes effect), end of day [local due 2017-09-08 23:59:59 Australia/Sydney, a Friday, AEST]
    B(
        text="Dr Gordon de Brouwer PSM has advised me that he wishes to leave his position as Secretary of the Department of the Environment and Energy from 8 September 2017 to pursue other interests.",
        due="2017-09-08 13:59:59",
        vague=False,
        said="2017-07-25 00:00:00",
        tz="Australia/Sydney",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.pm.gov.au/media/2014-09-22/statement-parliament-national-security?field_start_date%5Bvalue%5D&field_end_date%5Bvalue%5D&page=4",
        published="2017-07-25",
    ),
    # case 64: 'has today stepped aside ... and resigned': the perfect with 'today', an act already done (CONVENTIONS 2.4): past
    B(
        text="Senator the Hon. Matt Canavan has today stepped aside from the Ministry and resigned as Minister for Resources and Northern Australia.",
        due=None,
        vague=False,
        said="2017-07-25 00:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.pm.gov.au/media/2014-09-22/statement-parliament-national-security?field_start_date%5Bvalue%5D&field_end_date%5Bvalue%5D&page=4",
        published="2017-07-25",
    ),
    # case 65: 'will be appointed ... effective 25 July, for three years': the appointment takes effect on a day (CONVENTIONS 3.1), Tuesday 25 July 2017, end of day; 'for three years' is the term of the office. unsure: a careful reader could give the end of the three-year term, 25 July 2020, end of day AEST (a period kept for a stated length from a start, CONVENTIONS 1.1; 2020-07-25 13:59:59 UTC) [local due 2017-07-25 23:59:59 Australia/Sydney, a Tuesday, AEST]
    B(
        text="I am pleased to announce that Ms Danielle Roche OAM will be appointed the new Chair of the National Australia Day Council Board effective 25 July, for three years.",
        due="2017-07-25 13:59:59",
        vague=False,
        said="2017-07-21 00:00:00",
        tz="Australia/Sydney",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.pm.gov.au/media/2014-09-22/statement-parliament-national-security?field_start_date%5Bvalue%5D&field_end_date%5Bvalue%5D&page=4",
        published="2017-07-21",
    ),
    # case 66: Prime Minister of Australia (www.pm.gov.au media listing, page 68, items of 3 December 2015; CC BY 4.0); zone Australia/Sydney (AEDT); said 23:00 UTC (10:00 AEDT, Thursday 3 December 2015) as handed over. 'The Indian Ocean tsunami that occurred almost 11 years ago': past
    B(
        text="The Indian Ocean tsunami that occurred almost 11 years ago tragically took the lives of approximately 230,000 people – 26 of whom called Australia home.",
        due=None,
        vague=False,
        said="2015-12-02 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.pm.gov.au/media?field_start_date%5Bvalue%5D&field_end_date%5Bvalue%5D&page=68",
        published="2015-12-03",
    ),
    # case 67: 'Today I announce the appointment': the announcement is the act, in the present with 'today' (CONVENTIONS 2.1, as 'I'm pleased, today, to announce'), due at the end of that day; the start date stands only in the next sentence (CONVENTIONS 6.3) [local due 2015-12-03 23:59:59 Australia/Sydney, a Thursday, AEDT]
    B(
        text="Today I announce the appointment of Dr Martin Parkinson PSM as Secretary of the Department of Prime Minister and Cabinet.",
        due="2015-12-03 12:59:59",
        vague=False,
        said="2015-12-02 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://www.pm.gov.au/media?field_start_date%5Bvalue%5D&field_end_date%5Bvalue%5D&page=68",
        published="2015-12-03",
    ),
    # case 68: the same item: 'will take up the position on 23 January 2016': a one-off event on a day (CONVENTIONS 3.1), end of day [local due 2016-01-23 23:59:59 Australia/Sydney, a Saturday, AEDT]
    B(
        text="Dr Parkinson will take up the position on 23 January 2016.",
        due="2016-01-23 12:59:59",
        vague=False,
        said="2015-12-02 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://www.pm.gov.au/media?field_start_date%5Bvalue%5D&field_end_date%5Bvalue%5D&page=68",
        published="2015-12-03",
    ),
    # case 69: New Zealand Department of Conservation (media releases of December 2018 on dxcprod.doc.govt.nz, each with its own date as handed over; CC BY 4.0); zone Pacific/Auckland (NZDT); said 21:00 UTC (10:00 NZDT, Friday 21 December 2018) as handed over. 'has died overnight after being reported stranded ... yesterday': past
    B(
        text="A 12 metre humpback whale has died overnight after being reported stranded in Kaiaua in the west side of the Firth of Thames yesterday.",
        due=None,
        vague=False,
        said="2018-12-20 21:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://dxcprod.doc.govt.nz/news/media-releases/2018/externalContentView/0b0f8123-e054-48e5-aa80-7c73a27ed735?preview_generated=true",
        published="2018-12-21",
    ),
    # case 70: 'part of the magic of Christmas': Christmas names the season's custom; the conservationists' work has no time: due None, no refusal word
    B(
        text="The woody scent of pine wafting through your house is part of the magic of Christmas, but local conservationists are working hard to ensure pine trees are enjoyed in the right place.",
        due=None,
        vague=False,
        said="2018-12-19 21:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        cluster=1,
        source="https://dxcprod.doc.govt.nz/news/media-releases/2018/externalContentView/0b0f8123-e054-48e5-aa80-7c73a27ed735?preview_generated=true",
        published="2018-12-20",
    ),
    # case 71: 'Check your local myrtle plants this summer': a request to the public, nothing the department undertakes (CONVENTIONS 4.3; as the seen sets read the Department of Conservation's encouragements to the public): due None, no refusal word (the other reading: the southern summer's end, 28 February 2019, end of day NZDT)
    B(
        text="Check your local myrtle plants this summer to help track the spread of the fungal disease myrtle rust.",
        due=None,
        vague=False,
        said="2018-12-18 21:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        cluster=1,
        source="https://dxcprod.doc.govt.nz/news/media-releases/2018/externalContentView/0b0f8123-e054-48e5-aa80-7c73a27ed735?preview_generated=true",
        published="2018-12-19",
    ),
)
