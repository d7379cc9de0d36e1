"""A SECOND, independent labelling of the hundred-and-seventy-fourth fresh set's 73 real deadline
phrasings (issue 12: agreement between two labellers).

Made on 2026-12-07 (UTC), from 04:10 on the machine's clock, by a second labelling helper
(branch issue12a174-s61), from the phrasings, the moments of speaking (`said`), the publishers'
zones (`tz`), `day_first`, clusters, the source addresses and the publication dates exactly as
the first labeller established them (handed over without labels, in the first labeller's
order, in the brief's input file `fresh174_phrasings.json`; the comments number the cases by
that file's `n`, from 1). It was made WITHOUT seeing the first labeller's labels: neither
`blind_fresh174.py` to `blind_fresh178.py`, their README sections, any labeller's worktree or
branch, the articles `blind144/` and `blind145/`, nor any other blind file was opened. No
source page was opened either: each label was worked out by hand from the words, the moment of
speaking and the zone. Nothing of the project was run on these texts (no parser, bench or
tests). The rules used were `tests/data/deadlines/CONVENTIONS.md` (which decides; 4.3 and 5.1
included), the docstring and `BlindCase` of `blind_real.py`, the top docstring of the parser
package (`bot/core/deadlines/__init__.py`: the vague windows, "later this <period>", parts of
the day, a year-less date's next occurrence, a range's later end, an hour without a.m./p.m.,
a period framing a count, a past figure's range) and, for precedent, the comments of the seen
sets (`blind_fresh169.py` to `blind_fresh173.py`: "to-morrow" as the next day, a question or a
counter-offer in a debate as no deadline, a day given only by another sentence read by the
sentence). UTC wall times, weekdays and day counts were computed in a scratch script outside
the repository with the standard library's zoneinfo and datetime only. `said` is as handed
over (10:00 local on the publication day in every case); each due instant's comment gives its
local wall time.

Its only purpose is to measure how far two careful labellers agree on the same phrasings (the
agreement bounds what a 90% target on the first labeller's set can tell). It is not a scoring
set of its own. Labels marked "unsure" in their comment are the ones a careful reader could
really defend otherwise; the comment names the other reading. Never edit these labels to fit
the parser or the first labeller.

Readings applied throughout (hard calls, named so that a disagreement can be traced):
- In the debates, a motion moved, an opinion of what "should" be done, a question and a
  hypothetical ("if it were considered desirable ... there could be") fix no time (CONVENTIONS
  4.2, 4.3); a time already arranged or agreed at an earlier sitting for business still ahead
  ("had been made to have the members supplied with lunch ... at 2.15 p.m.", "agreed ... to sit
  on Wednesday, Thursday") keeps its time, the report dating only the arranging (2.2); a
  sitting "if necessary" is a possibility and does not extend the schedule.
- A day word that names a state or a holiday ("to-morrow is a very important Church
  holiday") or a denial of the speaker's own understanding dates no act: due None with no
  refusal word, marked unsure against "negated".
- A time hung on an undated stage ("before the main works begin", "then ... within two years",
  "the two hours immediately following the air shows", "the day of the event") is `event`.
- Years and periods that name what figures, revenues or reviews are for ("for 2019-20", "the
  2020 to 2025 period", "Q3 2019") set no time of their own; with a verb told as done they are
  `past`. A review period said to run to a date ahead keeps its end (3.3).
- Of a definite time and a later vague window for the same kind of act ("32 are opening this
  week ... over the coming months"), the later counts (6.2); a definite year beats "as soon as
  possible" in the same phrase ("as soon as possible in 1996").
- An offer or permission open "from next year" is `earliest` (3.2); a standing length ("take
  just minutes", "sentences of up to 5 years", "currently 5 years") is `recurring` (1.3).
- A zone word is read as written ("Eastern Standard Time" on 19 March 2020 is UTC-5), as
  `blind_real.py` says.

Tally (this labelling): 30 cases with a due instant (8 clock times, 4 vague windows: "as soon
as possible", "shortly", "without further delay", "the coming months"; 18 days and periods)
and 43 without (17 past, 6 event, 4 recurring, 1 earliest, 1 negated, and 14 with no refusal
word: questions, proposals, possibilities, a need, descriptions and counts); 27 labels marked
"unsure"; 1 "page:" comment gives the page's day for a day only another sentence gives.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH174_SECOND: tuple[BlindCase, ...] = (
    # case 1: Houses of the Oireachtas, Dáil debate of Tuesday 29 June 1920 (oireachtas.ie); zone Europe/Dublin, said 10:00 local (UTC+1 in summer 1920) as handed over. the Acting-President's remarks are deferred 'until the reading of the various reports had been completed', an end the sentence does not date: event (CONVENTIONS 1.3, a time hung on an undated event). unsure: a careful reader could give due None with no refusal word, the sentence only reporting what he stated
    B(
        text="The ACTING-PRESIDENT stated that he would defer any remarks which he had to make until the reading of the various reports had been completed.",
        due=None,
        vague=False,
        said="1920-06-29 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1920-06-29/3/",
        published="1920-06-29",
    ),
    # case 2: the same debate: 'in one day' measures how long the business may take, a need stated in reported speech with no start of its own: due None with no refusal word. unsure: a careful reader could give the end of the sitting day, 29 June 1920 23:59:59 local (1920-06-29 22:59:59 UTC), reading 'complete the business in one day' as 'today'
    B(
        text="It was essential to complete the business in one day, and this order would enable the Dáil to see more clearly how much time could be allotted to debating each Report.",
        due=None,
        vague=False,
        said="1920-06-29 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=4,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1920-06-29/3/",
        published="1920-06-29",
    ),
    # case 3: the same debate: arrangements already made, but the lunch they arrange is still ahead; two clock times with no day of their own in the sentence: the later, 2.15 p.m., at its first occurrence after the moment of speaking (CONVENTIONS 6.1, 6.3) [local due 1920-06-29 14:15:00 Europe/Dublin]. unsure: a careful reader could give 'past' (the arranging is told as done)
    B(
        text="Arrangements had been made to have the members supplied with lunch—half the members at 1.30 p.m. and the remaining half at 2.15 p.m.",
        due="1920-06-29 13:15:00",
        vague=False,
        said="1920-06-29 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="minute",
        cluster=2,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1920-06-29/3/",
        published="1920-06-29",
    ),
    # case 4: the same debate: a motion moved, times put forward for the Dáil's agreement: due None with no refusal word (CONVENTIONS 4.3, a proposal). unsure: a careful reader could give 3 p.m. that day, the later of the two times (CONVENTIONS 6.1, 6.3), 1920-06-29 14:00:00 UTC, reading the motion as the order of the day
    B(
        text="He moved accordingly that there would be an adjournment at 1.30 p.m. for lunch, and that business would be resumed at 3 p.m.",
        due=None,
        vague=False,
        said="1920-06-29 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=2,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1920-06-29/3/",
        published="1920-06-29",
    ),
    # case 5: the same debate: 'if it were considered desirable ... there could be': a possibility, no undertaking: due None with no refusal word (CONVENTIONS 4.2)
    B(
        text="At 6.30, if it were considered desirable to have a further sitting, there could be an adjournment for tea, and a resumption of work some time later.",
        due=None,
        vague=False,
        said="1920-06-29 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1920-06-29/3/",
        published="1920-06-29",
    ),
    # case 6: the same debate: 'He was of opinion ... should end at 10 o'clock': a view put forward for agreement, no undertaking: due None with no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give 10 o'clock read as 22:00 that day (the first of its readings after 10:00, parser docstring round 21; 1920-06-29 21:00:00 UTC)
    B(
        text="He was of opinion, however, that the proceedings should end at 10 o'clock, and that the Ceann Comhairle should be empowered to terminate the proceedings at that hour.",
        due=None,
        vague=False,
        said="1920-06-29 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=2,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1920-06-29/3/",
        published="1920-06-29",
    ),
    # case 7: Houses of the Oireachtas, Seanad debate of Wednesday 30 May 1934 (oireachtas.ie); zone Europe/Dublin, said 10:00 IST as handed over. a question whether sitting 'to-morrow' was agreed: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="I would like to know if it has been agreed that the House will sit to-morrow.",
        due=None,
        vague=False,
        said="1934-05-30 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1934-05-30/4/",
        published="1934-05-30",
    ),
    # case 8: the same debate: 'to-morrow' only names the Church holiday, and the Dáil's precedent is a standing practice; no act is undertaken for the day: due None with no refusal word. unsure: a careful reader could give 'negated' (no business tomorrow, CONVENTIONS 4.1) or 'recurring' (no business on Church holidays, CONVENTIONS 1.3)
    B(
        text="I am sure Senators are aware that to-morrow is a very important Church holiday, and the Dáil has set the precedent that no business is transacted on Church holidays.",
        due=None,
        vague=False,
        said="1934-05-30 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=5,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1934-05-30/4/",
        published="1934-05-30",
    ),
    # case 9: the same debate: 'on Wednesday last' dates only the statement (CONVENTIONS 2.2); the House 'would sit until 8 o'clock to-night': kept going to a time (CONVENTIONS 3.3), 20:00 that day [local due 1934-05-30 20:00:00 Europe/Dublin]
    B(
        text="I am aware, Sir, that you made a statement on Wednesday last that this House would sit until 8 o'clock to-night.",
        due="1934-05-30 19:00:00",
        vague=False,
        said="1934-05-30 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="hour",
        cluster=2,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1934-05-30/4/",
        published="1934-05-30",
    ),
    # case 10: the same debate: the speaker denies having understood that the House would sit 'to-morrow'; no undertaking: due None with no refusal word. unsure: a careful reader could give 'negated' (a sitting tomorrow denied, CONVENTIONS 4.1)
    B(
        text="I did not understand that the House would sit to-morrow.",
        due=None,
        vague=False,
        said="1934-05-30 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1934-05-30/4/",
        published="1934-05-30",
    ),
    # case 11: the same debate: a rhetorical objection to attending 'to-morrow', no undertaking: due None with no refusal word. unsure: a careful reader could give 'negated' (CONVENTIONS 4.1)
    B(
        text="I am sure there is not very much urgency in assisting at our own funeral by attending here to-morrow.",
        due=None,
        vague=False,
        said="1934-05-30 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1934-05-30/4/",
        published="1934-05-30",
    ),
    # case 12: the same debate: 'If we continue sitting for a week or two': a hypothetical, no undertaking: due None with no refusal word (CONVENTIONS 4.2)
    B(
        text="If we continue sitting for a week or two I do not think it will make much difference.",
        due=None,
        vague=False,
        said="1934-05-30 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1934-05-30/4/",
        published="1934-05-30",
    ),
    # case 13: the same debate: the agreement was made at the last sitting (a report, CONVENTIONS 2.2), the sittings it fixed are ahead: Wednesday (today) and Thursday of this week, and Friday only 'if necessary' (a possibility, CONVENTIONS 4.2); the schedule falls due at its end (CONVENTIONS 6.1), Thursday 31 May 1934 [local due 1934-05-31 23:59:59 Europe/Dublin]. unsure: a careful reader could give Friday 1 June 1934 23:59:59 IST (1934-06-01 22:59:59 UTC), the later day of the agreed schedule (CONVENTIONS 6.2)
    B(
        text="On the last occasion on which the House met it agreed specifically to sit on Wednesday, Thursday and, if necessary, on Friday of this week, and the President of the Executive Council was communicated with to that effect.",
        due="1934-05-31 22:59:59",
        vague=False,
        said="1934-05-30 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=3,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1934-05-30/4/",
        published="1934-05-30",
    ),
    # case 14: UK Parliament, Commons statement on the Newbury bypass, Monday 27 November 1995 (historic Hansard); zone Europe/London, said 10:00 GMT as handed over. Tenders invited 'on Friday 1 December', a one-off act (CONVENTIONS 3.1) [local due 1995-12-01 23:59:59 Europe/London]
    B(
        text="Tenders will be invited for the main works contract on Friday 1 December.",
        due="1995-12-01 23:59:59",
        vague=False,
        said="1995-11-27 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/commons/1995/nov/27/newbury-bypass",
        published="1995-11-27",
    ),
    # case 15: the same statement: 'We aim to start' is the Government's plan (CONVENTIONS 4.3); the start of the main works is a one-off event in 1996 (CONVENTIONS 3.1), a period due at its end; the definite year beats 'as soon as possible' [local due 1996-12-31 23:59:59 Europe/London]. unsure: a careful reader could give 'earliest' from 1 January 1996 (1996-01-01 00:00:00, a start only, CONVENTIONS 3.2), or the vague 60-day window of 'as soon as possible'
    B(
        text="We aim to start the main works as soon as possible in 1996.",
        due="1996-12-31 23:59:59",
        vague=False,
        said="1995-11-27 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="year",
        cluster=4,
        source="https://api.parliament.uk/historic-hansard/commons/1995/nov/27/newbury-bypass",
        published="1995-11-27",
    ),
    # case 16: the same statement: the demolition is done; the clearance is due 'before the main works begin', an event the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="We have already carried out all the necessary demolition of buildings on the route and clearance of the rest of the site will take place before the main works begin.",
        due=None,
        vague=False,
        said="1995-11-27 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1995/nov/27/newbury-bypass",
        published="1995-11-27",
    ),
    # case 17: the same statement: 'then ... within two years' counts from the start of the main works, which the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give two years from the moment of speaking, 27 November 1997 23:59:59 GMT (CONVENTIONS 1.2)
    B(
        text="Construction should then be completed within two years.",
        due=None,
        vague=False,
        said="1995-11-27 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1995/nov/27/newbury-bypass",
        published="1995-11-27",
    ),
    # case 18: the same statement: a question; 'today' dates only what the Minister has said: due None with no refusal word (CONVENTIONS 4.3, 2.2)
    B(
        text="Will the Minister ensure that what he has said today is well publicised, as there has been considerable trouble making by the Liberals, who have been doubting the Government's intention to proceed with the scheme?",
        due=None,
        vague=False,
        said="1995-11-27 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://api.parliament.uk/historic-hansard/commons/1995/nov/27/newbury-bypass",
        published="1995-11-27",
    ),
    # case 19: the same statement: an announcement 'in July', told as done: past
    B(
        text="The former Secretary of State, my right hon. Friend the Member for Peterborough (Dr. Mawhinney), announced in July that the road would go ahead.",
        due=None,
        vague=False,
        said="1995-11-27 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1995/nov/27/newbury-bypass",
        published="1995-11-27",
    ),
    # case 20: the same statement: the same announcement 'in October', told as done: past
    B(
        text="My right hon. Friend the present Secretary of State made the same announcement in October.",
        due=None,
        vague=False,
        said="1995-11-27 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1995/nov/27/newbury-bypass",
        published="1995-11-27",
    ),
    # case 21: UK Parliament, Commons written answer on broadcasting, Monday 1 June 1998 (historic Hansard); zone Europe/London, said 10:00 BST as handed over. 'shall consult widely ... later this year': from the moment of speaking to the year's end (parser docstring, 'later this <period>'); the document 'as soon as our current initial consideration has been completed' waits on an undated stage (CONVENTIONS 5.2) and the dated act counts [local due 1998-12-31 23:59:59 Europe/London]. unsure: a careful reader could give 'event', taking the publication as the pledge
    B(
        text="My Department and the Department of Trade and Industry shall consult widely on these issues later this year, and shall be publishing a document for that purpose as soon as our current initial consideration has been completed.",
        due="1998-12-31 23:59:59",
        vague=False,
        said="1998-06-01 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="year",
        cluster=4,
        source="https://api.parliament.uk/historic-hansard/written_answers/1998/jun/01/broadcasting",
        published="1998-06-01",
    ),
    # case 22: the same answer: the paper was published on 12 February 1998 (told as done); its seeking comments is a present state with no time of its own: past. unsure: a careful reader could give due None with no refusal word (the present 'seeks comments')
    B(
        text='The Government\'s consultation paper "Television: the Digital Future"—published on 12 February 1998,Official Report, column 364—seeks comments on a wide range of issues relating to the transition from analogue to digital broadcasting including the timing of closure of the analogue terrestrial network.',
        due=None,
        vague=False,
        said="1998-06-01 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/written_answers/1998/jun/01/broadcasting",
        published="1998-06-01",
    ),
    # case 23: the same answer: 'Comments are invited by 4 September', a closing date (CONVENTIONS 3.1, 3.5 'by' at the day's end), year-less date's next occurrence, 4 September 1998 [local due 1998-09-04 23:59:59 Europe/London]
    B(
        text="Comments are invited by 4 September.",
        due="1998-09-04 22:59:59",
        vague=False,
        said="1998-06-01 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/written_answers/1998/jun/01/broadcasting",
        published="1998-06-01",
    ),
    # case 24: UK Parliament, Commons written answer on the new parliamentary building, Monday 13 July 1987 (historic Hansard); zone Europe/London, said 10:00 BST as handed over. The report 'was published on 1 July', told as done: past
    B(
        text="I am grateful for the Services Committee report which was published on 1 July.",
        due=None,
        vague=False,
        said="1987-07-13 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/written_answers/1987/jul/13/new-parliamentary-building",
        published="1987-07-13",
    ),
    # case 25: the same answer: 'will respond as soon as possible', the Minister's own undertaking: vague, 60 days (CONVENTIONS 5.1) [local due 1987-09-11 23:59:59 Europe/London]
    B(
        text="I am considering the recommendations and will respond as soon as possible.",
        due="1987-09-11 22:59:59",
        vague=True,
        said="1987-07-13 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://api.parliament.uk/historic-hansard/written_answers/1987/jul/13/new-parliamentary-building",
        published="1987-07-13",
    ),
    # case 26: the same answer: 'I hope to be able to make a full statement ... shortly', a plan put modestly, still dated (CONVENTIONS 4.3): vague, 60 days (CONVENTIONS 5.1) [local due 1987-09-11 23:59:59 Europe/London]
    B(
        text="I hope to be able to make a full statement about No. 1 Cannon row shortly.",
        due="1987-09-11 22:59:59",
        vague=True,
        said="1987-07-13 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://api.parliament.uk/historic-hansard/written_answers/1987/jul/13/new-parliamentary-building",
        published="1987-07-13",
    ),
    # case 27: UK Parliament, Commons answer on the Dublin housing report, Thursday 6 June 1918 (historic Hansard); zone Europe/London, said 10:00 BST as handed over. 'I hope to publish it without further delay', the speaker's plan (CONVENTIONS 4.3): vague, 7 days (CONVENTIONS 5.1) [local due 1918-06-13 23:59:59 Europe/London]
    B(
        text="The delay in publishing the Report has been unavoidable, but I hope to publish it without further delay.",
        due="1918-06-13 22:59:59",
        vague=True,
        said="1918-06-06 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="week",
        cluster=4,
        source="https://api.parliament.uk/historic-hansard/commons/1918/jun/06/dublin-housing-report",
        published="1918-06-06",
    ),
    # case 28: Department for Digital, Culture, Media and Sport consultation on analogue radio licences (as carried on docslib.org), 23 December 2019; zone Europe/London, said 10:00 GMT as handed over. 'Since 2010 ... has supported', with a figure for Q3 2019: told as done: past
    B(
        text="Since 2010, improvements in national and local coverage together with investment in new digital services by broadcasters and by vehicle manufacturers in fitting digital radios as standard in new cars (92.9% in Q3 2019) has supported the continued take up of digital radio.",
        due=None,
        vague=False,
        said="2019-12-23 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://docslib.org/doc/1349252/consultation-on-the-further-renewal-of-analogue-commercial-radio-licences",
        published="2019-12-23",
    ),
    # case 29: the same consultation: figures measured in Q3 2019 and 2010, no act to come: past (parser docstring, stop 60: a period a past figure was measured over). unsure: a careful reader could give due None with no refusal word (a present share)
    B(
        text="Digital accounts for 56.8% of all radio listening (RAJAR Q3 2019), up from just 24% in 2010.",
        due=None,
        vague=False,
        said="2019-12-23 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://docslib.org/doc/1349252/consultation-on-the-further-renewal-of-analogue-commercial-radio-licences",
        published="2019-12-23",
    ),
    # case 30: the same consultation: the government 'needs to again consider', no time given to the act; the licences' expiry in 2022 and 'before the mid-2020s' only frame the need: due None with no refusal word. unsure: a careful reader could give the end of 2022 (2022-12-31 23:59:59 UTC), the licences' final expiry as a one-off event (CONVENTIONS 3.1)
    B(
        text="With a number of national and local commercial FM and AM radio licences approaching final expiry in 2022, and with little prospect of a radio switchover before the mid-2020s, the government needs to again consider whether or not to continue with the current arrangement of licence renewals and, if so, to determine how long the further renewal should be for.",
        due=None,
        vague=False,
        said="2019-12-23 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://docslib.org/doc/1349252/consultation-on-the-further-renewal-of-analogue-commercial-radio-licences",
        published="2019-12-23",
    ),
    # case 31: Ofwat, Thames Water blind-year adjustment overview (as carried on docslib.org), 30 September 2020; zone Europe/London, said 10:00 BST as handed over. 'In PR14, we set mechanisms ... during 2015-20', told as done: past
    B(
        text="In PR14, we set mechanisms to incentivise companies to do the right thing for their customers during 2015-20.",
        due=None,
        vague=False,
        said="2020-09-30 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://docslib.org/doc/3045301/thames-water-adjusting-for-actual-performance-in-2019-20-blind-year-adjustment-overview",
        published="2020-09-30",
    ),
    # case 32: the same document: 'we applied reconciliation adjustments', told as done; 'the 2020 to 2025 period' only names what the revenues are for: past
    B(
        text="In setting the 2019 periodic review (PR19) final determinations, we applied reconciliation adjustments to revenues for the 2020 to 2025 period and to the regulatory capital value (RCV) to take account of how companies performed against these incentive mechanisms in 2015-20.",
        due=None,
        vague=False,
        said="2020-09-30 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://docslib.org/doc/3045301/thames-water-adjusting-for-actual-performance-in-2019-20-blind-year-adjustment-overview",
        published="2020-09-30",
    ),
    # case 33: the same document: the mechanisms 'required data' for 2019-20, told as done: past
    B(
        text="Many of these mechanisms required data for the last year of the price control period, 2019-20 (the blind year), to assess the financial payments between companies and customers.",
        due=None,
        vague=False,
        said="2020-09-30 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://docslib.org/doc/3045301/thames-water-adjusting-for-actual-performance-in-2019-20-blind-year-adjustment-overview",
        published="2020-09-30",
    ),
    # case 34: the same document: PR19 'was completed in December 2019', told as done: past
    B(
        text="When PR19 was completed in December 2019, this financial year had not finished.",
        due=None,
        vague=False,
        said="2020-09-30 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://docslib.org/doc/3045301/thames-water-adjusting-for-actual-performance-in-2019-20-blind-year-adjustment-overview",
        published="2020-09-30",
    ),
    # case 35: the same document: performance reported with the reports submitted 'by 15 July 2020', before the moment of speaking, told as done: past
    B(
        text="Companies reported their actual performance for 2019-20 alongside their Annual Performance Reports (APRs) submitted to Ofwat by 15 July 2020.",
        due=None,
        vague=False,
        said="2020-09-30 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://docslib.org/doc/3045301/thames-water-adjusting-for-actual-performance-in-2019-20-blind-year-adjustment-overview",
        published="2020-09-30",
    ),
    # case 36: the same document: a present description ('This document sets out'), the years only naming the performance compared: due None with no refusal word. unsure: a careful reader could give 'past' (2019-20 performance is over)
    B(
        text="This document sets out our assessment of the difference between the 2019-20 performance assumed in the PR19 final determination and the actual 2019-20 performance for Thames Water.",
        due=None,
        vague=False,
        said="2020-09-30 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://docslib.org/doc/3045301/thames-water-adjusting-for-actual-performance-in-2019-20-blind-year-adjustment-overview",
        published="2020-09-30",
    ),
    # case 37: Drinking Water Inspectorate, 'Price review process' page, as handed over 4 January 2016; zone Europe/London, said 10:00 GMT. A price control period of 5 years, a standing rule for every review: recurring (CONVENTIONS 1.3)
    B(
        text="Ofwat determines the price limits (the K factor) that water companies can increase or decrease the prices charged to customers over a period of time, which is currently 5 years.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.dwi.gov.uk/water-companies/price-review-process/",
        published="2016-01-04",
    ),
    # case 38: the same page: periods 'normally begin' on 1 April of years ending 0 or 5 and end five years later: a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="Price limit periods normally begin on the first day in April in years ending in 0 or 5 and end on the last day of March 5 years later.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.dwi.gov.uk/water-companies/price-review-process/",
        published="2016-01-04",
    ),
    # case 39: the same page: limits 'were set at the end of 2014 to take effect on 1st April 2015', before the moment of speaking: past
    B(
        text="The price limits for the current period (2015 to 2020) were set at the end of 2014 to take effect on 1st April 2015 and is commonly referred to as Price Review 14 (PR14).",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.dwi.gov.uk/water-companies/price-review-process/",
        published="2016-01-04",
    ),
    # case 40: the same page: planning 'is underway' (a present state); PR19 'will run from 1st April 2020 to 31st March 2025', a period kept going to a date, due at its later end (CONVENTIONS 3.3, 6.1) [local due 2025-03-31 23:59:59 Europe/London]. unsure: a careful reader could give due None with no refusal word (the dates only name the next review's period, the act told being the planning), or 1 April 2020 (2020-04-01 22:59:59 UTC), the review's taking effect (CONVENTIONS 3.1)
    B(
        text="Planning for the next price review (PR19 which will run from 1st April 2020 to 31st March 2025) is underway.",
        due="2025-03-31 22:59:59",
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=1,
        source="https://www.dwi.gov.uk/water-companies/price-review-process/",
        published="2016-01-04",
    ),
    # case 41: the same page: a present name for the current period and the privatisation 'in 1989', told as done: past. unsure: a careful reader could give due None with no refusal word (a name explained)
    B(
        text="The current period is commonly known as AMP6 because it is the sixth cycle since the water industry was privatised in 1989.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.dwi.gov.uk/water-companies/price-review-process/",
        published="2016-01-04",
    ),
    # case 42: Department for Education (GOV.UK news), Wednesday 1 September 2010; zone Europe/London, said 10:00 BST as handed over. 'today announced' dates only the announcing (CONVENTIONS 2.2), and what is announced is done ('have accepted', 'became law just over a month ago'): past
    B(
        text="Michael Gove, Education Secretary, today announced that 142 schools have accepted the Government's offer to become an academy since the Academies Act became law just over a month ago.",
        due=None,
        vague=False,
        said="2010-09-01 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.gov.uk/government/news/142-schools-to-convert-to-academy-status-weeks-after-academies-act-passed",
        published="2010-09-01",
    ),
    # case 43: the same release: a running total 'so far', a count that 'this academic year' only frames (parser docstring, stop 60: a period framing a count): due None with no refusal word. unsure: a careful reader could give the end of the 2010/11 academic year, 31 August 2011 23:59:59 BST (2011-08-31 22:59:59 UTC), the conversions told as going to happen within it
    B(
        text="The running total of schools that will become academies this academic year is 216 so far.",
        due=None,
        vague=False,
        said="2010-09-01 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=4,
        source="https://www.gov.uk/government/news/142-schools-to-convert-to-academy-status-weeks-after-academies-act-passed",
        published="2010-09-01",
    ),
    # case 44: the same release: 32 opening 'this week' (to Sunday 5 September) and 110 more converting 'over the coming months': the later counts (CONVENTIONS 6.2), the coming months being vague, 3 months (parser docstring) [local due 2010-12-01 23:59:59 Europe/London]. unsure: a careful reader could give Sunday 5 September 2010 23:59:59 BST (2010-09-05 22:59:59 UTC), the definite 'this week' beating the vague window
    B(
        text="142 schools converting to become academies: 32 are opening this week and a further 110 schools have had Academy Orders signed which means they are on track to convert to academies over the coming months.",
        due="2010-12-01 23:59:59",
        vague=True,
        said="2010-09-01 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://www.gov.uk/government/news/142-schools-to-convert-to-academy-status-weeks-after-academies-act-passed",
        published="2010-09-01",
    ),
    # case 45: the same release: 'has said' dates only the saying (CONVENTIONS 2.2); special schools 'allowed to become academies from next year', a permission open from a start: earliest, 1 January 2011 (CONVENTIONS 3.2) [local earliest 2011-01-01 00:00:00 Europe/London]. unsure: a careful reader could give the end of 2011 (2011-12-31 23:59:59 UTC), the permission as a rule taking effect (CONVENTIONS 3.1a)
    B(
        text="The Government has said that special schools will also be allowed to become academies from next year.",
        due=None,
        vague=False,
        said="2010-09-01 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="earliest",
        earliest="2011-01-01 00:00:00",
        cluster=5,
        source="https://www.gov.uk/government/news/142-schools-to-convert-to-academy-status-weeks-after-academies-act-passed",
        published="2010-09-01",
    ),
    # case 46: the same release: 64 academies 'this September' and 10 more 'opening by April 2011': the later counts (CONVENTIONS 6.2), 'by' a month at its end (CONVENTIONS 3.5) [local due 2011-04-30 23:59:59 Europe/London]
    B(
        text="64 new academies replace failing schools this September plus a further 10 opening by April 2011.",
        due="2011-04-30 22:59:59",
        vague=False,
        said="2010-09-01 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=3,
        source="https://www.gov.uk/government/news/142-schools-to-convert-to-academy-status-weeks-after-academies-act-passed",
        published="2010-09-01",
    ),
    # case 47: the same release: 'it took five years ... and four years', told as done: past
    B(
        text="This is record progress; it took five years for 15 city technology colleges to open, and four years for the first 27 academies to open.",
        due=None,
        vague=False,
        said="2010-09-01 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.gov.uk/government/news/142-schools-to-convert-to-academy-status-weeks-after-academies-act-passed",
        published="2010-09-01",
    ),
    # case 48: the same release: this year's results 'saw' pupils improving, told as done: past
    B(
        text="This year's GCSE results saw academy pupils improving at nearly three times the historic rate of state school improvement.",
        due=None,
        vague=False,
        said="2010-09-01 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.gov.uk/government/news/142-schools-to-convert-to-academy-status-weeks-after-academies-act-passed",
        published="2010-09-01",
    ),
    # case 49: Department for Education (GOV.UK news), Friday 25 June 2010; zone Europe/London, said 10:00 BST as handed over. 'has today published', the perfect with a day word: past (CONVENTIONS 2.4)
    B(
        text="The Department for Education has today published a list of the schools that have registered an interest in becoming academies.",
        due=None,
        vague=False,
        said="2010-06-25 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://gov.uk/government/news/government-publishes-list-of-schools-interested-in-becoming-academies",
        published="2010-06-25",
    ),
    # case 50: the same release: 'no pressure for any school to convert by September', the time denied, and schools may convert 'at any time': negated (CONVENTIONS 4.1). unsure: a careful reader could give due None with no refusal word (a permissive policy, no undertaking)
    B(
        text="This is a genuinely permissive policy, there is no pressure for any school to convert by September, and they can do so at any time, when they feel they are ready.",
        due=None,
        vague=False,
        said="2010-06-25 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="negated",
        cluster=5,
        source="https://gov.uk/government/news/government-publishes-list-of-schools-interested-in-becoming-academies",
        published="2010-06-25",
    ),
    # case 51: Home Office (GOV.UK news), as handed over 30 March 2025; zone Europe/London, said 10:00 BST. Checks that 'take just minutes to complete', a standing length for every check: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a description of how long a check lasts, no time limit)
    B(
        text="These vital checks, which take just minutes to complete, confirm someone’s immigration status and allow them to legally work in the UK.",
        due=None,
        vague=False,
        said="2025-03-30 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/home-office/page/10",
        published="2025-03-30",
    ),
    # case 52: the same release: penalties already in place, sentences 'of up to 5 years', a standing rule for every case: recurring (CONVENTIONS 1.3)
    B(
        text="Where businesses fail to carry out these checks, they will face hefty penalties already in place for those hiring illegal workers in traditional roles, including fines of up to £60,000 per worker, business closures, director disqualifications and potential prison sentences of up to 5 years.",
        due=None,
        vague=False,
        said="2025-03-30 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/home-office/page/10",
        published="2025-03-30",
    ),
    # case 53: US Coast Guard (Federal Register proposed rule, Port of Goodhope Bay, Alaska), Friday 1 May 2015; zone America/Anchorage, said 10:00 AKDT as handed over. The zones proposed run 'from 12:01 a.m. ... on July 1, 2015, through 11:59 p.m. on October 15, 2015': a range at its later end (CONVENTIONS 6.1, 3.3) [local due 2015-10-15 23:59:00 America/Anchorage]. unsure: a careful reader could give due None with no refusal word, the zones being only proposed (CONVENTIONS 4.3)
    B(
        text="The Coast Guard proposes temporary safety zones in the Port of Goodhope Bay, Alaska, and adjacent U.S. territorial sea from 12:01 a.m. local time on July 1, 2015, through 11:59 p.m. on October 15, 2015.",
        due="2015-10-16 07:59:00",
        vague=False,
        said="2015-05-01 18:00:00",
        tz="America/Anchorage",
        day_first=True,
        precision="minute",
        cluster=3,
        source="https://thefederalregister.org/80-FR/24869",
        published="2015-05-01",
    ),
    # case 54: the same rule: the purpose of the zones; 'the summer of 2015' dates the drilling traffic, not an act undertaken: due None with no refusal word. unsure: a careful reader could give the end of summer 2015, 31 August 2015 23:59:59 AKDT (2015-09-01 07:59:59 UTC), the zones protecting through the summer
    B(
        text="The purpose of the safety zones are to protect persons and vessels during an unusually high volume of vessel traffic in the Port of Goodhope Bay, Alaska, and the adjacent territorial sea due to additional vessel traffic associated with exploratory drilling operations in the Chukchi and Beaufort seas during the summer of 2015.",
        due=None,
        vague=False,
        said="2015-05-01 18:00:00",
        tz="America/Anchorage",
        day_first=True,
        cluster=1,
        source="https://thefederalregister.org/80-FR/24869",
        published="2015-05-01",
    ),
    # case 55: US Coast Guard (Federal Register notice), Friday 31 May 2019; zone America/New_York, said 10:00 EDT as handed over. Comments received 'on or before July 1, 2019': a closing date at the day's end (CONVENTIONS 3.5) [local due 2019-07-01 23:59:59 America/New_York]
    B(
        text="Comments and related material must be received by the Coast Guard on or before July 1, 2019.",
        due="2019-07-02 03:59:59",
        vague=False,
        said="2019-05-31 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://federal.elaws.us/fr/5/31/2019/2019-11452",
        published="2019-05-31",
    ),
    # case 56: Federal Register notice, Wednesday 3 January 1996; zone America/New_York, said 10:00 EST as handed over. Comments 'on or before March 4, 1996': a closing date at the day's end (CONVENTIONS 3.5) [local due 1996-03-04 23:59:59 America/New_York]
    B(
        text="Comments must be received on or before March 4, 1996.",
        due="1996-03-05 04:59:59",
        vague=False,
        said="1996-01-03 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://federal.elaws.us/fr/1/3/1996/96-47",
        published="1996-01-03",
    ),
    # case 57: US Coast Guard (news release, New Orleans), Friday 28 June 2019; zone America/Chicago, said 10:00 CDT as handed over. Zones set up 'July 11 to 14, 2019, from 7 a.m. until 4 p.m.': a range at its later end, 4 p.m. on 14 July (CONVENTIONS 6.1) [local due 2019-07-14 16:00:00 America/Chicago]
    B(
        text="NEW ORLEANS — The Coast Guard is scheduled to set up two temporary safety zones in portions of the Gulf of Mexico and the Santa Rosa Sound during the Annual Pensacola Beach Air Show over the Gulf of Mexico at Pensacola Beach, Florida, July 11 to 14, 2019, from 7 a.m. until 4 p.m.",
        due="2019-07-14 21:00:00",
        vague=False,
        said="2019-06-28 15:00:00",
        tz="America/Chicago",
        day_first=True,
        precision="hour",
        cluster=3,
        source="https://content.govdelivery.com/accounts/USDHSCG/bulletins/24e3702",
        published="2019-06-28",
    ),
    # case 58: the same release: 'for the two hours immediately following the air shows', a span from an event the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give 'recurring' (a rule for every vessel seeking to enter)
    B(
        text="Additionally, vessels seeking to enter Little Sabine Bay for the two hours immediately following the air shows must contact the on-scene captain of the port designated representative via VHF channel 16 for authorization.",
        due=None,
        vague=False,
        said="2019-06-28 15:00:00",
        tz="America/Chicago",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://content.govdelivery.com/accounts/USDHSCG/bulletins/24e3702",
        published="2019-06-28",
    ),
    # case 59: the same release: the zone is needed 'during, and immediately following the air shows', hung on the undated shows: event (CONVENTIONS 5.2)
    B(
        text="This safety zone is needed to protect spectator vessels during, and immediately following the air shows.",
        due=None,
        vague=False,
        said="2019-06-28 15:00:00",
        tz="America/Chicago",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://content.govdelivery.com/accounts/USDHSCG/bulletins/24e3702",
        published="2019-06-28",
    ),
    # case 60: Federal Aviation Administration (Federal Register meeting notice), Wednesday 9 February 2022; zone America/New_York, said 10:00 EST as handed over. The meeting 'on February 23, 2022, from 12:00 p.m. to 2:30 p.m. Eastern Time': at its later end (CONVENTIONS 6.1) [local due 2022-02-23 14:30:00 America/New_York]
    B(
        text="The meeting will be held on February 23, 2022, from 12:00 p.m. to 2:30 p.m. Eastern Time.",
        due="2022-02-23 19:30:00",
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="minute",
        cluster=2,
        source="http://www.federalregister.com/Browse/Document/usa/na/fr/2022/2/9/2022-02725",
        published="2022-02-09",
    ),
    # case 61: the same notice: requests received 'by February 16, 2022', at the day's end [local due 2022-02-16 23:59:59 America/New_York]
    B(
        text="Requests for reasonable accommodations must be received by February 16, 2022.",
        due="2022-02-17 04:59:59",
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://www.federalregister.com/Browse/Document/usa/na/fr/2022/2/9/2022-02725",
        published="2022-02-09",
    ),
    # case 62: the same notice: written materials received 'no later than February 16, 2022', at the day's end [local due 2022-02-16 23:59:59 America/New_York]
    B(
        text="Requests to submit written materials to be reviewed during the meeting must be received no later than February 16, 2022.",
        due="2022-02-17 04:59:59",
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://www.federalregister.com/Browse/Document/usa/na/fr/2022/2/9/2022-02725",
        published="2022-02-09",
    ),
    # case 63: the same notice: 'on the day of the event', a day only another sentence gives: event (CONVENTIONS 6.3 on a day given by another sentence; page: 23 February 2022). unsure: a careful reader could give due None with no refusal word (where to watch, no act undertaken)
    B(
        text="Members of the public who wish to observe the virtual meeting can access the livestream on the following FAA social media platforms on the day of the event, https://www.facebook.com/FAA or https://www.youtube.com/FAAnews.",
        due=None,
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="event",
        cluster=5,
        source="http://www.federalregister.com/Browse/Document/usa/na/fr/2022/2/9/2022-02725",
        published="2022-02-09",
    ),
    # case 64: Federal Aviation Administration (Federal Register meeting notice), Friday 31 January 2020; zone America/New_York, said 10:00 EST as handed over. The meeting 'on Thursday, March 19, 2020, from 1:00 p.m. to 4:00 p.m. Eastern Standard Time': at its later end (CONVENTIONS 6.1), the zone read as written, EST = UTC-5, though New York keeps EDT that day (blind_real.py: a zone word is read as written) [local due 2020-03-19 16:00:00 EST]
    B(
        text="The meeting will be held on Thursday, March 19, 2020, from 1:00 p.m. to 4:00 p.m. Eastern Standard Time.",
        due="2020-03-19 21:00:00",
        vague=False,
        said="2020-01-31 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="hour",
        cluster=2,
        source="http://www.federalregister.com/Browse/Document/usa/na/fr/2020/1/31/2020-01916",
        published="2020-01-31",
    ),
    # case 65: the same notice: requests to attend received 'by Monday, March 2, 2020', at the day's end [local due 2020-03-02 23:59:59 America/New_York]
    B(
        text="Requests to attend the meeting must be received by Monday, March 2, 2020.",
        due="2020-03-03 04:59:59",
        vague=False,
        said="2020-01-31 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://www.federalregister.com/Browse/Document/usa/na/fr/2020/1/31/2020-01916",
        published="2020-01-31",
    ),
    # case 66: the same notice: requests for accommodations received 'by Monday, March 2, 2020', at the day's end [local due 2020-03-02 23:59:59 America/New_York]
    B(
        text="Requests for accommodations to a disability must be received by Monday, March 2, 2020.",
        due="2020-03-03 04:59:59",
        vague=False,
        said="2020-01-31 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://www.federalregister.com/Browse/Document/usa/na/fr/2020/1/31/2020-01916",
        published="2020-01-31",
    ),
    # case 67: the same notice: written materials received 'no later than Monday, March 2, 2020', at the day's end [local due 2020-03-02 23:59:59 America/New_York]
    B(
        text="Requests to submit written materials to be reviewed during the meeting must be received no later than Monday, March 2, 2020.",
        due="2020-03-03 04:59:59",
        vague=False,
        said="2020-01-31 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://www.federalregister.com/Browse/Document/usa/na/fr/2020/1/31/2020-01916",
        published="2020-01-31",
    ),
    # case 68: Federal Aviation Administration (Federal Register meeting notice), Thursday 31 October 2019; zone America/New_York, said 10:00 EDT as handed over. The meeting 'on Thursday, December 12, 2019, from 1:00 p.m. to 3:00 p.m. Eastern Standard Time': at its later end (CONVENTIONS 6.1) [local due 2019-12-12 15:00:00 America/New_York]
    B(
        text="The meeting will be held on Thursday, December 12, 2019, from 1:00 p.m. to 3:00 p.m. Eastern Standard Time.",
        due="2019-12-12 20:00:00",
        vague=False,
        said="2019-10-31 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="hour",
        cluster=2,
        source="http://federal.elaws.us/fr/10/31/2019/2019-23738",
        published="2019-10-31",
    ),
    # case 69: the same notice: requests to attend received 'by Thursday, November 21, 2019', at the day's end [local due 2019-11-21 23:59:59 America/New_York]
    B(
        text="Requests to attend the meeting must be received by Thursday, November 21, 2019.",
        due="2019-11-22 04:59:59",
        vague=False,
        said="2019-10-31 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://federal.elaws.us/fr/10/31/2019/2019-23738",
        published="2019-10-31",
    ),
    # case 70: the same notice: requests for accommodations received 'by Thursday, November 21, 2019', at the day's end [local due 2019-11-21 23:59:59 America/New_York]
    B(
        text="Requests for accommodations to a disability must be received by Thursday, November 21, 2019.",
        due="2019-11-22 04:59:59",
        vague=False,
        said="2019-10-31 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://federal.elaws.us/fr/10/31/2019/2019-23738",
        published="2019-10-31",
    ),
    # case 71: the same notice: a written copy of remarks submitted 'by Thursday, November 21, 2019', at the day's end [local due 2019-11-21 23:59:59 America/New_York]
    B(
        text="Persons requesting to speak during the meeting must submit a written copy of their remarks to the Designated Federal Officer (DFO) by Thursday, November 21, 2019.",
        due="2019-11-22 04:59:59",
        vague=False,
        said="2019-10-31 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://federal.elaws.us/fr/10/31/2019/2019-23738",
        published="2019-10-31",
    ),
    # case 72: the same notice: written materials received 'no later than Thursday, November 21, 2019', at the day's end [local due 2019-11-21 23:59:59 America/New_York]
    B(
        text="Requests to submit written materials to be reviewed during the meeting must be received no later than Thursday, November 21, 2019.",
        due="2019-11-22 04:59:59",
        vague=False,
        said="2019-10-31 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://federal.elaws.us/fr/10/31/2019/2019-23738",
        published="2019-10-31",
    ),
    # case 73: Federal Register meeting notice, Tuesday 17 February 2009; zone America/New_York, said 10:00 EST as handed over. The meeting 'March 5, 2009, from 1 p.m. to 4 p.m.': at its later end (CONVENTIONS 6.1) [local due 2009-03-05 16:00:00 America/New_York]
    B(
        text="The meeting will be held March 5, 2009, from 1 p.m. to 4 p.m.",
        due="2009-03-05 21:00:00",
        vague=False,
        said="2009-02-17 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="hour",
        cluster=2,
        source="https://frnow.com/Browse/Document/usa/na/fr/2009/2/17/e9-3189",
        published="2009-02-17",
    ),
)
