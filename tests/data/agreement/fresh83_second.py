"""A SECOND, independent labelling of the eighty-third fresh set's 130 real deadline
phrasings (issue 12: agreement between two labellers).

Made on 2026-12-04 (UTC), from about 19:27 on the machine's clock, by a second labelling
helper (branch issue12a83-s41), from the phrasings, the moments of speaking (`said`), the
publishers' zones (`tz`), `day_first`, the source addresses and the publication dates exactly
as the first labeller established them (handed over without labels, in the first labeller's
order, in the brief's input file). It was made WITHOUT seeing the first labeller's labels:
neither `blind_fresh83.py`, its README section, nor the first labeller's worktree or branch
was opened, and no other blind file was read (a plain listing of `tests/data/deadlines/`
showed the later sets' file names, nothing of their contents). One grep of the seen sets'
comments for precedent ("In the morning, the President", "Later in the morning", "no later
than 1", "until 6.30", ...) also ran, by a slip in its file list, over the test-split files
`blind_fresh53.py` ... `blind_fresh64.py` (aggregate only): it printed bare `due=` lines
without file names or texts, and nothing of them was used; later greps left those files
out. No source page of the set was opened. Nothing of the project was run on these texts
(no parser, bench or tests). The rules used were `tests/data/deadlines/CONVENTIONS.md` (which
decides; its rule 6.3 reads a clock time with no day in its sentence from the sentence and
its moment, the page's instant being written in the comment as "page: ..."), the docstring
of `blind_real.py`, the top docstring of the parser package (`bot/core/deadlines/__init__.py`:
the vague windows, the parts of the day, a bare time's and a bare weekday's next occurrence,
a range's later end, "this week" to its Sunday, "next week" as the following Monday-to-Sunday
week) and, for precedent, the comments of the seen sets (`blind_fresh80.py` and earlier:
"In the morning"/"Later in the morning" of a schedule ending at noon, "In the afternoon" at
18:00, "In the evening" at the end of the day; a readout's "spoke today" as past). UTC wall
times and weekdays were computed in a scratch script outside the repository with the
standard library's zoneinfo and datetime only.

Its only purpose is to measure how far two careful labellers agree on the same phrasings (the
agreement bounds what a 90% target on the first labeller's set can tell). It is not a scoring
set of its own. Labels marked "unsure" in their comment are the ones a careful reader could
really defend otherwise; the comment names the other reading (questions and hopes with a
time in them, an opinion about "this week", a start against an effective date, a clock time
at the very moment of speaking, a range's first occurrence against its first whole window, a
standing night schedule against its next closing). Twenty comments give the page's instant
("page: ...") for a clock time or a part of the day read from its sentence alone by
CONVENTIONS 6.3 (the itineraries and schedules published the day before, or the same morning
after their first item); they are not marked unsure for that reason alone. Never edit these
labels to fit the parser or the first labeller.

Tally (this labelling): 62 cases with a due instant (23 clock times, 6 parts of the day, 2
vague windows, 31 days, weeks, months, years and later ends) and 68 without (12 past, 8
event, 4 recurring, 3 negated, 2 earliest, and 39 with no refusal word: questions, thanks,
present states, descriptions, possibilities and names); 25 labels marked "unsure".

Licence audit of stop 46 (branch lic46c-s46): the 26 cases quoted from Government of Canada
pages were removed here and from `blind_fresh83.py` in step, so the two files keep the same
order (104 cases left): the Government of Canada's terms allow non-commercial reproduction only,
not an open licence (tests/data/deadlines/README.md, "Licence audit, stop 46: Canadian
material"). The tally above counts them.

Removed in step at stop 52 (branch agreefix52-s52): 26 cases that the licence audits had removed
from `blind_fresh83.py` but not from here, matched on text, moment of speaking and source (each
source's address line is marked REMOVED in tests/data/deadlines/README.md): stop 48 (branch
lic48-s48, "Licence audit of stop 48"), 19 from NZ Transport Agency releases carried by
rnzngin.fifthestate.nz (9) and Scoop (10) (the Agency's terms: personal use only, not open);
stop 49 (branch lic49b-s49, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)"), 7
from a MerrionStreet release list of the Irish Government (no open statement of the publisher).
78 cases remain, the first set's 78 in its order. The case numbers in the comments are the
labelling's own (gaps where cases went). Counts written above, the tally among them, predate
this removal (the tally counts 130 cases, the paragraph before it 104); recounted on the 78: 33
with a due instant (2 vague), 45 without (7 past, 4 event, 2 negated, 1 recurring, 31 with no
refusal word); 13 comments say "unsure".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH83_SECOND: tuple[BlindCase, ...] = (
    # case 0: Lords business statement of Thursday 4 February 1999: of the two anticipated recess weeks the later counts (CONVENTIONS 6.2); 'the week beginning Monday 31st May' is Monday to Sunday: Sunday 6 June 1999, end of day (BST). unsure: a reader may take it as no undertaking ('it is anticipated', 'subject to the progress of business') and give no deadline
    B(
        text="My Lords, it may be for the convenience of the House to know that, subject to the progress of business, it is anticipated that the Easter Recess will include the week beginning Monday 5th April and the Whitsun Recess will include the week beginning Monday 31st May.",
        due="1999-06-06 22:59:59",
        vague=False,
        said="1999-02-04 15:34:00",
        tz="Europe/London",
        day_first=True,
        cluster=3,
        source="https://api.parliament.uk/historic-hansard/lords/1999/feb/04/business",
        published="1999-02-04",
    ),
    # case 1: the same statement: 'there will be a debate on Monday 22nd February': Monday 22 February 1999, end of day (GMT)
    B(
        text="The House may also like to note that there will be a debate on Monday 22nd February to draw attention to the White Paper on reform of the House of Lords.",
        due="1999-02-22 23:59:59",
        vague=False,
        said="1999-02-04 15:34:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/lords/1999/feb/04/business",
        published="1999-02-04",
    ),
    # case 2: the same debate: thanks for a day already offered; 'at least one day' is a count of days, not a time: no deadline
    B(
        text="My Lords, perhaps I may begin by thanking the noble Lord the Chief Whip for offering us at least one day to debate the White Paper, having initially and rather inexplicably refused the requests of the official Opposition for such a debate.",
        due=None,
        vague=False,
        said="1999-02-04 15:34:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1999/feb/04/business",
        published="1999-02-04",
    ),
    # case 3: the same debate: thanks for dates partially offered, no time in the sentence: no deadline
    B(
        text="I also thank the noble Lord for partially offering us the dates for both the Easter and the Whitsun Recesses.",
        due=None,
        vague=False,
        said="1999-02-04 15:34:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1999/feb/04/business",
        published="1999-02-04",
    ),
    # case 4: the same debate: 'at the earliest possible stage' reads as 'at the earliest opportunity', the vague 60 days (CONVENTIONS 5.1): 5 April 1999, end of day (BST). unsure: it is the speaker's hope for another's act, not an undertaking of the speaker: no deadline
    B(
        text="I hope that at the earliest possible stage he will give the House the exact start and finish dates so that noble Lords who wish to make arrangements, for instance, to travel abroad can get ahead with buying tickets and making their plans.",
        due="1999-04-05 22:59:59",
        vague=True,
        said="1999-02-04 15:34:00",
        tz="Europe/London",
        day_first=True,
        cluster=4,
        source="https://api.parliament.uk/historic-hansard/lords/1999/feb/04/business",
        published="1999-02-04",
    ),
    # case 5: the same debate: a question ('Will the noble Lord also confirm ...?'), asking, not undertaking: no deadline. unsure: the week after next, Sunday 21 February 1999 end of day (GMT: 1999-02-21 23:59:59)
    B(
        text="Will the noble Lord also confirm that another place will be taking a few days' extra holiday the week after next?",
        due=None,
        vague=False,
        said="1999-02-04 15:34:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1999/feb/04/business",
        published="1999-02-04",
    ),
    # case 6: the same debate: a question with no time: no deadline
    B(
        text="Does he think that we in this House should be taking an extra holiday?",
        due=None,
        vague=False,
        said="1999-02-04 15:34:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1999/feb/04/business",
        published="1999-02-04",
    ),
    # case 7: the same debate: a question; 'towards the end of the summer' names the log-jam 'we nearly always experience', a standing pattern, not a time of an act: no deadline
    B(
        text="What assurances can he give that, in so doing, another place will not further exacerbate the legislative log-jam which we nearly always experience towards the end of the summer?",
        due=None,
        vague=False,
        said="1999-02-04 15:34:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1999/feb/04/business",
        published="1999-02-04",
    ),
    # case 8: the same debate: a question asking for guarantees ('rise at a decent time in July'): no deadline. unsure: read as the asked-for rising, the end of July 1999 (1999-07-31 22:59:59 UTC)
    B(
        text="What guarantees can the noble Lord give that we shall not be sitting into August and that we shall rise at a decent time in July?",
        due=None,
        vague=False,
        said="1999-02-04 15:34:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1999/feb/04/business",
        published="1999-02-04",
    ),
    # case 9: the same debate: no time: no deadline
    B(
        text="My Lords, as always, the noble Lord receives full marks for a good try.",
        due=None,
        vague=False,
        said="1999-02-04 15:34:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1999/feb/04/business",
        published="1999-02-04",
    ),
    # case 10: the same debate: 'a two-day break, on Wednesday 17th and Thursday 18th': yearless days, next occurrence after 4 February 1999 (Wednesday 17 February); the later day counts (CONVENTIONS 6.1): Thursday 18 February 1999, end of day (GMT)
    B(
        text="The other place is taking only a two-day break, on Wednesday 17th and Thursday 18th.",
        due="1999-02-18 23:59:59",
        vague=False,
        said="1999-02-04 15:34:00",
        tz="Europe/London",
        day_first=True,
        cluster=3,
        source="https://api.parliament.uk/historic-hansard/lords/1999/feb/04/business",
        published="1999-02-04",
    ),
    # case 11: the same debate: 'had been considering the possibility of a long weekend': a possibility told of the past, undated: no deadline (CONVENTIONS 4.2)
    B(
        text="I had been considering the possibility of a long weekend for your Lordships.",
        due=None,
        vague=False,
        said="1999-02-04 15:34:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1999/feb/04/business",
        published="1999-02-04",
    ),
    # case 12: Lords recess statement of 9 June 2020: 'over the past three months' is the past; the 'changes to our Summer Recess dates' are given no time here: no deadline
    B(
        text="My Lords, I thought that this would be a suitable point to tell the House about recess dates and to confirm that, because of the inevitably slow progress of business over the past three months, there will need to be some changes to our Summer Recess dates.",
        due=None,
        vague=False,
        said="2020-06-09 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.parallelparliament.co.uk/mp/lord-ashton-of-hyde/debate/Lords/2020-06-09/debates/436ADE6C-BE3F-4318-8EBF-28AD317E8B94/RecessDates",
        published="2020-06-09",
    ),
    # case 13: the same statement: 'We will now rise for the summer adjournment on Wednesday 29 July': 29 July 2020, end of day (BST); 'one week later' sizes the change
    B(
        text="We will now rise for the summer adjournment on Wednesday 29 July, which is one week later than originally intended.",
        due="2020-07-29 22:59:59",
        vague=False,
        said="2020-06-09 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://www.parallelparliament.co.uk/mp/lord-ashton-of-hyde/debate/Lords/2020-06-09/debates/436ADE6C-BE3F-4318-8EBF-28AD317E8B94/RecessDates",
        published="2020-06-09",
    ),
    # case 14: the same statement: 'return ... on Wednesday 2 September': 2 September 2020, end of day (BST)
    B(
        text="We will also return earlier in September, on Wednesday 2 September.",
        due="2020-09-02 22:59:59",
        vague=False,
        said="2020-06-09 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://www.parallelparliament.co.uk/mp/lord-ashton-of-hyde/debate/Lords/2020-06-09/debates/436ADE6C-BE3F-4318-8EBF-28AD317E8B94/RecessDates",
        published="2020-06-09",
    ),
    # case 15: the same statement: 'There will no longer be an adjournment for the party conference season': the adjournment is called off, no new time: negated (CONVENTIONS 4.1)
    B(
        text="There will no longer be an adjournment for the party conference season.",
        due=None,
        vague=False,
        said="2020-06-09 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="negated",
        cluster=5,
        source="https://www.parallelparliament.co.uk/mp/lord-ashton-of-hyde/debate/Lords/2020-06-09/debates/436ADE6C-BE3F-4318-8EBF-28AD317E8B94/RecessDates",
        published="2020-06-09",
    ),
    # case 16: the same statement: 'a short adjournment in either October or November': of alternatives the later counts (CONVENTIONS 6.2): 30 November 2020, end of day (GMT). unsure: a hope hung on 'the progress of business' and a confirmation 'at a later date', so no deadline (event)
    B(
        text="I hope to be able, at a later date, to confirm a short adjournment in either October or November, but that will depend entirely on the progress of business.",
        due="2020-11-30 23:59:59",
        vague=False,
        said="2020-06-09 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=3,
        source="https://www.parallelparliament.co.uk/mp/lord-ashton-of-hyde/debate/Lords/2020-06-09/debates/436ADE6C-BE3F-4318-8EBF-28AD317E8B94/RecessDates",
        published="2020-06-09",
    ),
    # case 17: the same statement: 'via this week's Forthcoming Business': said on Tuesday 9 June 2020, the week ends Sunday 14 June 2020, end of day (BST)
    B(
        text="I will advertise the new dates via this week’s Forthcoming Business.",
        due="2020-06-14 22:59:59",
        vague=False,
        said="2020-06-09 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=4,
        source="https://www.parallelparliament.co.uk/mp/lord-ashton-of-hyde/debate/Lords/2020-06-09/debates/436ADE6C-BE3F-4318-8EBF-28AD317E8B94/RecessDates",
        published="2020-06-09",
    ),
    # case 18: the same debate: 'coming back in midweek' names no week: no deadline
    B(
        text="Having been part of the initial discussions on this, I wanted to ask about the fact that we are coming back in midweek.",
        due=None,
        vague=False,
        said="2020-06-09 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.parallelparliament.co.uk/mp/lord-ashton-of-hyde/debate/Lords/2020-06-09/debates/436ADE6C-BE3F-4318-8EBF-28AD317E8B94/RecessDates",
        published="2020-06-09",
    ),
    # case 19: the same debate: 'finish on a Wednesday and then come back on a Wednesday': an indefinite weekday ('a Wednesday') dates nothing: no deadline
    B(
        text="It seems rather odd that we will finish on a Wednesday and then come back on a Wednesday.",
        due=None,
        vague=False,
        said="2020-06-09 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.parallelparliament.co.uk/mp/lord-ashton-of-hyde/debate/Lords/2020-06-09/debates/436ADE6C-BE3F-4318-8EBF-28AD317E8B94/RecessDates",
        published="2020-06-09",
    ),
    # case 20: the same debate: a question proposing another arrangement ('go on until the Thursday'): no deadline
    B(
        text="Would it not seem better to go on until the Thursday and then not come back until the week after the Chief Whip is proposing, given the expense of getting people here and the inconvenience of having broken weeks?",
        due=None,
        vague=False,
        said="2020-06-09 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.parallelparliament.co.uk/mp/lord-ashton-of-hyde/debate/Lords/2020-06-09/debates/436ADE6C-BE3F-4318-8EBF-28AD317E8B94/RecessDates",
        published="2020-06-09",
    ),
    # case 21: the same debate: 'immediately look odd' is an appearance, not an act due at once: no deadline
    B(
        text="My Lords, I agree that it does immediately look odd, but the reasons are that we have looked at the business that needs to be done and the dates that would allow it.",
        due=None,
        vague=False,
        said="2020-06-09 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.parallelparliament.co.uk/mp/lord-ashton-of-hyde/debate/Lords/2020-06-09/debates/436ADE6C-BE3F-4318-8EBF-28AD317E8B94/RecessDates",
        published="2020-06-09",
    ),
    # case 22: the same debate: 'come back that week' points to a week only another sentence dates: no deadline. unsure: the week of 2 September 2020, Sunday 6 September end of day (2020-09-06 22:59:59 UTC)
    B(
        text="The amount of time that has to pass between different stages of Bills means that it is imperative that we come back that week.",
        due=None,
        vague=False,
        said="2020-06-09 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.parallelparliament.co.uk/mp/lord-ashton-of-hyde/debate/Lords/2020-06-09/debates/436ADE6C-BE3F-4318-8EBF-28AD317E8B94/RecessDates",
        published="2020-06-09",
    ),
    # case 23: Commons business question of 3 June 1965: a question ('whether he will state the business ... for next week'): no deadline
    B(
        text="May I ask the Leader of the House whether he will state the business of the House for next week—I mean, the week after the Recess?",
        due=None,
        vague=False,
        said="1965-06-03 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jun/03/business-of-the-house",
        published="1965-06-03",
    ),
    # case 24: the same exchange: 'the first week after the Whitsun Adjournment' hangs on the undated adjournment in the sentence: event (CONVENTIONS 1.3). The page's list dates it 14-18 June 1965
    B(
        text="The business for the first week after the Whitsun Adjournment will be as follows:",
        due=None,
        vague=False,
        said="1965-06-03 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jun/03/business-of-the-house",
        published="1965-06-03",
    ),
    # case 25: the same business statement: 'MONDAY, 14TH JUNE': yearless, next occurrence after 3 June 1965: Monday 14 June 1965, end of day (BST)
    B(
        text="MONDAY, 14TH JUNE—Supply [19th Allotted Day]: Committee.",
        due="1965-06-14 22:59:59",
        vague=False,
        said="1965-06-03 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jun/03/business-of-the-house",
        published="1965-06-03",
    ),
    # case 26: the same statement: a motion with no day of its own; 'Session 1963–64' names the report's session: no deadline (the page's Monday 14 June is in another line)
    B(
        text="Motion to move Mr. Speaker out of the Chair, when a debate will arise on an Amendment to take note of the Seventh Report from the Estimates Committee in Session 1963–64, on the Forestry Commission, and the Special Report relating thereto.",
        due=None,
        vague=False,
        said="1965-06-03 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jun/03/business-of-the-house",
        published="1965-06-03",
    ),
    # case 27: the same statement: 'TUESDAY, 15TH JUNE, and WEDNESDAY, 16TH JUNE': the later day counts (CONVENTIONS 6.1): 16 June 1965, end of day (BST); '(No. 2)' is no date
    B(
        text="TUESDAY, 15TH JUNE, and WEDNESDAY, 16TH JUNE—We shall continue with the Committee stage of the Finance (No. 2) Bill.",
        due="1965-06-16 22:59:59",
        vague=False,
        said="1965-06-03 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=3,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jun/03/business-of-the-house",
        published="1965-06-03",
    ),
    # case 28: the same statement: 'THURSDAY, 17TH JUNE': 17 June 1965, end of day (BST)
    B(
        text="THURSDAY, 17TH JUNE—Remaining stages of the Highlands and Islands Development (Scotland) Bill.",
        due="1965-06-17 22:59:59",
        vague=False,
        said="1965-06-03 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jun/03/business-of-the-house",
        published="1965-06-03",
    ),
    # case 29: the same statement: 'FRIDAY, 18TH JUNE': 18 June 1965, end of day (BST)
    B(
        text="FRIDAY, 18TH JUNE—Private Members' Bills.",
        due="1965-06-18 22:59:59",
        vague=False,
        said="1965-06-03 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jun/03/business-of-the-house",
        published="1965-06-03",
    ),
    # case 30: the same exchange: 'has not been able to fit in that debate for the week after the Recess': denied (and hung on the undated recess): negated (CONVENTIONS 4.1)
    B(
        text="The right hon. Gentleman has not been able to fit in that debate for the week after the Recess.",
        due=None,
        vague=False,
        said="1965-06-03 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="negated",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jun/03/business-of-the-house",
        published="1965-06-03",
    ),
    # case 31: the same exchange: a question ('Can he say whether ... in the week following that?'): no deadline
    B(
        text="Can he say whether he will be able to do so in the week following that?",
        due=None,
        vague=False,
        said="1965-06-03 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jun/03/business-of-the-house",
        published="1965-06-03",
    ),
    # case 32: the same exchange: 'a debate on foreign affairs after the Whitsun Recess': after an undated event: event (CONVENTIONS 1.3)
    B(
        text="I have given a promise to the House that we will have a debate on foreign affairs after the Whitsun Recess.",
        due=None,
        vague=False,
        said="1965-06-03 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jun/03/business-of-the-house",
        published="1965-06-03",
    ),
    # case 33: the same exchange: no time: no deadline
    B(
        text="I think that the actual time tabling should be left to the usual channels.",
        due=None,
        vague=False,
        said="1965-06-03 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jun/03/business-of-the-house",
        published="1965-06-03",
    ),
    # case 34: the same exchange: 'is making a statement today': the present with 'today' on the act falls due at the end of the day of speaking (CONVENTIONS 2.1): 3 June 1965, end of day (BST)
    B(
        text="As requested by the House, my right hon. Friend the Foreign Secretary is making a statement today.",
        due="1965-06-03 22:59:59",
        vague=False,
        said="1965-06-03 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jun/03/business-of-the-house",
        published="1965-06-03",
    ),
    # case 35: the same exchange: a question ('when we shall have time for a debate'): no deadline
    B(
        text="Can my right hon. Friend say when we shall have time for a debate on transport, and, in particular, on the Report of the British Railways Board?",
        due=None,
        vague=False,
        said="1965-06-03 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jun/03/business-of-the-house",
        published="1965-06-03",
    ),
    # case 36: Commons business statement of Tuesday 26 January 1965: 'MONDAY, 1ST FEBRUARY': 1 February 1965, end of day (GMT)
    B(
        text="MONDAY, 1ST FEBRUARY—Second Reading of the Control of Office and Industrial Development Bill, and of the Kenya Republic Bill.",
        due="1965-02-01 23:59:59",
        vague=False,
        said="1965-01-26 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jan/26/business-of-the-house",
        published="1965-01-26",
    ),
    # case 37: the same statement: 'TUESDAY, 2ND FEBRUARY': 2 February 1965, end of day (GMT); 'if the House agrees' does not undo the listed day
    B(
        text="TUESDAY, 2ND FEBRUARY—Remaining stages of the Consolidated Fund Bill which, if the House agrees, will be taken formally to allow debate on an Opposition Motion of Censure.",
        due="1965-02-02 23:59:59",
        vague=False,
        said="1965-01-26 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jan/26/business-of-the-house",
        published="1965-01-26",
    ),
    # case 38: the same statement: 'WEDNESDAY, 3RD FEBRUARY': 3 February 1965, end of day (GMT)
    B(
        text="WEDNESDAY, 3RD FEBRUARY—Second Reading of the War Damage Bill, and renaming stages of the Superannuation (Amendment) Bill.",
        due="1965-02-03 23:59:59",
        vague=False,
        said="1965-01-26 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jan/26/business-of-the-house",
        published="1965-01-26",
    ),
    # case 39: the same statement: 'THURSDAY, 4TH FEBRUARY': 4 February 1965, end of day (GMT)
    B(
        text="THURSDAY, 4TH FEBRUARY—Second Reading of the Museum of London Bill [Lords].",
        due="1965-02-04 23:59:59",
        vague=False,
        said="1965-01-26 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jan/26/business-of-the-house",
        published="1965-01-26",
    ),
    # case 40: the same statement: 'FRIDAY, 5TH FEBRUARY': 5 February 1965, end of day (GMT)
    B(
        text="FRIDAY, 5TH FEBRUARY—Private Members' Motions.",
        due="1965-02-05 23:59:59",
        vague=False,
        said="1965-01-26 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jan/26/business-of-the-house",
        published="1965-01-26",
    ),
    # case 41: the same statement: 'MONDAY, 8TH FEBRUARY—The proposed business will be': 8 February 1965, end of day (GMT); 'a subject to be announced' and '[5th Allotted Day]' date nothing
    B(
        text="MONDAY, 8TH FEBRUARY—The proposed business will be: Supply [5th Allotted Day]: Motion to move Mr. Speaker out of the Chair, when debate will arise on an Opposition Amendment on a subject to be announced.",
        due="1965-02-08 23:59:59",
        vague=False,
        said="1965-01-26 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jan/26/business-of-the-house",
        published="1965-01-26",
    ),
    # case 42: the same exchange: a question ('Does my right hon. Friend recognise ...?') about suspending business 'for the whole of this week': no deadline. unsure: the week's end, Sunday 31 January 1965 end of day (GMT)
    B(
        text="Does my right hon. Friend recognise that not everybody, certainly on this side of the House, agrees with the need to suspend business for the whole of this week?",
        due=None,
        vague=False,
        said="1965-01-26 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jan/26/business-of-the-house",
        published="1965-01-26",
    ),
    # case 43: the same exchange: a question asking for an undertaking, no time: no deadline
    B(
        text="Will he give an undertaking to the House that he and the Government are considering ways and means of regaining the time which the House has lost?",
        due=None,
        vague=False,
        said="1965-01-26 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jan/26/business-of-the-house",
        published="1965-01-26",
    ),
    # case 44: the same exchange: the House 'should be suspended for this week': a state kept to the week's end (CONVENTIONS 3.3): said on Tuesday 26 January 1965, Sunday 31 January, end of day (GMT). unsure: an opinion ('I should have thought that it would have been the wish'), not an undertaking: no deadline
    B(
        text="I should have thought that it would have been the wish of everyone in the House that the House should be suspended for this week.",
        due="1965-01-31 23:59:59",
        vague=False,
        said="1965-01-26 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=4,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jan/26/business-of-the-house",
        published="1965-01-26",
    ),
    # case 45: the same exchange: a description of how 'this week' is shared ('one day's business today', 'the loss of time on Friday'), no act promised: no deadline. unsure: the latest day named, Friday 29 January 1965 end of day (GMT)
    B(
        text="The contribution to this week is being made, in a sense, by the Government with three days' business, by the Opposition with one day's business today, and by back benchers through the loss of time on Friday and through Questions.",
        due=None,
        vague=False,
        said="1965-01-26 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jan/26/business-of-the-house",
        published="1965-01-26",
    ),
    # case 46: the same exchange: a question about questions deferred 'today' and 'yesterday': no deadline
    B(
        text="In which order will the Questions be taken which are deferred today and which were deferred yesterday?",
        due=None,
        vague=False,
        said="1965-01-26 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1965/jan/26/business-of-the-house",
        published="1965-01-26",
    ),
    # case 70: No 10 readout of 19 February 2018: 'spoke ... earlier this evening': past
    B(
        text="The Prime Minister spoke to Taoiseach Leo Varadkar on the phone earlier this evening.",
        due=None,
        vague=False,
        said="2018-02-19 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://government-world.com/press-release-pm-call-with-taioseach-19-february-2018/?print=print",
        published="2018-02-19",
    ),
    # case 71: the same readout: 'They spoke about the recent phase ...': past
    B(
        text="They spoke about the recent phase of political talks in Northern Ireland and of their disappointment that an agreement had not yet been reached to restore an Executive.",
        due=None,
        vague=False,
        said="2018-02-19 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://government-world.com/press-release-pm-call-with-taioseach-19-february-2018/?print=print",
        published="2018-02-19",
    ),
    # case 72: No 10 readout of 12 June 2017: 'spoke with ... yesterday': past
    B(
        text="Prime Minister Theresa May spoke with Taoiseach Enda Kenny yesterday.",
        due=None,
        vague=False,
        said="2017-06-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.wired-gov.net/wg/news.nsf/articles/PM+call+with+Taoiseach+Enda+Kenny+11+June+2017+12062017135311?open",
        published="2017-06-12",
    ),
    # case 73: the same source: 'A Downing Street spokesperson yesterday said:': past
    B(
        text="A Downing Street spokesperson yesterday said:",
        due=None,
        vague=False,
        said="2017-06-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.wired-gov.net/wg/news.nsf/articles/PM+call+with+Taoiseach+Enda+Kenny+11+June+2017+12062017135311?open",
        published="2017-06-12",
    ),
    # case 74: the same readout: 'spoke on the phone ... today': done, past (CONVENTIONS 2.2, 2.4)
    B(
        text="Prime Minister Theresa May spoke on the phone to Taoiseach Enda Kenny today.",
        due=None,
        vague=False,
        said="2017-06-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.wired-gov.net/wg/news.nsf/articles/PM+call+with+Taoiseach+Enda+Kenny+11+June+2017+12062017135311?open",
        published="2017-06-12",
    ),
    # case 75: the same readout: 'working towards a ... deal ... going forward': an ongoing aim with no time: no deadline
    B(
        text="The Prime Minister explained that she is working towards a confidence and supply deal with the DUP which would provide stability and certainty for the UK going forward.",
        due=None,
        vague=False,
        said="2017-06-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.wired-gov.net/wg/news.nsf/articles/PM+call+with+Taoiseach+Enda+Kenny+11+June+2017+12062017135311?open",
        published="2017-06-12",
    ),
    # case 76: the same readout: a commitment to restoring the Executive 'as soon as possible': the vague 60 days from 12 June 2017 (CONVENTIONS 5.1): 11 August 2017, end of day (BST); the reporting verb is not the deadline (2.2). unsure: a commitment reported of the call (past), no deadline
    B(
        text="They confirmed their joint commitment to restoring a Northern Ireland Executive as soon as possible and agreed that both countries would continue to engage closely to bring about political stability in Northern Ireland.",
        due="2017-08-11 22:59:59",
        vague=True,
        said="2017-06-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=4,
        source="https://www.wired-gov.net/wg/news.nsf/articles/PM+call+with+Taoiseach+Enda+Kenny+11+June+2017+12062017135311?open",
        published="2017-06-12",
    ),
    # case 77: the same readout: 'the forthcoming talks' are undated; 'remained unchanged' reports: no deadline
    B(
        text="The Prime Minister reiterated that the government’s approach and objectives in the forthcoming talks to re-establish the Northern Ireland Executive remained unchanged.",
        due=None,
        vague=False,
        said="2017-06-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.wired-gov.net/wg/news.nsf/articles/PM+call+with+Taoiseach+Enda+Kenny+11+June+2017+12062017135311?open",
        published="2017-06-12",
    ),
    # case 78: the same readout: thanks and wishes told of the call ('for the future' is no time): past
    B(
        text="The Prime Minister thanked Mr Kenny for helping to make UK-Ireland relations stronger than ever, wished him well for the future and said she looked forward to continuing a close relationship with his successor.",
        due=None,
        vague=False,
        said="2017-06-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.wired-gov.net/wg/news.nsf/articles/PM+call+with+Taoiseach+Enda+Kenny+11+June+2017+12062017135311?open",
        published="2017-06-12",
    ),
    # case 79: Defra release of 29 September 2023 (headline): 'banned from 1 October': a one-off ban taking effect (CONVENTIONS 3.1): 1 October 2023, end of day (BST). unsure: earliest (3.2), a state given only its start
    B(
        text="Some of the most polluting single-use plastic items banned from 1 October.",
        due="2023-10-01 22:59:59",
        vague=False,
        said="2023-09-29 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://www.ukpol.co.uk/category/press-releases/page/538",
        published="2023-09-29",
    ),
    # case 80: the same release: bans 'coming into force' 'this weekend (Sunday 1 October)': 1 October 2023, end of day (BST) (CONVENTIONS 3.1)
    B(
        text="Government action to tackle the scourge of litter and protect the environment from plastic pollution ramps up this weekend (Sunday 1 October), with bans and restrictions on a range of polluting single-use plastic items coming into force.",
        due="2023-10-01 22:59:59",
        vague=False,
        said="2023-09-29 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://www.ukpol.co.uk/category/press-releases/page/538",
        published="2023-09-29",
    ),
    # case 81: the same release: 'will now be able to sell' gives no time: no deadline
    B(
        text="No business – whether retailer, takeaway, food vendor or part of the hospitality industry – will now be able to sell single-use plastic cutlery, balloon sticks nor polystyrene cups and food containers in England.",
        due=None,
        vague=False,
        said="2023-09-29 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.ukpol.co.uk/category/press-releases/page/538",
        published="2023-09-29",
    ),
    # case 82: the same release: 'announced in January' and 'has taken place throughout 2023': past
    B(
        text="The new regulations were announced in January and extensive work has taken place throughout 2023 to provide further guidance on the ban for businesses.",
        due=None,
        vague=False,
        said="2023-09-29 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/category/press-releases/page/538",
        published="2023-09-29",
    ),
    # case 83: the same release: 'hundreds of years' is how long plastic lasts, a fact, not a time of an act: no deadline
    B(
        text="Plastic pollution takes hundreds of years to break down and inflicts serious damage on our ocean, rivers and land.",
        due=None,
        vague=False,
        said="2023-09-29 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://www.ukpol.co.uk/category/press-releases/page/538",
        published="2023-09-29",
    ),
    # case 84: the same release: 'every year': a standing rate: recurring; '2.7 billion', '721 million', '10%' are amounts
    B(
        text="Research shows people across England use 2.7 billion items of mostly plastic single-use cutlery and 721 million single-use plates every year, but only 10% of these are recycled.",
        due=None,
        vague=False,
        said="2023-09-29 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.ukpol.co.uk/category/press-releases/page/538",
        published="2023-09-29",
    ),
    # case 95: White House schedule as posted on Wednesday 2 February 2011, said 10:00 EST: 'In the morning' with no day in the sentence is this morning, which ends at 12:00 (parser docstring; CONVENTIONS 6.3 read alike): 2 February 2011 12:00 EST. page: the schedule of Thursday 3 February (National Prayer Breakfast), 3 February 2011 12:00 EST (17:00 UTC)
    B(
        text="In the morning, the President will deliver remarks at the National Prayer Breakfast at the Washington Hilton.",
        due="2011-02-02 17:00:00",
        vague=False,
        said="2011-02-02 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=2,
        source="http://blogs.suntimes.com/sweet/2011/02/president_obama_official_sched_525.html",
        published="2011-02-02",
    ),
    # case 96: the same schedule: 'Later in the morning' ends at noon: 2 February 2011 12:00 EST. page: 3 February 2011 12:00 EST (17:00 UTC)
    B(
        text="Later in the morning, the President will receive the Presidential Daily Briefing in the Oval Office.",
        due="2011-02-02 17:00:00",
        vague=False,
        said="2011-02-02 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=2,
        source="http://blogs.suntimes.com/sweet/2011/02/president_obama_official_sched_525.html",
        published="2011-02-02",
    ),
    # case 97: the same schedule: 'will then travel': after the previous item, undated here: event
    B(
        text="The President will then travel to University Park, Pennsylvania.",
        due=None,
        vague=False,
        said="2011-02-02 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="event",
        cluster=5,
        source="http://blogs.suntimes.com/sweet/2011/02/president_obama_official_sched_525.html",
        published="2011-02-02",
    ),
    # case 98: the same schedule: 'will then deliver remarks': after the travel, undated here: event
    B(
        text="The President will then deliver remarks at Pennsylvania State on the importance of investing in innovation and clean energy to put people back to work, grow the economy, and win the future.",
        due=None,
        vague=False,
        said="2011-02-02 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="event",
        cluster=5,
        source="http://blogs.suntimes.com/sweet/2011/02/president_obama_official_sched_525.html",
        published="2011-02-02",
    ),
    # case 99: the same schedule: 'In the afternoon' ends at 18:00 (parser docstring): 2 February 2011 18:00 EST. page: 3 February 2011 18:00 EST (23:00 UTC)
    B(
        text="In the afternoon, the President will return to Washington, DC.",
        due="2011-02-02 23:00:00",
        vague=False,
        said="2011-02-02 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=2,
        source="http://blogs.suntimes.com/sweet/2011/02/president_obama_official_sched_525.html",
        published="2011-02-02",
    ),
    # case 100: White House schedule as posted on Monday 3 March 2014, said 10:00 EST: 'Later in the morning' ends at noon: 3 March 2014 12:00 EST; 'FY 2015 budget' names a budget (blind_real). page: the Powell Elementary visit of Tuesday 4 March 2014, 12:00 EST (17:00 UTC)
    B(
        text="Later in the morning, the President will travel to Powell Elementary School to tour a classroom and deliver remarks on the FY 2015 budget and our plan to expand opportunity for all.",
        due="2014-03-03 17:00:00",
        vague=False,
        said="2014-03-03 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=2,
        source="http://chicago.suntimes.com/?p=169050",
        published="2014-03-03",
    ),
    # case 101: the same schedule: 'In the afternoon' ends at 18:00: 3 March 2014 18:00 EST. page: 4 March 2014 18:00 EST (23:00 UTC)
    B(
        text="In the afternoon, the President will meet with Secretary of Defense Hagel in the Oval Office.",
        due="2014-03-03 23:00:00",
        vague=False,
        said="2014-03-03 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=2,
        source="http://chicago.suntimes.com/?p=169050",
        published="2014-03-03",
    ),
    # case 102: the same schedule: 'In the evening' ends at 23:59:59: 3 March 2014, end of day (EST). page: 4 March 2014 end of day (2014-03-05 04:59:59 UTC)
    B(
        text="In the evening, the President will participate in an event for the DSCC at a private residence.",
        due="2014-03-04 04:59:59",
        vague=False,
        said="2014-03-03 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=2,
        source="http://chicago.suntimes.com/?p=169050",
        published="2014-03-03",
    ),
    # case 103: Australian PM release of Tuesday 12 November 2024 (10:00 AEDT): 'will travel this week': the week ends Sunday 17 November 2024, end of day (AEDT)
    B(
        text="Prime Minister Anthony Albanese will travel this week to Peru to attend the Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Meeting, and to Brazil to attend the G20 Leaders' Summit.",
        due="2024-11-17 12:59:59",
        vague=False,
        said="2024-11-11 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        cluster=4,
        source="https://publicnow.com/view/661DE9384CF9E76D2B2CF97FC30400E862E5565F",
        published="2024-11-12",
    ),
    # case 104: the same release: 'current global economic challenges': no time: no deadline
    B(
        text="APEC and G20 play a critical role in steering the regional and global economies through current global economic challenges.",
        due=None,
        vague=False,
        said="2024-11-11 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        cluster=5,
        source="https://publicnow.com/view/661DE9384CF9E76D2B2CF97FC30400E862E5565F",
        published="2024-11-12",
    ),
    # case 105: the same release: 'at an important time' names no time: no deadline
    B(
        text='"These two meetings come at an important time as we work through the global inflation challenge.',
        due=None,
        vague=False,
        said="2024-11-11 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        cluster=5,
        source="https://publicnow.com/view/661DE9384CF9E76D2B2CF97FC30400E862E5565F",
        published="2024-11-12",
    ),
    # case 106: the same release: ongoing work, no time: no deadline
    B(
        text="\"We are working at home and with international partners to put downward pressure on inflation and help safeguard Australia's economy against global challenges, as well as building the new economic links that will sustain a Future Made in Australia.",
        due=None,
        vague=False,
        said="2024-11-11 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        cluster=5,
        source="https://publicnow.com/view/661DE9384CF9E76D2B2CF97FC30400E862E5565F",
        published="2024-11-12",
    ),
    # case 107: NASA advisory of 4 January 2013: 'at 10:30 a.m. CST on Wednesday, Jan. 16': CST is UTC-6 as written: 16:30 UTC on 16 January 2013; 'in 2017' is the mission's year, not the briefing's
    B(
        text="NASA and the European Space Agency (ESA) will hold a news briefing at 10:30 a.m. CST on Wednesday, Jan. 16, to discuss the details of a recent agreement for ESA to provide a service module for the Orion spacecraft's Exploration Mission-1 in 2017.",
        due="2013-01-16 16:30:00",
        vague=False,
        said="2013-01-04 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=2,
        source="http://www.thespacelibrary.com/mediawiki/index.php/Jan_4_2013",
        published="2013-01-04",
    ),
    # case 108: the same source: no time: no deadline
    B(
        text="Orion will be the most advanced spacecraft ever designed and carry astronauts farther into space than ever before.",
        due=None,
        vague=False,
        said="2013-01-04 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=5,
        source="http://www.thespacelibrary.com/mediawiki/index.php/Jan_4_2013",
        published="2013-01-04",
    ),
    # case 109: the same source: 'will present new findings ... next week': said Friday 4 January 2013, next week is Monday 7 to Sunday 13 January: 13 January 2013, end of day (EST). unsure: the meeting's own days (6-10 January) make the presentations end on 10 January
    B(
        text="NASA scientists will present new findings on a wide range of astrophysics topics next week at the annual meeting of the American Astronomical Society (AAS).",
        due="2013-01-14 04:59:59",
        vague=False,
        said="2013-01-04 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=4,
        source="http://www.thespacelibrary.com/mediawiki/index.php/Jan_4_2013",
        published="2013-01-04",
    ),
    # case 110: the same source: 'takes place Jan. 6-10': a range falls due at its later end (CONVENTIONS 6.1): 10 January 2013, end of day in the publisher's zone (EST). unsure: the end of the day in Long Beach (Pacific), 2013-01-11 07:59:59 UTC
    B(
        text="The meeting takes place Jan. 6-10 at the Long Beach Convention and Entertainment Center, 300 E. Ocean Blvd, in Long Beach, Calif.",
        due="2013-01-11 04:59:59",
        vague=False,
        said="2013-01-04 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=3,
        source="http://www.thespacelibrary.com/mediawiki/index.php/Jan_4_2013",
        published="2013-01-04",
    ),
)
