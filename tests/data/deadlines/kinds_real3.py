"""A third set of real phrasings for the kinds fixed in round 4 of issue 12, labelled by hand
BEFORE the parser was run on them.

Collected and labelled on 2026-12-01 on branch issue12t-s6, after the rule commits of that
branch, and committed before any run of the parser on these texts. Found with the search
tool for the kinds the round fixed (past plans and reports beside dates, business
statements with dated headings and clock times, launch-day schedules, a rule's effective
date, vague promises beside a past day), from the same genres as the fresh sets. The
rules were written first, so this is no blind figure: it says how the rules hold on real
sentences they were not written from. Same conventions as `blind_real.py`. Sources and
licences: README.md ("Third kinds set"). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_L17 = "https://hansard.parliament.uk/Lords/2017-07-18/debates/7AF8551D-30B0-4632-8F05-B57F48B961F0/ArrangementOfBusiness"
_L03 = "https://www.theyworkforyou.com/lords/?id=2003-03-05a.816.2"
_C19 = "https://parallelparliament.co.uk/mp/mark-harper/debate/2019-10-15/commons/commons-chamber/business-statement"
_C64 = "https://api.parliament.uk/historic-hansard/commons/1964/apr/14/courts-of-inquiry-reports"
_C65 = "https://api.parliament.uk/historic-hansard/commons/1965/oct/27/transport-problems-lord-hintons-report"
_W68 = "https://api.parliament.uk/historic-hansard/written-answers/1968/mar/28/mann-committee"
_C88 = "https://api.parliament.uk/historic-hansard/commons/1988/jan/29/parliamentary-questions"
_ORION = "https://blogs.nasa.gov/orion/2014/12/04/friday-opportunity-at-705-a-m-est/"
_STB = "https://thefederalregister.org/81-FR/90750"
_C97 = "https://api.parliament.uk/historic-hansard/commons/1997/dec/04/business-of-the-house"
_C93 = "https://hansard.parliament.uk/Commons/1993-07-22/debates/0a746de8-18ef-418b-a217-4fc282859527/BusinessOfTheHouse"
L = "Europe/London"
NY = "America/New_York"

KINDS3_CASES: tuple[BlindCase, ...] = (
    # two days of a recess: due on the return, the later day
    B(text="We will rise at the conclusion of business on Tuesday 7 November and return on Monday 13 November.",
      due="2017-11-13 23:59:59", vague=False, said="2017-07-18 09:00:00", tz=L,
      cluster=3, source=_L17, published="2017-07-18"),
    # announced in the past, the sitting ahead: 8 September
    B(text="We have already announced that the House is to sit on 8 September.",
      due="2017-09-08 22:59:59", vague=False, said="2017-07-18 09:00:00", tz=L,
      cluster=5, source=_L17, published="2017-07-18"),
    # the Budget's date, announced this morning, is ahead
    B(text="This morning my right honourable friend the Chancellor of the Exchequer announced the date of the Budget, which is to be Wednesday 9th April.",
      due="2003-04-09 22:59:59", vague=False, said="2003-03-05 15:15:00", tz=L,
      cluster=3, source=_L03, published="2003-03-05"),
    # the dropped plan (10th April) is denied; sit until Monday 14th April
    B(text="In the light of that, it is expected that the Commons will not rise for Easter on Thursday 10th April, as provisionally planned, but will now sit until Monday 14th April.",
      due="2003-04-14 22:59:59", vague=False, said="2003-03-05 15:15:00", tz=L,
      cluster=3, source=_L03, published="2003-03-05"),
    B(text="For the Whitsun Recess, the House can still expect to rise on Thursday 22nd May.",
      due="2003-05-22 22:59:59", vague=False, said="2003-03-05 15:15:00", tz=L,
      cluster=3, source=_L03, published="2003-03-05"),
    # the rejected alternative (3rd June) loses
    B(text="It is, however, likely that we shall be back on Monday 2nd June rather than Tuesday 3rd June.",
      due="2003-06-02 22:59:59", vague=False, said="2003-03-05 15:15:00", tz=L,
      cluster=3, source=_L03, published="2003-03-05"),
    # a range of days: the later end
    B(text="I am able to announce today that, subject to the progress of business, we shall sit for the same two weeks in September as the Commons; that is, from Monday 8th September to Thursday 18th September.",
      due="2003-09-18 22:59:59", vague=False, said="2003-03-05 15:15:00", tz=L,
      cluster=3, source=_L03, published="2003-03-05"),
    # a plan for yesterday that was not kept: the past
    B(text="The report was meant to have been laid on 14 October, so I can only apologise if it is not in the Vote Office.",
      due=None, vague=False, said="2019-10-15 09:00:00", tz=L,
      refusal="past", cluster=5, source=_C19, published="2019-10-15"),
    # the Act's deadline, named: Saturday 19 October
    B(text="It is the deadline in that Act, Saturday 19 October, which would potentially necessitate the sitting of this House on that day, so if he has diary concerns, he should really look in the mirror.",
      due="2019-10-19 22:59:59", vague=False, said="2019-10-15 09:00:00", tz=L,
      cluster=3, source=_C19, published="2019-10-15"),
    # the if-clause is no condition on the date: tomorrow
    B(text="If the hon. Member wishes to know, the report will be in his hands tomorrow.",
      due="1964-04-15 22:59:59", vague=False, said="1964-04-14 09:00:00", tz=L,
      cluster=5, source=_C64, published="1964-04-14"),
    # the past: a year-less date behind a past verb
    B(text="That report was signed on the evening of Friday 28th February, but the secretary, at the request of the committee, had to check and rearrange statistical tables and charts and prepare a corrected copy.",
      due=None, vague=False, said="1964-04-14 09:00:00", tz=L,
      refusal="past", cluster=5, source=_C64, published="1964-04-14"),
    # 'in the near future': vague, 60 days
    B(text="My right hon. Friend will be making a statement as a result of the work of Lord Hinton in the near future.",
      due="1965-12-26 23:59:59", vague=True, said="1965-10-27 10:00:00", tz=L,
      cluster=4, source=_C65, published="1965-10-27"),
    # 16th June is the past; the statement has no time frame
    B(text="As was explained to my right hon. Friend the Member for Derby, South on 16th June, any report arising from Lord Hinton's studies will be made in the form of a statement by my right hon. Friend to Parliament.",
      due=None, vague=False, said="1965-10-27 10:00:00", tz=L,
      refusal="past", cluster=5, source=_C65, published="1965-10-27"),
    # 'as soon as I can' is said now (60 days, vague); 19th February is when he was told
    B(text="As I told the hon. Member on 19th February, I intend to make a statement as soon as I can, and I will deal then with the question of publication.",
      due="1968-05-27 22:59:59", vague=True, said="1968-03-28 09:00:00", tz=L,
      cluster=4, source=_W68, published="1968-03-28"),
    # a question asked on a past day: no deadline
    B(text="I draw your attention, Mr. Speaker, to the fact that I asked the Department of Health and Social Security a question for written priority answer on Tuesday 1 December 1987.",
      due=None, vague=False, said="1988-01-29 10:00:00", tz=L,
      refusal="past", cluster=5, source=_C88, published="1988-01-29"),
    # a clock time for tomorrow: 6 a.m. EST on 5 December 2014
    B(text="We will begin our launch coverage at 6 a.m. tomorrow on NASA TV and on the Orion blog.",
      due="2014-12-05 11:00:00", vague=False, said="2014-12-04 15:00:00", tz=NY,
      cluster=2, source=_ORION, published="2014-12-04"),
    # the liftoff time set (unsure: the window it opens runs 2 h 39 min longer)
    B(text="The launch team has tentatively set a liftoff time of 7:05 a.m. EST, the opening of a 2-hour, 39 minute window just as today.",
      due="2014-12-05 12:05:00", vague=False, said="2014-12-04 15:00:00", tz=NY,
      cluster=2, source=_ORION, published="2014-12-04"),
    # an effective date
    B(text="These rules are effective on January 14, 2017.",
      due="2017-01-15 04:59:59", vague=False, said="2016-12-15 15:00:00", tz=NY,
      cluster=3, source=_STB, published="2016-12-15"),
    # a dated heading of a business statement
    B(text="TUESDAY 9 DECEMBER—Second Reading of the Government of Wales Bill.",
      due="1997-12-09 23:59:59", vague=False, said="1997-12-04 16:14:00", tz=L,
      cluster=3, source=_C97, published="1997-12-04"),
    # 'Until 2 pm' on the heading's day; 'three-hour' names the debate
    B(text="WEDNESDAY 17 DECEMBER—Until 2 pm, there will be debates on a motion for the Adjournment of the House, which will include the usual three-hour pre-recess debate.",
      due="1997-12-17 14:00:00", vague=False, said="1997-12-04 16:14:00", tz=L,
      cluster=2, source=_C97, published="1997-12-04"),
    # the Budget statement's day, ahead
    B(text="It may be for the convenience of the House to know that my right hon. and learned Friend the Chancellor of the Exchequer will be delivering his Budget statement—the first unified Budget statement, setting out the Government's tax and spending proposals together—on Tuesday 30 November.",
      due="1993-11-30 23:59:59", vague=False, said="1993-07-22 14:30:00", tz=L,
      cluster=3, source=_C93, published="1993-07-22"),
    # two days in a heading: the later; '1993' and '2270' name documents
    B(text="MONDAY 18 OCTOBER AND TUESDAY 19 OCTOBER—There will be a debate on a Government motion to approve the Defence Estimates 1993 (CM 2270).",
      due="1993-10-19 22:59:59", vague=False, said="1993-07-22 14:30:00", tz=L,
      cluster=3, source=_C93, published="1993-07-22"),
)
