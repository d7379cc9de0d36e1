"""A SECOND, independent labelling of the hundred-and-seventy-first fresh set's 69 real deadline
phrasings (issue 12: agreement between two labellers).

Made on 2026-12-07 (UTC), from 01:23 on the machine's clock, by a second labelling helper
(branch issue12a171-s60), from the phrasings, the moments of speaking (`said`), the publishers'
zones (`tz`), `day_first`, clusters, the source addresses and the publication dates exactly as
the first labeller established them (handed over without labels, in the first labeller's
order, in the brief's input file `fresh171_phrasings.json`). It was made WITHOUT seeing the
first labeller's labels: neither `blind_fresh169.py` to `blind_fresh173.py`, their README
sections, any labeller's worktree or branch, the articles `blind142/` and `blind143/`, nor any
other blind file was opened. No source page was opened either: each label was worked out by
hand from the words, the moment of speaking and the zone. Nothing of the project was run on
these texts (no parser, bench or tests). The rules used were
`tests/data/deadlines/CONVENTIONS.md` (which decides; 4.3 and 5.1 included), the docstring and
`BlindCase` of `blind_real.py`, the top docstring of the parser package
(`bot/core/deadlines/__init__.py`: the vague windows, parts of the day, seasons, "early" as the
first third of a year, "next <weekday>", a year-less date's next occurrence, a range's later
end, money spread over years) and, for precedent, the comments of the seen sets
(`blind_fresh164.py` to `blind_fresh168.py`: "go out from today" as a start, "immediately" as
the 7-day window, a time given only by another sentence as an event). UTC wall times, weekdays
and day counts were computed in a scratch script outside the repository with the standard
library's zoneinfo and datetime only. `said` is as handed over (10:00 local on the publication
day in every case); each due instant's comment gives its local wall time.

Its only purpose is to measure how far two careful labellers agree on the same phrasings (the
agreement bounds what a 90% target on the first labeller's set can tell). It is not a scoring
set of its own. Labels marked "unsure" in their comment are the ones a careful reader could
really defend otherwise; the comment names the other reading. Never edit these labels to fit
the parser or the first labeller.

Readings applied throughout (hard calls, named so that a disagreement can be traced):
- "today" on a verb of announcing dates only the announcing (CONVENTIONS 2.2); an act told as
  done on the day ("has today announced", "have today been hit", "published ... today", "today
  announced") is `past` (2.4); the present with "today" on the act itself ("are today
  publishing", "By ending this loophole today") is due at the end of that day (2.1).
- A time that only another sentence gives ("the same day", "At that point", "upon Mr.
  Birdthistle's departure", "by the deadline", "day 1" of a regime) is `event`; so are vague
  words hung on an earlier stage the sentence does not date ("subsequently ... as quickly as
  possible", "to allow the legislation to be enacted without delay").
- A one-off start on a day ("will formally kick off on Monday 13th March") is due that day
  (3.1); an offer or allocation open from a day ("will from today be allocated", "available ...
  beginning on") is `earliest` (3.2); each is marked unsure where the other reading is close.
- A year that names a thing (auctions "for 2024 to 2025", "the 2012 Finance Bill") and money
  bid for "over 2 years" set no time of their own.
- The new end of an extension told in the past that is still ahead of the moment of speaking
  keeps its date (2.2; the parser docstring's round 22); an older date replaced or brought
  forward with no new time is `negated` (4.1).

Tally (this labelling): 25 cases with a due instant (1 part of the day: "this morning", due at
12:00; 3 vague windows: "soon", "in due course", "come into effect immediately"; 21 days and
periods) and 44 without (14 event, 14 past, 2 recurring, 2 earliest, 1 negated, and 11 with no
refusal word: a question, present states, descriptions and years naming things); 28 labels
marked "unsure"; 4 "page:" comments give the page's day for a time the sentence leaves to
another sentence.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH171_SECOND: tuple[BlindCase, ...] = (
    # case 0: Houses of the Oireachtas, select committee (as carried on kildarestreet.com); zone Europe/Dublin, said Thursday 13 June 2019 10:00 IST as handed over. 'we expect' tells what is going to happen, so it stays dated (CONVENTIONS 4.3); 'next Thursday' said on a Thursday is the Thursday of the following Monday-to-Sunday week (parser docstring), 20 June 2019, end of the day [local due 2019-06-20 23:59:59 Europe/Dublin]
    B(
        text="As I said, we expect Report Stage of the Bill will be taken in the Seanad next Thursday.",
        due="2019-06-20 22:59:59",
        vague=False,
        said="2019-06-13 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.kildarestreet.com/committees/?gid=2019-06-13a.1238",
        published="2019-06-13",
    ),
    # case 1: the same committee: 'the same day' is a day only the sentence before gives; in this sentence it hangs on a stage it does not date: event (CONVENTIONS 1.3, 6.3 on a day given only by another sentence). unsure: a careful reader could give no refusal word (a hope, CONVENTIONS 4.2), or the page's day (page: 20 June 2019, end of day IST)
    B(
        text="I hope it will conclude the same day.",
        due=None,
        vague=False,
        said="2019-06-13 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.kildarestreet.com/committees/?gid=2019-06-13a.1238",
        published="2019-06-13",
    ),
    # case 2: the same committee: 'as quickly as possible' read as 'as soon as possible', but 'subsequently' hangs the move on the Seanad stage, which this sentence does not date: event (CONVENTIONS 5.2, as 'shortly afterwards' in the parser docstring). unsure: a careful reader could give the vague 60-day window from the moment of speaking, 12 August 2019 23:59:59 IST (2019-08-12 22:59:59 UTC), reading the minister's own undertaking (CONVENTIONS 5.1)
    B(
        text="It will subsequently be moved to the Dáil as quickly as possible.",
        due=None,
        vague=False,
        said="2019-06-13 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.kildarestreet.com/committees/?gid=2019-06-13a.1238",
        published="2019-06-13",
    ),
    # case 3: the same committee: a completion 'before the end of 2018' that was understood, said in June 2019: the time is gone: past
    B(
        text="I apologise for repeating myself but it was understood that the Judicial Council Bill would be completed before the end of 2018.",
        due=None,
        vague=False,
        said="2019-06-13 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kildarestreet.com/committees/?gid=2019-06-13a.1238",
        published="2019-06-13",
    ),
    # case 4: the same committee: the targeting was done 'prior to Christmas' (past), but the target it set, 'the end of the summer session', is still ahead and is a session end the sentence does not date: event (CONVENTIONS 2.2: the time of the report is not the deadline; 1.3 for an undated end). unsure: a careful reader could give 'past', the whole sentence telling what the minister did before Christmas
    B(
        text="When it become obvious to me, prior to Christmas, that it would be delayed I targeted its completion for the end of the summer session.",
        due=None,
        vague=False,
        said="2019-06-13 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.kildarestreet.com/committees/?gid=2019-06-13a.1238",
        published="2019-06-13",
    ),
    # case 5: the same committee: two stages given in turn, the later counts (CONVENTIONS 6.2); the later, 'before the end of the summer session', is a session end the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word ('We can' as a possibility, CONVENTIONS 4.2), or the first stage's Thursday
    B(
        text="We can get it through the Seanad on Thursday and have it back before the Dáil before the end of the summer session.",
        due=None,
        vague=False,
        said="2019-06-13 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.kildarestreet.com/committees/?gid=2019-06-13a.1238",
        published="2019-06-13",
    ),
    # case 6: the same committee: the motion is requested already (perfect); 'without delay' is hung on the enactment, which waits on the bill's undated passage: event (CONVENTIONS 5.2). unsure: a careful reader could give the 7-day vague window from the moment of speaking, 20 June 2019 23:59:59 IST (CONVENTIONS 5.1), or 'past' (the request is made)
    B(
        text="I have also requested a motion for earlier signature to allow the legislation to be enacted without delay.",
        due=None,
        vague=False,
        said="2019-06-13 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.kildarestreet.com/committees/?gid=2019-06-13a.1238",
        published="2019-06-13",
    ),
    # case 7: the same committee: 'At that point' (an undated moment) and 'as quickly as possible' hung on it: event (CONVENTIONS 5.2)
    B(
        text="At that point, I will liaise with the Attorney General with a view to ensuring that, from the insurance side, the judicial council will be established as quickly as possible.",
        due=None,
        vague=False,
        said="2019-06-13 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.kildarestreet.com/committees/?gid=2019-06-13a.1238",
        published="2019-06-13",
    ),
    # case 8: Houses of the Oireachtas, Joint Committee (as carried on kildarestreet.com); zone Europe/Dublin, said Wednesday 9 November 2016 09:00 GMT as handed over. 'It is our intention' is the committee's plan, dated (CONVENTIONS 4.3); 'by the end of this month': 30 November 2016, end of the day [local due 2016-11-30 23:59:59 Europe/Dublin]
    B(
        text="It is our intention to conclude our deliberations and have a report ready for presentation by the end of this month.",
        due="2016-11-30 23:59:59",
        vague=False,
        said="2016-11-09 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://www.kildarestreet.com/committees/?gid=2016-11-09a.814",
        published="2016-11-09",
    ),
    # case 9: the same committee: the report debated 'tomorrow', a one-off event (CONVENTIONS 3.1): Thursday 10 November 2016, end of the day [local due 2016-11-10 23:59:59 Europe/Dublin]
    B(
        text="We will have our first report on Irish Sign Language debated on the floor of the Dáil tomorrow.",
        due="2016-11-10 23:59:59",
        vague=False,
        said="2016-11-09 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.kildarestreet.com/committees/?gid=2016-11-09a.814",
        published="2016-11-09",
    ),
    # case 10: the same committee: a present state ('we are the only committee yet to have produced a report in 2016'), no undertaking and no time ahead: no deadline, no refusal word. unsure: a careful reader could give 'past' (the year's reports so far)
    B(
        text="It appears we are the only committee yet to have produced a report in 2016.",
        due=None,
        vague=False,
        said="2016-11-09 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=5,
        source="https://www.kildarestreet.com/committees/?gid=2016-11-09a.814",
        published="2016-11-09",
    ),
    # case 11: the same committee: 'We intend ... will be on the floor of the Dáil soon', the committee's undertaking: vague, 60 days (CONVENTIONS 5.1): 8 January 2017 [local due 2017-01-08 23:59:59 Europe/Dublin]
    B(
        text="We intend to stay ahead of the other committees and with a bit of luck - I have never been lucky in lotteries - this report will be on the floor of the Dáil soon.",
        due="2017-01-08 23:59:59",
        vague=True,
        said="2016-11-09 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://www.kildarestreet.com/committees/?gid=2016-11-09a.814",
        published="2016-11-09",
    ),
    # case 12: the same committee: 'later when the committee is in private session' hangs on a session the sentence does not date: event (CONVENTIONS 5.2, 1.3)
    B(
        text="However, that matter will be discussed later when the committee is in private session.",
        due=None,
        vague=False,
        said="2016-11-09 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.kildarestreet.com/committees/?gid=2016-11-09a.814",
        published="2016-11-09",
    ),
    # case 13: UK Parliament, Commons written answer 10 February 1999 (historic Hansard); zone Europe/London, said 10:00 GMT. The October day dates only the explaining (CONVENTIONS 2.2); 'will publish a White Paper in the Spring': meteorological spring, March to May 1999, due at its end (parser docstring: a range at its later end), 31 May 1999 BST [local due 1999-05-31 23:59:59 Europe/London]
    B(
        text="As my right hon. Friend the Minister for the Cabinet Office explained to the House on 21 October last year, the Government will publish a White Paper in the Spring, setting out their programme for modernising government and joining-up public services to respond better to the people that need them.",
        due="1999-05-31 22:59:59",
        vague=False,
        said="1999-02-10 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="quarter",
        cluster=4,
        source="https://api.parliament.uk/historic-hansard/written_answers/1999/feb/10/government-modernisation",
        published="1999-02-10",
    ),
    # case 14: UK Parliament, written question of 22 July 1988; zone Europe/London, said 10:00 BST. A question about a time: no deadline, no refusal word (CONVENTIONS 4.3)
    B(
        text="To ask the Secretary of State for Defence what military home defence exercises will be held in the autumn of 1988; and if he will make a statement.",
        due=None,
        vague=False,
        said="1988-07-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://api.parliament.uk/historic-hansard/written_answers/1988/jul/22/home-defence-exercises",
        published="1988-07-22",
    ),
    # case 15: the same answer: 'will be held this autumn', said 22 July 1988: meteorological autumn, September to November 1988, due at its end, 30 November 1988 GMT (parser docstring) [local due 1988-11-30 23:59:59 Europe/London]
    B(
        text="Nine separate military home defence exercises will be held this autumn.",
        due="1988-11-30 23:59:59",
        vague=False,
        said="1988-07-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="quarter",
        cluster=4,
        source="https://api.parliament.uk/historic-hansard/written_answers/1988/jul/22/home-defence-exercises",
        published="1988-07-22",
    ),
    # case 16: HM Treasury press release (carried on ukpol.co.uk); zone Europe/London, said Thursday 9 March 2023 10:00 GMT. 'tomorrow' dates only the announcing (CONVENTIONS 2.2); the review 'will formally kick off on Monday (13 March)', a one-off start on a day, due at its end (CONVENTIONS 3.1). unsure: a careful reader could give 'earliest' 2023-03-13 00:00 GMT, reading the review as an activity given only its start (CONVENTIONS 3.2) [local due 2023-03-13 23:59:59 Europe/London]
    B(
        text="A new review into the UK’s research and investment landscape will formally kick off on Monday (13 March) – City Minister Andrew Griffith is expected to announce tomorrow in a speech at FIX trading",
        due="2023-03-13 23:59:59",
        vague=False,
        said="2023-03-09 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.ukpol.co.uk/tag/treasury/page/25",
        published="2023-03-09",
    ),
    # case 17: the same release: Royal Assent 'expected' just weeks after the move, counted to an assent the sentence does not date: event (CONVENTIONS 1.3; parser docstring: a span tied to an undated event). unsure: a careful reader could give the vague 4-week window of 'within weeks' from the moment of speaking (6 April 2023), reading that Royal Assent is expected in a few weeks
    B(
        text="Move comes just weeks before Financial Services and Markets Bill expected to receive Royal Assent – enabling us to deliver more of the Edinburgh Reforms",
        due=None,
        vague=False,
        said="2023-03-09 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/treasury/page/25",
        published="2023-03-09",
    ),
    # case 18: the same release: 'will formally kick off on Monday 13th March', a one-off start on a day (CONVENTIONS 3.1), as case 16. unsure: a careful reader could give 'earliest' 2023-03-13 00:00 GMT (CONVENTIONS 3.2) [local due 2023-03-13 23:59:59 Europe/London]
    B(
        text="The review, which was first announced as part of the government’s Edinburgh Reforms, will formally kick off on Monday 13th March.",
        due="2023-03-13 23:59:59",
        vague=False,
        said="2023-03-09 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.ukpol.co.uk/tag/treasury/page/25",
        published="2023-03-09",
    ),
    # case 19: the same release: a time limit given to a named person from now, 'has been asked to report within three months' (CONVENTIONS 1.2): 9 June 2023 BST. unsure: a careful reader could count the three months from the review's start on 13 March (13 June 2023 23:59:59 BST), which this sentence does not give [local due 2023-06-09 23:59:59 Europe/London]
    B(
        text="Rachel Kent, an expert and senior financial services partner at leading global law firm Hogan Lovells, has been tasked by City Minister Andrew Griffith MP with leading the review, and has been asked to report within three months.",
        due="2023-06-09 22:59:59",
        vague=False,
        said="2023-03-09 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=4,
        source="https://www.ukpol.co.uk/tag/treasury/page/25",
        published="2023-03-09",
    ),
    # case 20: HM Treasury and Cabinet Office release (carried on wired-gov.net); zone Europe/London, said Monday 10 December 2007 10:00 GMT. 'are today publishing', the present with a day word on the act: due at the end of that day (CONVENTIONS 2.1) [local due 2007-12-10 23:59:59 Europe/London]
    B(
        text="The Treasury and Cabinet Office are today publishing Limiting pre-release access to statistics: a consultation document.",
        due="2007-12-10 23:59:59",
        vague=False,
        said="2007-12-10 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.wired-gov.net/wg/wg-news-1.nsf/0/726DDA2CCAA82D71802573AD004B0580?OpenDocument",
        published="2007-12-10",
    ),
    # case 21: the same release: a strict maximum of 24 hours of pre-release access for every statistic, a standing rule for a class of cases: recurring (CONVENTIONS 1.3); 'in July' dates only the setting out, past
    B(
        text="limiting pre-release access to a strict maximum of 24 hours, reduced from up to five working days for certain statistics at present - as set out by the Prime Minister in July;",
        due=None,
        vague=False,
        said="2007-12-10 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.wired-gov.net/wg/wg-news-1.nsf/0/726DDA2CCAA82D71802573AD004B0580?OpenDocument",
        published="2007-12-10",
    ),
    # case 22: the same release: an embargo 'until the point of publication' for every statistic once access is granted, a standing rule: recurring (CONVENTIONS 1.3). unsure: a careful reader could give 'event' (the embargo runs to an undated publication)
    B(
        text="once pre-release access to a statistic in final form has been granted, that statistic will be under embargo - meaning that its contents cannot be shared with others until the point of publication.",
        due=None,
        vague=False,
        said="2007-12-10 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.wired-gov.net/wg/wg-news-1.nsf/0/726DDA2CCAA82D71802573AD004B0580?OpenDocument",
        published="2007-12-10",
    ),
    # case 23: HM Treasury news on gov.uk; zone Europe/London, said Friday 12 August 2011 10:00 BST. 'today' dates only the announcing (CONVENTIONS 2.2); 'will come into effect immediately': vague, 7 days (CONVENTIONS 5.1): 19 August 2011. unsure: a careful reader could give the end of the day of speaking (the change in effect as the words are spoken, CONVENTIONS 2.1, 3.1) [local due 2011-08-19 23:59:59 Europe/London]
    B(
        text="The change, which will come into effect immediately, was announced today by Economic Secretary to the Treasury Justine Greening.",
        due="2011-08-19 22:59:59",
        vague=True,
        said="2011-08-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="week",
        cluster=4,
        source="https://gov.uk/government/news/capital-allowances-loophole-ended",
        published="2011-08-12",
    ),
    # case 24: the same release: the date 'originally proposed for April 2012' is dropped, brought forward, and the sentence gives no new time: negated (CONVENTIONS 4.1)
    B(
        text="The closure of the loophole, which was originally proposed for April 2012, has been brought forward because of evidence that not doing so could lead to the loss of significant revenue to the Exchequer.",
        due=None,
        vague=False,
        said="2011-08-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="negated",
        cluster=5,
        source="https://gov.uk/government/news/capital-allowances-loophole-ended",
        published="2011-08-12",
    ),
    # case 25: the same release: legislation that 'will have effect from today', a one-off taking effect (CONVENTIONS 3.1), due at the end of that day; '2012' names the Finance Bill and sets no time of its own. unsure: a careful reader could give the end of 2012 (2012-12-31 23:59:59 GMT), reading the introduction in the 2012 Finance Bill as the pledge [local due 2011-08-12 23:59:59 Europe/London]
    B(
        text="Legislation, which will have effect from today, will be introduced in the 2012 Finance Bill.",
        due="2011-08-12 22:59:59",
        vague=False,
        said="2011-08-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=4,
        source="https://gov.uk/government/news/capital-allowances-loophole-ended",
        published="2011-08-12",
    ),
    # case 26: the same release: 'By ending this loophole today', the act done on the day of speaking, in the present: due at the end of that day (CONVENTIONS 2.1) [local due 2011-08-12 23:59:59 Europe/London]
    B(
        text="By ending this loophole today we will preserve important revenue while maintaining a fair system of capital allowances to support business investment.",
        due="2011-08-12 22:59:59",
        vague=False,
        said="2011-08-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://gov.uk/government/news/capital-allowances-loophole-ended",
        published="2011-08-12",
    ),
    # case 27: the same release: 'at the first opportunity following Parliamentary recess' hangs on the end of a recess the sentence does not date: event (CONVENTIONS 5.2)
    B(
        text="A Written Ministerial Statement confirming this measure will be made at the first opportunity following Parliamentary recess.",
        due=None,
        vague=False,
        said="2011-08-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://gov.uk/government/news/capital-allowances-loophole-ended",
        published="2011-08-12",
    ),
    # case 28: Ministry of Defence / Office for Veterans' Affairs release (carried on ukpol.co.uk); zone Europe/London, said Monday 19 December 2022 10:00 GMT. the organisations 'have signed' this year, told as done: past (CONVENTIONS 2.4 by likeness)
    B(
        text="The UK is one step closer to becoming the best place in the world for veterans, as a new report reveals more than 1,600 organisations have signed the Armed Forces Covenant this year.",
        due=None,
        vague=False,
        said="2022-12-19 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/category/press-releases/page/914",
        published="2022-12-19",
    ),
    # case 29: the same release: the report 'published by the Government today', told as done (a participle of the perfect kind, CONVENTIONS 2.4): past. unsure: a careful reader could give the end of the day of speaking (2022-12-19 23:59:59 GMT), reading the publishing as today's act (CONVENTIONS 2.1)
    B(
        text="The Armed Forces Covenant and Veterans Annual Report, published by the Government today and covering the period 2021-2022, details the key improvements and progress on the Covenant’s core goals.",
        due=None,
        vague=False,
        said="2022-12-19 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/category/press-releases/page/914",
        published="2022-12-19",
    ),
    # case 30: the same release: the Government's commitment to make the UK the best place to be a veteran 'by 2028': 31 December 2028, GMT [local due 2028-12-31 23:59:59 Europe/London]
    B(
        text="These goals include improving the lives of service people and their families, and the Government’s commitment to make the UK the best place in the world to be a veteran by 2028.",
        due="2028-12-31 23:59:59",
        vague=False,
        said="2022-12-19 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="year",
        cluster=4,
        source="https://www.ukpol.co.uk/category/press-releases/page/914",
        published="2022-12-19",
    ),
    # case 31: the same release: a description of the Covenant and of this year's signatories, present state, no time ahead: no deadline, no refusal word. unsure: a careful reader could give 'past' (the year's signings are done, as case 28)
    B(
        text="The Covenant is a pledge by those that sign to ensure that members of the Armed Forces community have the same access to government and commercial services and products as any other citizen; this year signatories include Leeds United F.C. and the Ocado Group.",
        due=None,
        vague=False,
        said="2022-12-19 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.ukpol.co.uk/category/press-releases/page/914",
        published="2022-12-19",
    ),
    # case 32: Ministry of Defence release (carried on ukpol.co.uk); zone Europe/London, said Monday 24 February 2025 10:00 GMT. a description of what the project does; its only time, 'after the conflict ends', is an undated event: event (CONVENTIONS 1.3). unsure: a careful reader could give no refusal word (a description of purpose, no undertaking of a time)
    B(
        text="Project Renovator draws on the UK’s leading defence medical expertise to expand Ukraine’s military rehabilitation and medical services and help troops who suffered life-changing injuries to return to the frontline or help them readjust to civilian life after the conflict ends.",
        due=None,
        vague=False,
        said="2025-02-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/ministry-of-defence/page/10",
        published="2025-02-24",
    ),
    # case 33: the same release: 'has today announced', the perfect with a day word: past (CONVENTIONS 2.4); 'three years into the conflict' is no time ahead
    B(
        text="Defence Secretary John Healey MP has today announced a new £20m funding package to step up the programme further – doubling the Government’s funding for the scheme – as the UK’s cast-iron commitment to Ukraine continues three years into the conflict.",
        due=None,
        vague=False,
        said="2025-02-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/ministry-of-defence/page/10",
        published="2025-02-24",
    ),
    # case 34: the same release: a project that 'started in October 2023' and a hospital bombed 'earlier': past
    B(
        text="The project, which started in October 2023 demonstrates the UK’s international leadership role, taking responsibility for repairing and upgrading a military rehabilitation hospital which was targeted and bombed by Putin’s forces earlier in the conflict.",
        due=None,
        vague=False,
        said="2025-02-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/ministry-of-defence/page/10",
        published="2025-02-24",
    ),
    # case 35: Foreign Office release (carried on ukpol.co.uk); zone Europe/London, said Wednesday 23 July 2025 10:00 BST. 'have today [July 23] been hit', the perfect with a day word: past (CONVENTIONS 2.4)
    B(
        text="Gang ring leaders, key intermediaries and suppliers of people-smuggling equipment have today [July 23] been hit with the first ever sanctions targeting irregular migration by the UK.",
        due=None,
        vague=False,
        said="2025-07-23 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/foreign-office/page/21",
        published="2025-07-23",
    ),
    # case 36: the same release: 'day 1' of a regime the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give 'past' (the sanctions already imposed, case 35) or the end of the day of speaking (2025-07-23 23:59:59 BST), reading day 1 as today
    B(
        text="Sanctions come on day 1 of the UK’s world-first dedicated sanctions regime targeting irregular migration and organised immigration crime.",
        due=None,
        vague=False,
        said="2025-07-23 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/foreign-office/page/21",
        published="2025-07-23",
    ),
    # case 37: the same release: 'Today's sanctions' names the sanctions; what they target is a present description: no deadline, no refusal word. unsure: a careful reader could give 'past' (the sanctions imposed already)
    B(
        text="Today’s sanctions target individuals and entities involved in people-smuggling and driving irregular migration to the UK, from a small boat supplier in Asia, to informal Hawala money movers in the Middle East, to gang leaders based in the Balkans and North Africa.",
        due=None,
        vague=False,
        said="2025-07-23 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.ukpol.co.uk/tag/foreign-office/page/21",
        published="2025-07-23",
    ),
    # case 38: Cabinet Office release (carried on ukpol.co.uk); zone Europe/London, said Monday 22 January 2024 10:00 GMT. The address 'this morning (Tuesday, January 23rd, 2024)': the bracket names the day, Tuesday 23 January 2024, a one-off event (CONVENTIONS 3.1) due at the end of the morning, 12:00 (parser docstring: morning ends 12:00). unsure: a careful reader could give the end of that day (2024-01-23 23:59:59 GMT) [local due 2024-01-23 12:00:00 Europe/London]
    B(
        text="In his keynote address at the Institute for Government’s annual conference this morning (Tuesday, January 23rd, 2024), the Minister for the Cabinet Office, John Glen, will outline his long-term priorities to modernise the Civil Service into a more productive institution so it can deliver stronger public services through three key priorities:",
        due="2024-01-23 12:00:00",
        vague=False,
        said="2024-01-22 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="hour",
        cluster=2,
        source="https://www.ukpol.co.uk/tag/cabinet-office/page/11",
        published="2024-01-22",
    ),
    # case 39: Cabinet Office release (carried on ukpol.co.uk); zone Europe/London, said Monday 5 February 2024 10:00 GMT. The plans 'will be unveiled' to coincide with the birthday year 'in 2026': due at the end of 2026, GMT [local due 2026-12-31 23:59:59 Europe/London]
    B(
        text="The plans will be unveiled to coincide with what would have been Her Late Majesty’s hundredth birthday year in 2026.",
        due="2026-12-31 23:59:59",
        vague=False,
        said="2024-02-05 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="year",
        cluster=4,
        source="https://www.ukpol.co.uk/tag/cabinet-office/page/11",
        published="2024-02-05",
    ),
    # case 40: the same release: 'will be announced in due course': vague, 60 days (CONVENTIONS 5.1): 5 April 2024 BST [local due 2024-04-05 23:59:59 Europe/London]
    B(
        text="These further appointments to the Committee will be announced in due course.",
        due="2024-04-05 22:59:59",
        vague=True,
        said="2024-02-05 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://www.ukpol.co.uk/tag/cabinet-office/page/11",
        published="2024-02-05",
    ),
    # case 41: Cabinet Office / Office for Veterans' Affairs release (carried on ukpol.co.uk); zone Europe/London, said Friday 21 April 2023 10:00 BST. money that may be bid for 'over 2 years', a sum spread over a period with no act to come (parser docstring, round 26b): no deadline, no refusal word. unsure: a careful reader could give two years from the moment of speaking (2025-04-21 23:59:59 BST), reading a funding window (CONVENTIONS 1.1)
    B(
        text="Organisations are able to bid for up to £1.5 million, over 2 years, to provide wraparound support services for issues such as mental health.",
        due=None,
        vague=False,
        said="2023-04-21 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.ukpol.co.uk/tag/cabinet-office/page/18",
        published="2023-04-21",
    ),
    # case 42: the same release: 'today' dates only the announcing of the funding (CONVENTIONS 2.2); the services it is expected to provide have no time: no deadline, no refusal word
    B(
        text="The funding being announced today is expected to provide services for over 900 supported housing places across the UK, supporting veterans who are homeless or at risk of homelessness.",
        due=None,
        vague=False,
        said="2023-04-21 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://www.ukpol.co.uk/tag/cabinet-office/page/18",
        published="2023-04-21",
    ),
    # case 43: the same release: the same 'over 2 years' as case 41: no deadline, no refusal word. unsure: a careful reader could give 2025-04-21 23:59:59 BST (CONVENTIONS 1.1)
    B(
        text="Organisations are able to bid for up to £1.5 million, over 2 years, to fund wraparound support for issues such as mental health and employment.",
        due=None,
        vague=False,
        said="2023-04-21 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.ukpol.co.uk/tag/cabinet-office/page/18",
        published="2023-04-21",
    ),
    # case 44: Department for Energy Security and Net Zero release (carried on ukpol.co.uk); zone Europe/London, said Tuesday 11 March 2025 10:00 GMT. Support that 'will from today (Tuesday 11 March) be allocated', an allocation open from a day, given only its start: earliest, 11 March 2025 00:00 GMT (CONVENTIONS 3.2). unsure: a careful reader could give the end of that day (2025-03-11 23:59:59 GMT), reading the allocation as a one-off act today (CONVENTIONS 2.1, 3.1)
    B(
        text="£1.8 billion in government support will from today (Tuesday 11 March) be allocated to local authorities and social housing providers, in a new boost which will support them to deliver warmer, more energy efficient homes in local communities across England.",
        due=None,
        vague=False,
        said="2025-03-11 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="earliest",
        earliest="2025-03-11 00:00:00",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/2025/page/204",
        published="2025-03-11",
    ),
    # case 45: Department for Energy Security and Net Zero news (carried on breaking.co.uk); zone Europe/London, said Tuesday 18 July 2023 10:00 BST. The letter 'sets out' parameters (present); '2024 to 2025' and '2027 to 2028' name the auctions' delivery years and set no time: no deadline, no refusal word
    B(
        text="The letter from the Secretary of State for Energy Security and Net Zero, RT Hon Grant Shapps MP, to National Grid Electricity System Operator (ESO) sets out the parameters, including the volume of capacity to be secured and de-rating factors for interconnectors, for the T-1 auction for 2024 to 2025 and the T-4 auction for 2027 to 2028.",
        due=None,
        vague=False,
        said="2023-07-18 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://breaking.co.uk/?p=5688",
        published="2023-07-18",
    ),
    # case 46: the same news: the parameters 'will be confirmed before the auctions are held in early 2024': the auctions fall in early 2024 (January to April, parser docstring), so the confirmation is due at the latest by that window's end, 30 April 2024 BST. unsure: a careful reader could give 31 December 2023 (CONVENTIONS 3.5, 'before' early 2024), or 'event' (before auctions the sentence dates only to a window); 'annual' describes the process [local due 2024-04-30 23:59:59 Europe/London]
    B(
        text="In line with the annual Capacity Market process, the parameters for the 2 auctions may be updated following pre-qualification, and will be confirmed before the auctions are held in early 2024.",
        due="2024-04-30 22:59:59",
        vague=False,
        said="2023-07-18 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://breaking.co.uk/?p=5688",
        published="2023-07-18",
    ),
    # case 47: US Department of Labor news release (public domain); zone America/New_York, said Monday 16 November 2009 10:00 EST. 'today' dates only the announcing (CONVENTIONS 2.2); the rule's effective date extended 'to May 17, 2010', a one-off taking effect (CONVENTIONS 3.1): end of that day, EDT [local due 2010-05-17 23:59:59 America/New_York]
    B(
        text="Washington – The U.S. Department of Labor’s Employee Benefits Security Administration (EBSA) today announced publication of a notice further extending the applicability and effective dates of the final rule on investment advice under the Pension Protection Act to May 17, 2010.",
        due="2010-05-18 03:59:59",
        vague=False,
        said="2009-11-16 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://dol.gov/newsroom/releases/ebsa/ebsa20091116",
        published="2009-11-16",
    ),
    # case 48: the same release: the notice 'is expected to be published in the November 17 edition', told as going to happen (CONVENTIONS 4.3); a year-less date's next occurrence, 17 November 2009, end of the day EST [local due 2009-11-17 23:59:59 America/New_York]
    B(
        text="The notice is expected to be published in the November 17 edition of the Federal Register.",
        due="2009-11-18 04:59:59",
        vague=False,
        said="2009-11-16 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://dol.gov/newsroom/releases/ebsa/ebsa20091116",
        published="2009-11-16",
    ),
    # case 49: the same release: 'On January 21, 2009, the department published': past
    B(
        text="On January 21, 2009, the department published a final rule governing the provision of investment advice under the Employee Retirement Income Security Act’s prohibited transaction provisions.",
        due=None,
        vague=False,
        said="2009-11-16 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://dol.gov/newsroom/releases/ebsa/ebsa20091116",
        published="2009-11-16",
    ),
    # case 50: the same release: 'On March 20, the department extended ... from March 23 to May 22', told as done, all dates gone by November 2009: past
    B(
        text="On March 20, the department extended the applicability and effective dates of the final regulation from March 23 to May 22.",
        due=None,
        vague=False,
        said="2009-11-16 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://dol.gov/newsroom/releases/ebsa/ebsa20091116",
        published="2009-11-16",
    ),
    # case 51: the same release: an extension told in the past whose new end, 'November 18', is still two days ahead: a time told from a past report keeps its date (CONVENTIONS 2.2; parser docstring, round 22: the new end of an extension told in the past): 18 November 2009, end of the day EST. unsure: a careful reader could give 'past' (the sentence tells a history; page: superseded by the extension to 17 May 2010 of case 47, which a reader of the page would give 'negated') [local due 2009-11-18 23:59:59 America/New_York]
    B(
        text="On May 22, the applicability and effective dates were further extended to November 18.",
        due="2009-11-19 04:59:59",
        vague=False,
        said="2009-11-16 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=5,
        source="https://dol.gov/newsroom/releases/ebsa/ebsa20091116",
        published="2009-11-16",
    ),
    # case 52: the same release: 'Today's extension' names the extension; 'the additional time' is not measured: no deadline, no refusal word
    B(
        text="Today’s extension of the effective and applicability dates will afford the department the additional time to determine appropriate steps to be taken.",
        due=None,
        vague=False,
        said="2009-11-16 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=1,
        source="https://dol.gov/newsroom/releases/ebsa/ebsa20091116",
        published="2009-11-16",
    ),
    # case 53: US Department of Labor news release (public domain); zone America/New_York, said Wednesday 16 March 2011 10:00 EDT. 'today announced the availability', told as done: past
    B(
        text="WASHINGTON — The U.S. Department of Labor today announced the availability of a new online tool to collect public feedback on ways to improve regulations and the department's regulatory review process.",
        due=None,
        vague=False,
        said="2011-03-16 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://dol.gov/newsroom/releases/oasp/oasp20110316",
        published="2011-03-16",
    ),
    # case 54: the same release: comments 'no later than March 31', a year-less date's next occurrence, 31 March 2011: end of the day EDT [local due 2011-03-31 23:59:59 America/New_York]
    B(
        text="Comments must be received no later than March 31.",
        due="2011-04-01 03:59:59",
        vague=False,
        said="2011-03-16 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://dol.gov/newsroom/releases/oasp/oasp20110316",
        published="2011-03-16",
    ),
    # case 55: SEC press release (US federal work, public domain, carried on jcap101.com); zone America/New_York, said Wednesday 28 February 2024 10:00 EST. 'today' dates only the announcing (CONVENTIONS 2.2); the departure 'effective March 8, 2024', a one-off event (CONVENTIONS 3.1): end of that day, EST [local due 2024-03-08 23:59:59 America/New_York]
    B(
        text="Washington D.C., Feb. 28, 2024 — The Securities and Exchange Commission today announced that William Birdthistle, the Director of the Division of Investment Management, will depart the agency, effective March 8, 2024.",
        due="2024-03-09 04:59:59",
        vague=False,
        said="2024-02-28 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://jcap101.com/Category/federal-news-sources/sec/sec-2402/",
        published="2024-02-28",
    ),
    # case 56: the same release: named 'upon Mr. Birdthistle's departure', a departure this sentence does not date: event (CONVENTIONS 1.3, 6.3; page: 8 March 2024, end of day EST)
    B(
        text="Natasha Vij Greiner, currently the Deputy Director of the Division of Examinations, will be named Director of the Division of Investment Management upon Mr. Birdthistle’s departure.",
        due=None,
        vague=False,
        said="2024-02-28 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://jcap101.com/Category/federal-news-sources/sec/sec-2402/",
        published="2024-02-28",
    ),
    # case 57: the same release: expertise over 'more than two decades' at the SEC, how long a career went on, told of the past: past. unsure: a careful reader could give no refusal word (a present description: 'brings')
    B(
        text="Natasha brings deep and broad expertise to the Division, both having led the agency’s Investment Adviser/Investment Company examination program and having served in other key leadership roles over her more than two decades at the SEC.",
        due=None,
        vague=False,
        said="2024-02-28 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://jcap101.com/Category/federal-news-sources/sec/sec-2402/",
        published="2024-02-28",
    ),
    # case 58: the same release: 'joined the SEC in December 2021': past
    B(
        text="Mr. Birdthistle joined the SEC in December 2021.",
        due=None,
        vague=False,
        said="2024-02-28 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://jcap101.com/Category/federal-news-sources/sec/sec-2402/",
        published="2024-02-28",
    ),
    # case 59: SEC press release (US federal work, public domain, carried on jcap101.com); zone America/New_York, said Friday 26 July 2024 10:00 EDT. 'today announced an award', told as done: past
    B(
        text="Washington D.C., July 26, 2024 — The Securities and Exchange Commission today announced an award of more than $37 million to a whistleblower whose information and assistance led to a successful SEC enforcement action.",
        due=None,
        vague=False,
        said="2024-07-26 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://jcap101.com/Category/federal-news-sources/sec/sec-2407/",
        published="2024-07-26",
    ),
    # case 60: the same release: the whistleblower 'learned' and 'made' a decision, told as done; 'Today's' names the whistleblower: past
    B(
        text="Today’s whistleblower learned of misconduct and made the difficult decision to report their concerns.",
        due=None,
        vague=False,
        said="2024-07-26 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://jcap101.com/Category/federal-news-sources/sec/sec-2407/",
        published="2024-07-26",
    ),
    # case 61: FDIC financial institution letter (US federal work, public domain, as archived by UNT's End of Term web archive); zone America/New_York, said Monday 3 November 2008 10:00 EST. 'On October 14, 2008, the FDIC announced': past
    B(
        text="On October 14, 2008, the FDIC announced the Temporary Liquidity Guarantee Program to strengthen confidence and encourage liquidity in the banking system.",
        due=None,
        vague=False,
        said="2008-11-03 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://webarchive.library.unt.edu/eot2008/20090513034522/http:/www.fdic.gov/news/news/financial/2008/fil08125.html",
        published="2008-11-03",
    ),
    # case 62: the same letter: entities opt out 'by December 5, 2008 (extended from November 12, 2008)', the deadline after 'by' (the older date is replaced): end of 5 December 2008, EST [local due 2008-12-05 23:59:59 America/New_York]
    B(
        text="All eligible entities are covered under the program unless they opt out of one or both of the components by December 5, 2008 (extended from November 12, 2008); otherwise, fees will apply for future participation.",
        due="2008-12-06 04:59:59",
        vague=False,
        said="2008-11-03 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://webarchive.library.unt.edu/eot2008/20090513034522/http:/www.fdic.gov/news/news/financial/2008/fil08125.html",
        published="2008-11-03",
    ),
    # case 63: the same letter: covered 'for the first 30 days of the program', a span from the program's start, which this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="All eligible entities are covered for the first 30 days of the program at no cost.",
        due=None,
        vague=False,
        said="2008-11-03 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://webarchive.library.unt.edu/eot2008/20090513034522/http:/www.fdic.gov/news/news/financial/2008/fil08125.html",
        published="2008-11-03",
    ),
    # case 64: the same letter: 'by the deadline' and 'after that date' name a deadline the sentence does not date: event (CONVENTIONS 1.3; page: 5 December 2008, end of day EST). unsure: a careful reader could give 'recurring' (a rule for every eligible entity) or no refusal word
    B(
        text="Failure to opt out by the deadline constitutes a decision to continue in the program after that date.",
        due=None,
        vague=False,
        said="2008-11-03 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://webarchive.library.unt.edu/eot2008/20090513034522/http:/www.fdic.gov/news/news/financial/2008/fil08125.html",
        published="2008-11-03",
    ),
    # case 65: the same letter: the deadline 'has been extended from November 12, 2008, to December 5, 2008', a time moved: due at the new time (CONVENTIONS 4.1), end of 5 December 2008, EST [local due 2008-12-05 23:59:59 America/New_York]
    B(
        text="The deadline for opting out has been extended from November 12, 2008, to December 5, 2008.",
        due="2008-12-06 04:59:59",
        vague=False,
        said="2008-11-03 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=3,
        source="https://webarchive.library.unt.edu/eot2008/20090513034522/http:/www.fdic.gov/news/news/financial/2008/fil08125.html",
        published="2008-11-03",
    ),
    # case 66: the same letter: the form 'will be available ... beginning on Wednesday, November 12, 2008', an offer open from a day: earliest, 12 November 2008 00:00 EST (CONVENTIONS 3.2)
    B(
        text="The Election Form will be available via FDICconnect beginning on Wednesday, November 12, 2008.",
        due=None,
        vague=False,
        said="2008-11-03 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="earliest",
        earliest="2008-11-12 05:00:00",
        cluster=5,
        source="https://webarchive.library.unt.edu/eot2008/20090513034522/http:/www.fdic.gov/news/news/financial/2008/fil08125.html",
        published="2008-11-03",
    ),
    # case 67: the same letter: the decision of entities that opted out by 5 December 2008 'is irrevocable', a present rule about a state; the date names which entities, no act falls due: no deadline, no refusal word. unsure: a careful reader could give the opt-out deadline itself, 5 December 2008, end of day EST (2008-12-06 04:59:59 UTC)
    B(
        text="For all entities that have exercised the option to opt out by December 5, 2008, the decision is irrevocable.",
        due=None,
        vague=False,
        said="2008-11-03 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=1,
        source="https://webarchive.library.unt.edu/eot2008/20090513034522/http:/www.fdic.gov/news/news/financial/2008/fil08125.html",
        published="2008-11-03",
    ),
    # case 68: the same letter: a decision to continue 'after December 5, 2008' is irrevocable, a state open after a date, no act due: no deadline, no refusal word. unsure: a careful reader could give 'earliest' 6 December 2008 00:00 EST (2008-12-06 05:00:00 UTC), or 'recurring' (a rule for every entity)
    B(
        text="Likewise, a decision to continue participation in the program after December 5, 2008, is irrevocable.",
        due=None,
        vague=False,
        said="2008-11-03 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=1,
        source="https://webarchive.library.unt.edu/eot2008/20090513034522/http:/www.fdic.gov/news/news/financial/2008/fil08125.html",
        published="2008-11-03",
    ),
)
