"""A SECOND, independent labelling of the two-hundred-and-sixth fresh set's 71 real deadline
phrasings (issue 12: agreement between two labellers).

Made on 2026-12-07 (UTC), from 21:40 on the machine's clock, by a second labelling helper of
stop 67 (branch issue12a206-s67), from the phrasings, the moments of speaking (`said`), the
publishers' zones (`tz`), `day_first`, clusters, the source addresses and the publication dates
exactly as the first labeller established them (handed over without labels, in the first
labeller's order, in the brief's input file `fresh206_phrasings.json`; the comments number the
cases by that file's `n`, from 1). It was made WITHOUT seeing the first labeller's labels:
neither `blind_fresh204.py` to `blind_fresh208.py`, their README sections, any other labeller's
worktree or branch, anything under the helpers' output folder, nor any other blind file was
opened. No source page was opened either: each label was worked out by hand from the words, the
moment of speaking and the zone (the source descriptions in the comments are read from the
addresses and the words). Nothing of the project was run on these texts (no parser, bench or
tests). The rules used were `tests/data/deadlines/CONVENTIONS.md` (which decides), the
docstring and `BlindCase` of `blind_real.py` (zones, the moment of speaking, fiscal years: AU
ends 30 June), the top docstring of the parser package (`bot/core/deadlines/__init__.py`: the
vague windows, weeks running Monday to Sunday, a year-less date's and a bare weekday's next
occurrence, "early <month>" as days 1-10, meteorological seasons, "the coming year" as a year
from speaking outside a year's last month, precision by the unit the words name), the model
`fresh203_second.py` (docstring and cases) and, for precedent, the comments of the seen sets
`blind_fresh199.py` to `blind_fresh203.py` (statistics and acts of gone periods as past, a day
word on an act in the present as due that day, "this week" at its Sunday, a run of nights
closing at a given hour at that hour the morning after, a forecast of the weather as due None).
The clusters are copied as handed over; that their numbers name the first labeller's kinds
(`blind_fresh203.py`'s docstring: 1 no time set, 2 clock times, 3 ranges, 4 periods and
windows, 5 refusals, 6 plain days) was seen while reading that precedent, after all labels but
those of cases 70 and 71 were drafted; those two were decided by the rules and precedent their
comments cite, and no label was set or changed to follow a cluster. UTC wall times, weekdays
and offsets were computed in a scratch script outside the repository with the standard
library's zoneinfo and datetime only. `said` is as handed over (10:00 UTC in most cases: 11:00
IST or 10:00 GMT in Dublin, 10:00 GMT in London, 10:00 for the Wikinews pages given the zone
UTC; 09:00 UTC (10:00 IST) for the Seanad of 28 April 2022, 10:30 GMT for that of 30 January
2019, 17:00 UTC (18:00 IST) for that of 19 May 2010; 15:00 UTC (10:00 EST) for Statistics
Canada; 16:00 UTC (10:00 MDT) for Grand Teton; 23:00 UTC of the day before (10:00 AEDT) for
pm.gov.au, 00:30 UTC (11:30 AEDT) for the ABS, 22:00 UTC of the day before (10:00 NZST) for the
Department of Conservation); each due instant's comment gives its local wall time and weekday.

Its only purpose is to measure how far two careful labellers agree on the same phrasings (the
agreement bounds what a 90% target on the first labeller's set can tell). It is not a scoring
set of its own. Labels marked "unsure" in their comment are the ones a careful reader could
really defend otherwise; the comment names the other reading. Never edit these labels to fit
the parser or the first labeller.

Readings applied throughout (hard calls, named so that a disagreement can be traced):
- "to be read a second time on Friday ..." or "tomorrow" is a one-off event on a day, due at
  its end (CONVENTIONS 3.1); a year-less date at its next occurrence.
- A day word on an act going on as the words are spoken ("is appearing before us today",
  "taking these ... matters this morning", "Today the ... Government reaffirms ... with the
  release") is due at the end of that day (CONVENTIONS 2.1, "this morning" as "this afternoon"
  and the like); a stated intention dated "today" (a Senator "proposes to raise" a matter on
  today's Adjournment) stays dated (4.3, last paragraph); "announced today" dates the saying
  only (2.2).
- A clock time with no day in its sentence ("the meeting is to conclude at 11.45 a.m.") is its
  first occurrence after the moment of speaking (6.3).
- Works and closures kept going over a period fall due at its end (1.1, 3.3, 6.1): "May and
  June" at 30 June, nights with a closing hour at that hour after the last night (6.4), "the
  summer/fall travel season" at the end of meteorological fall, "all summer" and "the 2011
  summer season" at 31 August, "the 2009 travel season", a season the conventions do not
  define, at the end of 2009 (unsure); "starting August 15th, motorists should expect ...
  delays" gives only the start of a state (3.2, earliest), while "On June 1st, construction
  will start" dates the start itself (3.1); "as early as Friday" is a lower bound (3.2).
- A possibility ("closures may be possible ... between now and June 15") and a forecast of
  figures ("these figures will change over the coming year") undertake nothing: due None, no
  refusal word (4.2), both unsure; "not anticipated ... after June 15th", "not contemplating
  ... changes ... in 2019-20" and "does not have monthly ... estimates" deny their time
  (negated, 4.1).
- Lengths hung on undated events (a break "between this and the next meeting", "at the
  conclusion of business", "within 30 days of the ... Report's release", "until construction
  is complete", a referendum barred "within twenty five years", "a night or two ... before or
  after ... the walk") are `event` (1.3, 5.2); standing frequencies and limits for a class of
  cases ("each subsequent year", "semi-regular", "throughout the year", "annual", "within the
  first six months of a claim") are `recurring` (1.3); statistics, reports and acts of gone
  periods are `past`.

Tally (this labelling): 24 cases with a due instant (none vague; 1 minute, 1 hour, 13 days,
1 week, 3 months, 3 quarters, 2 years) and 47 without (27 past, 6 event, 5 recurring, 3
negated, 2 earliest, and 4 with no refusal word: a description, a count of closures, a
possibility and a forecast); 24 labels marked "unsure"; one "page:" comment (case 2, the page
not opened: presumably the same instant).
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH206_SECOND: tuple[BlindCase, ...] = (
    # case 1: Houses of the Oireachtas (Joint Committee on Agriculture, Food and the Marine, meeting of Thursday 20 October 2016 with the European Commissioner Phil Hogan, as carried on kildarestreet.com, address 'committees/?gid=2016-10-20a.675'; Oireachtas, CC BY 4.0); zone Europe/Dublin (IST); said 10:00 UTC (11:00 IST, Thursday 20 October 2016) as handed over. The Commissioner 'is appearing before us today': a day word on the act as it goes on when spoken, in the present (CONVENTIONS 2.1), end of that day [local due 2016-10-20 23:59:59 Europe/Dublin, a Thursday, IST]
    B(
        text="The European Commissioner for Agriculture and Rural Development, Mr. Phil Hogan, is appearing before us today.",
        due="2016-10-20 22:59:59",
        vague=False,
        said="2016-10-20 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.kildarestreet.com/committees/?gid=2016-10-20a.675",
        published="2016-10-20",
    ),
    # case 2: the same meeting: the meeting 'is to conclude at 11.45 a.m.', a clock time with no day of its own in the sentence: its first occurrence after the moment of speaking (11:00 IST), in the publisher's zone (CONVENTIONS 6.3, 3.1), the same morning. page: not opened; the meeting under way is the day of speaking's, so the page's reading is presumably the same instant [local due 2016-10-20 11:45:00 Europe/Dublin, a Thursday, IST]
    B(
        text="I am conscious of the time constraints and I understand that the meeting is to conclude at 11.45 a.m. in order for Mr. Hogan to address the Joint Committee on European Union Affairs.",
        due="2016-10-20 10:45:00",
        vague=False,
        said="2016-10-20 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="minute",
        cluster=2,
        source="https://www.kildarestreet.com/committees/?gid=2016-10-20a.675",
        published="2016-10-20",
    ),
    # case 3: the same meeting: 'a ten or 15-minute break ... between this and the next meeting': a length hung on the end of this meeting, not dated in the sentence (CONVENTIONS 1.3, a span from an undated event). unsure: a careful reader could give due None with no refusal word (a length that is an amount, no deadline: parser docstring, 'our debate on 42 days')
    B(
        text="There will be a ten or 15-minute break for the changeover between this and the next meeting.",
        due=None,
        vague=False,
        said="2016-10-20 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.kildarestreet.com/committees/?gid=2016-10-20a.675",
        published="2016-10-20",
    ),
    # case 4: Houses of the Oireachtas (Seanad Éireann debate of Thursday 18 February 1993, item 2, on oireachtas.ie, the Irish-language view, address 'seanad/1993-02-18/2/'; CC BY 4.0); zone Europe/Dublin (GMT); said 10:00 UTC (10:00 GMT, Thursday 18 February 1993) as handed over. The Senator 'proposes to raise' a matter 'on the motion for the Adjournment of the House today': his intention, told as going to happen, dated by 'today' (CONVENTIONS 4.3, last paragraph; not a proposal put for agreement), end of day [local due 1993-02-18 23:59:59 Europe/Dublin, a Thursday, GMT]
    B(
        text="I have notice from Senator Reynolds that, on the motion for the Adjournment of the House today, he proposes to raise the following matter:",
        due="1993-02-18 23:59:59",
        vague=False,
        said="1993-02-18 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1993-02-18/2/",
        published="1993-02-18",
    ),
    # case 5: the same debate: the matters 'will be taken at the conclusion of business': an undated event in the sentence (CONVENTIONS 1.3, 5.2). unsure: a careful reader could give due 18 February 1993, end of day (the day's business concludes on the day of speaking; 1993-02-18 23:59:59 UTC)
    B(
        text="I regard the matters raised by Senators Reynolds and Enright as suitable for discussion on the Adjournment and they will be taken at the conclusion of business.",
        due=None,
        vague=False,
        said="1993-02-18 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/1993-02-18/2/",
        published="1993-02-18",
    ),
    # case 6: Houses of the Oireachtas (Dáil Éireann debate of Wednesday 21 November 1956, item 17, a question on a school at Stabannon, on oireachtas.ie, address 'dail/1956-11-21/17/'; CC BY 4.0); zone Europe/Dublin (GMT); said 10:00 UTC (10:00 GMT, Wednesday 21 November 1956) as handed over. A question about a reply given 'on 30th October' (1956), gone when spoken: past
    B(
        text="asked the Minister for Education why he did not state in a reply on 30th October that a tender had been accepted for the building of a new school at Stabannon, County Louth, and that the contractor had withdrawn.",
        due=None,
        vague=False,
        said="1956-11-21 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1956-11-21/17/",
        published="1956-11-21",
    ),
    # case 7: the same question time: 'The answer given by me ... on the 30th October, 1956': past
    B(
        text="The answer given by me to the Deputy on the 30th October, 1956, was a complete answer to the question asked by him.",
        due=None,
        vague=False,
        said="1956-11-21 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1956-11-21/17/",
        published="1956-11-21",
    ),
    # case 8: the same question time: 'it was only on the following day ... that he informed me': a question about acts gone: past
    B(
        text="Is the Minister aware that I asked him what the situation was in regard to this new school and that it was only on the following day, in answer to a supplementary question in relation to another question, that ho informed me that one tender had been accepted but the contractor had backed out?",
        due=None,
        vague=False,
        said="1956-11-21 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1956-11-21/17/",
        published="1956-11-21",
    ),
    # case 9: the same question time: 'Why did he not give me on the 30th what was dragged out of him ... on the 31st?': days of October gone: past
    B(
        text="Why did he not give me on the 30th what was dragged out of him in relation to another question on the 31st?",
        due=None,
        vague=False,
        said="1956-11-21 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1956-11-21/17/",
        published="1956-11-21",
    ),
    # case 10: Houses of the Oireachtas (Seanad Éireann debate of Thursday 28 April 2022, item 4, Commencement Matters, on oireachtas.ie, address 'seanad/2022-04-28/4/'; CC BY 4.0); zone Europe/Dublin (IST); said 09:00 UTC (10:00 IST, Thursday 28 April 2022) as handed over. The Minister of State is thanked 'for taking these four Commencement Matters this morning', the taking under way as the words are spoken: a day word on the act in the present (CONVENTIONS 2.1: 'today', 'this afternoon' and the like fall due at the end of that day) [local due 2022-04-28 23:59:59 Europe/Dublin, a Thursday, IST]
    B(
        text="The Minister of State is most welcome to Seanad Éireann and I thank him for taking these four Commencement Matters this morning.",
        due="2022-04-28 22:59:59",
        vague=False,
        said="2022-04-28 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=4,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/2022-04-28/4/",
        published="2022-04-28",
    ),
    # case 11: the same debate: 'spoke on the Joe Duffy programme last week': past
    B(
        text="I tabled this Commencement matter for one simple reason, that is, a young chap who is blind and who spoke on the Joe Duffy programme last week.",
        due=None,
        vague=False,
        said="2022-04-28 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/ga/debates/debate/seanad/2022-04-28/4/",
        published="2022-04-28",
    ),
    # case 12: Statistics Canada (The Daily of Tuesday 26 November 2013, farm cash receipts, address 'daily-quotidien/131126/dq131126c-eng.htm'; Statistics Canada Open Licence); zone America/Toronto (EST); said 15:00 UTC (10:00 EST, Tuesday 26 November 2013) as handed over. Receipts that 'totalled $39.9 billion between January and September' (2013), against 2012: statistics of a gone period: past
    B(
        text="Farm cash receipts for Canadian farmers totalled $39.9 billion between January and September, up 1.9% from the same period in 2012.",
        due=None,
        vague=False,
        said="2013-11-26 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/131126/dq131126c-eng.htm",
        published="2013-11-26",
    ),
    # case 13: the same Daily: 'an 8.5% gain between the first nine months of 2011 and 2012': past
    B(
        text="This follows an 8.5% gain between the first nine months of 2011 and 2012.",
        due=None,
        vague=False,
        said="2013-11-26 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/131126/dq131126c-eng.htm",
        published="2013-11-26",
    ),
    # case 14: the same Daily: receipts that 'rose 2.5% from the first three quarters of 2012': past
    B(
        text="Market receipts from the sale of crops and livestock rose 2.5% from the first three quarters of 2012 to $37.9 billion.",
        due=None,
        vague=False,
        said="2013-11-26 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/131126/dq131126c-eng.htm",
        published="2013-11-26",
    ),
    # case 15: the same Daily: receipts 'from January to September' (2013) against 2012: past
    B(
        text="Wheat (excluding durum) receipts totalled $3.9 billion from January to September, $980 million (+33.5%) higher than the same period in 2012.",
        due=None,
        vague=False,
        said="2013-11-26 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/131126/dq131126c-eng.htm",
        published="2013-11-26",
    ),
    # case 16: the same Daily: receipts that 'declined ... from the same period in 2012': past
    B(
        text="Conversely, canola receipts declined $715 million (-11.9%) from the same period in 2012, as marketings fell 16.7%.",
        due=None,
        vague=False,
        said="2013-11-26 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/131126/dq131126c-eng.htm",
        published="2013-11-26",
    ),
    # case 17: the same Daily: receipts that 'totalled $5.3 billion from January to September' (2013): past
    B(
        text="Canola receipts totalled $5.3 billion from January to September.",
        due=None,
        vague=False,
        said="2013-11-26 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/131126/dq131126c-eng.htm",
        published="2013-11-26",
    ),
    # case 18: the same Daily: canola 'remained the top grossing crop ... for the first three quarters of 2013', gone by 26 November: past
    B(
        text="Despite the drop, canola remained the top grossing crop in Canada for the first three quarters of 2013, accounting for 24% of total crop receipts.",
        due=None,
        vague=False,
        said="2013-11-26 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/131126/dq131126c-eng.htm",
        published="2013-11-26",
    ),
    # case 19: UK Parliament (House of Commons Votes and Proceedings of Wednesday 6 December 2023, on commonsbusiness.parliament.uk, document 83423; Open Parliament Licence); zone Europe/London (GMT); said 10:00 UTC (10:00 GMT, Wednesday 6 December 2023) as handed over. The Clerk 'informed the House' of the Speaker's absence 'from this day's sitting': told as done: past
    B(
        text="The Clerk at the Table informed the House of the unavoidable absence, through illness, of the Speaker from this day’s sitting.",
        due=None,
        vague=False,
        said="2023-12-06 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://commonsbusiness.parliament.uk/Document/83423/Html?subType=Standard",
        published="2023-12-06",
    ),
    # case 20: the same Votes and Proceedings: 'to be read a second time on Friday 19 January 2024': a one-off event on a day (CONVENTIONS 3.1), end of day [local due 2024-01-19 23:59:59 Europe/London, a Friday, GMT]
    B(
        text="Bill read the first time; to be read a second time on Friday 19 January 2024, and to be printed (Bill 18).",
        due="2024-01-19 23:59:59",
        vague=False,
        said="2023-12-06 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://commonsbusiness.parliament.uk/Document/83423/Html?subType=Standard",
        published="2023-12-06",
    ),
    # case 21: the same Votes and Proceedings: second reading 'on Friday 26 January 2024': a one-off event on a day (CONVENTIONS 3.1), end of day [local due 2024-01-26 23:59:59 Europe/London, a Friday, GMT]
    B(
        text="Bill read the first time; to be read a second time on Friday 26 January 2024, and to be printed (Bill 19).",
        due="2024-01-26 23:59:59",
        vague=False,
        said="2023-12-06 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://commonsbusiness.parliament.uk/Document/83423/Html?subType=Standard",
        published="2023-12-06",
    ),
    # case 22: the same Votes and Proceedings: second reading 'on Friday 2 February 2024': a one-off event on a day (CONVENTIONS 3.1), end of day [local due 2024-02-02 23:59:59 Europe/London, a Friday, GMT]
    B(
        text="Bill read the first time; to be read a second time on Friday 2 February 2024, and to be printed (Bill 20).",
        due="2024-02-02 23:59:59",
        vague=False,
        said="2023-12-06 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://commonsbusiness.parliament.uk/Document/83423/Html?subType=Standard",
        published="2023-12-06",
    ),
    # case 23: UK Parliament (House of Commons Votes and Proceedings of Wednesday 13 December 2023, on commonsbusiness.parliament.uk, document 83598; Open Parliament Licence); zone Europe/London (GMT); said 10:00 UTC (10:00 GMT, Wednesday 13 December 2023) as handed over. A Bill 'presented' (done) whose content is that no further referendum 'may take place within twenty five years' of the referendum it provides, an event not dated in the sentence (CONVENTIONS 1.3, a limit running from an undated event). unsure: a careful reader could give past (the sentence tells a presentation done, the only act with a time) or recurring (a standing rule of the Bill)
    B(
        text="Mr Rob Roberts presented a Bill to make provision for a referendum on devolution in Wales; to provide that no further such referendum may take place within twenty five years; and for connected purposes.",
        due=None,
        vague=False,
        said="2023-12-13 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://commonsbusiness.parliament.uk/Document/83598/Html?subType=Standard",
        published="2023-12-13",
    ),
    # case 24: the same Votes and Proceedings: second reading 'on Friday 26 January 2024': a one-off event on a day (CONVENTIONS 3.1), end of day [local due 2024-01-26 23:59:59 Europe/London, a Friday, GMT]
    B(
        text="Bill read the first time; to be read a second time on Friday 26 January 2024, and to be printed (Bill 137).",
        due="2024-01-26 23:59:59",
        vague=False,
        said="2023-12-13 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://commonsbusiness.parliament.uk/Document/83598/Html?subType=Standard",
        published="2023-12-13",
    ),
    # case 25: the same Votes and Proceedings: second reading 'on Friday 26 January 2024': a one-off event on a day (CONVENTIONS 3.1), end of day [local due 2024-01-26 23:59:59 Europe/London, a Friday, GMT]
    B(
        text="Bill read the first time; to be read a second time on Friday 26 January 2024, and to be printed (Bill 138).",
        due="2024-01-26 23:59:59",
        vague=False,
        said="2023-12-13 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://commonsbusiness.parliament.uk/Document/83598/Html?subType=Standard",
        published="2023-12-13",
    ),
    # case 26: the same Votes and Proceedings: a Bill 'presented' (done) about deductions 'within the first six months of a claim': a limit for every claim, a standing rule for a class of cases with no start of its own (CONVENTIONS 1.3). unsure: a careful reader could give past (the presentation, told as done, is the only act of the sentence) or event (six months from a claim, undated)
    B(
        text="David Linden presented a Bill to require the Secretary of State to report to Parliament on the potential merits of prohibiting the making of deductions from certain social security benefits within the first six months of a claim, of restricting the making of deductions in cases where a claimant is at risk of hardship, of reducing the maximum proportion of a claim that may be deducted, and of changing the priority order in which debt repayments are recovered by deductions; to require the Secretary of State to report to Parliament on the adequacy of the rate at which social security benefits are paid; to require the Secretary of State to publish a strategy for increasing the availability of free debt and money advice for people claiming social security benefits; and for connected purposes.",
        due=None,
        vague=False,
        said="2023-12-13 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://commonsbusiness.parliament.uk/Document/83598/Html?subType=Standard",
        published="2023-12-13",
    ),
    # case 27: UK Parliament (House of Commons Votes and Proceedings of Wednesday 1 February 2023, on commonsbusiness.digiminster.com, document 63019; Open Parliament Licence); zone Europe/London (GMT); said 10:00 UTC (10:00 GMT, Wednesday 1 February 2023) as handed over. 'to be read a second time tomorrow', said on Wednesday 1 February: a one-off event (CONVENTIONS 3.1), Thursday 2 February 2023, end of day [local due 2023-02-02 23:59:59 Europe/London, a Thursday, GMT]
    B(
        text="Bill read the first time; to be read a second time tomorrow, and to be printed (Bill 240), with Explanatory Notes (Bill 240–EN).",
        due="2023-02-02 23:59:59",
        vague=False,
        said="2023-02-01 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://commonsbusiness.digiminster.com/Document/63019/Html?subType=Standard",
        published="2023-02-01",
    ),
    # case 28: the same Votes and Proceedings: second reading 'on Friday 24 March', a year-less date at its next occurrence (parser docstring): a one-off event on a day (CONVENTIONS 3.1), 2023, end of day [local due 2023-03-24 23:59:59 Europe/London, a Friday, GMT]
    B(
        text="Bill read the first time; to be read a second time on Friday 24 March, and to be printed (Bill 241).",
        due="2023-03-24 23:59:59",
        vague=False,
        said="2023-02-01 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://commonsbusiness.digiminster.com/Document/63019/Html?subType=Standard",
        published="2023-02-01",
    ),
    # case 29: UK Parliament (House of Commons Votes and Proceedings of Tuesday 28 February 2023, on commonsbusiness.parliament.uk, document 75591; Open Parliament Licence); zone Europe/London (GMT); said 10:00 UTC (10:00 GMT, Tuesday 28 February 2023) as handed over. Second reading 'on Friday 17 March', the next occurrence (parser docstring), 2023: a one-off event on a day (CONVENTIONS 3.1), end of day [local due 2023-03-17 23:59:59 Europe/London, a Friday, GMT]
    B(
        text="Bill read the first time; to be read a second time on Friday 17 March, and to be printed (Bill 256).",
        due="2023-03-17 23:59:59",
        vague=False,
        said="2023-02-28 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://commonsbusiness.parliament.uk/Document/75591/Html?subType=Standard",
        published="2023-02-28",
    ),
    # case 30: Houses of the Oireachtas (Seanad Éireann debate of Wednesday 30 January 2019, as carried on kildarestreet.com, address 'sendebates/?gid=2019-01-30a.26'; CC BY 4.0); zone Europe/Dublin (GMT); said 10:30 UTC (10:30 GMT, Wednesday 30 January 2019) as handed over. 'Moving forward' gives no time, and the only time words, 'since last October', name a gone period (the contracts' wait): past
    B(
        text="Moving forward, it is about trying to get the contracts that have been with the Chief State Solicitor's office since last October signed.",
        due=None,
        vague=False,
        said="2019-01-30 10:30:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kildarestreet.com/sendebates/?gid=2019-01-30a.26",
        published="2019-01-30",
    ),
    # case 31: the same debate: 'We have lost three or four months', the perfect of a time gone; 'we need to get movement' has no time: past
    B(
        text="We have lost three or four months and we need to get movement on this issue.",
        due=None,
        vague=False,
        said="2019-01-30 10:30:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kildarestreet.com/sendebates/?gid=2019-01-30a.26",
        published="2019-01-30",
    ),
    # case 32: Houses of the Oireachtas (Seanad Éireann debate of Wednesday 19 May 2010, as carried on kildarestreet.com, address 'sendebates/?gid=2010-05-19.257.0'; CC BY 4.0); zone Europe/Dublin (IST); said 17:00 UTC (18:00 IST, Wednesday 19 May 2010) as handed over. 'only received yesterday': past; 'is being assessed' has no time
    B(
        text="That application was only received yesterday and is being assessed.",
        due=None,
        vague=False,
        said="2010-05-19 17:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kildarestreet.com/sendebates/?gid=2010-05-19.257.0",
        published="2010-05-19",
    ),
    # case 33: Wikinews ('Ottawa plans tax windfall to deal with budget surplus', on en.m.wikinews.org; CC BY 2.5); zone UTC (UTC); said 10:00 UTC (10:00 UTC, Sunday 9 October 2005) as handed over. The bill 'should be introduced in Ottawa as early as Friday': only a lower bound ('at the earliest', CONVENTIONS 3.2); 'Friday' the next such day after Sunday 9 October (parser docstring): earliest Friday 14 October 2005 00:00 in the zone handed over (UTC). unsure: a careful reader could give due Friday 14 October 2005, end of day (the introduction expected that day, CONVENTIONS 4.3, last paragraph; 2005-10-14 23:59:59 UTC) [local earliest 2005-10-14 00:00:00 UTC, a Friday, UTC]
    B(
        text="It should be introduced in Ottawa as early as Friday.",
        due=None,
        vague=False,
        said="2005-10-09 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="earliest",
        earliest="2005-10-14 00:00:00",
        cluster=5,
        source="https://en.m.wikinews.org/wiki/Ottawa_plans_tax_windfall_to_deal_with_budget_surplus",
        published="2005-10-09",
    ),
    # case 34: the same article: 'The benefit would come ... on the income tax returns of that year': a description of how a proposed benefit would work, 'that year' pointing to a year not given in the sentence: nothing undertaken for a time (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give event ('that year', a time given only outside the sentence, CONVENTIONS 6.3)
    B(
        text="The benefit would come as an amount added on to the income tax returns of that year.",
        due=None,
        vague=False,
        said="2005-10-09 10:00:00",
        tz="UTC",
        day_first=True,
        cluster=5,
        source="https://en.m.wikinews.org/wiki/Ottawa_plans_tax_windfall_to_deal_with_budget_surplus",
        published="2005-10-09",
    ),
    # case 35: the same article: the amount added 'for each subsequent year': a standing rule, year after year (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a hypothetical 'would' describing a proposal, CONVENTIONS 4.2)
    B(
        text="It would then be added on to the amount a person can earn tax-free for each subsequent year.",
        due=None,
        vague=False,
        said="2005-10-09 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://en.m.wikinews.org/wiki/Ottawa_plans_tax_windfall_to_deal_with_budget_surplus",
        published="2005-10-09",
    ),
    # case 36: the same article: 'an election within 30 days of the Gomery Commission Report's release': a limit running from an undated event (CONVENTIONS 1.3); 'has promised' tells the promise, not the time
    B(
        text="Paul Martin has promised an election within 30 days of the Gomery Commission Report's release.",
        due=None,
        vague=False,
        said="2005-10-09 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://en.m.wikinews.org/wiki/Ottawa_plans_tax_windfall_to_deal_with_budget_surplus",
        published="2005-10-09",
    ),
    # case 37: the same article: 'The report is expected in February': told as going to happen (CONVENTIONS 4.3, last paragraph), February's next occurrence after 9 October 2005 (parser docstring), at the month's end [local due 2006-02-28 23:59:59 UTC, a Tuesday, UTC]. unsure: a careful reader could give due None with no refusal word (an expectation of a commission's act, undertaken by nobody who speaks, CONVENTIONS 4.2)
    B(
        text="The report is expected in February.",
        due="2006-02-28 23:59:59",
        vague=False,
        said="2005-10-09 10:00:00",
        tz="UTC",
        day_first=True,
        precision="month",
        cluster=6,
        source="https://en.m.wikinews.org/wiki/Ottawa_plans_tax_windfall_to_deal_with_budget_surplus",
        published="2005-10-09",
    ),
    # case 38: Wikinews (user page 'User:Eloquence/State of the Wiki', Erik Möller's report on the project, on en.wikinews.org; CC BY 2.5); zone UTC (UTC); said 10:00 UTC (10:00 UTC, Thursday 28 April 2005) as handed over. 'semi-regular summaries': a standing schedule of reports (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (the word only describes the page)
    B(
        text="These are Erik Möller's semi-regular summaries of the state of the Wikinews project.",
        due=None,
        vague=False,
        said="2005-04-28 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://en.wikinews.org/wiki/User:Eloquence/State_of_the_Wiki",
        published="2005-04-28",
    ),
    # case 39: the same report: 'Editions so far: December 12, 2004 - February 26, 2005 - April 28, 2005': editions made 'so far', the last of them the one being read on the day of speaking: past. unsure: a careful reader could give due 28 April 2005, end of day (the latest date of the list, the day of speaking, CONVENTIONS 6.1, 2.1; 2005-04-28 23:59:59 UTC)
    B(
        text="Editions so far: December 12, 2004 - February 26, 2005 - April 28, 2005.",
        due=None,
        vague=False,
        said="2005-04-28 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/User:Eloquence/State_of_the_Wiki",
        published="2005-04-28",
    ),
    # case 40: the same report: 'since my last report from late February': past
    B(
        text="It's hard to put into words all the fascinating things that have happened in the different editions since my last report from late February.",
        due=None,
        vague=False,
        said="2005-04-28 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/User:Eloquence/State_of_the_Wiki",
        published="2005-04-28",
    ),
    # case 41: the same report: 'Since we officially launched Wikinews in December 2004': past
    B(
        text="Since we officially launched Wikinews in December 2004 in English and German, the number of Wikinews languages has grown to 12.",
        due=None,
        vague=False,
        said="2005-04-28 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/User:Eloquence/State_of_the_Wiki",
        published="2005-04-28",
    ),
    # case 42: the same report: additions 'launched on March 19' and 'April 1' (2005), before 28 April: past
    B(
        text="The two latest additions are Ukrainian (launched on March 19) and Italian (April 1).",
        due=None,
        vague=False,
        said="2005-04-28 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/User:Eloquence/State_of_the_Wiki",
        published="2005-04-28",
    ),
    # case 43: Prime Minister of Australia (media releases and transcripts on pm.gov.au's listing 'node?page=98'; CC BY 4.0); zone Australia/Sydney (AEDT); said 23:00 UTC (10:00 AEDT, Monday 20 March 2017) as handed over. 'This week the Turnbull Government will introduce vital legislation', said on Monday 20 March: an act to come this week; weeks run Monday to Sunday (parser docstring): Sunday 26 March 2017, end of day [local due 2017-03-26 23:59:59 Australia/Sydney, a Sunday, AEDT]
    B(
        text="This week the Turnbull Government will introduce vital legislation banning secret payments between unions and employers.",
        due="2017-03-26 12:59:59",
        vague=False,
        said="2017-03-19 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        precision="week",
        cluster=4,
        source="https://www.pm.gov.au/node?page=98",
        published="2017-03-20",
    ),
    # case 44: the same listing: 'Today the Australian Government reaffirms our commitment ... with the release of the statement': a day word on the act as it is spoken, in the present (CONVENTIONS 2.1), end of that day [local due 2017-03-20 23:59:59 Australia/Sydney, a Monday, AEDT]
    B(
        text="Today the Australian Government reaffirms our commitment to multicultural Australia with the release of the statement Multicultural Australia: United, Strong and Successful.",
        due="2017-03-20 12:59:59",
        vague=False,
        said="2017-03-19 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.pm.gov.au/node?page=98",
        published="2017-03-20",
    ),
    # case 45: the same listing: 'during the Heydon Royal Commission, Australians were horrified': past
    B(
        text="Now, during the Heydon Royal Commission, Australians were horrified to see the extent of secret payments made by employers - big business, very often - to trade unions, and in particular, the Australian Workers Union.",
        due=None,
        vague=False,
        said="2017-03-19 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.pm.gov.au/node?page=98",
        published="2017-03-20",
    ),
    # case 46: the same listing: 'as you would have seen last week, I was up in the Snowy Mountains': past
    B(
        text="You know, as you would have seen last week, I was up in the Snowy Mountains, up at Talbingo, at Talbingo Dam and Tumut 3 Power Station and reflecting on the extraordinary achievement of the Snowy Mountains Scheme, engineering marvel of the world.",
        due=None,
        vague=False,
        said="2017-03-19 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.pm.gov.au/node?page=98",
        published="2017-03-20",
    ),
    # case 47: Grand Teton National Park news release on road construction in 2009, as carried on the park's news blog gtnpnews.blogspot.com ('road-construction-projects-to-cause'; a National Park Service work, public domain); zone America/Denver (MDT); said 16:00 UTC (10:00 MDT, Tuesday 28 April 2009) as handed over. Projects 'will be underway ... for much of the 2009 travel season': works kept going over a period (CONVENTIONS 1.1, 3.3); the 'travel season' is no calendar season the conventions define, so the year it names is the bound: the end of 2009 [local due 2009-12-31 23:59:59 America/Denver, a Thursday, MST]. unsure: a careful reader could give due None with no refusal word (the travel season's bounds are not given, 'much of' sets no end) or event (a season the sentence does not date)
    B(
        text="Road construction projects will be underway throughout Grand Teton National Park for much of the 2009 travel season, resulting in minor traffic delays at several locations.",
        due="2010-01-01 06:59:59",
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        day_first=True,
        precision="year",
        cluster=1,
        source="http://gtnpnews.blogspot.com/2009/04/road-construction-projects-to-cause.html",
        published="2009-04-28",
    ),
    # case 48: the same release: 'will require a few overnight travel closures': no time is set ('a few' counts closures, 'overnight' names their part of the day): due None, no refusal word. unsure: a careful reader could give event (closures of a project whose dates the sentence does not give, CONVENTIONS 1.3)
    B(
        text="One road construction project will require a few overnight travel closures.",
        due=None,
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        day_first=True,
        cluster=1,
        source="http://gtnpnews.blogspot.com/2009/04/road-construction-projects-to-cause.html",
        published="2009-04-28",
    ),
    # case 49: the same release: 'overnight road closures during May and June': a range at its later end (CONVENTIONS 6.1); nights with no closing time fall due at the end of the day the last night begins (CONVENTIONS 6.4): 30 June 2009, end of day [local due 2009-06-30 23:59:59 America/Denver, a Tuesday, MDT]
    B(
        text="This effort will require a limited number of overnight road closures during May and June.",
        due="2009-07-01 05:59:59",
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        day_first=True,
        precision="month",
        cluster=3,
        source="http://gtnpnews.blogspot.com/2009/04/road-construction-projects-to-cause.html",
        published="2009-04-28",
    ),
    # case 50: the same release: closures 'between the hours of 11 p.m. and 6 a.m. for one night in mid May and again for three nights in early June': a schedule at its end (CONVENTIONS 6.1); 'early June' is days 1-10 (parser docstring), so the last night begins on 10 June at the latest and, with the closing time given, falls due at 6 a.m. the morning after (CONVENTIONS 6.4); 'at a later date' is no time [local due 2009-06-11 06:00:00 America/Denver, a Thursday, MDT]. unsure: a careful reader could give 10 June 2009, end of day (2009-06-11 05:59:59 UTC: the end of 'early June' itself, the nights not counted past it) or 06:00 on 10 June (the last night read as ending within early June)
    B(
        text="Closures will occur between the hours of 11 p.m. and 6 a.m. for one night in mid May and again for three nights in early June; further details on overnight closures will be announced at a later date.",
        due="2009-06-11 12:00:00",
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        day_first=True,
        precision="hour",
        cluster=3,
        source="http://gtnpnews.blogspot.com/2009/04/road-construction-projects-to-cause.html",
        published="2009-04-28",
    ),
    # case 51: the same release: 'Reconstruction ... began in 2008': past
    B(
        text="Reconstruction of the North Park Road in Grand Teton, between Lizard Creek campground and Flagg Ranch Resort, began in 2008.",
        due=None,
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://gtnpnews.blogspot.com/2009/04/road-construction-projects-to-cause.html",
        published="2009-04-28",
    ),
    # case 52: the same release: activities 'will again be underway' 'During the summer/fall travel season': works kept going over a range of seasons, at its later end (CONVENTIONS 6.1, 3.3); meteorological fall ends 30 November (parser docstring) [local due 2009-11-30 23:59:59 America/Denver, a Monday, MST]. unsure: a careful reader could give due None with no refusal word or event (a park's 'travel season', whose end the sentence does not date)
    B(
        text="During the summer/fall travel season, significant road construction activities will again be underway to widen and repave this road and complete the reconstruction work on the Snake River Bridge.",
        due="2009-12-01 06:59:59",
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        day_first=True,
        precision="quarter",
        cluster=4,
        source="http://gtnpnews.blogspot.com/2009/04/road-construction-projects-to-cause.html",
        published="2009-04-28",
    ),
    # case 53: the same release: 'nighttime closures may be possible ... between now and June 15': a possibility, no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give due 16 June 2009 06:00 MDT (2009-06-16 12:00:00 UTC: the run of weeknights to Monday 15 June closing at 6 a.m., CONVENTIONS 6.4)
    B(
        text="To facilitate the extensive work required for the North Park Road project, nighttime closures may be possible between Lizard Creek and Flagg Ranch, on weekdays only, from 11 p.m. to 6 a.m. between now and June 15.",
        due=None,
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        day_first=True,
        cluster=1,
        source="http://gtnpnews.blogspot.com/2009/04/road-construction-projects-to-cause.html",
        published="2009-04-28",
    ),
    # case 54: the same release: motorists 'are advised to expect daytime delays ... through the end of November': the works' delays kept going to a date (CONVENTIONS 3.3; 'through' at the period's end): 30 November 2009, end of day [local due 2009-11-30 23:59:59 America/Denver, a Monday, MST]. unsure: a careful reader could give due None with no refusal word (an advice to motorists, nothing undertaken, as a seen set's advice to visitors)
    B(
        text="In addition to the overnight road closures, motorists are advised to expect daytime delays of up to 30 minutes for travel between Lizard Creek campground and Flagg Ranch Resort through the end of November.",
        due="2009-12-01 06:59:59",
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        day_first=True,
        precision="month",
        cluster=4,
        source="http://gtnpnews.blogspot.com/2009/04/road-construction-projects-to-cause.html",
        published="2009-04-28",
    ),
    # case 55: the same release: 'Road closures are not anticipated to occur anywhere in the park after June 15th': the time after 15 June is denied (CONVENTIONS 4.1). unsure: a careful reader could give due 15 June 2009, end of day (closures end by then, a state kept to a date, CONVENTIONS 3.3; 2009-06-16 05:59:59 UTC)
    B(
        text="Important note: Road closures are not anticipated to occur anywhere in the park after June 15th.",
        due=None,
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        day_first=True,
        refusal="negated",
        cluster=5,
        source="http://gtnpnews.blogspot.com/2009/04/road-construction-projects-to-cause.html",
        published="2009-04-28",
    ),
    # case 56: Grand Teton National Park news release on road and pathway construction projects for 2011, on gtnpnews.blogspot.com ('road-pathway-construction-projects-for'; a National Park Service work, public domain); zone America/Denver (MDT); said 16:00 UTC (10:00 MDT, Monday 16 May 2011) as handed over. 'announced today' dates the saying, not the act (CONVENTIONS 2.2); projects 'will be underway ... for much of the 2011 summer season': works kept going over a season (CONVENTIONS 1.1, 3.3), meteorological summer ending 31 August (parser docstring) [local due 2011-08-31 23:59:59 America/Denver, a Wednesday, MDT]. unsure: a careful reader could give due None with no refusal word ('much of' a park's summer season sets no end)
    B(
        text="Grand Teton National Park Superintendent Mary Gibson Scott announced today that road and pathway construction projects will be underway at various locations throughout the park, resulting in reduced speed limits and minor traffic delays for much of the 2011 summer season.",
        due="2011-09-01 05:59:59",
        vague=False,
        said="2011-05-16 16:00:00",
        tz="America/Denver",
        day_first=True,
        precision="quarter",
        cluster=1,
        source="http://gtnpnews.blogspot.com/2011/05/road-pathway-construction-projects-for.html",
        published="2011-05-16",
    ),
    # case 57: the same release: 'On June 1st, construction will start': the start is itself the one-off event said to happen on a day (CONVENTIONS 3.1), the next 1 June (parser docstring), end of day [local due 2011-06-01 23:59:59 America/Denver, a Wednesday, MDT]
    B(
        text="On June 1st, construction will start on the multi-use pathway that runs from the Gros Ventre River to Moose Junction.",
        due="2011-06-02 05:59:59",
        vague=False,
        said="2011-05-16 16:00:00",
        tz="America/Denver",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://gtnpnews.blogspot.com/2011/05/road-pathway-construction-projects-for.html",
        published="2011-05-16",
    ),
    # case 58: the same release: the reduction 'is likely to be in place for five to six months until construction is complete': hung on an undated event (the completion; the months counted from a start the sentence does not give) (CONVENTIONS 1.3, 5.2). unsure: a careful reader could give due 16 November 2011, end of day (six months from speaking, a range's later end, CONVENTIONS 1.1, 6.1; 2011-11-17 06:59:59 UTC)
    B(
        text="The speed limit reduction is likely to be in place for five to six months until construction is complete.",
        due=None,
        vague=False,
        said="2011-05-16 16:00:00",
        tz="America/Denver",
        day_first=True,
        refusal="event",
        cluster=5,
        source="http://gtnpnews.blogspot.com/2011/05/road-pathway-construction-projects-for.html",
        published="2011-05-16",
    ),
    # case 59: the same release: the turnout 'will be closed all summer': kept so to the season's end (CONVENTIONS 3.3), meteorological summer (parser docstring): 31 August 2011, end of day; 'while it functions as a ... staging area' gives the reason, not the time [local due 2011-08-31 23:59:59 America/Denver, a Wednesday, MDT]
    B(
        text="NOTE: Sleeping Indian turnout will be closed all summer while it functions as a construction equipment and materials staging area.",
        due="2011-09-01 05:59:59",
        vague=False,
        said="2011-05-16 16:00:00",
        tz="America/Denver",
        day_first=True,
        precision="quarter",
        cluster=4,
        source="http://gtnpnews.blogspot.com/2011/05/road-pathway-construction-projects-for.html",
        published="2011-05-16",
    ),
    # case 60: the same release: 'starting August 15th, motorists should expect 15-minute delays': an ongoing state given only its start (CONVENTIONS 3.2): earliest 15 August 2011 00:00 MDT [local earliest 2011-08-15 00:00:00 America/Denver, a Monday, MDT]
    B(
        text="Consequently, starting August 15th, motorists should expect 15-minute delays at this intersection between Highway 26/89/191 and the Teton Park Road.",
        due=None,
        vague=False,
        said="2011-05-16 16:00:00",
        tz="America/Denver",
        day_first=True,
        refusal="earliest",
        earliest="2011-08-15 06:00:00",
        cluster=5,
        source="http://gtnpnews.blogspot.com/2011/05/road-pathway-construction-projects-for.html",
        published="2011-05-16",
    ),
    # case 61: Australian Bureau of Statistics (Corporate Plan 2019-20, 1006.0, 'Strategic Objective One', on abs.gov.au; CC BY); zone Australia/Sydney (AEDT); said 00:30 UTC (11:30 AEDT, Friday 18 October 2019) as handed over. '496 statistical products in 2018-19' is gone; 'a similar number of releases scheduled in 2019-20' is the plan of the financial year to come, a schedule at its end (CONVENTIONS 6.1): AU fiscal year ending 30 June 2020 (blind_real.py fiscal years) [local due 2020-06-30 23:59:59 Australia/Sydney, a Tuesday, AEST]. unsure: a careful reader could give due None with no refusal word (a count describing the programme) or recurring (releases made through the year)
    B(
        text="The ABS released 496 statistical products in 2018-19, with a similar number of releases scheduled in 2019-20.",
        due="2020-06-30 13:59:59",
        vague=False,
        said="2019-10-18 00:30:00",
        tz="Australia/Sydney",
        day_first=True,
        precision="year",
        cluster=4,
        source="https://www.abs.gov.au/ausstats/abs@.nsf/Lookup/by%20Subject/1006.0~2019-20~Main%20Features~Strategic%20Objective%20One:%20ABS%20Statistics%20are%20trusted%20and%20used%20to%20inform%20important%20decisions~4",
        published="2019-10-18",
    ),
    # case 62: the same plan: releases 'that occur throughout the year': a standing pattern (CONVENTIONS 1.3)
    B(
        text="This does not include the myriad of experimental, one-off or ad hoc releases that occur throughout the year.",
        due=None,
        vague=False,
        said="2019-10-18 00:30:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.abs.gov.au/ausstats/abs@.nsf/Lookup/by%20Subject/1006.0~2019-20~Main%20Features~Strategic%20Objective%20One:%20ABS%20Statistics%20are%20trusted%20and%20used%20to%20inform%20important%20decisions~4",
        published="2019-10-18",
    ),
    # case 63: the same plan: the ABS 'is not contemplating significant changes to the statistical work program in 2019-20': the year's change is denied (CONVENTIONS 4.1; 'no plans to' negates, parser docstring)
    B(
        text="With funding in 2019-20 similar to funding in 2018-19, the ABS is not contemplating significant changes to the statistical work program in 2019-20.",
        due=None,
        vague=False,
        said="2019-10-18 00:30:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="negated",
        cluster=5,
        source="https://www.abs.gov.au/ausstats/abs@.nsf/Lookup/by%20Subject/1006.0~2019-20~Main%20Features~Strategic%20Objective%20One:%20ABS%20Statistics%20are%20trusted%20and%20used%20to%20inform%20important%20decisions~4",
        published="2019-10-18",
    ),
    # case 64: the same plan: 'annual re-weighting of the CPI': the only time word is a standing frequency (CONVENTIONS 1.3). unsure: a careful reader could give past (the introduction, made, is praised) or due None with no refusal word
    B(
        text="The introduction of annual re-weighting of the CPI and use of scanner and web scraped data in the CPI are world leading.",
        due=None,
        vague=False,
        said="2019-10-18 00:30:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.abs.gov.au/ausstats/abs@.nsf/Lookup/by%20Subject/1006.0~2019-20~Main%20Features~Strategic%20Objective%20One:%20ABS%20Statistics%20are%20trusted%20and%20used%20to%20inform%20important%20decisions~4",
        published="2019-10-18",
    ),
    # case 65: the same plan: 'the only G20 country that does not have monthly inflation estimates': the time word is denied, as 'has no public events tomorrow' (CONVENTIONS 4.1). unsure: a careful reader could give recurring ('monthly', a standing frequency, CONVENTIONS 1.3)
    B(
        text="However, we remain the only G20 country that does not have monthly inflation estimates.",
        due=None,
        vague=False,
        said="2019-10-18 00:30:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="negated",
        cluster=5,
        source="https://www.abs.gov.au/ausstats/abs@.nsf/Lookup/by%20Subject/1006.0~2019-20~Main%20Features~Strategic%20Objective%20One:%20ABS%20Statistics%20are%20trusted%20and%20used%20to%20inform%20important%20decisions~4",
        published="2019-10-18",
    ),
    # case 66: New Zealand Department of Conservation media release on Great Walks bookings, as carried on voxy.co.nz ('national/5/367296'; DOC content under CC BY 4.0); zone Pacific/Auckland (NZST); said 22:00 UTC (10:00 NZST, Wednesday 17 June 2020) as handed over. Great Walks 'that opened for 2020/21 bookings last week': past
    B(
        text="The Department of Conservation (DOC) is reporting record opening week results on the eight Great Walks that opened for 2020/21 bookings last week.",
        due=None,
        vague=False,
        said="2020-06-16 22:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.voxy.co.nz/national/5/367296",
        published="2020-06-17",
    ),
    # case 67: the same release: 'opening week bookings are significantly up on previous years': the opening week gone: past
    B(
        text='"Contrary to expectations-despite border restrictions and the devastating impacts on COVID-19 on so many New Zealanders-opening week bookings are significantly up on previous years.',
        due=None,
        vague=False,
        said="2020-06-16 22:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.voxy.co.nz/national/5/367296",
        published="2020-06-17",
    ),
    # case 68: the same release: bookings made 'Compared to the same time last year': past
    B(
        text='"Compared to the same time last year across these eight Great Walks, 6,267 bookings have been made.',
        due=None,
        vague=False,
        said="2020-06-16 22:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.voxy.co.nz/national/5/367296",
        published="2020-06-17",
    ),
    # case 69: the same release: 'up 36% on last year': past
    B(
        text='That’s up 36% on last year and 92% of bookings have been made by New Zealanders which is up from 69% last year," says Steve Taylor',
        due=None,
        vague=False,
        said="2020-06-16 22:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.voxy.co.nz/national/5/367296",
        published="2020-06-17",
    ),
    # case 70: the same release: 'these figures will change over the coming year': a forecast of figures, nobody's act (CONVENTIONS 4.2, as a seen set's forecast of the weather): due None, no refusal word. unsure: a careful reader could give due 17 June 2021, end of day (a year from speaking, parser docstring's 'the coming year' outside a fiscal year's last month; 2021-06-17 11:59:59 UTC)
    B(
        text='"While these figures will change over the coming year, it’s incredibly heart-warming to see the sense of community and social responsibility that saw us save lives and shut down the global pandemic in Aotearoa, now being channelled into supporting the country’s recovery.',
        due=None,
        vague=False,
        said="2020-06-16 22:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        cluster=1,
        source="http://www.voxy.co.nz/national/5/367296",
        published="2020-06-17",
    ),
    # case 71: the same release: walkers 'staying a night or two in local accommodation before or after undertaking the walk': a length hung on an undated walk (CONVENTIONS 1.3). unsure: a careful reader could give recurring (what every walker does, a class of cases) or due None with no refusal word (a description of visitors)
    B(
        text='"Whether in Te Anau, Taupo, Westport, Queenstown or Nelson - those undertaking Great Walks will all be doing their bit in communities across Aotearoa, visiting food stores for much-needed provisions for treks, enjoying a well-deserved meal or coffee, or staying a night or two in local accommodation before or after undertaking the walk.',
        due=None,
        vague=False,
        said="2020-06-16 22:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        refusal="event",
        cluster=5,
        source="http://www.voxy.co.nz/national/5/367296",
        published="2020-06-17",
    ),
)
