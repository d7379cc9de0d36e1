"""A SECOND, independent labelling of the hundred-and-seventy-ninth fresh set's 75 real deadline
phrasings (issue 12: agreement between two labellers).

Made on 2026-12-07 (UTC), from 07:14 on the machine's clock, by a second labelling helper
(branch issue12a179-s62), from the phrasings, the moments of speaking (`said`), the publishers'
zones (`tz`), `day_first`, clusters, the source addresses and the publication dates exactly as
the first labeller established them (handed over without labels, in the first labeller's
order, in the brief's input file `fresh179_phrasings.json`; the comments number the cases by
that file's `n`, from 1). It was made WITHOUT seeing the first labeller's labels: neither
`blind_fresh179.py` to `blind_fresh183.py`, their README sections, any labeller's worktree or
branch, the articles `blind146/` and `blind147/`, nor any other blind file was opened. No
source page was opened either: each label was worked out by hand from the words, the moment of
speaking and the zone. Nothing of the project was run on these texts (no parser, bench or
tests). The rules used were `tests/data/deadlines/CONVENTIONS.md` (which decides; 4.3 and 5.1
included), the docstring and `BlindCase` of `blind_real.py`, the top docstring of the parser
package (`bot/core/deadlines/__init__.py`: "<weekday> week", a year-less date's next
occurrence, parts of the day, "later this <period>", meteorological seasons, weeks running
Monday to Sunday, a region's "Eastern time" following daylight saving) and, for precedent, the
comments of the seen sets (`blind_fresh174.py` to `blind_fresh178.py`: "to-morrow" as the next
day, a motion to adjourn "till Tuesday next" dated by the day the House next meets, the
Leader's modest plan for a sitting dated, a question or a counter-offer in a debate as no
deadline, a clock time with no day of its own read by the sentence). UTC wall times, weekdays
and offsets were computed in a scratch script outside the repository with the standard
library's zoneinfo and datetime only. `said` is as handed over (10:00 local on the
publication day in most cases; 11:58 UTC for the Lords sitting of 3 September 1939, 20:05 UTC
for the notice of 3 February 2012, 18:00 UTC for the message of 3 June 1996, 19:00 UTC for the
notice of 29 January 2015); each due instant's comment gives its local wall time and weekday.

Its only purpose is to measure how far two careful labellers agree on the same phrasings (the
agreement bounds what a 90% target on the first labeller's set can tell). It is not a scoring
set of its own. Labels marked "unsure" in their comment are the ones a careful reader could
really defend otherwise; the comment names the other reading. Never edit these labels to fit
the parser or the first labeller.

Readings applied throughout (hard calls, named so that a disagreement can be traced):
- In the debates, the Leader's announced course for the House's own sittings (a motion to
  adjourn "till three o'clock", "it is proposed that the House shall meet at eleven o'clock
  to-morrow", "I understand it will be most convenient that your Lordships should meet")
  is the plan, dated (CONVENTIONS 4.3 last paragraph), the House meeting then; but in the
  Seanad's bargaining over when to meet, a suggestion ("I suggest that we meet to-morrow"),
  an option ("We can then meet again on this day fortnight"), a counter-offer, an opinion of
  what "should" be done and every question fix no time (CONVENTIONS 4.2, 4.3), as does a
  likelihood only heard of ("I understand there is likely to be some Business").
- Of a motion moved "this evening" and the day the House adjourns to ("move the adjournment
  of the House to Monday week, the 3rd of November"), the day the House next meets counts.
- A time hung on an undated event or stage ("until the First Lord of the Admiralty returns",
  "After that", "when they become available") is `event`; a sentence whose only time word dates
  an act told as done is `past`, even when an undated act follows.
- A standing time for a class of releases or watches ("sets 09:30 as the release time",
  "will remain at 9.30am", "already publishes ... at 7am", "issued immediately after the SEL")
  is `recurring`; so is the calendar of every year told in the present ("The Atlantic
  hurricane season officially begins June 1").
- A change of practice "from today" falls due that day (CONVENTIONS 3.1, 3.1a); resuming or
  reopening on a day is a one-off event due that day; starting "this week" falls due at the
  week's end; a start and a "this week" of one act, the week counts (CONVENTIONS 3.4).
- "later this year" and "later this fall" run to the period's end and are not vague (not in
  the documented vague words); "this year" said of what new tools or a launch will do is
  dated at the year's end.
- A "today" in a present act ("is launching", "are launching today", "I am pleased to share
  with you today") falls due that day (CONVENTIONS 2.1); "said today" dates only the speaking
  (2.2) and "today's consultation" beside "can already" names a thing.
- A hope given up ("I had hoped that when we met on the 25th of April ...") dates nothing:
  due None with no refusal word.
- Zone words are read as written ("1500 Coordinated Universal Time (UTC)" is 15:00 UTC;
  "10 a.m. Eastern time" follows daylight saving, EDT in September).

Tally (this labelling): 35 cases with a due instant (10 clock times, none vague; 25 days,
weeks, seasons and years) and 40 without (10 past, 6 recurring, 3 event, 1 negated, none
earliest, and 20 with no refusal word: questions, proposals, options, counter-offers,
opinions, a likelihood, a hope given up, descriptions); 24 labels marked "unsure"; 1 "page:"
comment gives the page's day for a clock time the sentence gives no day of its own.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH179_SECOND: tuple[BlindCase, ...] = (
    # case 1: UK Parliament, House of Lords, Business of the House, Thursday 23 October 1884 (historic Hansard, api.parliament.uk); zone Europe/London (GMT in 1884), said 10:00 GMT as handed over. the Address expected to be agreed 'this evening' ('which I trust will be the case'), told as going to happen and put modestly, stays dated (CONVENTIONS 4.3 last paragraph); evening ends at 23:59:59 (parser docstring, parts of the day) [local due 1884-10-23 23:59:59 Europe/London, a Thursday]. unsure: a careful reader could give due None with no refusal word ('this evening' only dates the Address the announced course is about; the acquainting is done as spoken)
    B(
        text="My Lords, I may take this opportunity of acquainting your Lordships as to what the Government think will be the most convenient course to adopt with regard to the meeting of the House after the Address has been agreed to this evening, which I trust will be the case.",
        due="1884-10-23 23:59:59",
        vague=False,
        said="1884-10-23 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=4,
        source="https://api.parliament.uk/historic-hansard/lords/1884/oct/23/parliament-business-of-the-house",
        published="1884-10-23",
    ),
    # case 2: the same statement: the Notice given 'to-day' is told as done (CONVENTIONS 2.4); the Question still ahead is not to be put 'until the First Lord of the Admiralty returns', an undated event: event (CONVENTIONS 1.3, 5.2). unsure: a careful reader could give 'past' (the only time word dates the Notice already given)
    B(
        text="Her Majesty's Government have no Business to bring before your Lordships; but Notice of a Question has been given by a noble and gallant Lord to-day, which he does not mean to put until the First Lord of the Admiralty returns to this country.",
        due=None,
        vague=False,
        said="1884-10-23 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1884/oct/23/parliament-business-of-the-house",
        published="1884-10-23",
    ),
    # case 3: the same statement: the adjournment moved 'to Monday week, the 3rd of November' (a Thursday's Monday week: Monday 3 November, parser docstring; the date agrees); the House next meets then, end of day (CONVENTIONS 3.3, as the seen sets read motions to adjourn 'till Tuesday next') [local due 1884-11-03 23:59:59 Europe/London, a Monday]. unsure: a careful reader could give 23 October 1884 23:59:59 local (the speaker's own act, moving the motion 'this evening')
    B(
        text="Therefore, if it is convenient to your Lordships, I shall this evening move the adjournment of the House to Monday week, the 3rd of November.",
        due="1884-11-03 23:59:59",
        vague=False,
        said="1884-10-23 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/lords/1884/oct/23/parliament-business-of-the-house",
        published="1884-10-23",
    ),
    # case 4: the same statement: 'I understand there is likely to be some Business ... on Monday week': a likelihood the speaker has only heard of, no undertaking: due None with no refusal word (CONVENTIONS 4.2, 4.3 a hedged guess). unsure: a careful reader could give Monday 3 November 1884 23:59:59 local (business expected that day)
    B(
        text="I understand there is likely to be some Business of interest on Monday week; but that before that time there will not be any.",
        due=None,
        vague=False,
        said="1884-10-23 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://api.parliament.uk/historic-hansard/lords/1884/oct/23/parliament-business-of-the-house",
        published="1884-10-23",
    ),
    # case 5: UK Parliament, House of Lords, Business of the House, Sunday 3 September 1939 (hansard.parliament.uk); zone Europe/London (BST, UTC+1), said 11:58 UTC (12:58 BST) as handed over. the Leader's course for the House's own sitting, 'adjourn now till three o'clock and meet then', a plan put modestly, dated (CONVENTIONS 4.3 last paragraph); a clock time with no day of its own, its first occurrence after the moment of speaking (CONVENTIONS 6.3), 15:00 that day; 'by which time we hope' adds no later time [local due 1939-09-03 15:00:00 Europe/London, a Sunday]. unsure: a careful reader could give due None with no refusal word ('I think the most convenient thing', a proposal, CONVENTIONS 4.3)
    B(
        text="I think the most convenient thing to do is for the House to adjourn now till three o'clock and meet then, by which time we hope we shall be able to go ahead with our business and complete it.",
        due="1939-09-03 14:00:00",
        vague=False,
        said="1939-09-03 11:58:00",
        tz="Europe/London",
        day_first=True,
        precision="hour",
        cluster=2,
        source="https://hansard.parliament.uk/Lords/1939-09-03/debates/05538a1d-edcf-4125-8a6f-fca0880f9b09/BusinessOfTheHouse",
        published="1939-09-03",
    ),
    # case 6: the same debate: a question whether the House will sit 'to-morrow and on subsequent days of this week': due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="My Lords, I do not know whether your Lordships will allow me to ask my noble friend if he can give us any idea whether this House will sit to-morrow and on subsequent days of this week.",
        due=None,
        vague=False,
        said="1939-09-03 11:58:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://hansard.parliament.uk/Lords/1939-09-03/debates/05538a1d-edcf-4125-8a6f-fca0880f9b09/BusinessOfTheHouse",
        published="1939-09-03",
    ),
    # case 7: the same debate: a question: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="Shall we meet to-morrow?",
        due=None,
        vague=False,
        said="1939-09-03 11:58:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://hansard.parliament.uk/Lords/1939-09-03/debates/05538a1d-edcf-4125-8a6f-fca0880f9b09/BusinessOfTheHouse",
        published="1939-09-03",
    ),
    # case 8: the same debate: the motion to adjourn 'till three o'clock this afternoon', moved by the Leader for the House's sitting (not a time bargained over): the House meets again at 15:00 that day (CONVENTIONS 3.3, 6.1; as the seen sets date motions to adjourn) [local due 1939-09-03 15:00:00 Europe/London, a Sunday]. unsure: a careful reader could give due None with no refusal word ('I propose', CONVENTIONS 4.3)
    B(
        text="I propose that the House do now adjourn till three o'clock this afternoon.",
        due="1939-09-03 14:00:00",
        vague=False,
        said="1939-09-03 11:58:00",
        tz="Europe/London",
        day_first=True,
        precision="hour",
        cluster=2,
        source="https://hansard.parliament.uk/Lords/1939-09-03/debates/05538a1d-edcf-4125-8a6f-fca0880f9b09/BusinessOfTheHouse",
        published="1939-09-03",
    ),
    # case 9: UK Parliament, House of Lords, Business of the House, Wednesday 12 April 1933 (historic Hansard); zone Europe/London (BST from 9 April 1933, UTC+1), said 09:00 UTC (10:00 BST) as handed over. the Leader's arrangement for 'to-morrow' (Thursday 13 April): meet at 11.45 and a Royal Commission at twelve o'clock, told as going to happen (CONVENTIONS 4.3 last paragraph); one day with several clock times falls due at the latest, 12:00 BST (CONVENTIONS 6.1) [local due 1933-04-13 12:00:00 Europe/London, a Thursday]
    B(
        text="My Lords, before the House adjourns, I might mention that I understand it will be most convenient that your Lordships should meet at a quarter before twelve to-morrow morning, and there will be a Royal Commission at twelve o'clock.",
        due="1933-04-13 11:00:00",
        vague=False,
        said="1933-04-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="hour",
        cluster=2,
        source="https://api.parliament.uk/historic-hansard/lords/1933/apr/12/business-of-the-house",
        published="1933-04-12",
    ),
    # case 10: the same statement: 'I had hoped that when we met on the 25th of April the meeting would be a purely formal one': a hope given up, told in the past perfect; the date only names the meeting the hope was about: due None with no refusal word. unsure: a careful reader could give Tuesday 25 April 1933 23:59:59 local (the meeting itself still ahead) or 'negated' (the formal meeting called off, CONVENTIONS 4.1)
    B(
        text="I have also to mention that I had hoped that when we met on the 25th of April the meeting would be a purely formal one.",
        due=None,
        vague=False,
        said="1933-04-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1933/apr/12/business-of-the-house",
        published="1933-04-12",
    ),
    # case 11: the same statement: the Bill 'passed through Committee to-day' and the absence are told as done: past; the point to be brought up 'on the Report stage' has no time of its own in the sentence. unsure: a careful reader could give 'event' (the act still ahead waits for the undated Report stage, CONVENTIONS 1.3)
    B(
        text="I understand, unfortunately, that my noble friend Lord Salisbury, owing to a public engagement in the Indian Committee, was unable to be here to move an Amendment in Committee on the Housing (Financial Provisions) Bill which passed through Committee to-day, and therefore he will be compelled to bring up his point on the Report stage.",
        due=None,
        vague=False,
        said="1933-04-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1933/apr/12/business-of-the-house",
        published="1933-04-12",
    ),
    # case 12: the same statement: the Government's plan to take the Report stage 'as soon as the House meets again on the 25th of April': the meeting is dated, so the stage falls due that day, Tuesday 25 April 1933, end of day (CONVENTIONS 3.1, 4.3 last paragraph) [local due 1933-04-25 23:59:59 Europe/London, a Tuesday]
    B(
        text="The Bill is one which is urgently needed, as your Lordships will appreciate from the character of its provisions, and we are proposing to take the Report stage as soon as the House meets again on the 25th of April.",
        due="1933-04-25 22:59:59",
        vague=False,
        said="1933-04-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/lords/1933/apr/12/business-of-the-house",
        published="1933-04-12",
    ),
    # case 13: UK Parliament, House of Lords, Business of the House, Wednesday 24 March 1937 (historic Hansard); zone Europe/London (GMT until 18 April 1937), said 10:00 GMT as handed over. the proposed business for 'to-morrow' (Thursday 25 March): meet at eleven and a Royal Commission at 11.15, the announced plan of the House (CONVENTIONS 4.3 last paragraph); several clock times on one day fall due at the latest, 11:15 (CONVENTIONS 6.1) [local due 1937-03-25 11:15:00 Europe/London, a Thursday]
    B(
        text="My Lords, before the House adjourns, may I say that it is proposed that the House shall meet at eleven o'clock to-morrow, when we expect to receive and pass through all its stages the Consolidated Fund (No. 2) Bill, and there will be a Royal Commission at 11.15.",
        due="1937-03-25 11:15:00",
        vague=False,
        said="1937-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="minute",
        cluster=2,
        source="https://api.parliament.uk/historic-hansard/lords/1937/mar/24/business-of-the-house",
        published="1937-03-24",
    ),
    # case 14: the same statement: 'After that the House will adjourn for the Easter Recess': the adjournment waits on 'that', business this sentence does not date (the day comes only from the sentence before, CONVENTIONS 6.3): event (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (the Easter Recess only names a period)
    B(
        text="After that the House will adjourn for the Easter Recess.",
        due=None,
        vague=False,
        said="1937-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1937/mar/24/business-of-the-house",
        published="1937-03-24",
    ),
    # case 15: the same statement: the House to 'meet again for public business on Wednesday, April 7': a year-less date's next occurrence, Wednesday 7 April 1937 (parser docstring), end of day (CONVENTIONS 3.1) [local due 1937-04-07 23:59:59 Europe/London, a Wednesday]
    B(
        text="It is proposed that the House shall meet again for public business on Wednesday, April 7, when Motions in the name of the Earl of Ilchester and the Earl of Radnor are down for discussion.",
        due="1937-04-07 23:59:59",
        vague=False,
        said="1937-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/lords/1937/mar/24/business-of-the-house",
        published="1937-03-24",
    ),
    # case 16: Houses of the Oireachtas, Seanad debate of Wednesday 16 January 1957 (oireachtas.ie); zone Europe/Dublin (GMT in winter), said 10:00 GMT as handed over. The debate bargains over when the Seanad should meet. 'I suggest that we meet to-morrow and finish it', a proposal put for the House's agreement while the time is being bargained over: due None with no refusal word (CONVENTIONS 4.3); 'was not completed to-day' is past. unsure: a careful reader could give Thursday 17 January 1957 23:59:59 local (the Leader's plan for tomorrow)
    B(
        text="The Voluntary Health Insurance Bill was not completed to-day and I suggest that we meet to-morrow and finish it and try to take some of these motions off the Order Paper.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 17: the same debate: 'We can then meet again on this day fortnight': an option offered, no undertaking: due None with no refusal word (CONVENTIONS 4.2, 4.3). unsure: a careful reader could give Wednesday 30 January 1957 23:59:59 local ('this day fortnight')
    B(
        text="We can then meet again on this day fortnight.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 18: the same debate: a question: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="At 3 o'clock tomorrow?",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 19: the same debate: a question: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="Not in the morning?",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 20: the same debate: a question: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="Would it not suit the country Senators better if we could meet in the morning?",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 21: the same debate: what a committee 'should' decide between two times: an opinion, no time fixed: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="The Committee of Procedure and Privileges should meet and decide whether the Seanad should meet in the morning or at 3 o'clock.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 22: the same debate: a conditional opinion of what Senators 'should be allowed' to do: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="If the country Senators want to do a full job they should be allowed to meet at 10.30 a.m.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 23: the same debate: 'I think 3 o'clock suits the city Senators better', a counter-offer while the time is bargained over: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="I think 3 o'clock suits the city Senators better.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 24: the same debate: 'nothing can be done except to meet at 3 o'clock or not meet at all': the options left for to-morrow, one of them no meeting; nothing is undertaken: due None with no refusal word (CONVENTIONS 4.2, 4.3). unsure: a careful reader could give Thursday 17 January 1957 15:00 local (the only meeting time left)
    B(
        text="In regard to to-morrow, nothing can be done except to meet at 3 o'clock or not meet at all.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 25: the same debate: a question, and about meetings of the past: due None with no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give 'past' (the times asked about are gone)
    B(
        text="Does that mean that we have never met before on a Thursday at 10.30 o'clock?",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 26: the same debate: cases when the Seanad 'did meet at 10.30': past
    B(
        text="There have been cases where we did meet at 10.30 when the other House was meeting.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 27: the same debate: the other House 'met to-day' and divided: told as done, past
    B(
        text="It met to-day and we had a division and nearly one-third of the Senators were absent.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 28: the same debate: a question: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text='Under what rule of procedure are we told that we "must" either meet at 3 o\'clock or not at all in the morning?',
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 29: the same debate: a question: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="Could we not decide to make it 10.30, if we wanted to?",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 30: the same debate: a question between two times ('at 3 o'clock' or 'this day fortnight'): due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="Perhaps Senator Kissane would indicate whether he would prefer that the House meet at 3 o'clock or that we should adjourn until this day fortnight?",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/",
        published="1957-01-16",
    ),
    # case 31: US National Weather Service service change notice, published Friday 3 February 2012 (nws.noaa.gov); zone America/New_York, said 20:05 UTC (15:05 EST) as handed over. 'Effective March 3, 2012, at approximately 1500 Coordinated Universal Time (UTC)': a one-off change at a time (CONVENTIONS 3.1), the zone word read as written: 15:00 UTC; 'approximately' does not make a clock time vague
    B(
        text="Effective March 3, 2012, at approximately 1500 Coordinated Universal Time (UTC), the NWS will discontinue the distribution of the SCD and SDO products.",
        due="2012-03-03 15:00:00",
        vague=False,
        said="2012-02-03 20:05:00",
        tz="America/New_York",
        day_first=True,
        precision="minute",
        cluster=2,
        source="http://www.nws.noaa.gov/om/notification/scn12-05sup_climata_data.htm",
        published="2012-02-03",
    ),
    # case 32: the same notice: 'a 2 year evaluation' names how long the finished evaluation ran, no span from now: due None with no refusal word. unsure: a careful reader could give 'past' (the evaluation told as done)
    B(
        text="The discontinuation of the SCD/SDO products is a result of a 2 year evaluation of the usefulness of these products to distribute climate data.",
        due=None,
        vague=False,
        said="2012-02-03 20:05:00",
        tz="America/New_York",
        day_first=True,
        cluster=5,
        source="http://www.nws.noaa.gov/om/notification/scn12-05sup_climata_data.htm",
        published="2012-02-03",
    ),
    # case 33: NWS changes mailing list message of Monday 3 June 1996 (mailinglists.unidata.ucar.edu); zone America/New_York (EDT), said 18:00 UTC (14:00 EDT) as handed over. the radar decommissioned 'ON TUESDAY ... JUNE 4 ... 1996': a one-off act on a date (CONVENTIONS 3.1), end of day in the publisher's zone (weekday agrees) [local due 1996-06-04 23:59:59 America/New_York, a Tuesday]
    B(
        text="THEREFORE ... THE MIDLAND WSR-57 RADAR WILL BE DECOMMISSIONED OFFICIALLY ON TUESDAY ... JUNE 4 ... 1996.",
        due="1996-06-05 03:59:59",
        vague=False,
        said="1996-06-03 18:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://mailinglists.unidata.ucar.edu/archives/nws-changes/1996/msg00208.html",
        published="1996-06-03",
    ),
    # case 34: the same message: as case 33, Tuesday 4 June 1996, end of day (CONVENTIONS 3.1) [local due 1996-06-04 23:59:59 America/New_York, a Tuesday]
    B(
        text="THEREFORE ... THE MONTGOMERY WSR-74C RADAR WILL BE DECOMMISSIONED OFFICIALLY ON TUESDAY ... JUNE 4 ... 1996.",
        due="1996-06-05 03:59:59",
        vague=False,
        said="1996-06-03 18:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://mailinglists.unidata.ucar.edu/archives/nws-changes/1996/msg00208.html",
        published="1996-06-03",
    ),
    # case 35: NWS service change notice of the Storm Prediction Center, published Thursday 29 January 2015 (nws.noaa.gov); zone America/New_York, said 19:00 UTC (14:00 EST) as handed over. 'Effective Tuesday, April 14, 2015, at 1500 ... (UTC)': a one-off change at a time (CONVENTIONS 3.1), 15:00 UTC as written (weekday agrees)
    B(
        text="Effective Tuesday, April 14, 2015, at 1500 Coordinated Universal Time (UTC), the SPC will add a new SUMMARY section to Public Watch Notification Messages (AWIPS ID SEL#).",
        due="2015-04-14 15:00:00",
        vague=False,
        said="2015-01-29 19:00:00",
        tz="America/New_York",
        day_first=True,
        precision="minute",
        cluster=2,
        source="https://www.nws.noaa.gov/os/notification/scn15-05spc_sel.htm",
        published="2015-01-29",
    ),
    # case 36: the same notice: an MD 'issued immediately after the SEL if the forecaster believes ...': a standing practice for every watch, no start of its own: recurring (CONVENTIONS 1.3). unsure: a careful reader could give 'event' (the vague word hung on an undated SEL, CONVENTIONS 5.2)
    B(
        text="This information will be included in a Mesoscale Discussion (MD) product issued immediately after the SEL if the forecaster believes there is new information superseding the pre-watch MD.",
        due=None,
        vague=False,
        said="2015-01-29 19:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.nws.noaa.gov/os/notification/scn15-05spc_sel.htm",
        published="2015-01-29",
    ),
    # case 37: NOAA media advisory of Friday 20 May 2016 (noaa.gov); zone America/New_York (EDT), said 14:00 UTC (10:00 EDT) as handed over. 'On May 27, NOAA will issue its initial outlook': a year-less date's next occurrence, Friday 27 May 2016, end of day (CONVENTIONS 3.1, parser docstring) [local due 2016-05-27 23:59:59 America/New_York, a Friday]
    B(
        text="On May 27, NOAA will issue its initial outlook for the 2016 Atlantic hurricane season during a news conference at the NOAA Satellite Operations Facility in Suitland, Maryland.",
        due="2016-05-28 03:59:59",
        vague=False,
        said="2016-05-20 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://noaa.gov/noaa-issue-2016-atlantic-hurricane-season-outlook-may-27",
        published="2016-05-20",
    ),
    # case 38: the same advisory: the new tools 'will contribute to more precise ... forecasts this year': told as going to happen, the year's end (parser docstring, a period falls due at its end) [local due 2016-12-31 23:59:59 America/New_York, a Saturday]. unsure: a careful reader could give due None with no refusal word ('this year' only dates the forecasts the tools help with; the highlighting itself happens at the news conference, undated in this sentence)
    B(
        text="In addition to the seasonal prediction, NOAA experts will highlight exciting upgrades and new tools that will contribute to more precise hurricane track and intensity forecasts this year.",
        due="2017-01-01 04:59:59",
        vague=False,
        said="2016-05-20 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="year",
        cluster=4,
        source="http://noaa.gov/noaa-issue-2016-atlantic-hurricane-season-outlook-may-27",
        published="2016-05-20",
    ),
    # case 39: the same advisory: 'The Atlantic hurricane season officially begins June 1': the calendar of every season told in the present, no act of this year's: recurring (CONVENTIONS 1.3). unsure: a careful reader could give Wednesday 1 June 2016 23:59:59 local (this season's start, CONVENTIONS 3.1)
    B(
        text="The Atlantic hurricane season officially begins June 1.",
        due=None,
        vague=False,
        said="2016-05-20 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="http://noaa.gov/noaa-issue-2016-atlantic-hurricane-season-outlook-may-27",
        published="2016-05-20",
    ),
    # case 40: the same advisory: reporters 'must register ... by noon on May 25': Wednesday 25 May 2016 12:00 EDT (parser docstring: noon is 12:00; a year-less date's next occurrence) [local due 2016-05-25 12:00:00 America/New_York, a Wednesday]
    B(
        text="Due to limited space and security, reporters attending in person must register (name and organization) with susan.buchanan@noaa.gov by noon on May 25.",
        due="2016-05-25 16:00:00",
        vague=False,
        said="2016-05-20 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="hour",
        cluster=2,
        source="http://noaa.gov/noaa-issue-2016-atlantic-hurricane-season-outlook-may-27",
        published="2016-05-20",
    ),
    # case 41: the same advisory: 'must arrive by 10:30 a.m.', a clock time with no day of its own in the sentence: its first occurrence after the moment of speaking (10:00 EDT), the same day (CONVENTIONS 6.3; page: Friday 27 May 2016 10:30 EDT, 2016-05-27 14:30:00 UTC) [local due 2016-05-20 10:30:00 America/New_York, a Friday]
    B(
        text="Camera crews must arrive by 10:30 a.m. to clear security and set-up.",
        due="2016-05-20 14:30:00",
        vague=False,
        said="2016-05-20 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="minute",
        cluster=2,
        source="http://noaa.gov/noaa-issue-2016-atlantic-hurricane-season-outlook-may-27",
        published="2016-05-20",
    ),
    # case 42: the same advisory: the satellite 'expected to launch later this year', told as going to happen (CONVENTIONS 4.3 last paragraph): 'later this <period>' runs from the reference to the period's end (parser docstring), 31 December 2016 [local due 2016-12-31 23:59:59 America/New_York, a Saturday]. unsure: a careful reader could give due None with no refusal word (the launch only describes the replica; what is said is its presence at the undated news conference)
    B(
        text="A replica of the NOAA GOES-R weather satellite, expected to launch later this year, will be on-hand for photo opportunities.",
        due="2017-01-01 04:59:59",
        vague=False,
        said="2016-05-20 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="year",
        cluster=5,
        source="http://noaa.gov/noaa-issue-2016-atlantic-hurricane-season-outlook-may-27",
        published="2016-05-20",
    ),
    # case 43: FEMA release on EIN Presswire, Monday 20 November 2023; zone America/New_York (EST), said 15:00 UTC (10:00 EST) as handed over. three centres 'closing this week, starting Monday, Nov. 20': the closings run through this week, so they fall due at its end, Sunday 26 November 2023 (weeks run Monday to Sunday, parser docstring; a start and a deadline of one act, the deadline counts, CONVENTIONS 3.4; a schedule at its end, 6.1) [local due 2023-11-26 23:59:59 America/New_York, a Sunday]
    B(
        text="Three Disaster Recovery Centers will be permanently closing this week, starting Monday, Nov. 20.",
        due="2023-11-27 04:59:59",
        vague=False,
        said="2023-11-20 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="week",
        cluster=3,
        source="https://www.einpresswire.com/article/669827136/disaster-recovery-centers-holiday-closures-and-permanent-closures",
        published="2023-11-20",
    ),
    # case 44: the same release: closed 'starting Wednesday, Nov. 22 until Sunday, Nov. 26': kept closed to a date, due its end (CONVENTIONS 3.3; a range's later end, 6.1) [local due 2023-11-26 23:59:59 America/New_York, a Sunday]
    B(
        text="All Disaster Recovery Centers will be closed starting Wednesday, Nov. 22 until Sunday, Nov. 26., in recognition of the Thanksgiving holiday.",
        due="2023-11-27 04:59:59",
        vague=False,
        said="2023-11-20 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=3,
        source="https://www.einpresswire.com/article/669827136/disaster-recovery-centers-holiday-closures-and-permanent-closures",
        published="2023-11-20",
    ),
    # case 45: the same release: normal hours 'will resume on Monday, Nov. 27': the one-off reopening happens that day (CONVENTIONS 3.1), end of day [local due 2023-11-27 23:59:59 America/New_York, a Monday]. unsure: a careful reader could give 'earliest' with Monday 27 November 2023 00:00 local (the hours as an ongoing activity given only its start, CONVENTIONS 3.2)
    B(
        text="Normal hours of operation will resume on Monday, Nov. 27.",
        due="2023-11-28 04:59:59",
        vague=False,
        said="2023-11-20 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.einpresswire.com/article/669827136/disaster-recovery-centers-holiday-closures-and-permanent-closures",
        published="2023-11-20",
    ),
    # case 46: the same release: the sites 'operate until the last day to apply ... on November 29,2023': kept going to a date (CONVENTIONS 3.3), Wednesday 29 November 2023, end of day [local due 2023-11-29 23:59:59 America/New_York, a Wednesday]
    B(
        text="The below sites will reopen after the holiday break and operate until the last day to apply for disaster assistance on November 29,2023.",
        due="2023-11-30 04:59:59",
        vague=False,
        said="2023-11-20 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.einpresswire.com/article/669827136/disaster-recovery-centers-holiday-closures-and-permanent-closures",
        published="2023-11-20",
    ),
    # case 47: FEMA release on EIN Presswire, Saturday 7 October 2023; zone America/Chicago (CDT), said 15:00 UTC (10:00 CDT) as handed over. all centres 'will be closed Monday, Oct. 9' for the holiday: a one-off closure on that day, end of day (CONVENTIONS 3.1, 3.3) [local due 2023-10-09 23:59:59 America/Chicago, a Monday]
    B(
        text="All FEMA Disaster Recovery Centers (DRC) in Cook County will be closed Monday, Oct. 9 for the Columbus Day holiday.",
        due="2023-10-10 04:59:59",
        vague=False,
        said="2023-10-07 15:00:00",
        tz="America/Chicago",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.einpresswire.com/article/660239281/all-cook-county-disaster-recovery-centers-closed-monday-october-9-for-holiday",
        published="2023-10-07",
    ),
    # case 48: the same release: 'will reopen Tuesday, Oct. 10 at 8 a.m.': a one-off reopening at a time (CONVENTIONS 3.1), 08:00 CDT [local due 2023-10-10 08:00:00 America/Chicago, a Tuesday]
    B(
        text="Centers will reopen Tuesday, Oct. 10 at 8 a.m.",
        due="2023-10-10 13:00:00",
        vague=False,
        said="2023-10-07 15:00:00",
        tz="America/Chicago",
        day_first=True,
        precision="hour",
        cluster=2,
        source="https://www.einpresswire.com/article/660239281/all-cook-county-disaster-recovery-centers-closed-monday-october-9-for-holiday",
        published="2023-10-07",
    ),
    # case 49: the same release: 'The deadline to apply ... is October 16, 2023': Monday 16 October 2023, end of day [local due 2023-10-16 23:59:59 America/Chicago, a Monday]
    B(
        text="The deadline to apply for disaster assistance is October 16, 2023.",
        due="2023-10-17 04:59:59",
        vague=False,
        said="2023-10-07 15:00:00",
        tz="America/Chicago",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.einpresswire.com/article/660239281/all-cook-county-disaster-recovery-centers-closed-monday-october-9-for-holiday",
        published="2023-10-07",
    ),
    # case 50: BEA notice of Friday 15 September 2023 (bea.gov); zone America/New_York (EDT), said 14:00 UTC (10:00 EDT) as handed over. 'will release ... later this fall': 'later this <period>' runs from the reference to the period's end (parser docstring), the meteorological autumn ending 30 November 2023 (seasons are meteorological); not one of the documented vague words [local due 2023-11-30 23:59:59 America/New_York, a Thursday]. unsure: a careful reader could give vague=True (an unplaced 'later'), with the same end
    B(
        text="The Bureau of Economic Analysis will release gross domestic product (GDP) by industry and GDP by state news releases covering the second quarter of 2023 later this fall.",
        due="2023-12-01 04:59:59",
        vague=False,
        said="2023-09-15 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="quarter",
        cluster=4,
        source="https://www.bea.gov/notices/notice-upcoming-data",
        published="2023-09-15",
    ),
    # case 51: the same notice: the releases 'originally scheduled ... on Sept. 28 ... on Sept. 29', told as called off with no new time in the sentence: negated (CONVENTIONS 4.1)
    B(
        text="Second quarter GDP by industry was originally scheduled for release on Sept. 28 and second quarter GDP by state on Sept. 29.",
        due=None,
        vague=False,
        said="2023-09-15 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="negated",
        cluster=5,
        source="https://www.bea.gov/notices/notice-upcoming-data",
        published="2023-09-15",
    ),
    # case 52: the same notice: the advisory will go out 'when they become available', an undated event: event (CONVENTIONS 1.3, 5.2)
    B(
        text="BEA will send out an advisory with the new days and times when they become available.",
        due=None,
        vague=False,
        said="2023-09-15 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.bea.gov/notices/notice-upcoming-data",
        published="2023-09-15",
    ),
    # case 53: the same notice: 'released as scheduled on Sept. 29 at 10 a.m. Eastern time': Friday 29 September 2023 10:00, 'Eastern time' a region name following daylight saving (EDT) (CONVENTIONS 3.1, parser docstring) [local due 2023-09-29 10:00:00 America/New_York, a Friday]
    B(
        text="Personal Income by State, 2nd Quarter 2023, will be released as scheduled on Sept. 29 at 10 a.m. Eastern time.",
        due="2023-09-29 14:00:00",
        vague=False,
        said="2023-09-15 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="hour",
        cluster=2,
        source="https://www.bea.gov/notices/notice-upcoming-data",
        published="2023-09-15",
    ),
    # case 54: the same notice: 'On Sept. 28 ... BEA will release initial results': Thursday 28 September 2023, end of day (CONVENTIONS 3.1) [local due 2023-09-28 23:59:59 America/New_York, a Thursday]
    B(
        text="On Sept. 28, in addition to the third estimate of U.S. GDP for the second quarter, BEA will release initial results from the 2023 comprehensive update of the National Economic Accounts, which include the National Income and Product Accounts as well as the Industry Economic Accounts.",
        due="2023-09-29 03:59:59",
        vague=False,
        said="2023-09-15 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.bea.gov/notices/notice-upcoming-data",
        published="2023-09-15",
    ),
    # case 55: the same notice: 'will be released Sept. 29': Friday 29 September 2023, end of day (CONVENTIONS 3.1) [local due 2023-09-29 23:59:59 America/New_York, a Friday]
    B(
        text="The comprehensive update of the Regional Economic Accounts will be released Sept. 29.",
        due="2023-09-30 03:59:59",
        vague=False,
        said="2023-09-15 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.bea.gov/notices/notice-upcoming-data",
        published="2023-09-15",
    ),
    # case 56: European Commission press release of Wednesday 9 May 2018 (Europe Day); zone Europe/Brussels (CEST), said 08:00 UTC (10:00 CEST) as handed over. 'Today ... the European Commission is launching an online public consultation': a present act with 'today', due at the end of that day (CONVENTIONS 2.1) [local due 2018-05-09 23:59:59 Europe/Brussels, a Wednesday]
    B(
        text="Today, on Europe Day, the European Commission is launching an online public consultation addressed to all Europeans, asking them what direction they want the European Union to take in the future.",
        due="2018-05-09 21:59:59",
        vague=False,
        said="2018-05-09 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://europa.eu/rapid/press-release_IP-18-3706_en.htm",
        published="2018-05-09",
    ),
    # case 57: the same release: the White Paper 'on 1 March 2017' and the panel that prepared the consultation are told as done: past
    B(
        text="This unique consultation, part of the broader Future of Europe debate launched with the Commission's White Paper on 1 March 2017, was prepared by a panel of 96 citizens from 27 Member States, who came together to decide what questions to put to their fellow Europeans.",
        due=None,
        vague=False,
        said="2018-05-09 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://europa.eu/rapid/press-release_IP-18-3706_en.htm",
        published="2018-05-09",
    ),
    # case 58: the same release: 'said today' dates the speaking only (CONVENTIONS 2.2); 'around the corner' is no documented window and 'it is time to decide' sets no time: due None with no refusal word
    B(
        text='European Commission President Jean-Claude Juncker said today: "With the European elections around the corner, it is time to decide what the European Union at 27 should be.',
        due=None,
        vague=False,
        said="2018-05-09 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        cluster=1,
        source="http://europa.eu/rapid/press-release_IP-18-3706_en.htm",
        published="2018-05-09",
    ),
    # case 59: the same release: 'The survey we are launching today', the present act of launching, due at the end of that day (CONVENTIONS 2.1) [local due 2018-05-09 23:59:59 Europe/Brussels, a Wednesday]
    B(
        text="The survey we are launching today puts the question to all Europeans: What future do we want for ourselves, for our children and for our Union?",
        due="2018-05-09 21:59:59",
        vague=False,
        said="2018-05-09 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://europa.eu/rapid/press-release_IP-18-3706_en.htm",
        published="2018-05-09",
    ),
    # case 60: the same release: the panel convened 'on 5-6 May', told as done: past
    B(
        text="For the first time, the Commission convened a Citizens' Panel on 5-6 May to draft a public consultation.",
        due=None,
        vague=False,
        said="2018-05-09 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://europa.eu/rapid/press-release_IP-18-3706_en.htm",
        published="2018-05-09",
    ),
    # case 61: the same release: the debate 'launched with the Commission's White Paper of 1 March 2017': past
    B(
        text="This is part of the ongoing debate on the future of the EU at 27, launched with the Commission's White Paper of 1 March 2017.",
        due=None,
        vague=False,
        said="2018-05-09 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://europa.eu/rapid/press-release_IP-18-3706_en.htm",
        published="2018-05-09",
    ),
    # case 62: the same release: 'can already submit' is a present state and 'today's consultation' names the consultation; nothing falls due: due None with no refusal word. unsure: a careful reader could give Wednesday 9 May 2018 23:59:59 local (the consultation launched today, CONVENTIONS 2.1)
    B(
        text="People can already submit their views online – today's consultation will further complement this.",
        due=None,
        vague=False,
        said="2018-05-09 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        cluster=1,
        source="http://europa.eu/rapid/press-release_IP-18-3706_en.htm",
        published="2018-05-09",
    ),
    # case 63: UK statistics release-time statement of Tuesday 24 March 2020; zone Europe/London (GMT until 29 March 2020), said 10:00 GMT as handed over. 'we plan to move to publication ... at 07.00 without a prior briefing from today': a change of practice taking effect today, the plan's one-off change due that day (CONVENTIONS 3.1, 3.1a); 07.00 is the standing time of the new practice, not its deadline [local due 2020-03-24 23:59:59 Europe/London, a Tuesday]. unsure: a careful reader could give 'earliest' with 24 March 2020 00:00 local (the practice given only its start, CONVENTIONS 3.2) or 'recurring' (07.00 a standing release time, CONVENTIONS 1.3, 6.3)
    B(
        text="Having considered the options, we plan to move to publication of market sensitive releases at 07.00 without a prior briefing from today.",
        due="2020-03-24 23:59:59",
        vague=False,
        said="2020-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=5,
        source="https://osr.statisticsauthority.gov.uk/correspondence/sir-ian-diamond-letter-to-ed-humpherson-regarding-changes-to-statistical-production-and-publication-as-a-result-of-covid-19/",
        published="2020-03-24",
    ),
    # case 64: the same statement: the first release affected 'is Price statistics on Wednesday 25 March 2020': a one-off release on that day, end of day (CONVENTIONS 3.1; the page's 07.00 is not in the sentence) [local due 2020-03-25 23:59:59 Europe/London, a Wednesday]
    B(
        text="The first release that this will affect is Price statistics on Wednesday 25 March 2020.",
        due="2020-03-25 23:59:59",
        vague=False,
        said="2020-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://osr.statisticsauthority.gov.uk/correspondence/sir-ian-diamond-letter-to-ed-humpherson-regarding-changes-to-statistical-production-and-publication-as-a-result-of-covid-19/",
        published="2020-03-24",
    ),
    # case 65: the same statement: the Code 'sets 09:30 as the release time for official statistics': a standing rule for a class of releases: recurring (CONVENTIONS 1.3, 6.3)
    B(
        text="The Code of Practice sets 09:30 as the release time for official statistics (T3.6), and our approach will therefore deviate from the letter of the Code.",
        due=None,
        vague=False,
        said="2020-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://osr.statisticsauthority.gov.uk/correspondence/sir-ian-diamond-letter-to-ed-humpherson-regarding-changes-to-statistical-production-and-publication-as-a-result-of-covid-19/",
        published="2020-03-24",
    ),
    # case 66: Office for Statistics Regulation letter on release times, Thursday 24 March 2022; zone Europe/London (GMT until 27 March 2022), said 10:00 GMT as handed over. most releases 'will remain at 9.30am': the standing release time of a class of releases: recurring (CONVENTIONS 1.3, 6.3)
    B(
        text="We envisage most official statistics releases will remain at 9.30am; an alternative release time can be agreed with the Director General for Regulation where it is determined to best serve the public good.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://osr.statisticsauthority.gov.uk/publication/office-for-statistics-regulations-release-times-review-findings-and-outcomes-from-our-stakeholder-consultation/",
        published="2022-03-24",
    ),
    # case 67: the same letter: the exemptions granted 'During the pandemic', told as done: past
    B(
        text="During the pandemic, the Director General for Regulation granted several exemptions for release times other than 9.30am – to key economic statistics at 7.00am and to some COVID-19 related statistics, which were released later in the day at agreed times, as soon as they were prepared and quality assured.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://osr.statisticsauthority.gov.uk/publication/office-for-statistics-regulations-release-times-review-findings-and-outcomes-from-our-stakeholder-consultation/",
        published="2022-03-24",
    ),
    # case 68: the same letter: 'The consultation ran between 28 September 2021 and 21 December 2021': past
    B(
        text="The consultation ran between 28 September 2021 and 21 December 2021.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://osr.statisticsauthority.gov.uk/publication/office-for-statistics-regulations-release-times-review-findings-and-outcomes-from-our-stakeholder-consultation/",
        published="2022-03-24",
    ),
    # case 69: the same letter: 'I am pleased to share with you today our consultation findings': the act done as spoken, due at the end of that day (CONVENTIONS 2.1, as 'I'm pleased, today, to announce') [local due 2022-03-24 23:59:59 Europe/London, a Thursday]
    B(
        text="I am pleased to share with you today our consultation findings from our review of the release times for official statistics.",
        due="2022-03-24 23:59:59",
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://osr.statisticsauthority.gov.uk/correspondence/ed-humpherson-to-sir-ian-diamond-alternative-release-times-for-official-statistics-making-the-case-for-public-good/",
        published="2022-03-24",
    ),
    # case 70: the same letter: the Board 'has approved an amendment' (a perfect, told as done, CONVENTIONS 2.4); 9:30am is the standing time: past
    B(
        text="The Chair and Board of the UK Statistics Authority has approved an amendment to the Code of Practice for Statistics Edition 2.0, to allow for the introduction of release times other than 9:30am, in cases where it is agreed that this will best serve the public good.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://osr.statisticsauthority.gov.uk/correspondence/ed-humpherson-to-sir-ian-diamond-alternative-release-times-for-official-statistics-making-the-case-for-public-good/",
        published="2022-03-24",
    ),
    # case 71: the same letter: 'This change will come into force on 5 May 2022': a one-off change on a date (CONVENTIONS 3.1), Thursday 5 May 2022, end of day (BST) [local due 2022-05-05 23:59:59 Europe/London, a Thursday]
    B(
        text="This change will come into force on 5 May 2022.",
        due="2022-05-05 22:59:59",
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://osr.statisticsauthority.gov.uk/correspondence/ed-humpherson-to-sir-ian-diamond-alternative-release-times-for-official-statistics-making-the-case-for-public-good/",
        published="2022-03-24",
    ),
    # case 72: the same letter: ONS 'already publishes ... at 7am': a standing practice: recurring (CONVENTIONS 1.3, 6.3)
    B(
        text="The Office for National Statistics already publishes several key economic statistics at 7am.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://osr.statisticsauthority.gov.uk/correspondence/ed-humpherson-to-sir-ian-diamond-alternative-release-times-for-official-statistics-making-the-case-for-public-good/",
        published="2022-03-24",
    ),
    # case 73: the same letter: the times 'were agreed with OSR ... during the pandemic': past
    B(
        text="These alternative release times were agreed with OSR, to enable statisticians to speak directly to journalists and the public about their statistics during the pandemic, which has been a powerful means of ensuring the statistics were well used.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://osr.statisticsauthority.gov.uk/correspondence/ed-humpherson-to-sir-ian-diamond-alternative-release-times-for-official-statistics-making-the-case-for-public-good/",
        published="2022-03-24",
    ),
    # case 74: the same letter: the opinion concerns the standing practice of 'releasing ... at 7am': a clock time of a standing practice is recurring (CONVENTIONS 6.3, 1.3). unsure: a careful reader could give due None with no refusal word (an opinion about what ONS has not made clear, no time for any act)
    B(
        text="At present, I feel that ONS has not made clear the public benefit of releasing the key economic statistics at 7am to its users, and how you are balancing competing demands.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://osr.statisticsauthority.gov.uk/correspondence/ed-humpherson-to-sir-ian-diamond-alternative-release-times-for-official-statistics-making-the-case-for-public-good/",
        published="2022-03-24",
    ),
    # case 75: Australian Bureau of Statistics release of Monday 11 May 2020; zone Australia/Sydney (AEST), said 00:00 UTC (10:00 AEST) as handed over. Households 'will start completing' the survey 'This week': the one-off start falls within this week, due at its end, Sunday 17 May 2020 (weeks run Monday to Sunday, parser docstring; CONVENTIONS 3.1) [local due 2020-05-17 23:59:59 Australia/Sydney, a Sunday]. unsure: a careful reader could give 'earliest' with 11 May 2020 00:00 local (an ongoing activity given only its start, CONVENTIONS 3.2)
    B(
        text="This week households will start completing the May Monthly Population Survey, providing important insights into changes in employment, the hours people are working and unemployment.",
        due="2020-05-17 13:59:59",
        vague=False,
        said="2020-05-11 00:00:00",
        tz="Australia/Sydney",
        day_first=True,
        precision="week",
        cluster=4,
        source="https://www.marketscreener.com/news/ABS-Australian-Bureau-of-Statistics-thanks-survey-respondents-Media-Release--30577599/?utm_medium=RSS&utm_content=20200510",
        published="2020-05-11",
    ),
)
