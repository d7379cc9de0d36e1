"""A SECOND, independent labelling of the hundred-and-eighty-ninth fresh set's 73 real deadline
phrasings (issue 12: agreement between two labellers).

Made on 2026-12-07 (UTC), from 12:43 on the machine's clock, by a second labelling helper
(branch issue12a189-s64), from the phrasings, the moments of speaking (`said`), the publishers'
zones (`tz`), `day_first`, clusters, the source addresses and the publication dates exactly as
the first labeller established them (handed over without labels, in the first labeller's
order, in the brief's input file `fresh189_phrasings.json`; the comments number the cases by
that file's `n`, from 1). It was made WITHOUT seeing the first labeller's labels: neither
`blind_fresh189.py` to `blind_fresh193.py`, their README sections, any labeller's worktree or
branch, the articles `blind150/` and `blind151/`, nor any other blind file was opened. No
source page was opened either: each label was worked out by hand from the words, the moment of
speaking and the zone (the source descriptions in the comments are read from the addresses and
the words). Nothing of the project was run on these texts (no parser, bench or tests). The
rules used were `tests/data/deadlines/CONVENTIONS.md` (which decides; 4.3 and 5.1 included),
the docstring and `BlindCase` of `blind_real.py` (its moved amendment "to insert 'fourth day of
April'" as precedent), the top docstring of the parser package (`bot/core/deadlines/__init__.py`:
the vague windows, "early <month>" as days 1-10, meteorological seasons, a bare weekday's next
occurrence, weeks running Monday to Sunday, a result more than a day before the reference as
no deadline, a date naming a thing as no time, "could" of stop 57), the model
`fresh184_second.py` and, for precedent, the comments of the seen sets (`blind_fresh184.py` to
`blind_fresh188.py`: a plan put modestly stays dated, an Order of Business's clock times at the
later one on the day of speaking, an undated recess or Royal Assent as `event`, "the months and
year to come" read as a vague window at its later end). UTC wall times, weekdays and offsets
were computed in a scratch script outside the repository with the standard library's zoneinfo
and datetime only. `said` is as handed over (10:00 local on the publication day in most cases:
09:00 UTC in Brussels under CET, 09:00 UTC in London and Dublin under summer time and 10:00
UTC under GMT, 14:00 or 15:00 UTC in New York; 21:45 UTC for the Commons of 18 November
1970, 14:43 UTC for the Lords of 31 January 1978 and 14:42 UTC for the Lords of 17 December
1979); each due instant's comment gives its local wall time and weekday.

Its only purpose is to measure how far two careful labellers agree on the same phrasings (the
agreement bounds what a 90% target on the first labeller's set can tell). It is not a scoring
set of its own. Labels marked "unsure" in their comment are the ones a careful reader could
really defend otherwise; the comment names the other reading. Never edit these labels to fit
the parser or the first labeller.

Readings applied throughout (hard calls, named so that a disagreement can be traced):
- Questions in the Houses ("To ask Her Majesty's Government whether ...", "Before
  Christmas?", a question seeking to confirm a commitment) fix no time (CONVENTIONS 4.3); a
  question whose only time words date acts or promises gone ("on 14th November last", "22nd
  May 1974 ... quite soon") is `past`, marked unsure with the question reading.
- A plan or expectation told as going to happen ("we aim for ... by the end of this year",
  "The Government still hope to publish ... as soon as possible", "hopes to introduce very
  shortly", "I expect a reply ... in due course", "I understand that time will be provided
  ... on 26 June") stays dated (CONVENTIONS 4.3 last paragraph); what is only made possible
  ("can begin this week") or a counterfactual ("could have taken effect from 1st April") is
  no undertaking (4.2).
- "as soon as possible", "shortly", "very shortly", "in due course" are the documented vague
  window of 60 days (5.1); "the weeks, months and years to come" the later of the documented
  windows, 3 years (unsure).
- A parliamentary session, the summer or Christmas recess and a European Council meeting are
  undated in the sentence: a time hung on them is `event`; a present state or a foreseen
  pressure over "this session" is no deadline (unsure `event`).
- The Order of Business's clock times with no day of their own fall on the day of speaking
  at the later time (6.1, 6.3; unsure: a proposal, 4.3); a moved amendment writing a date into
  a Bill is dated as `blind_real.py`'s (unsure: a proposal, 4.3).
- A day word on a verb of speaking ("said ... Tuesday", "called Wednesday for", "Earlier
  Wednesday, Russian media quoted") dates only the speaking (2.2); other acts with a weekday
  or "today" in the perfect or past are `past` (2.4); "have until <date>" is a time limit
  given to named actors (1.2), and a move to a new day counts the new day (4.1).
- A date that only names a standing deadline ("the Oct. 15 extension deadline") is no act's
  time; a bond's maximum life from each issue is `recurring` (1.3).

Tally (this labelling): 21 cases with a due instant (2 clock times, 7 vague; the rest days,
months and years) and 52 without (30 past, 4 event, 1 recurring, no negated, no earliest,
and 17 with no refusal word: questions, possibilities, a counterfactual, present states, a
flourish, verbs of speaking, a date naming a deadline); 22 labels marked "unsure"; two
"page:" comments (both the day of speaking).
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH189_SECOND: tuple[BlindCase, ...] = (
    # case 1: European Commission, speech to the European Parliament as released on europa.eu (press release SPEECH/12/939, Wednesday 12 December 2012); zone Europe/Brussels (CET), said 09:00 UTC (10:00 CET) as handed over. The intention announced in September to present the blueprint 'still this autumn' is told of the past, and the autumn (meteorological, September to November, parser docstring) ended on 30 November 2012, more than a day before the moment of speaking: past (CONVENTIONS 2.2, 5.3; parser docstring: a result more than a day before the reference is no deadline)
    B(
        text="When I addressed this house on the State of the Union in September I announced the Commission's intention to present a blueprint on how to deepen economic and monetary union still this autumn.",
        due=None,
        vague=False,
        said="2012-12-12 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://europa.eu/rapid/press-release_SPEECH-12-939_en.htm?locale=FR",
        published="2012-12-12",
    ),
    # case 2: the same speech: 'On 28 November, the Commission has delivered': a perfect with a gone day: past (CONVENTIONS 2.4)
    B(
        text="On 28 November, the Commission has delivered on this promise.",
        due=None,
        vague=False,
        said="2012-12-12 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://europa.eu/rapid/press-release_SPEECH-12-939_en.htm?locale=FR",
        published="2012-12-12",
    ),
    # case 3: the same speech: 'during our debate in October ... I presented': past
    B(
        text="More specifically, let me recall that during our debate in October, when discussing the outcome of the October European Council, I presented to you already the broad lines of this blueprint: the key principles, the main deliverables in the short and in the longer term, and how we want to strike the balance between responsibility and solidarity.",
        due=None,
        vague=False,
        said="2012-12-12 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://europa.eu/rapid/press-release_SPEECH-12-939_en.htm?locale=FR",
        published="2012-12-12",
    ),
    # case 4: the same speech: 'Parliament's own resolution of 20 November': a year-less date that names a resolution already adopted, referring back: past (blind_real.py docstring)
    B(
        text='I am sure, by the way, that you have noted the large degree of convergence between this blueprint and Parliament\'s own resolution of 20 November "Towards a genuine EMU", based on the report by Marianne Thyssen.',
        due=None,
        vague=False,
        said="2012-12-12 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://europa.eu/rapid/press-release_SPEECH-12-939_en.htm?locale=FR",
        published="2012-12-12",
    ),
    # case 5: the same speech: 'I made it very clear already in October': past
    B(
        text="And I made it very clear already in October that the blueprint is the start of a debate, and not its end.",
        due=None,
        vague=False,
        said="2012-12-12 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://europa.eu/rapid/press-release_SPEECH-12-939_en.htm?locale=FR",
        published="2012-12-12",
    ),
    # case 6: European Commission, speech after the European Council, as released on europa.eu (press release SPEECH/12/960, Monday 17 December 2012); zone Europe/Brussels (CET), said 09:00 UTC (10:00 CET) as handed over. 'I said' last week dates only the speaking (CONVENTIONS 2.2); what the Council set out is to be delivered 'in the weeks, months and years to come': the documented vague windows, of which the later end counts ('the coming years', 3 years, parser docstring; CONVENTIONS 5.1, 6.1), Thursday 17 December 2015, end of day, vague [local due 2015-12-17 23:59:59 Europe/Brussels, a Thursday]. unsure: a careful reader could give due None with no refusal word (a programme described in a report of last week's words, no undertaking of its own) or 'past'
    B(
        text="When I addressed you last week in Strasbourg I said that this is no time for complacency and this European Council was the occasion to take the decisions needed on the path towards a deep economic and monetary union, and to set out the actions that will need to be progressively delivered in the weeks, months and years to come.",
        due="2015-12-17 22:59:59",
        vague=True,
        said="2012-12-17 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        precision="year",
        cluster=5,
        source="http://europa.eu/rapid/press-release_SPEECH-12-960_en.htm",
        published="2012-12-17",
    ),
    # case 7: the same speech: 'last week saw progress': past
    B(
        text="Measured against these objectives, last week saw progress.",
        due=None,
        vague=False,
        said="2012-12-17 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://europa.eu/rapid/press-release_SPEECH-12-960_en.htm",
        published="2012-12-17",
    ),
    # case 8: the same speech: adopted 'on 12th September' and the Council's position 'on 12th December', five days before the moment of speaking, both told as done: past
    B(
        text="The proposals on the Single Supervisory mechanism adopted by the Commission on 12th September made it possible for the unanimous position by the Council on 12th December, only three months later.",
        due=None,
        vague=False,
        said="2012-12-17 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://europa.eu/rapid/press-release_SPEECH-12-960_en.htm",
        published="2012-12-17",
    ),
    # case 9: the same speech: 'the trilogue discussions ... can begin this week': what the Parliament's speed makes possible, no undertaking of a time: due None with no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give Sunday 23 December 2012, end of day (a start told as going to happen this week, at the week's end; weeks run Monday to Sunday, parser docstring) [2012-12-23 22:59:59 UTC]
    B(
        text="The Parliament with its two rapporteurs Mrs Thyssen and Mr Giegold has worked just as quickly, which means that the trilogue discussions towards final adoption can begin this week.",
        due=None,
        vague=False,
        said="2012-12-17 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        cluster=1,
        source="http://europa.eu/rapid/press-release_SPEECH-12-960_en.htm",
        published="2012-12-17",
    ),
    # case 10: a speech of the President of the European Commission at the end of the Spanish Presidency, as carried by kurzy.cz (Friday 15 December 2023); zone Europe/Brussels (CET), said 09:00 UTC (10:00 CET) as handed over. Work 'over the last six months', told in the perfect: past
    B(
        text="I would like to start with a big thank you Prime Minister, dear Pedro, and I would like to thank the Spanish team that has been working so tirelessly on this excellent Spanish Presidency over the last six months.",
        due=None,
        vague=False,
        said="2023-12-15 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kurzy.cz/tema/8546997.html",
        published="2023-12-15",
    ),
    # case 11: the same speech: 'agreed last week': past
    B(
        text="Just take for example the Artificial Intelligence Act that has been agreed last week after a marathon trilogue.",
        due=None,
        vague=False,
        said="2023-12-15 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kurzy.cz/tema/8546997.html",
        published="2023-12-15",
    ),
    # case 12: the same speech: 'we aim for a political agreement on the Pact by the end of this year': the speaker's aim, a plan put modestly, stays dated (CONVENTIONS 4.3 last paragraph); the year's end, 31 December 2023 (CONVENTIONS 3.5, 'by <period>') [local due 2023-12-31 23:59:59 Europe/Brussels, a Sunday]
    B(
        text="Here, we aim for a political agreement on the Pact by the end of this year.",
        due="2023-12-31 22:59:59",
        vague=False,
        said="2023-12-15 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        precision="year",
        cluster=4,
        source="https://www.kurzy.cz/tema/8546997.html",
        published="2023-12-15",
    ),
    # case 13: the same speech: 'this Presidency ends and the new year will start with excellent news': a flourish on the turn of the year, no act undertaken and no time of its own for the news: due None with no refusal word. unsure: a careful reader could give Monday 1 January 2024, end of day (the new year's start as a one-off event told as going to happen, CONVENTIONS 3.1) [2024-01-01 22:59:59 UTC]
    B(
        text="Now, this Presidency ends and the new year will start with excellent news for the European Union and our neighbourhood and friends.",
        due=None,
        vague=False,
        said="2023-12-15 09:00:00",
        tz="Europe/Brussels",
        day_first=True,
        cluster=1,
        source="https://www.kurzy.cz/tema/8546997.html",
        published="2023-12-15",
    ),
    # case 14: UK Parliament, historic Hansard, House of Commons, Wednesday 18 November 1970, 'Commencement of Family Income Supplement' (api.parliament.uk); zone Europe/London (British Standard Time, UTC+1 all year from 1968 to 1971, as zoneinfo gives), said 21:45 UTC (22:45 local) as handed over. The amendment moved writes a commencement 'Not being later than the fifth day of April 1971' into the Bill: dated as blind_real.py's moved amendment ('to insert "fourth day of April"'), Monday 5 April 1971, end of day ('not later than' keeps the day) [local due 1971-04-05 23:59:59 Europe/London, a Monday]. unsure: a careful reader could give due None with no refusal word (an amendment is a proposal put forward for agreement, CONVENTIONS 4.3)
    B(
        text="I beg to move Amendment No. 62, in page 7, line 11, at end insert: 'Not being later than the fifth day of April 1971'.",
        due="1971-04-05 22:59:59",
        vague=False,
        said="1970-11-18 21:45:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=1,
        source="https://api.parliament.uk/historic-hansard/commons/1970/nov/18/commencement-of-family-income-supplement",
        published="1970-11-18",
    ),
    # case 15: the same debate: the tax cut 'takes effect in early April', a one-off event told as going to happen (CONVENTIONS 3.1), the next April, read at the later end of 'early' (days 1-10, parser docstring): Saturday 10 April 1971, end of day [local due 1971-04-10 23:59:59 Europe/London, a Saturday]. unsure: a careful reader could give 'earliest' with 1 August 1971 00:00 local (the poorest 'must wait until August', a lower bound as 'not until', CONVENTIONS 3.2) [1971-07-31 23:00:00 UTC], or due None with no refusal word (a contrast drawn in argument, no undertaking)
    B(
        text="The right hon. Gentleman will have to admit that there is a most unfortunate contrast between the urgency of the tax cut of about £300 million which goes mainly to the better off, and takes effect in early April, and the £7 million for the poorest, who must wait until August.",
        due="1971-04-10 22:59:59",
        vague=False,
        said="1970-11-18 21:45:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1970/nov/18/commencement-of-family-income-supplement",
        published="1970-11-18",
    ),
    # case 16: the same debate: 'it could have taken effect from 1st April' had the alternatives been accepted: a counterfactual, no undertaking: due None with no refusal word (CONVENTIONS 4.2; parser docstring stop 57, 'could'). unsure: a careful reader could give 'past' (told in the past perfect of what was not done)
    B(
        text="What is more, if the alternative methods which have been suggested from this side of the House had been accepted, such as, for example, the suggestion of Professor Abel-Smith, not only could a larger sum have been allotted but it could have taken effect from 1st April.",
        due=None,
        vague=False,
        said="1970-11-18 21:45:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1970/nov/18/commencement-of-family-income-supplement",
        published="1970-11-18",
    ),
    # case 17: the same debate: what was 'said in 1964': past
    B(
        text="I could, but I shall not, cite what the right hon. Gentleman said in 1964 about supplementary benefits.",
        due=None,
        vague=False,
        said="1970-11-18 21:45:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1970/nov/18/commencement-of-family-income-supplement",
        published="1970-11-18",
    ),
    # case 18: UK Parliament, historic Hansard, House of Commons, Tuesday 21 March 1967, 'Land Commission' (api.parliament.uk); zone Europe/London (BST from 19 March 1967, UTC+1), said 09:00 UTC (10:00 BST) as handed over. 'I expect a reply ... in due course': a reply told as going to happen (CONVENTIONS 4.3 last paragraph, 'I expect'); 'in due course' is the documented vague window, 60 days (CONVENTIONS 5.1), Saturday 20 May 1967, end of day [local due 1967-05-20 23:59:59 Europe/London, a Saturday]. unsure: a careful reader could give due None with no refusal word (the speaker's expectation of another's act, no undertaking of his own)
    B(
        text="I expect a reply from my right hon. Friend in due course.",
        due="1967-05-20 22:59:59",
        vague=True,
        said="1967-03-21 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://api.parliament.uk/historic-hansard/commons/1967/mar/21/land-commission-1",
        published="1967-03-21",
    ),
    # case 19: the same debate: 'in the 1964 Elections', told as done: past
    B(
        text="I console myself with the thought that nothing did the party opposite more harm in the 1964 Elections than the lack of desire to do anything about land prices.",
        due=None,
        vague=False,
        said="1967-03-21 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/commons/1967/mar/21/land-commission-1",
        published="1967-03-21",
    ),
    # case 20: UK Parliament, historic Hansard, House of Lords, Tuesday 31 January 1978, 'Consumers and the Nationalised Industries' (api.parliament.uk); zone Europe/London (GMT), said 14:43 UTC as handed over. A question whose only time words, 'on 14th November last' and 'August 1976', date a statement and a report gone: past. unsure: a careful reader could give due None with no refusal word (a question asking for a date, CONVENTIONS 4.3)
    B(
        text="To ask Her Majesty's Government whether, in view of their Statement on 14th November last that progress had been made on the proposed White Paper dealing with the report of the National Consumer Council entitled Consumers and the Nationalised Industries published in August 1976, a date can now be given for publication of the White Paper.",
        due=None,
        vague=False,
        said="1978-01-31 14:43:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=1,
        source="https://api.parliament.uk/historic-hansard/lords/1978/jan/31/consumers-and-the-nationalised-industries",
        published="1978-01-31",
    ),
    # case 21: the same exchange: 'The Government still hope to publish ... as soon as possible': the Government's plan put modestly stays dated (CONVENTIONS 4.3 last paragraph); 'as soon as possible' is the documented vague window, 60 days (CONVENTIONS 5.1), Saturday 1 April 1978, end of day; 'no definite date has been set' denies only a fixed date [local due 1978-04-01 23:59:59 Europe/London, a Saturday, BST from 19 March]
    B(
        text="The Government still hope to publish a White Paper responding to this report and to that of the National Economic Development Office as soon as possible, but as yet 655 no definite date has been set for publication.",
        due="1978-04-01 22:59:59",
        vague=True,
        said="1978-01-31 14:43:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://api.parliament.uk/historic-hansard/lords/1978/jan/31/consumers-and-the-nationalised-industries",
        published="1978-01-31",
    ),
    # case 22: the same exchange: 'progress has been made since last November': past
    B(
        text="However, I can assure my noble friend that progress has been made since last November, both on the White Paper and on the implementation of some of the report's recommendations.",
        due=None,
        vague=False,
        said="1978-01-31 14:43:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1978/jan/31/consumers-and-the-nationalised-industries",
        published="1978-01-31",
    ),
    # case 23: the same exchange: 'this morning', told as done, and the invitation 'when he returns', an undated event: event (CONVENTIONS 1.3, 5.2). unsure: a careful reader could give 'past' ('this morning' being the only time word, told of the past)
    B(
        text="My Lords, I have been trying to give matters a little push this morning, without success, and I shall certainly invite the help of my noble friend Lord Oram when he returns.",
        due=None,
        vague=False,
        said="1978-01-31 14:43:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1978/jan/31/consumers-and-the-nationalised-industries",
        published="1978-01-31",
    ),
    # case 24: UK Parliament, historic Hansard, House of Lords, Tuesday 15 April 1975, 'Computer-Stored Information' (api.parliament.uk); zone Europe/London (BST from 16 March 1975, UTC+1), said 09:00 UTC (10:00 BST) as handed over. The answer 'on 27th January' is gone; 'proceeding urgently' is no documented window: past
    B(
        text="My Lords, work is proceeding urgently on the re-examination of certain aspects of the White Paper, to which I referred in answer to a Question by my noble and learned friend on 27th January; but I am afraid it has not yet been completed.",
        due=None,
        vague=False,
        said="1975-04-15 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1975/apr/15/computer-stored-information",
        published="1975-04-15",
    ),
    # case 25: the same exchange: 'the Paper will be published as soon as possible': the Minister's assurance, the documented vague window, 60 days (CONVENTIONS 5.1), Saturday 14 June 1975, end of day [local due 1975-06-14 23:59:59 Europe/London, a Saturday]
    B(
        text="I can assure him, however, that the Paper will be published as soon as possible.",
        due="1975-06-14 22:59:59",
        vague=True,
        said="1975-04-15 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://api.parliament.uk/historic-hansard/lords/1975/apr/15/computer-stored-information",
        published="1975-04-15",
    ),
    # case 26: the same exchange: a question whose time words (1972, 1973, 'that year, 1973', 22nd May 1974 and 'quite soon' as said then) all date promises gone: past (CONVENTIONS 5.3). unsure: a careful reader could give due None with no refusal word (a question, CONVENTIONS 4.3)
    B(
        text="My Lords, while thanking my noble friend for that Answer, may I ask him whether I am right in thinking it was in 1972 that the right honourable gentleman Mr. Maudling said he had completed his Working Party Report and anticipated turning it into a White Paper; that it was 1973 when the right honourable gentleman Mr. Carr promised a White Paper for that year, 1973, and that it was on the 22nd May 1974 that my noble friend said that the Government regarded this as a matter of urgency and the White Paper would be published quite soon?",
        due=None,
        vague=False,
        said="1975-04-15 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=1,
        source="https://api.parliament.uk/historic-hansard/lords/1975/apr/15/computer-stored-information",
        published="1975-04-15",
    ),
    # case 27: the same exchange: 'On the 31st October of last year my noble friend said that he hoped to do it by Christmas': Christmas 1974, gone: past
    B(
        text="On the 31st October of last year my noble friend said that he hoped to do it by Christmas.",
        due=None,
        vague=False,
        said="1975-04-15 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1975/apr/15/computer-stored-information",
        published="1975-04-15",
    ),
    # case 28: the same exchange: a question asking the Government to give an approximate month; 'now in April and getting into May' tells the present: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="We are now in April and getting into May, and after all this time is it really not possible for the Government to say, first, in what approximate month they anticipate publishing the White Paper, and, secondly, in what approximate month they anticipate declaring their views on the Younger Committee's Report as a whole?",
        due=None,
        vague=False,
        said="1975-04-15 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://api.parliament.uk/historic-hansard/lords/1975/apr/15/computer-stored-information",
        published="1975-04-15",
    ),
    # case 29: UK Parliament, historic Hansard, House of Lords, Monday 17 December 1979, 'Legislative Congestion' (api.parliament.uk); zone Europe/London (GMT), said 14:42 UTC as handed over. A question ('To ask Her Majesty's Government whether ...'); 'before the Summer Recess' is undated in it anyway: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="To ask Her Majesty's Government whether the legislative programme intended for the present Session, and to be taken before the Summer Recess, will avoid a repetition of certain past years when this House has been expected to deal with a congestion of legislation which could only be passed by unduly prolonged sittings, the House having to continue sitting into the Recess, or Bills having to be passed without time for adequate consideration and debate.",
        due=None,
        vague=False,
        said="1979-12-17 14:42:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://api.parliament.uk/historic-hansard/lords/1979/dec/17/legislative-congestion",
        published="1979-12-17",
    ),
    # case 30: the same exchange: 'Parliament will be under some pressure this Session': a state foreseen over a session the sentence does not date, no act to check: due None with no refusal word. unsure: a careful reader could give 'event' (this Session, an undated period, CONVENTIONS 1.3)
    B(
        text="My Lords, the Government recognise that Parliament will be under some pressure this Session.",
        due=None,
        vague=False,
        said="1979-12-17 14:42:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://api.parliament.uk/historic-hansard/lords/1979/dec/17/legislative-congestion",
        published="1979-12-17",
    ),
    # case 31: the same exchange: a question about the risk of 'a July log-jam': due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="Furthermore, will not the Government decision (which was insisted upon by the Opposition in another place) to take the Local Government Bill first in the Commons and then here seriously increase the risk of a July log-jam?",
        due=None,
        vague=False,
        said="1979-12-17 14:42:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://api.parliament.uk/historic-hansard/lords/1979/dec/17/legislative-congestion",
        published="1979-12-17",
    ),
    # case 32: the same exchange: a question asking whether the Government will consider a carry-over after the Summer Recess: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="In order to ease this possibility, will the Government consider a really formidable carrying-over of legislation after the House meets after the Summer Recess and before the winding up of the Session?—for only by such means do I believe that the log-jam is likely to be avoided.",
        due=None,
        vague=False,
        said="1979-12-17 14:42:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://api.parliament.uk/historic-hansard/lords/1979/dec/17/legislative-congestion",
        published="1979-12-17",
    ),
    # case 33: UK Parliament, historic Hansard, House of Lords, Wednesday 15 February 1989, 'The Environment: Government Policy' (api.parliament.uk); zone Europe/London (GMT), said 10:00 UTC as handed over. 'the debate that we had on pollution last week': past
    B(
        text="Many of the matters that she raised were discussed in the debate that we had on pollution last week.",
        due=None,
        vague=False,
        said="1989-02-15 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://api.parliament.uk/historic-hansard/lords/1989/feb/15/the-environment-government-policy",
        published="1989-02-15",
    ),
    # case 34: the same exchange: 'They will be available shortly': the documented vague window, 60 days (CONVENTIONS 5.1), Sunday 16 April 1989, end of day [local due 1989-04-16 23:59:59 Europe/London, a Sunday, BST from 26 March]
    B(
        text="They will be available shortly.",
        due="1989-04-16 22:59:59",
        vague=True,
        said="1989-02-15 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://api.parliament.uk/historic-hansard/lords/1989/feb/15/the-environment-government-policy",
        published="1989-02-15",
    ),
    # case 35: the same exchange: a question whose only time word dates an interview 'on 14th November', gone: past. unsure: a careful reader could give due None with no refusal word (a question, CONVENTIONS 4.3)
    B(
        text='My Lords, is there not some conflict between what the Minister has just said and what the Secretary of State said on a "Panorama" interview on 14th November when he described legislation as top priority?',
        due=None,
        vague=False,
        said="1989-02-15 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=1,
        source="https://api.parliament.uk/historic-hansard/lords/1989/feb/15/the-environment-government-policy",
        published="1989-02-15",
    ),
    # case 36: Houses of the Oireachtas, Dáil Éireann, Wednesday 12 June 1985 (oireachtas.ie, the debate's Irish-language address); zone Europe/Dublin (Irish summer time, UTC+1), said 09:00 UTC (10:00 local) as handed over. Items to be taken 'at 3.45 p.m. if not reached earlier', by agreement: a clock time with no day of its own, the first 3.45 p.m. after the moment of speaking, the same day (CONVENTIONS 6.3; page: the same day, 12 June 1985 15:45 local) [local due 1985-06-12 15:45:00 Europe/Dublin, a Wednesday]
    B(
        text="By agreement items 11, 12, 8, 13 and 14 shall be taken at 3.45 p.m. if not reached earlier.",
        due="1985-06-12 14:45:00",
        vague=False,
        said="1985-06-12 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="minute",
        cluster=2,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/1985-06-12/2/",
        published="1985-06-12",
    ),
    # case 37: the same debate: the Taoiseach's promise of a debate 'before the next European Council meeting', a meeting the sentence does not date: event (CONVENTIONS 1.3, 2.2)
    B(
        text="The Leader of the House will recall that the Taoiseach promised we would have a full debate on the report before the next European Council meeting.",
        due=None,
        vague=False,
        said="1985-06-12 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/1985-06-12/2/",
        published="1985-06-12",
    ),
    # case 38: the same debate: 'I understand that time will be provided for such a debate on 26 June': told as going to happen (CONVENTIONS 4.3 last paragraph), a one-off at a date (CONVENTIONS 3.1), Wednesday 26 June 1985, end of day [local due 1985-06-26 23:59:59 Europe/Dublin, a Wednesday]
    B(
        text="I understand that time will be provided for such a debate on 26 June.",
        due="1985-06-26 22:59:59",
        vague=False,
        said="1985-06-12 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/1985-06-12/2/",
        published="1985-06-12",
    ),
    # case 39: the same debate: the intention to introduce the legislation 'in the next session', a session the sentence does not date (the further information promised has no time): event (CONVENTIONS 1.3). unsure: a careful reader could give 31 December 1985, end of day (the Dáil's autumn session, ending before Christmas) [1985-12-31 23:59:59 UTC]
    B(
        text="I understand that it is the intention to introduce that legislation here in the House in the next session but, if the Deputy wishes I will obtain more precise information as to the timing for him and communicate with him.",
        due=None,
        vague=False,
        said="1985-06-12 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/1985-06-12/2/",
        published="1985-06-12",
    ),
    # case 40: the same debate: 'I have been told on previous occasions that it would be introduced in this session': the time told is the present session, which the sentence does not date: event (CONVENTIONS 1.3, 2.2). unsure: a careful reader could give 'past' (a promise reported from previous occasions, and given up in the answer of case 39)
    B(
        text="I have been told on previous occasions that it would be introduced in this session.",
        due=None,
        vague=False,
        said="1985-06-12 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/1985-06-12/2/",
        published="1985-06-12",
    ),
    # case 41: the same debate: 'a relatively full legislative programme for the remainder of this session': a present state over an undated period, no act to check: due None with no refusal word. unsure: a careful reader could give 'event' (the session undated, CONVENTIONS 1.3)
    B(
        text="We have a relatively full legislative programme for the remainder of this session.",
        due=None,
        vague=False,
        said="1985-06-12 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/1985-06-12/2/",
        published="1985-06-12",
    ),
    # case 42: the same debate: 'I will convey the latest information to him during the day': the speaker's undertaking, indicated before and still to be done, for the day of speaking: Wednesday 12 June 1985, end of day (CONVENTIONS 2.2, 2.3) [local due 1985-06-12 23:59:59 Europe/Dublin, a Wednesday]
    B(
        text="I have already indicated to him that I will convey the latest information to him during the day.",
        due="1985-06-12 22:59:59",
        vague=False,
        said="1985-06-12 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=4,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/1985-06-12/2/",
        published="1985-06-12",
    ),
    # case 43: the same debate: a question about the position of a Bill, recalling a commitment 'before the summer recess' (undated anyway): due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="Will the Leader of the House inform the House of the position regarding the local radio Bill, in view of the Taoiseach's commitment last week to bring the legislation before the House before the summer recess?",
        due=None,
        vague=False,
        said="1985-06-12 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/1985-06-12/2/",
        published="1985-06-12",
    ),
    # case 44: Houses of the Oireachtas, Dáil Éireann, Order of Business of Tuesday 5 December 1978 (oireachtas.ie); zone Europe/Dublin (GMT, UTC+0), said 10:00 UTC as handed over. The order of business for the day, 'to take Private Members' Business from 7 p.m. to 8.30 p.m.': a range of clock times with no day of their own, at its later end, the first 8.30 p.m. after the moment of speaking, the same day (CONVENTIONS 6.1, 6.3; page: the same day, 5 December 1978 20:30 local) [local due 1978-12-05 20:30:00 Europe/Dublin, a Tuesday]. unsure: a careful reader could give due None with no refusal word (a proposal put to the House for agreement, CONVENTIONS 4.3)
    B(
        text="It is proposed to take business in the following order: Nos. 2, 1, 8, 4, 9 (Resumed) and 10 (Resumed) and to take Private Members' Business from 7 p.m. to 8.30 p.m., No. 60 by agreement.",
        due="1978-12-05 20:30:00",
        vague=False,
        said="1978-12-05 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="minute",
        cluster=3,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1978-12-05/25/",
        published="1978-12-05",
    ),
    # case 45: the same debate: 'the Minister for Justice hopes to introduce very shortly a Bill': the Government's plan put modestly stays dated (CONVENTIONS 4.3 last paragraph); 'shortly' is the documented vague window, 60 days (CONVENTIONS 5.1), Saturday 3 February 1979, end of day [local due 1979-02-03 23:59:59 Europe/Dublin, a Saturday]
    B(
        text="I understand that the Minister for Justice hopes to introduce very shortly a Bill in that connection.",
        due="1979-02-03 23:59:59",
        vague=True,
        said="1978-12-05 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1978-12-05/25/",
        published="1978-12-05",
    ),
    # case 46: the same debate: a question seeking to confirm a commitment 'before the Christmas Recess' (undated anyway): due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="Will the Tánaiste agree that the commitment given by the Government was that this matter would be through the Oireachtas before the Christmas Recess?",
        due=None,
        vague=False,
        said="1978-12-05 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1978-12-05/25/",
        published="1978-12-05",
    ),
    # case 47: the same debate: 'the Minister will have the Bill before the House very shortly': the documented vague window, 60 days (CONVENTIONS 5.1), Saturday 3 February 1979, end of day [local due 1979-02-03 23:59:59 Europe/Dublin, a Saturday]
    B(
        text="These have been pretty well solved and the Minister will have the Bill before the House very shortly.",
        due="1979-02-03 23:59:59",
        vague=True,
        said="1978-12-05 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1978-12-05/25/",
        published="1978-12-05",
    ),
    # case 48: the same debate: 'Before Christmas?': a question about a time: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="Before Christmas?",
        due=None,
        vague=False,
        said="1978-12-05 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1978-12-05/25/",
        published="1978-12-05",
    ),
    # case 49: the same debate: 'Is it not anticipated by the Government that the matter will be resolved before Christmas?': a question seeking to confirm a time: due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="Is it not anticipated by the Government that the matter will be resolved before Christmas?",
        due=None,
        vague=False,
        said="1978-12-05 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=1,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1978-12-05/25/",
        published="1978-12-05",
    ),
    # case 50: Voice of America report on Sudan's elections, as carried by globalsecurity.org (Thursday 15 April 2010); zone America/New_York (EDT), said 14:00 UTC (10:00 EDT) as handed over. 'Voting has ended' and the elections 'since 1986': past
    B(
        text="Voting has ended in Sudan following the country's first multi-party elections since 1986.",
        due=None,
        vague=False,
        said="2010-04-15 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.globalsecurity.org/military/library/news/2010/04/mil-100415-voa02.htm",
        published="2010-04-15",
    ),
    # case 51: the same report: 'Polling centers closed Thursday evening, after five days of voting': told as done: past
    B(
        text="Polling centers closed Thursday evening, after five days of voting that was marred by logistical problems and allegations of fraud.",
        due=None,
        vague=False,
        said="2010-04-15 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.globalsecurity.org/military/library/news/2010/04/mil-100415-voa02.htm",
        published="2010-04-15",
    ),
    # case 52: the same report: 'Vote-counting is set to begin Friday': the start of the count, a one-off event told as going to happen (CONVENTIONS 3.1, 4.3 last paragraph), the next Friday after the day of speaking (parser docstring), Friday 16 April 2010, end of day [local due 2010-04-16 23:59:59 America/New_York, a Friday]. unsure: a careful reader could give 'earliest' with 16 April 2010 00:00 local (counting as an activity given only its start, CONVENTIONS 3.2) [2010-04-16 04:00:00 UTC]
    B(
        text="Vote-counting is set to begin Friday.",
        due="2010-04-17 03:59:59",
        vague=False,
        said="2010-04-15 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.globalsecurity.org/military/library/news/2010/04/mil-100415-voa02.htm",
        published="2010-04-15",
    ),
    # case 53: the same report: 'On Thursday, an NCP official accused': told as done: past
    B(
        text="On Thursday, an NCP official accused the army of semi-autonomous southern Sudan of killing at least eight people, including the party's top representative in the town of Raja.",
        due=None,
        vague=False,
        said="2010-04-15 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.globalsecurity.org/military/library/news/2010/04/mil-100415-voa02.htm",
        published="2010-04-15",
    ),
    # case 54: the same report: 'the 2005 peace deal that ended' the war: past
    B(
        text="The elections are a key part of the 2005 peace deal that ended Sudan's north-south civil war.",
        due=None,
        vague=False,
        said="2010-04-15 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.globalsecurity.org/military/library/news/2010/04/mil-100415-voa02.htm",
        published="2010-04-15",
    ),
    # case 55: the same report: 'That agreement calls for the south to hold a separate referendum on independence next year': the agreement's commitment, told as going to happen, in 2011: Saturday 31 December 2011, end of day [local due 2011-12-31 23:59:59 America/New_York, a Saturday]
    B(
        text="That agreement calls for the south to hold a separate referendum on independence next year.",
        due="2012-01-01 04:59:59",
        vague=False,
        said="2010-04-15 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="year",
        cluster=4,
        source="https://www.globalsecurity.org/military/library/news/2010/04/mil-100415-voa02.htm",
        published="2010-04-15",
    ),
    # case 56: the same report: 'has ruled Sudan since a 1989 coup': past
    B(
        text="President Bashir has ruled Sudan since a 1989 coup.",
        due=None,
        vague=False,
        said="2010-04-15 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.globalsecurity.org/military/library/news/2010/04/mil-100415-voa02.htm",
        published="2010-04-15",
    ),
    # case 57: Voice of America report on the Syria talks in Geneva, as carried by globalsecurity.org (Wednesday 12 February 2014); zone America/New_York (EST), said 15:00 UTC (10:00 EST) as handed over. 'On Wednesday the warring sides held face-to-face meetings', told as done: past
    B(
        text="On Wednesday the warring sides held face-to-face meetings for the second consecutive day, as international mediator Lakhdar Brahimi prepared to consult with diplomats from the United States and Russia — the two nations that helped organize the peace talks.",
        due=None,
        vague=False,
        said="2014-02-12 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.globalsecurity.org/wmd/library/news/syria/2014/syria-140212-voa02.htm",
        published="2014-02-12",
    ),
    # case 58: the same report: 'The opposition called Wednesday for creation of a transitional governing body': the weekday dates a call, a verb of speaking (CONVENTIONS 2.2); the body asked for has no time: due None with no refusal word. unsure: a careful reader could give 'past' (a call told as done with its weekday)
    B(
        text="The opposition called Wednesday for creation of a transitional governing body that would oversee a ceasefire under U.N. monitoring.",
        due=None,
        vague=False,
        said="2014-02-12 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=5,
        source="https://www.globalsecurity.org/wmd/library/news/syria/2014/syria-140212-voa02.htm",
        published="2014-02-12",
    ),
    # case 59: the same report: talks 'Originally scheduled for Friday' and 'moved up to Thursday': the new time counts (CONVENTIONS 4.1), the next Thursday after the day of speaking, Thursday 13 February 2014, end of day [local due 2014-02-13 23:59:59 America/New_York, a Thursday]
    B(
        text="Originally scheduled for Friday, Brahimi's talks with Russian Deputy Foreign Minister Gennady Gatilov and U.S. Under Secretary of State Wendy Sherman have been moved up to Thursday.",
        due="2014-02-14 04:59:59",
        vague=False,
        said="2014-02-12 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.globalsecurity.org/wmd/library/news/syria/2014/syria-140212-voa02.htm",
        published="2014-02-12",
    ),
    # case 60: the same report: 'Earlier Wednesday, Russian media quoted Gatilov saying Russia will not support' a draft: the day word is on the verb of speaking (CONVENTIONS 2.2) and the refusal has no time of its own: due None with no refusal word
    B(
        text="Earlier Wednesday, Russian media quoted Gatilov saying Russia will not support a draft U.N. Security Council resolution on humanitarian aid, saying it is 'unacceptable' and crafted as a precursor for military intervention.",
        due=None,
        vague=False,
        said="2014-02-12 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=5,
        source="https://www.globalsecurity.org/wmd/library/news/syria/2014/syria-140212-voa02.htm",
        published="2014-02-12",
    ),
    # case 61: the same report: 'Obama said in a joint news conference Tuesday': the day dates only the speaking (CONVENTIONS 2.2), and what was said is a present state: due None with no refusal word
    B(
        text="U.S. President Barack Obama said in a joint news conference Tuesday with French President Francois Hollande that aside from Russia, there is 'great unanimity' among the council on the resolution to give greater access to aid workers.",
        due=None,
        vague=False,
        said="2014-02-12 15:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=5,
        source="https://www.globalsecurity.org/wmd/library/news/syria/2014/syria-140212-voa02.htm",
        published="2014-02-12",
    ),
    # case 62: Internal Revenue Service news release of Friday 12 October 2018 on relief for victims of Hurricane Michael (irs.gov); zone America/New_York (EDT), said 14:00 UTC (10:00 EDT) as handed over. The victims 'have until Feb. 28, 2019, to file': a time limit given to named actors from now (CONVENTIONS 1.2); 'announced today' is the verb of speaking (CONVENTIONS 2.2): Thursday 28 February 2019, end of day [local due 2019-02-28 23:59:59 America/New_York, a Thursday, EST]
    B(
        text="WASHINGTON – Hurricane Michael victims in parts of Florida and elsewhere have until Feb. 28, 2019, to file certain individual and business tax returns and make certain tax payments, the Internal Revenue Service announced today.",
        due="2019-03-01 04:59:59",
        vague=False,
        said="2018-10-12 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://irs.gov/ht/newsroom/irs-extends-oct-15-and-other-upcoming-deadlines-provides-expanded-tax-relief-for-victims-of-hurricane-michael",
        published="2018-10-12",
    ),
    # case 63: the same release: 'The IRS has moved swiftly to announce this relief ... in advance of the Oct. 15 extension filing deadline': an act told as done; the date only names the deadline the act came before: past. unsure: a careful reader could give due None with no refusal word (the date names a deadline, no act's time, parser docstring round 26a) or Monday 15 October 2018, end of day (the deadline still three days ahead) [2018-10-16 03:59:59 UTC]
    B(
        text="“The IRS has moved swiftly to announce this relief for taxpayers affected by Hurricane Michael in advance of the Oct. 15 extension filing deadline,” said IRS Commissioner Chuck Rettig.",
        due=None,
        vague=False,
        said="2018-10-12 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://irs.gov/ht/newsroom/irs-extends-oct-15-and-other-upcoming-deadlines-provides-expanded-tax-relief-for-victims-of-hurricane-michael",
        published="2018-10-12",
    ),
    # case 64: the same release: 'The IRS is taking this step due to ... the interaction with the Oct. 15 extension deadline': the step is being taken as it is told, and the date names the standing deadline that explains it, no act's time: due None with no refusal word (parser docstring round 26a, a date naming a thing). unsure: a careful reader could give Monday 15 October 2018, end of day (the extension deadline three days ahead) [2018-10-16 03:59:59 UTC]
    B(
        text="The IRS is taking this step due to the unusual factors involving Hurricane Michael and the interaction with the Oct. 15 extension deadline.",
        due=None,
        vague=False,
        said="2018-10-12 14:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=1,
        source="https://irs.gov/ht/newsroom/irs-extends-oct-15-and-other-upcoming-deadlines-provides-expanded-tax-relief-for-victims-of-hurricane-michael",
        published="2018-10-12",
    ),
    # case 65: the same release: deadlines 'that occurred starting on Oct. 7, 2018', five days before the moment of speaking: past
    B(
        text="The tax relief postpones various tax filing and payment deadlines that occurred starting on Oct. 7, 2018.",
        due=None,
        vague=False,
        said="2018-10-12 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://irs.gov/ht/newsroom/irs-extends-oct-15-and-other-upcoming-deadlines-provides-expanded-tax-relief-for-victims-of-hurricane-michael",
        published="2018-10-12",
    ),
    # case 66: the same release: affected taxpayers 'will have until Feb. 28, 2019, to file returns and pay': a time limit given to named actors (CONVENTIONS 1.2), Thursday 28 February 2019, end of day [local due 2019-02-28 23:59:59 America/New_York, a Thursday, EST]
    B(
        text="As a result, affected individuals and businesses will have until Feb. 28, 2019, to file returns and pay any taxes that were originally due during this period.",
        due="2019-03-01 04:59:59",
        vague=False,
        said="2018-10-12 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://irs.gov/ht/newsroom/irs-extends-oct-15-and-other-upcoming-deadlines-provides-expanded-tax-relief-for-victims-of-hurricane-michael",
        published="2018-10-12",
    ),
    # case 67: the same release: an extension 'due to run out on Oct. 15, 2018' now runs 'until Feb. 28, 2019': the new time counts (CONVENTIONS 4.1, 1.2); '2017 return' names a return: Thursday 28 February 2019, end of day [local due 2019-02-28 23:59:59 America/New_York, a Thursday, EST]
    B(
        text="This means individuals who had a valid extension to file their 2017 return due to run out on Oct. 15, 2018, will now have until Feb. 28, 2019, to file.",
        due="2019-03-01 04:59:59",
        vague=False,
        said="2018-10-12 14:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=3,
        source="https://irs.gov/ht/newsroom/irs-extends-oct-15-and-other-upcoming-deadlines-provides-expanded-tax-relief-for-victims-of-hurricane-michael",
        published="2018-10-12",
    ),
    # case 68: Federal Register notice of the Nuclear Regulatory Commission, Wednesday 8 March 2023 (govinfo.gov, FR Doc. 2023-04750); zone America/New_York (EST), said 15:00 UTC (10:00 EST) as handed over. The NRC 'has issued an exemption' in response to a request of 31 October 2022: told as done: past
    B(
        text="SUMMARY: The U.S. Nuclear Regulatory Commission (NRC) has issued an exemption in response to an October 31, 2022, request from Pacific Gas and Electric Company regarding the submittal of a license renewal application for Diablo Canyon Power Plant, Units 1 and 2.",
        due=None,
        vague=False,
        said="2023-03-08 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.govinfo.gov/content/pkg/FR-2023-03-08/html/2023-04750.htm",
        published="2023-03-08",
    ),
    # case 69: the same notice: under the exemption the application is to be submitted 'no later than December 31, 2023': the time limit the exemption gives the licensee (CONVENTIONS 1.2), Sunday 31 December 2023, end of day; 'less than 5 years prior to expiration' and 'until the NRC has made a final determination' hang on undated events and do not count beside the date [local due 2023-12-31 23:59:59 America/New_York, a Sunday]. unsure: a careful reader could give 'event' (the timely renewal runs until the NRC's undated determination, CONVENTIONS 1.3) or due None with no refusal word (a condition, 'if the licensee submits', no undertaking)
    B(
        text="Pursuant to this exemption, if the licensee submits a license renewal application less than 5 years prior to expiration of the existing operating licenses but no later than December 31, 2023, and if the NRC staff finds it acceptable for docketing, the existing operating licenses will be in timely renewal under NRC regulations until the NRC has made a final determination on whether to approve the license renewal application.",
        due="2024-01-01 04:59:59",
        vague=False,
        said="2023-03-08 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.govinfo.gov/content/pkg/FR-2023-03-08/html/2023-04750.htm",
        published="2023-03-08",
    ),
    # case 70: the same notice: 'DATES: The exemption was issued on March 2, 2023': past
    B(
        text="DATES: The exemption was issued on March 2, 2023.",
        due=None,
        vague=False,
        said="2023-03-08 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.govinfo.gov/content/pkg/FR-2023-03-08/html/2023-04750.htm",
        published="2023-03-08",
    ),
    # case 71: The White House, statement of the Press Secretary of Monday 19 December 2011 on bills signed (whitehouse.gov); zone America/New_York (EST), said 15:00 UTC (10:00 EST) as handed over. Bonds 'that mature up to 40 years ... from the date of issuance': a limit for every bond of the class, from each one's own issue, no start of its own: recurring (CONVENTIONS 1.3). unsure: a careful reader could give 'event' (a span from the undated date of issuance, CONVENTIONS 1.3)
    B(
        text="S.J.Res. 22, which gives the consent of Congress to the amendment enacted by Missouri and Illinois to the Compact that created the Bi-State Development Agency allowing the Agency to issue bonds that mature up to 40 years (rather than up to 30 years) from the date of issuance.",
        due=None,
        vague=False,
        said="2011-12-19 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="http://www.whitehouse.gov/the-press-office/2011/12/19/statement-press-secretary-s-535-s683-and-sj-res-22",
        published="2011-12-19",
    ),
    # case 72: presidential statement on signing H.R. 6201, Wednesday 18 March 2020, as carried by coherentbabble.com; zone America/New_York (EDT), said 14:00 UTC (10:00 EDT) as handed over. 'Today, I have signed into law': the perfect with a day word tells an act already done: past (CONVENTIONS 2.4)
    B(
        text="Today, I have signed into law H.R. 6201, the “Families First Coronavirus Response Act” (the “Act”).",
        due=None,
        vague=False,
        said="2020-03-18 14:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://coherentbabble.com/2020-001.htm",
        published="2020-03-18",
    ),
    # case 73: U.S. Department of the Treasury press release jy0641 of Tuesday 8 March 2022 (home.treasury.gov); zone America/New_York (EST), said 15:00 UTC (10:00 EST) as handed over. 'Following President Biden's announcement today ..., the U.S. Treasury released': acts told as done; the sanctions that 'will further deprive' have no time: past
    B(
        text="WASHINGTON - Following President Biden’s announcement today banning the import of Russian oil, liquefied natural gas, and coal to the United States – a significant action with widespread bipartisan support that will further deprive President Putin of the economic resources he uses to continue his needless war of choice -- the U.S. Treasury released one General License and several Frequently Asked Questions to aid in the wind-down of deliveries of existing purchases that have already been contracted for.",
        due=None,
        vague=False,
        said="2022-03-08 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://home.treasury.gov/news/press-releases/jy0641",
        published="2022-03-08",
    ),
)
