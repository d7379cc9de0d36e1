"""A SECOND, independent labelling of the hundred-and-eighty-fourth fresh set's 70 real deadline
phrasings (issue 12: agreement between two labellers).

Made on 2026-12-07 (UTC), from 09:54 on the machine's clock, by a second labelling helper
(branch issue12a184-s63), from the phrasings, the moments of speaking (`said`), the publishers'
zones (`tz`), `day_first`, clusters, the source addresses and the publication dates exactly as
the first labeller established them (handed over without labels, in the first labeller's
order, in the brief's input file `fresh184_phrasings.json`; the comments number the cases by
that file's `n`, from 1). It was made WITHOUT seeing the first labeller's labels: neither
`blind_fresh184.py` to `blind_fresh188.py`, their README sections, any labeller's worktree or
branch, the articles `blind148/` and `blind149/`, nor any other blind file was opened. No
source page was opened either: each label was worked out by hand from the words, the moment of
speaking and the zone (the source descriptions in the comments are read from the addresses).
Nothing of the project was run on these texts (no parser, bench or tests). The rules used were
`tests/data/deadlines/CONVENTIONS.md` (which decides; 4.3 and 5.1 included), the docstring and
`BlindCase` of `blind_real.py` (fiscal years by the publisher's zone), the top docstring of the
parser package (`bot/core/deadlines/__init__.py`: "<weekday> of next week", a year-less date's
and a bare weekday's next occurrence, weeks running Monday to Sunday, "later this <period>",
"the coming year", the vague windows, "today marks"), the model `fresh179_second.py` and, for
precedent, the comments of the seen sets (`blind_fresh179.py` to `blind_fresh183.py`: a plan put
modestly stays dated, "later this week" at the week's end and not vague, "next week" at its
Sunday, a proclaimed observance dated and the request to observe it no deadline, Statistics
Canada's "coming year"). UTC wall times, weekdays and offsets were computed in a scratch script
outside the repository with the standard library's zoneinfo and datetime only. `said` is as
handed over (10:00 local on the publication day in most cases: 09:00 UTC for the Dáil of 19
March 1969 under Irish Standard Time, 08:00 or 09:00 UTC in Brussels, 15:00 UTC in Toronto,
14:00 UTC in New York; 22:00 UTC for the newscast of 27 January 2016 and 19:00 UTC for the
report of 28 October 2015); each due instant's comment gives its local wall time and weekday.

Its only purpose is to measure how far two careful labellers agree on the same phrasings (the
agreement bounds what a 90% target on the first labeller's set can tell). It is not a scoring
set of its own. Labels marked "unsure" in their comment are the ones a careful reader could
really defend otherwise; the comment names the other reading. Never edit these labels to fit
the parser or the first labeller.

Readings applied throughout (hard calls, named so that a disagreement can be traced):
- In the debates, questions, requests, possibilities ("It might be possible next week", "may
  not get the Bill until Tuesday"), opinions of how much time is enough and a conditional
  threat fix no time (CONVENTIONS 4.2, 4.3); the Government's plan put modestly ("We hope to
  have it by the end of the month") and a bare answer giving the day ("On Monday of next
  week") are dated. A question whose only time word dates acts told as done ("have been
  released ... in 1975", "the figures he gave last year") is `past`, marked unsure.
- Time given to consider a Bill, counted from its undated arrival, is `event`; a habitual
  pattern ("there are times when ...") and the standing length of an extension any taxpayer
  may request are `recurring`.
- "today" on a present act of the speaker ("Today I am here to tell you", "Today I am putting
  my team on the field") falls due that day (CONVENTIONS 2.1); "I am standing in this room
  today" and "Today marks" promise no act; a perfect or past with "last week" is past even
  when a relative clause says "today"; "said Tuesday/Wednesday" dates only the speaking (2.2),
  while another past act with a weekday ("backed up", "addressed", "agreed") is past.
- Fiscal years follow `blind_real.py`: a zone outside GB, AU and the US (America/Toronto)
  has fiscal years ending 31 December, named by the calendar year they end in; "the coming
  year" said outside a year's last month is a year from the moment of speaking. Each such
  label is marked unsure with Canada's own April-to-March year as the other reading.
- "the coming weeks" and "shortly" are the documented vague windows (4 weeks, 60 days);
  "later this week" and "the coming year" / "the year to come" are not vague; of two windows
  the later end counts.
- A one-off start or act "this week" or "next week" falls due at the week's end (Sunday); a
  state "as of" a date and the end of a period "at the end of this year" are dated as
  one-off changes at that time (CONVENTIONS 3.1), marked unsure.
- A proclaimed day ("do hereby proclaim Sunday, June 14, 1959, to be Flag Day") is dated
  that day; urging people to observe it is a request (CONVENTIONS 4.3).
- Forecasts told as going to happen ("is expected to decide Thursday", "expected to be filed
  during 2019", "are due to attend") stay dated (CONVENTIONS 4.3 last paragraph).

Tally (this labelling): 22 cases with a due instant (no clock times, 2 vague; the rest days,
weeks, months and years) and 48 without (27 past, 2 recurring, 1 event, no negated, no
earliest, and 18 with no refusal word: questions, requests, possibilities, opinions, a
conditional threat, a programme's period, present states, verbs of speaking); 23 labels marked
"unsure"; no "page:" comment (no clock time without a day of its own).
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH184_SECOND: tuple[BlindCase, ...] = (
    # case 1: Houses of the Oireachtas, Dáil debate of Wednesday 22 November 1972 (oireachtas.ie); zone Europe/Dublin (GMT in winter), said 10:00 GMT as handed over. An answer giving the day: 'On Monday of next week', said on a Wednesday: Monday 27 November 1972, end of day (parser docstring: '<weekday> of next week'; an answer fixes the time, CONVENTIONS 4.3) [local due 1972-11-27 23:59:59 Europe/Dublin, a Monday]. unsure: a careful reader could give due None with no refusal word (a bare answer; the sentence names no act that falls due)
    B(
        text="On Monday of next week.",
        due="1972-11-27 23:59:59",
        vague=False,
        said="1972-11-22 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1972-11-22/3/",
        published="1972-11-22",
    ),
    # case 2: the same debate: 'there will be two full days to consider it': time given to consider the Bill, counted from its being in Deputies' hands, which this sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (an amount of time, no span from now: the parser docstring's 'our debate on 42 days')
    B(
        text="The Bill is a short Bill and there will be two full days to consider it.",
        due=None,
        vague=False,
        said="1972-11-22 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1972-11-22/3/",
        published="1972-11-22",
    ),
    # case 3: the same debate: a question about when the Bill should be debated: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="Does the Minister consider that such an important Bill published on Monday, and which may not be in the hands of some rural Deputies until Tuesday, should be debated on Wednesday, the following day?",
        due=None,
        vague=False,
        said="1972-11-22 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1972-11-22/3/",
        published="1972-11-22",
    ),
    # case 4: the same debate: 'I think two days will be ample time': an opinion of an amount of time, no span from now and no undertaking: due None with no refusal word (CONVENTIONS 4.2, 4.3)
    B(
        text="I think two days will be ample time to consider it.",
        due=None,
        vague=False,
        said="1972-11-22 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1972-11-22/3/",
        published="1972-11-22",
    ),
    # case 5: the same debate: what the Minister 'may think' and the Opposition 'might' hold: an opinion, no time: due None with no refusal word (CONVENTIONS 4.2)
    B(
        text="The Minister may think that two days are ample but we might have a different view from the Minister.",
        due=None,
        vague=False,
        said="1972-11-22 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1972-11-22/3/",
        published="1972-11-22",
    ),
    # case 6: the same debate: 'there are times when rural Deputies do not get these Bills until ... Tuesday, if they are posted ... on Monday': what happens habitually to any Bill posted on a Monday, no start of its own: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a complaint about a pattern, no act to check)
    B(
        text="I put it seriously to the Minister that there are times when rural Deputies do not get these Bills until they come to Dublin on Tuesday, if they are posted to their homes on Monday.",
        due=None,
        vague=False,
        said="1972-11-22 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1972-11-22/3/",
        published="1972-11-22",
    ),
    # case 7: the same debate: 'We may be on our way ... and may not get the Bill until Tuesday': a possibility, no undertaking: due None with no refusal word (CONVENTIONS 4.2)
    B(
        text="We may be on our way to Dublin and may not get the Bill until Tuesday.",
        due=None,
        vague=False,
        said="1972-11-22 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1972-11-22/3/",
        published="1972-11-22",
    ),
    # case 8: the same debate: a question and a request ('could he not make the Bill available earlier'): due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="If the Minister wants the next Stage on Wednesday, could he not make the Bill available earlier —this week?",
        due=None,
        vague=False,
        said="1972-11-22 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1972-11-22/3/",
        published="1972-11-22",
    ),
    # case 9: the same debate: 'The Bill will be available on Monday': a one-off act on a weekday, the next Monday on or after the day of speaking (parser docstring), Monday 27 November 1972, end of day (CONVENTIONS 3.1) [local due 1972-11-27 23:59:59 Europe/Dublin, a Monday]
    B(
        text="The Bill will be available on Monday.",
        due="1972-11-27 23:59:59",
        vague=False,
        said="1972-11-22 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1972-11-22/3/",
        published="1972-11-22",
    ),
    # case 10: the same debate: 'if the Bill is not in the hands of members ... within a reasonable time we will object to having it taken on Wednesday': a conditional threat; Wednesday dates the taking of the Bill the speaker would oppose, not an act he undertakes, and 'a reasonable time' is no documented window: due None with no refusal word. unsure: a careful reader could give 'event' (the objection hangs on an undated condition, CONVENTIONS 1.3) or Wednesday 29 November 1972, end of day (the day the Bill is to be taken)
    B(
        text="I want to say, in any case, that if the Bill is not in the hands of members of our party within a reasonable time we will object to having it taken on Wednesday.",
        due=None,
        vague=False,
        said="1972-11-22 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1972-11-22/3/",
        published="1972-11-22",
    ),
    # case 11: Houses of the Oireachtas, Dáil debate of Wednesday 19 March 1969 (oireachtas.ie); zone Europe/Dublin (Irish Standard Time all year in 1969, UTC+1), said 09:00 UTC (10:00 local) as handed over. A question asking when time will be provided ('last night' dates only the statement asked about): due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="Could the Taoiseach tell the House when it is proposed to provide time for discussion of the Third Programme and the dismal statement of the Minister for Finance last night?",
        due=None,
        vague=False,
        said="1969-03-19 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1969-03-19/2/",
        published="1969-03-19",
    ),
    # case 12: the same debate: 'It might be possible next week': a possibility, no undertaking: due None with no refusal word (CONVENTIONS 4.2)
    B(
        text="It might be possible next week.",
        due=None,
        vague=False,
        said="1969-03-19 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1969-03-19/2/",
        published="1969-03-19",
    ),
    # case 13: the same debate: a question ('May we expect it before Easter?'): due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="May we expect it before Easter?",
        due=None,
        vague=False,
        said="1969-03-19 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1969-03-19/2/",
        published="1969-03-19",
    ),
    # case 14: the same debate: 'We hope to have it by the end of the month': the Government's plan, put modestly, stays dated (CONVENTIONS 4.3 last paragraph); the month's end, 31 March 1969 (CONVENTIONS 3.5, 'by <period>') [local due 1969-03-31 23:59:59 Europe/Dublin, a Monday]
    B(
        text="We hope to have it by the end of the month.",
        due="1969-03-31 22:59:59",
        vague=False,
        said="1969-03-19 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1969-03-19/2/",
        published="1969-03-19",
    ),
    # case 15: UK Parliament, House of Commons, 13 February 1975 (hansard.parliament.uk, questions on Northern Ireland); zone Europe/London (GMT), said 10:00 GMT as handed over. A question whose only time word, 'in 1975', dates releases told as done ('have been released'): past. unsure: a careful reader could give due None with no refusal word (a question, CONVENTIONS 4.3)
    B(
        text="asked the Secretary of State for Northern Ireland how many detainees have been released from Long Kesh in 1975.",
        due=None,
        vague=False,
        said="1975-02-13 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://hansard.parliament.uk/Commons/1975-02-13/debates/f9da0e2b-3cb4-4503-b261-bacb65f8481a/CommonsChamber",
        published="1975-02-13",
    ),
    # case 16: the same exchange: released 'since the beginning of 1975', told as done: past
    B(
        text="Fifty-three persons have been released from detention since the beginning of 1975, 50 of whom were detained in Maze Prison at the time of their release.",
        due=None,
        vague=False,
        said="1975-02-13 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://hansard.parliament.uk/Commons/1975-02-13/debates/f9da0e2b-3cb4-4503-b261-bacb65f8481a/CommonsChamber",
        published="1975-02-13",
    ),
    # case 17: the same exchange: 'Last year ... I set up': past
    B(
        text="Last year, while my right hon. Friend the Minister of State was responsible for all the detailed work, I set up an independent resettlement association.",
        due=None,
        vague=False,
        said="1975-02-13 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://hansard.parliament.uk/Commons/1975-02-13/debates/f9da0e2b-3cb4-4503-b261-bacb65f8481a/CommonsChamber",
        published="1975-02-13",
    ),
    # case 18: the same exchange: a question about figures given 'last year'; 'within six weeks' measures what released detainees did, told of the past: past. unsure: a careful reader could give due None with no refusal word (a question, CONVENTIONS 4.3)
    B(
        text="Does the Secretary of State remember the figures he gave last year about the proportion of released detainees who returned within six weeks to their former criminal activities?",
        due=None,
        vague=False,
        said="1975-02-13 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://hansard.parliament.uk/Commons/1975-02-13/debates/f9da0e2b-3cb4-4503-b261-bacb65f8481a/CommonsChamber",
        published="1975-02-13",
    ),
    # case 19: the same exchange: a question asking for assurances about 'releases this year': due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="Has the right hon. Gentleman any assurances to give to the law-abiding people of Northern Ireland that that proportion will not be a feature of releases this year?",
        due=None,
        vague=False,
        said="1975-02-13 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://hansard.parliament.uk/Commons/1975-02-13/debates/f9da0e2b-3cb4-4503-b261-bacb65f8481a/CommonsChamber",
        published="1975-02-13",
    ),
    # case 20: the same exchange: 'those released last year were released by the Commissioners': past
    B(
        text="The vast majority of those released last year were released by the Commissioners and not by me.",
        due=None,
        vague=False,
        said="1975-02-13 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://hansard.parliament.uk/Commons/1975-02-13/debates/f9da0e2b-3cb4-4503-b261-bacb65f8481a/CommonsChamber",
        published="1975-02-13",
    ),
    # case 21: the same exchange: a question about policy 'in the foreseeable future' (no documented window): due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="Will my right hon. Friend indicate what his policy will be if the cease-fire continues in the foreseeable future?",
        due=None,
        vague=False,
        said="1975-02-13 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://hansard.parliament.uk/Commons/1975-02-13/debates/f9da0e2b-3cb4-4503-b261-bacb65f8481a/CommonsChamber",
        published="1975-02-13",
    ),
    # case 22: UK Parliament, House of Commons Written Answers of Wednesday 24 November 1982 (hansard.parliament.uk); zone Europe/London (GMT), said 10:00 GMT as handed over. A written question about arrangements for a sale 'over the Christmas period': due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="asked the Minister of Agriculture, Fisheries and Food what arrangements he is adopting to implement the scheme for a special sale of butter over the Christmas period.",
        due=None,
        vague=False,
        said="1982-11-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://hansard.parliament.uk/Commons/1982-11-24/debates/4bb3fa31-cac8-4d03-ad7a-30418e756a76/WrittenAnswers",
        published="1982-11-24",
    ),
    # case 23: the same answers: the butter available for sale 'over the coming weeks': the Minister's answer tells the sale as going to happen; 'the coming weeks' is the documented vague window of 4 weeks (CONVENTIONS 5.1, parser docstring), Wednesday 22 December 1982, end of day [local due 1982-12-22 23:59:59 Europe/London, a Wednesday]. unsure: a careful reader could give due None with no refusal word (stock said to be available, a present state with no act to check)
    B(
        text="In the United Kingdom 23,500 tonnes of butter are available from intervention stocks and aided private storage for sale at a reduced price over the coming weeks.",
        due="1982-12-22 23:59:59",
        vague=True,
        said="1982-11-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="week",
        cluster=4,
        source="https://hansard.parliament.uk/Commons/1982-11-24/debates/4bb3fa31-cac8-4d03-ad7a-30418e756a76/WrittenAnswers",
        published="1982-11-24",
    ),
    # case 24: the same answer: 'A statutory instrument will be laid shortly': 'shortly' as an undertaking, vague, 60 days (CONVENTIONS 5.1), Sunday 23 January 1983, end of day; the price fixed names no time [local due 1983-01-23 23:59:59 Europe/London, a Sunday]
    B(
        text="A statutory instrument will be laid shortly fixing the maximum retail price of this butter at 44p per 250g.",
        due="1983-01-23 23:59:59",
        vague=True,
        said="1982-11-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://hansard.parliament.uk/Commons/1982-11-24/debates/4bb3fa31-cac8-4d03-ad7a-30418e756a76/WrittenAnswers",
        published="1982-11-24",
    ),
    # case 25: the same answers: a question comparing rises 'between May 1979 and September 1982', a range a past figure was measured over: past (parser docstring, stop 60). unsure: a careful reader could give due None with no refusal word (a question, CONVENTIONS 4.3)
    B(
        text="asked the Minister of Agriculture, Fisheries and Food how the percentage rise in the retail prices index between May 1979 and September 1982 compares with the percentage rise in the retail price of food over the same period.",
        due=None,
        vague=False,
        said="1982-11-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://hansard.parliament.uk/Commons/1982-11-24/debates/4bb3fa31-cac8-4d03-ad7a-30418e756a76/WrittenAnswers",
        published="1982-11-24",
    ),
    # case 26: the same answer: 'There has been a 49·6 per cent. rise ... between May 1979 and September 1982': a past figure's range: past
    B(
        text="There has been a 49·6 per cent. rise in the RPI between May 1979 and September 1982 compared with a 32·1 per cent. rise in its food component.",
        due=None,
        vague=False,
        said="1982-11-24 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://hansard.parliament.uk/Commons/1982-11-24/debates/4bb3fa31-cac8-4d03-ad7a-30418e756a76/WrittenAnswers",
        published="1982-11-24",
    ),
    # case 27: Speech of Jean-Claude Juncker, President-elect of the European Commission, Wednesday 10 September 2014 (as carried by mondovisione.com); zone Europe/Brussels (CEST), said 08:00 UTC (10:00 CEST) as handed over. 'I am standing in this room today': a present state, no act promised: due None with no refusal word. unsure: a careful reader could give Wednesday 10 September 2014 23:59:59 local ('today' on the present, CONVENTIONS 2.1)
    B(
        text="It is with great pleasure that I am standing in this room today.",
        due=None,
        vague=False,
        said="2014-09-10 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        cluster=1,
        source="https://mondovisione.com/media-and-resources/news/jean-claude-juncker-president-elect-of-the-european-commission-the-juncker-com-2014910",
        published="2014-09-10",
    ),
    # case 28: the same speech: tribute to work 'for the past 10 years': past
    B(
        text="I take this opportunity to pay tribute to his work and dedication at the helm of the European Commission for the past 10 years.",
        due=None,
        vague=False,
        said="2014-09-10 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://mondovisione.com/media-and-resources/news/jean-claude-juncker-president-elect-of-the-european-commission-the-juncker-com-2014910",
        published="2014-09-10",
    ),
    # case 29: the same speech: the Guidelines presented 'on 15 July' and 'on 16 July' (past) 'are our programme for the next five years': the span names the period the programme covers, no act with a deadline: due None with no refusal word. unsure: a careful reader could give Tuesday 10 September 2019 23:59:59 local (the programme delivered over the five years) or 'past' (the presenting told as done)
    B(
        text="The Political Guidelines that I presented before the European Parliament on 15 July and in the European Council on 16 July are our programme for the next five years – I trust you have all been studying them diligently.",
        due=None,
        vague=False,
        said="2014-09-10 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        cluster=5,
        source="https://mondovisione.com/media-and-resources/news/jean-claude-juncker-president-elect-of-the-european-commission-the-juncker-com-2014910",
        published="2014-09-10",
    ),
    # case 30: the same speech: 'Today I am here to tell you who will make sure we deliver them': the telling done as spoken, 'today' on the present act, due at the end of that day (CONVENTIONS 2.1) [local due 2014-09-10 23:59:59 Europe/Brussels, a Wednesday]
    B(
        text="Today I am here to tell you who will make sure we deliver them and how.",
        due="2014-09-10 21:59:59",
        vague=False,
        said="2014-09-10 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://mondovisione.com/media-and-resources/news/jean-claude-juncker-president-elect-of-the-european-commission-the-juncker-com-2014910",
        published="2014-09-10",
    ),
    # case 31: the same speech: 'Today I am putting my team on the field': a present act with 'today', due at the end of that day (CONVENTIONS 2.1) [local due 2014-09-10 23:59:59 Europe/Brussels, a Wednesday]
    B(
        text="Today I am putting my team on the field.",
        due="2014-09-10 21:59:59",
        vague=False,
        said="2014-09-10 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://mondovisione.com/media-and-resources/news/jean-claude-juncker-president-elect-of-the-european-commission-the-juncker-com-2014910",
        published="2014-09-10",
    ),
    # case 32: the same speech: 'I have met each and every one of the candidates ... in a marathon of 27 interviews that I conducted last week': the main act told as done (the perfect and 'last week'); 'I present to you today' only names the candidates: past (CONVENTIONS 2.4). unsure: a careful reader could give Wednesday 10 September 2014 23:59:59 local (the presenting 'today', CONVENTIONS 2.1)
    B(
        text="I have met each and every one of the candidates I present to you today – in a marathon of 27 interviews that I conducted last week – and I can personally vouch for the competence and experience they bring to the table:",
        due=None,
        vague=False,
        said="2014-09-10 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://mondovisione.com/media-and-resources/news/jean-claude-juncker-president-elect-of-the-european-commission-the-juncker-com-2014910",
        published="2014-09-10",
    ),
    # case 33: Opening remarks of the First Vice-President of the European Commission in the European Parliament, Tuesday 7 July 2015 (as carried by parlement.com); zone Europe/Brussels (CEST), said 08:00 UTC (10:00 CEST) as handed over. 'Exactly 10 years ago, 52 people died': past
    B(
        text="Exactly 10 years ago, 52 people died and many more were wounded in terrible terrible attacks in London.",
        due=None,
        vague=False,
        said="2015-07-07 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://parlement.com/id/vjveldat9qtv/nieuws/opening_remarks_of_first_vice_president",
        published="2015-07-07",
    ),
    # case 34: the same remarks: the Fund 'has been operational since 1st July': past
    B(
        text="Thanks to this Parliament, the European Fund for Strategic Investments has been operational since 1st July.",
        due=None,
        vague=False,
        said="2015-07-07 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://parlement.com/id/vjveldat9qtv/nieuws/opening_remarks_of_first_vice_president",
        published="2015-07-07",
    ),
    # case 35: the same remarks: a legislative workload 'in the months and year to come': of the two windows the later end counts (CONVENTIONS 6.1, 6.2), 'the year to come' read as 'the coming year' said outside the last month of a year, a year from the moment of speaking (parser docstring), Thursday 7 July 2016, end of day; 'the coming year' is not among the documented vague words [local due 2016-07-07 23:59:59 Europe/Brussels, a Thursday]. unsure: a careful reader could give due None with no refusal word (the agendas describe a workload, nothing is undertaken) or vague=True (the vague 'months to come' beside it)
    B(
        text="These agendas and action plans announce a considerable legislative workload for this House in the months and year to come.",
        due="2016-07-07 21:59:59",
        vague=False,
        said="2015-07-07 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        precision="year",
        cluster=4,
        source="https://parlement.com/id/vjveldat9qtv/nieuws/opening_remarks_of_first_vice_president",
        published="2015-07-07",
    ),
    # case 36: the same remarks: more proposals 'are coming - starting with the revision ... next week': the first proposal told as going to come next week (13 to 19 July 2015), a one-off act, due at the end of that week (weeks run Monday to Sunday, parser docstring; CONVENTIONS 3.1) [local due 2015-07-19 23:59:59 Europe/Brussels, a Sunday]
    B(
        text="Some of these proposals are already before you, more are coming - starting with the revision of the energy labelling and emissions trading legislation next week.",
        due="2015-07-19 21:59:59",
        vague=False,
        said="2015-07-07 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        precision="week",
        cluster=4,
        source="https://parlement.com/id/vjveldat9qtv/nieuws/opening_remarks_of_first_vice_president",
        published="2015-07-07",
    ),
    # case 37: European Commission statement of Thursday 17 December 2020 on the Withdrawal Agreement (as carried by europeantimes.press); zone Europe/Brussels (CET), said 09:00 UTC (10:00 CET) as handed over. 'Today marks an important milestone': no act, no time (parser docstring, 'today marks'): due None with no refusal word
    B(
        text="Today marks an important milestone.",
        due=None,
        vague=False,
        said="2020-12-17 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        cluster=1,
        source="https://europeantimes.press/2020/12/17/statement_20_2488/",
        published="2020-12-17",
    ),
    # case 38: the same statement: the decisions endorsed (told as done) ensure that the Withdrawal Agreement 'is operational in time, as of 1 January 2021': what is still to hold is the Agreement working on that date, a change taking effect then (CONVENTIONS 3.1, 3.1a; 'as of' a one-off change, parser docstring), Friday 1 January 2021, end of day [local due 2021-01-01 23:59:59 Europe/Brussels, a Friday]. unsure: a careful reader could give 'past' (the endorsing is done, CONVENTIONS 2.4) or 'earliest' with 1 January 2021 00:00 local (a state given only its start, CONVENTIONS 3.2)
    B(
        text="We have endorsed formal decisions and other practical solutions, ensuring that the Withdrawal Agreement is operational in time, as of 1 January 2021.",
        due="2021-01-01 22:59:59",
        vague=False,
        said="2020-12-17 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://europeantimes.press/2020/12/17/statement_20_2488/",
        published="2020-12-17",
    ),
    # case 39: the same statement: 'This was essential' (past), given the time left 'until the transition period ends at the end of this year': the one-off end of the period at a stated time (CONVENTIONS 3.1), Thursday 31 December 2020, end of day [local due 2020-12-31 23:59:59 Europe/Brussels, a Thursday]. unsure: a careful reader could give 'past' (the main clause is told as done) or due None with no refusal word (the end of the period only explains the need, no act undertaken)
    B(
        text="This was essential, given the limited time left until the transition period ends at the end of this year.",
        due="2020-12-31 22:59:59",
        vague=False,
        said="2020-12-17 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        precision="year",
        cluster=4,
        source="https://europeantimes.press/2020/12/17/statement_20_2488/",
        published="2020-12-17",
    ),
    # case 40: the same statement: 'Throughout this year, we have indeed worked tirelessly': a perfect in the period of speaking, told as done: past (CONVENTIONS 2.4)
    B(
        text="Throughout this year, we have indeed worked tirelessly to ensure that both the letter and the spirit of the Withdrawal Agreement, including the Protocol on Ireland and Northern Ireland, are respected and translated into viable solutions.",
        due=None,
        vague=False,
        said="2020-12-17 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://europeantimes.press/2020/12/17/statement_20_2488/",
        published="2020-12-17",
    ),
    # case 41: Statistics Canada, Report on Plans and Priorities 2013-2014 (statcan.gc.ca); zone America/Toronto (EST), said 15:00 UTC (10:00 EST) as handed over. 'During the 2013–14 fiscal year, Statistics Canada will continue to meet ...': kept going through the fiscal year (CONVENTIONS 3.3), which is named by the calendar year it ends in and, for a zone outside GB, AU and the US, ends on 31 December (blind_real.py docstring, parser docstring): 31 December 2014, end of day [local due 2014-12-31 23:59:59 America/Toronto, a Wednesday]. unsure: a careful reader could give 31 March 2014 23:59:59 local (Canada's own fiscal year, April to March)
    B(
        text="During the 2013–14 fiscal year, Statistics Canada will continue to meet the most critical statistical information needs of Canada's citizens and decision-makers.",
        due="2015-01-01 04:59:59",
        vague=False,
        said="2013-03-01 15:00:00",
        tz="America/Toronto",
        day_first=True,
        precision="year",
        cluster=4,
        source="https://www.statcan.gc.ca/eng/about/rpp/2013-2014/s00p02",
        published="2013-03-01",
    ),
    # case 42: the same report: 'This past year, ... continued': past
    B(
        text="This past year, while delivering the savings required under Budget 2012, Statistics Canada continued its tradition of delivering a steady stream of high-quality key indicators on the country's economic, social and environmental health, on budget, and in accordance with pre-announced schedules.",
        due=None,
        vague=False,
        said="2013-03-01 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.statcan.gc.ca/eng/about/rpp/2013-2014/s00p02",
        published="2013-03-01",
    ),
    # case 43: the same report: 'The most notable accomplishment of the past year was the release': past
    B(
        text="The most notable accomplishment of the past year was the release of results from the 2011 Census of Population for geographic areas that range from as large as the nation to as small as a city block.",
        due=None,
        vague=False,
        said="2013-03-01 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.statcan.gc.ca/eng/about/rpp/2013-2014/s00p02",
        published="2013-03-01",
    ),
    # case 44: the same report: 'In the coming fiscal year, Statistics Canada will publish results': the fiscal year after the one running at the moment of speaking; with the zone's fiscal year ending 31 December (blind_real.py docstring), the fiscal year 2014, ending 31 December 2014, end of day [local due 2014-12-31 23:59:59 America/Toronto, a Wednesday]. unsure: a careful reader could give 31 March 2014 23:59:59 local (Canada's fiscal year 2013-14, the one the report plans) or 1 March 2014 23:59:59 local (a year from the moment of speaking)
    B(
        text="In the coming fiscal year, Statistics Canada will publish results from the 2011 National Household Survey, which will provide details on the cultural, social and economic characteristics of the population for both large and small geographical areas across the country.",
        due="2015-01-01 04:59:59",
        vague=False,
        said="2013-03-01 15:00:00",
        tz="America/Toronto",
        day_first=True,
        precision="year",
        cluster=4,
        source="https://www.statcan.gc.ca/eng/about/rpp/2013-2014/s00p02",
        published="2013-03-01",
    ),
    # case 45: Statistics Canada blog post of Wednesday 20 January 2016 (statcan.gc.ca, 'census talk'); zone America/Toronto (EST), said 15:00 UTC (10:00 EST) as handed over. 'It has been 350 years since ... 1665–1666': past
    B(
        text="It has been 350 years since the first census data were collected in New France in the winter of 1665–1666.",
        due=None,
        vague=False,
        said="2016-01-20 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.statcan.gc.ca/eng/blog-blogue/cs-sc/census_talk",
        published="2016-01-20",
    ),
    # case 46: the same post: 'In November 2015, when the newly elected government asked ...': past
    B(
        text="In November 2015, when the newly elected government asked Statistics Canada to reinstate the mandatory long-form census, the agency was prepared to change paths quickly.",
        due=None,
        vague=False,
        said="2016-01-20 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.statcan.gc.ca/eng/blog-blogue/cs-sc/census_talk",
        published="2016-01-20",
    ),
    # case 47: Statistics Canada, Departmental Plan 2022-2023 (statcan.gc.ca); zone America/Toronto (EST), said 15:00 UTC (10:00 EST) as handed over. 'the agency will deliver results over the coming year': told as going to happen; 'the coming year' said outside the last month of a calendar year (and of the zone's 31 December fiscal year) is a year from the moment of speaking (parser docstring), Friday 3 March 2023, end of day [local due 2023-03-03 23:59:59 America/Toronto, a Friday]. unsure: a careful reader could give 31 March 2023 23:59:59 local (the plan's fiscal year 2022-23, April to March)
    B(
        text="In particular, the agency will deliver results over the coming year based on the following priorities, which include ongoing recommendations from world-class statistical advisory bodies such as the Canadian Statistics Advisory Council:",
        due="2023-03-04 04:59:59",
        vague=False,
        said="2022-03-03 15:00:00",
        tz="America/Toronto",
        day_first=True,
        precision="year",
        cluster=4,
        source="https://www.statcan.gc.ca/eng/about/dp/2022-2023/s02",
        published="2022-03-03",
    ),
    # case 48: IRS news release of Friday 12 April 2019 (irs.gov); zone America/New_York (EDT), said 14:00 UTC (10:00 EDT) as handed over. The IRS 'reminds' now; what is left to check is 'the April tax-filing deadline just days away': the month named, definite over the vague 'days away' (parser docstring), its end, 30 April 2019 [local due 2019-04-30 23:59:59 America/New_York, a Tuesday]. unsure: a careful reader could give 19 April 2019 23:59:59 local, vague ('just days away' as 'within days', 7 days) or due None with no refusal word (the reminder is done as spoken; the deadline is the taxpayers', named but not set here)
    B(
        text="With the April tax-filing deadline just days away, the Internal Revenue Service reminds the 50 million taxpayers who have yet to file their tax returns that there are a variety of options to help them in the final days of tax-filing season.",
        due="2019-05-01 03:59:59",
        vague=False,
        said="2019-04-12 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="month",
        cluster=4,
        source="http://www.irs.gov/newsroom/with-tax-filing-deadline-nearing-irs-says-about-50-million-still-need-to-file",
        published="2019-04-12",
    ),
    # case 49: the same release: returns 'expected to be filed during 2019, with millions expected just before the April tax deadline': told as going to happen (CONVENTIONS 4.3 last paragraph, 'expect'); of 'during 2019' and 'just before the April ... deadline' the later counts (CONVENTIONS 6.2), 31 December 2019, end of day; 'the 2018 tax year' names the returns [local due 2019-12-31 23:59:59 America/New_York, a Tuesday]. unsure: a careful reader could give due None with no refusal word (a forecast of what taxpayers will do, no undertaking)
    B(
        text="About 153 million individual tax returns for the 2018 tax year are expected to be filed during 2019, with millions expected just before the April tax deadline.",
        due="2020-01-01 04:59:59",
        vague=False,
        said="2019-04-12 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="year",
        cluster=4,
        source="http://www.irs.gov/newsroom/with-tax-filing-deadline-nearing-irs-says-about-50-million-still-need-to-file",
        published="2019-04-12",
    ),
    # case 50: the same release: 'The deadline ... is Monday, April 15, 2019': end of that day (weekday agrees) [local due 2019-04-15 23:59:59 America/New_York, a Monday]
    B(
        text="The deadline to file 2018 individual tax returns and pay taxes owed is Monday, April 15, 2019, for most taxpayers.",
        due="2019-04-16 03:59:59",
        vague=False,
        said="2019-04-12 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://www.irs.gov/newsroom/with-tax-filing-deadline-nearing-irs-says-about-50-million-still-need-to-file",
        published="2019-04-12",
    ),
    # case 51: the same release: 'the deadline for taxpayers living in Maine or Massachusetts is April 17, 2019': end of that day [local due 2019-04-17 23:59:59 America/New_York, a Wednesday]
    B(
        text="Because of local holidays, the deadline for taxpayers living in Maine or Massachusetts is April 17, 2019.",
        due="2019-04-18 03:59:59",
        vague=False,
        said="2019-04-12 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://www.irs.gov/newsroom/with-tax-filing-deadline-nearing-irs-says-about-50-million-still-need-to-file",
        published="2019-04-12",
    ),
    # case 52: the same release: 'an automatic six-month filing extension' is the standing length of an extension any taxpayer may request, with no start of its own: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a length naming the extension; the sentence only says where information is)
    B(
        text="Information about free e-file options, such as IRS Free File, how to request an automatic six-month filing extension or fast, secure ways to pay any tax due using IRS Direct Pay are available online at IRS.gov.",
        due=None,
        vague=False,
        said="2019-04-12 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="http://www.irs.gov/newsroom/with-tax-filing-deadline-nearing-irs-says-about-50-million-still-need-to-file",
        published="2019-04-12",
    ),
    # case 53: the same release: 'The busiest part of tax season begins this week': the one-off start falls within this week (8 to 14 April 2019), due at its end, Sunday 14 April 2019 (weeks run Monday to Sunday, parser docstring; CONVENTIONS 3.1) [local due 2019-04-14 23:59:59 America/New_York, a Sunday]. unsure: a careful reader could give 'earliest' with Monday 8 April 2019 00:00 local (a period given only its start, CONVENTIONS 3.2)
    B(
        text="The busiest part of tax season begins this week, with millions of people planning to file.",
        due="2019-04-15 03:59:59",
        vague=False,
        said="2019-04-12 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="week",
        cluster=4,
        source="http://www.irs.gov/newsroom/with-tax-filing-deadline-nearing-irs-says-about-50-million-still-need-to-file",
        published="2019-04-12",
    ),
    # case 54: the same release: 'By April 5, the IRS had received': past
    B(
        text="By April 5, the IRS had received more than 103 million tax returns and issued almost 78 million tax refunds totaling $220.8 billion.",
        due=None,
        vague=False,
        said="2019-04-12 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.irs.gov/newsroom/with-tax-filing-deadline-nearing-irs-says-about-50-million-still-need-to-file",
        published="2019-04-12",
    ),
    # case 55: VOA Learning English newscast of Wednesday 27 January 2016 (learningenglish.voanews.com); zone America/New_York (EST), said 22:00 UTC (17:00 EST) as handed over. 'is expected to decide Thursday': told as going to happen (CONVENTIONS 4.3 last paragraph), the next Thursday on or after the day of speaking, Thursday 28 January 2016, end of day (CONVENTIONS 3.1) [local due 2016-01-28 23:59:59 America/New_York, a Thursday]
    B(
        text="A committee of key Syrian opposition groups is expected to decide Thursday whether to participate in U.N.-brokered peace talks in Geneva.",
        due="2016-01-29 04:59:59",
        vague=False,
        said="2016-01-27 22:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://learningenglish.voanews.com/a/voa-newscast-january-27-2016/3165562.html",
        published="2016-01-27",
    ),
    # case 56: the same newscast: invitations 'sent out ... on Tuesday': past
    B(
        text="U.N. Syria envoy Staffan de Mistura sent out invitations to the negotiations on Tuesday, but did not disclose who was on the list.",
        due=None,
        vague=False,
        said="2016-01-27 22:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://learningenglish.voanews.com/a/voa-newscast-january-27-2016/3165562.html",
        published="2016-01-27",
    ),
    # case 57: the same newscast: 'agreed Wednesday to work together': the agreeing told as done; the work to ensure has no time: past
    B(
        text="The United States and China agreed Wednesday to work together to ensure that North Korea ends its nuclear weapons program.",
        due=None,
        vague=False,
        said="2016-01-27 22:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://learningenglish.voanews.com/a/voa-newscast-january-27-2016/3165562.html",
        published="2016-01-27",
    ),
    # case 58: the same newscast: 'have authorized an investigation' into the 2008 conflict: past
    B(
        text="International Criminal Court judges have authorized an investigation into allegations that war crimes and crimes against humanity were committed during the 2008 Russia-Georgia conflict.",
        due=None,
        vague=False,
        said="2016-01-27 22:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://learningenglish.voanews.com/a/voa-newscast-january-27-2016/3165562.html",
        published="2016-01-27",
    ),
    # case 59: the same newscast: 'sold 10.15 million vehicles worldwide in 2015': past
    B(
        text="Japanese-based Toyota Motor Corporation says it sold 10.15 million vehicles worldwide in 2015.",
        due=None,
        vague=False,
        said="2016-01-27 22:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://learningenglish.voanews.com/a/voa-newscast-january-27-2016/3165562.html",
        published="2016-01-27",
    ),
    # case 60: the same newscast: 'the world's top-selling automaker for the fourth consecutive year': the years counted are gone: past. unsure: a careful reader could give due None with no refusal word (a count framing a ranking, no time of any act, parser docstring stop 60)
    B(
        text="That makes Toyota the world's top-selling automaker for the fourth consecutive year.",
        due=None,
        vague=False,
        said="2016-01-27 22:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://learningenglish.voanews.com/a/voa-newscast-january-27-2016/3165562.html",
        published="2016-01-27",
    ),
    # case 61: the same newscast: 'have killed' and 'kidnapped ... nearly two years ago': past
    B(
        text="Suicide bombers have killed at least 10 people in Chibok, the Nigerian town where Boko Haram kidnapped more than 200 schoolgirls nearly two years ago.",
        due=None,
        vague=False,
        said="2016-01-27 22:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://learningenglish.voanews.com/a/voa-newscast-january-27-2016/3165562.html",
        published="2016-01-27",
    ),
    # case 62: The White House, proclamation of President Eisenhower for Flag Day 1959, as printed in the Statutes at Large, vol. 73 (en.wikisource.org); zone America/New_York (EDT), said 14:00 UTC (10:00 EDT) as handed over. '14 June 1777' and '3 August 1949' are past and 'June 14 of each year' the standing designation; what is proclaimed is 'Sunday, June 14, 1959, to be Flag Day', with the flag displayed 'on that day': the day proclaimed, end of day (CONVENTIONS 3.1; weekday agrees) [local due 1959-06-14 23:59:59 America/New_York, a Sunday]. unsure: a careful reader could give due None with no refusal word (the proclaiming is done as spoken and the display is asked of officials, CONVENTIONS 4.3)
    B(
        text='WHEREAS on June 14, 1777, the Continental Congress resolved "That the flag of the thirteen United States be thirteen stripes, alternate red and white: that the union be thirteen stars, white in a blue field, representing a new constellation"; and WHEREAS the flag\'s original field of stars has expanded with the passing years as our Nation has grown and prospered under the principles of liberty, justice, and representative government; and WHEREAS it is fitting that on the anniversary of its origin we pay especial honor to the Stars and Stripes, which stands for the basic principles of our Republic; and WHEREAS the Congress, by a joint resolution approved August 3, 1949 (63 Stat. 492), designated June 14 of each year as Flag D a y and requested the President to issue annually a proclamation calling for the observance of that day: NOW, THEREFORE, I, DWIGHT D. EISENHOWER, President of the United States of America, do hereby proclaim Sunday, June 14, 1959, to be Flag D a y; and I call upon the responsible officials of the Federal Government and of the State and local governments to arrange for the display of the flag on all public buildings on that day.',
        due="1959-06-15 03:59:59",
        vague=False,
        said="1959-06-10 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_73.djvu/952",
        published="1959-06-10",
    ),
    # case 63: the same proclamation: 'I also urge the people ... to observe Flag Day': a request to others, no time of its own in the sentence: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="I also urge the people of the United States to observe Flag Day by flying the flag at their homes and other suitable places and by organizing and participating in appropriate services and ceremonies.",
        due=None,
        vague=False,
        said="1959-06-10 14:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=1,
        source="https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_73.djvu/952",
        published="1959-06-10",
    ),
    # case 64: NRC announcement of public meetings, as carried by cillrwcc.org on Saturday 3 August 2019; zone America/New_York (EDT), said 14:00 UTC (10:00 EDT) as handed over. The Act 'signed into law in January' and what it 'included': past
    B(
        text="The Nuclear Energy Innovation and Modernization Act, signed into law in January, included a requirement that the NRC submit a report to Congress on best practices for community advisory boards associated with nuclear power plants.",
        due=None,
        vague=False,
        said="2019-08-03 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://cillrwcc.org/2019/08/03/nrc-announces-public-meetings-dates-and-venues-for-community-advisory-boards-near-decommissioning-nuclear-power-plants",
        published="2019-08-03",
    ),
    # case 65: the same announcement: 'sought public comment in March': past
    B(
        text="The NRC staff sought public comment in March on where to hold these meetings.",
        due=None,
        vague=False,
        said="2019-08-03 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://cillrwcc.org/2019/08/03/nrc-announces-public-meetings-dates-and-venues-for-community-advisory-boards-near-decommissioning-nuclear-power-plants",
        published="2019-08-03",
    ),
    # case 66: VOA Learning English report of Wednesday 28 October 2015 (learningenglish.voanews.com); zone America/New_York (EDT), said 19:00 UTC (15:00 EDT) as handed over. 'said Wednesday' dates the speaking only (CONVENTIONS 2.2); being 'prepared to work' has no time: due None with no refusal word
    B(
        text="A White House spokesman said Wednesday the United States is prepared to work with any nation, including Russia and Iran, to resolve the conflict in Syria.",
        due=None,
        vague=False,
        said="2015-10-28 19:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=1,
        source="https://learningenglish.voanews.com/a/3026996.html",
        published="2015-10-28",
    ),
    # case 67: the same report: diplomats 'are due to attend multilateral talks later this week': 'later this <period>' runs from the reference to the period's end (parser docstring), Sunday 1 November 2015 (weeks run Monday to Sunday; EST again from that morning); not among the documented vague words [local due 2015-11-01 23:59:59 America/New_York, a Sunday]
    B(
        text="Diplomats from Russia and Iran, both of whom are allies of Syrian President Bashar al-Assad, are due to attend multilateral talks later this week in Vienna.",
        due="2015-11-02 04:59:59",
        vague=False,
        said="2015-10-28 19:00:00",
        tz="America/New_York",
        day_first=True,
        precision="week",
        cluster=4,
        source="https://learningenglish.voanews.com/a/3026996.html",
        published="2015-10-28",
    ),
    # case 68: the same report: 'said Tuesday' dates the speaking only (CONVENTIONS 2.2); the strategy's airstrikes and 'possible ground assaults' have no time: due None with no refusal word
    B(
        text="But Defense Secretary Ash Carter said Tuesday a change in strategy includes more airstrikes and possible ground assaults.",
        due=None,
        vague=False,
        said="2015-10-28 19:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=1,
        source="https://learningenglish.voanews.com/a/3026996.html",
        published="2015-10-28",
    ),
    # case 69: the same report: Schultz 'Wednesday backed up' the statement: an act told as done: past
    B(
        text="White House Press Secretary Eric Schultz Wednesday backed up Carter's statement, making clear the United States \"retain[s] the ability to conduct limited operations in Syria.”",
        due=None,
        vague=False,
        said="2015-10-28 19:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://learningenglish.voanews.com/a/3026996.html",
        published="2015-10-28",
    ),
    # case 70: the same report: 'addressed a news conference Wednesday': past
    B(
        text="Lowassa addressed a news conference Wednesday in Dar es Salaam, flanked by officials of parties that make up the opposition coalition.",
        due=None,
        vague=False,
        said="2015-10-28 19:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://learningenglish.voanews.com/a/3026996.html",
        published="2015-10-28",
    ),
)
