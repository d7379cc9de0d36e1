"""A SECOND, independent labelling of the hundred-and-ninety-eighth fresh set's 71 real deadline
phrasings (issue 12: agreement between two labellers).

Made on 2026-12-07 (UTC), from 15:45 on the machine's clock, by a second labelling helper
(branch issue12a198-s65), from the phrasings, the moments of speaking (`said`), the publishers'
zones (`tz`), `day_first`, clusters, the source addresses and the publication dates exactly as
the first labeller established them (handed over without labels, in the first labeller's
order, in the brief's input file `fresh198_phrasings.json`; the comments number the cases by
that file's `n`, from 1). It was made WITHOUT seeing the first labeller's labels: neither
`blind_fresh194.py` to `blind_fresh198.py`, their README sections, any labeller's worktree or
branch, the articles `blind152/` and `blind153/`, nor any other blind file was opened. No
source page was opened either: each label was worked out by hand from the words, the moment of
speaking and the zone (the source descriptions in the comments are read from the addresses and
the words). Nothing of the project was run on these texts (no parser, bench or tests). The
rules used were `tests/data/deadlines/CONVENTIONS.md` (which decides; 4.3 and 5.1 included),
the docstring and `BlindCase` of `blind_real.py`, the top docstring of the parser package
(`bot/core/deadlines/__init__.py`: the vague windows, "in the near future" and "in due course"
as 60 days, a range at its later end, a bare clock time's next occurrence, weeks and weekends
running to Sunday, a result more than a day before the reference as no deadline, precision by
the unit the words name and "day" for counted spans), the model `fresh189_second.py` and, for
precedent, the comments of the seen sets (`blind_fresh189.py` to `blind_fresh193.py`: "has
today ... launched" as past, "announced today" as past with the undated benefit as the unsure
reading, "over the next five years" as a window at its end, new opening hours given only their
start as `earliest`, a general truth as `recurring`, a plan put modestly as dated). UTC wall
times, weekdays and offsets were computed in a scratch script outside the repository with the
standard library's zoneinfo and datetime only. `said` is as handed over (10:00 local on the
publication day in most cases: 09:00 UTC in London and Dublin under summer time and 10:00 UTC
under GMT, 14:00 or 15:00 UTC in New York, 16:00 UTC in Denver, 17:00 UTC in Los Angeles,
23:00 UTC of the day before in Sydney; 08:30 local, the release hour, for Statistics Canada's
Daily, and 14:40 UTC for the Seanad of 19 December 2012); each due instant's comment gives its
local wall time and weekday.

Its only purpose is to measure how far two careful labellers agree on the same phrasings (the
agreement bounds what a 90% target on the first labeller's set can tell). It is not a scoring
set of its own. Labels marked "unsure" in their comment are the ones a careful reader could
really defend otherwise; the comment names the other reading. Never edit these labels to fit
the parser or the first labeller.

Readings applied throughout (hard calls, named so that a disagreement can be traced):
- The perfect or a participle with "today" ("has today announced", "has been published ...
  today", "funding announced today") tells an act already done: `past` (CONVENTIONS 2.4); the
  present or a present participle with "today" on a one-off event ("kick off today", "kicking
  off today [24 April]", a committee meeting "today [14 July]") falls due at the end of that day
  (2.1, 3.1), even beside a perfect main verb (unsure there).
- A term or window of stated length from now ("appointed for 3 years", "over the next five
  years", "over the course of the next five years") falls due at its end (1.1), marked unsure
  where the words are a forecast, an aim or an appointment told in the perfect.
- A one-off event at a month, day or clock time (an opening "in May 2022", a ceremony "in March
  2024", roads that "will open 8 a.m. Friday, May 10", "take office Jan. 1, 2021") is due then
  (3.1); a proviso ("Weather-permitting", "Given favorable weather conditions") or "I hope to"
  puts a plan modestly and keeps it dated (4.3 last paragraph); a duty beginning on a date
  ("this measure will take place from 1 January 2013") is due that day (3.1a); longer opening
  hours "From Saturday 26 February" are an offer open from a date, `earliest` (3.2, unsure 3.1a).
- A start and an end of one act ("as early as tomorrow and continuing through Friday") fall due
  at the end (3.4); a trip "from 11–14 November" and a schedule of two webinar days at the later
  end (6.1); "at 11am" with no day in its sentence at the first 11:00 after the moment of
  speaking, with the page's day in a "page:" comment (6.3).
- "in due course" and "in the near future" as the speaker's undertaking are the documented
  vague window of 60 days (5.1); "the bank holiday weekend" said in Ireland on 12 October 2011
  is the October holiday weekend, due at the end of its Monday (unsure: `event`, or the Sunday).
- Opening hours by weekday, a login "every 90 days", an account "inactive for 90 days", a
  yearly practice "Each spring", "Spring ... brings", three-year terms with an election "each
  year" are standing rules: `recurring` (1.3); a time hung on the enactment of a Bill is
  `event` (1.3); statistics and biographies of gone periods are `past`; a day word on a verb
  of announcing with no time for what is announced is due None with no refusal word (2.2).

Tally (this labelling): 27 cases with a due instant (4 clock times, 2 vague; the rest days and
months) and 44 without (34 past, 6 recurring, 2 event, 1 earliest, no negated, and 1 with no
refusal word: a verb of speaking); 13 labels marked "unsure"; one "page:" comment (2 March
2022, the later webinar day).
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH198_SECOND: tuple[BlindCase, ...] = (
    # case 1: Department for Business and Trade press release on eight new non-executive members of its Board, as carried by ukpol.co.uk's tag page 'Business and Trade Department', page 13 (Tuesday 17 December 2024); zone Europe/London (GMT), said 10:00 UTC (10:00 GMT) as handed over. 'has today announced the appointment': the perfect with a day word tells an act already done: past (CONVENTIONS 2.4)
    B(
        text="The Secretary of State for Business and Trade Secretary Jonathan Reynolds has today announced the appointment of eight new non-executive members of the Department for Business and Trade (DBT) Board.",
        due=None,
        vague=False,
        said="2024-12-17 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/business-and-trade-department/page/13",
        published="2024-12-17",
    ),
    # case 2: the same release: the non-executives 'have been appointed for 3 years and will provide' advice: a term run for a stated length from a start that is now (the appointment announced today) falls due at its end (CONVENTIONS 1.1), three years on, Friday 17 December 2027, end of day [local due 2027-12-17 23:59:59 Europe/London, a Friday, GMT]. unsure: a careful reader could give 'past' (the appointment told in the perfect, CONVENTIONS 2.4) or 'event' (the term's start, the appointment's own date, is not given in the sentence, CONVENTIONS 1.3)
    B(
        text="Non-Executives have been appointed for 3 years and will provide independent advice, support and scrutiny on the department’s work.",
        due="2027-12-17 23:59:59",
        vague=False,
        said="2024-12-17 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=4,
        source="https://www.ukpol.co.uk/tag/business-and-trade-department/page/13",
        published="2024-12-17",
    ),
    # case 3: Department for Business and Trade release on the 'Made in the UK, Sold to the World' export roadshows, as carried by ukpol.co.uk's tag page '2025', page 166 (Thursday 24 April 2025); zone Europe/London (BST), said 09:00 UTC (10:00 BST) as handed over. The roadshows 'kick off today', the present with a day word on the act: due at the end of that day (CONVENTIONS 2.1, 3.1), Thursday 24 April 2025 [local due 2025-04-24 23:59:59 Europe/London, a Thursday, BST]
    B(
        text="• Export Roadshows, created to get more small businesses exporting and grow the economy, kick off today in the North East",
        due="2025-04-24 22:59:59",
        vague=False,
        said="2025-04-24 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.ukpol.co.uk/tag/2025/page/166",
        published="2025-04-24",
    ),
    # case 4: the same release: the roadshows 'kicking off today [24 April] in Blyth': the start is a one-off event on the day of speaking, due at its end (CONVENTIONS 2.1, 3.1); 'taking place across all nations and regions' gives no end of its own [local due 2025-04-24 23:59:59 Europe/London, a Thursday, BST]. unsure: a careful reader could give 'past' (the sentence's own verb, 'have been designed', tells what is done, CONVENTIONS 2.4)
    B(
        text="The ‘Made in the UK, Sold to the World’ roadshows, kicking off today [24 April] in Blyth and taking place across all nations and regions of the UK, have been designed to directly connect international buyers with SME exporters ready to seize the opportunity to grow their businesses.",
        due="2025-04-24 22:59:59",
        vague=False,
        said="2025-04-24 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.ukpol.co.uk/tag/2025/page/166",
        published="2025-04-24",
    ),
    # case 5: Department for Business and Trade release on the Vietnamese pharmaceutical barrier, as carried by ukpol.co.uk's tag page 'Business and Trade Department', page 5 (Monday 14 July 2025); zone Europe/London (BST), said 09:00 UTC (10:00 BST) as handed over. The barrier 'removed' and trade that 'increased ... in 2024', told as done: past
    B(
        text="• Major pharmaceutical trade barrier with Vietnam removed as bilateral trade increased by £1.2 billion in current prices to £8.1 billion in 2024 in boost to UK economy",
        due=None,
        vague=False,
        said="2025-07-14 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/business-and-trade-department/page/5",
        published="2025-07-14",
    ),
    # case 6: the same release: companies 'set to gain up to £250 million over the next five years': a window run over a stated length from the moment of speaking falls due at its end (CONVENTIONS 1.1, as the seen sets read 'the investment over the next five years'), Sunday 14 July 2030, end of day [local due 2030-07-14 23:59:59 Europe/London, a Sunday, BST]. unsure: a careful reader could give due None with no refusal word (a forecast of gains, no one's undertaking, CONVENTIONS 4.2)
    B(
        text="British pharmaceutical companies are set to gain up to £250 million over the next five years as part of a Vietnamese law change that makes it easier to sell UK-made medicines to the country.",
        due="2030-07-14 22:59:59",
        vague=False,
        said="2025-07-14 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=4,
        source="https://www.ukpol.co.uk/tag/business-and-trade-department/page/5",
        published="2025-07-14",
    ),
    # case 7: the same release: the Joint Economic and Trade Committee 'today [14 July]', which the announcement 'comes ahead of': a one-off meeting on the day of speaking, due at its end (CONVENTIONS 2.1, 3.1), Monday 14 July 2025 [local due 2025-07-14 23:59:59 Europe/London, a Monday, BST]
    B(
        text="The announcement comes ahead of the latest Joint Economic and Trade Committee (JETCO) today [14 July] co-chaired by Trade Minister Douglas Alexander and Vice Minister Nguyen Hoang Long.",
        due="2025-07-14 22:59:59",
        vague=False,
        said="2025-07-14 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.ukpol.co.uk/tag/business-and-trade-department/page/5",
        published="2025-07-14",
    ),
    # case 8: Ministry of Justice release on the King's Counsel appointments, as carried by ukpol.co.uk's tag page 'Ministry of Justice', page 16 (Friday 19 January 2024); zone Europe/London (GMT), said 10:00 UTC (10:00 GMT) as handed over. The ceremony 'in March 2024': a one-off event in a month falls due at the month's end (CONVENTIONS 3.1, 6.1), Sunday 31 March 2024, end of day, after the change to summer time that morning [local due 2024-03-31 23:59:59 Europe/London, a Sunday, BST]
    B(
        text="The Lord Chancellor will preside over the appointment ceremony at Westminster Hall in March 2024, where he will formally bestow the title of KC upon the successful applicants and award the Honorary KCs.",
        due="2024-03-31 22:59:59",
        vague=False,
        said="2024-01-19 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=6,
        source="https://www.ukpol.co.uk/tag/ministry-of-justice/page/16",
        published="2024-01-19",
    ),
    # case 9: the same release: a biography, 'worked ... from 1989-92' and 'between 2006 and 2009': past
    B(
        text="He worked at the European Court of Justice from 1989-92 and was Head of Birmingham Law School between 2006 and 2009.",
        due=None,
        vague=False,
        said="2024-01-19 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/ministry-of-justice/page/16",
        published="2024-01-19",
    ),
    # case 10: the same release: 'was Acting Head ... from April to August 2015': past
    B(
        text="He was Acting Head of the College of Arts & Law at Birmingham from April to August 2015.",
        due=None,
        vague=False,
        said="2024-01-19 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/ministry-of-justice/page/16",
        published="2024-01-19",
    ),
    # case 11: the same release: a centre 'which he set up ... in 1998': past
    B(
        text="Professor Doe is the Director of the Centre for Law and Religion, which he set up at Cardiff Law School in 1998.",
        due=None,
        vague=False,
        said="2024-01-19 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/ministry-of-justice/page/16",
        published="2024-01-19",
    ),
    # case 12: Department for Transport release on e-bike and e-scooter safety information, as carried by ukpol.co.uk's tag page 'Department for Transport', page 12 (Thursday 1 February 2024); zone Europe/London (GMT), said 10:00 UTC (10:00 GMT) as handed over. 'has been published by the government today (1 February 2024)': the perfect with a day word tells an act already done: past (CONVENTIONS 2.4)
    B(
        text="Information around how to safely purchase, charge and use e-bikes and e-scooters has been published by the government today (1 February 2024) to improve consumer safety.",
        due=None,
        vague=False,
        said="2024-02-01 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/department-for-transport/page/12",
        published="2024-02-01",
    ),
    # case 13: the same release: 'Today's announcement follows' advice 'published last year': the day word names the announcement already made and the advice is of last year: past
    B(
        text="Today’s announcement follows the Home Offices’s advice on fire safety for e-scooters and e-bikes, which was published last year.",
        due=None,
        vague=False,
        said="2024-02-01 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/department-for-transport/page/12",
        published="2024-02-01",
    ),
    # case 14: Department for Transport release on hydrogen funding in the Tees Valley, as carried by the same tag page (Wednesday 17 January 2024); zone Europe/London (GMT), said 10:00 UTC (10:00 GMT) as handed over. Funding 'announced today (17 January 2024)': an announcement already made; the projects that 'will grow the economy' have no time: past. unsure: a careful reader could give due None with no refusal word (the day word on a verb of announcing, CONVENTIONS 2.2, and the future growth undated)
    B(
        text="Groceries are going green in the Tees Valley thanks to £7 million government funding announced today (17 January 2024) for hydrogen projects that will grow the economy and support skilled jobs in the North East.",
        due=None,
        vague=False,
        said="2024-01-17 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/department-for-transport/page/12",
        published="2024-01-17",
    ),
    # case 15: HM Courts and Tribunals Service monthly bulletin for December 2021, as carried by agenparl.eu (Monday 6 December 2021); zone Europe/London (GMT), said 10:00 UTC (10:00 GMT) as handed over. The centre 'will open in May 2022': a one-off opening in a month falls due at the month's end (CONVENTIONS 3.1, 6.1), Tuesday 31 May 2022, end of day [local due 2022-05-31 23:59:59 Europe/London, a Tuesday, BST]
    B(
        text="A new Courts and Tribunals Service Centre (CTSC) based in Newport, South Wales will open in May 2022.",
        due="2022-05-31 22:59:59",
        vague=False,
        said="2021-12-06 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=6,
        source="https://agenparl.eu/hmcts-monthly-bulletin-december-2021/",
        published="2021-12-06",
    ),
    # case 16: the same bulletin: 'from 22 November, we have been able remove social distancing': a change made two weeks before the moment of speaking, told in the perfect: past
    B(
        text="New guidance issued by HM Prisons & Probation Service (HMPPS) means that, from 22 November, we have been able remove social distancing in court docks.",
        due=None,
        vague=False,
        said="2021-12-06 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://agenparl.eu/hmcts-monthly-bulletin-december-2021/",
        published="2021-12-06",
    ),
    # case 17: HM Courts and Tribunals Service weekly update sent through GovDelivery (bulletin 30c5120, Friday 25 February 2022); zone Europe/London (GMT), said 10:00 UTC (10:00 GMT) as handed over. 'Next week's update will be issued on Friday 4 March 2022': a one-off issue on a day (CONVENTIONS 3.1), Friday 4 March 2022, end of day [local due 2022-03-04 23:59:59 Europe/London, a Friday, GMT]
    B(
        text="Next week’s update will be issued on Friday 4 March 2022.",
        due="2022-03-04 23:59:59",
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/30c5120",
        published="2022-02-25",
    ),
    # case 18: the same update: 'The Prime Minister has announced (21 February 2022)': past
    B(
        text="• Updated: The Prime Minister has announced (21 February 2022) changes to COVID-19 rules in England.",
        due=None,
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/30c5120",
        published="2022-02-25",
    ),
    # case 19: the same update: 'From Saturday 26 February 2022 our service centres will be open longer on Tuesdays, Thursdays and Saturdays': an offer of longer hours kept open from a date, given only its start: earliest, Saturday 26 February 2022 00:00 GMT (CONVENTIONS 3.2, an activity merely open from a date) [local 2022-02-26 00:00:00 Europe/London]. unsure: a careful reader could give the change of hours taking effect, due at the end of 26 February 2022 (CONVENTIONS 3.1a) [2022-02-26 23:59:59 UTC], or 'recurring' (a weekly timetable, CONVENTIONS 1.3)
    B(
        text="• Reminder: From Saturday 26 February 2022 our service centres will be open longer on Tuesdays, Thursdays and Saturdays to help with divorce and probate queries.",
        due=None,
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="earliest",
        earliest="2022-02-26 00:00:00",
        cluster=5,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/30c5120",
        published="2022-02-25",
    ),
    # case 20: the same update: 'from 8am to 8pm on Tuesdays and Thursdays and 8am to 2pm on Saturdays': opening hours, a standing weekly schedule: recurring (CONVENTIONS 1.3; parser docstring, 'Monday through Friday')
    B(
        text="You can contact us by phone, email or webchat from 8am to 8pm on Tuesdays and Thursdays and 8am to 2pm on Saturdays.",
        due=None,
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/30c5120",
        published="2022-02-25",
    ),
    # case 21: the same update: 'login at least once every 90 days to keep it active': a standing rule for every account: recurring (CONVENTIONS 1.3)
    B(
        text="• Reminder: If you have a Common Platform account, you need to login at least once every 90 days to keep it active.",
        due=None,
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/30c5120",
        published="2022-02-25",
    ),
    # case 22: the same update: an account 'inactive for 90 days' is deregistered: a standing rule for a class of cases with no start of its own: recurring (CONVENTIONS 1.3). unsure: a careful reader could give 'event' (the 90 days run from an undated last login, CONVENTIONS 1.3)
    B(
        text="If your account is inactive for 90 days, it will be deregistered for security reasons.",
        due=None,
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/30c5120",
        published="2022-02-25",
    ),
    # case 23: the same update: 'On Tuesday 1 and Wednesday 2 March 2022 we are hosting webinars': a schedule of two days falls due at the later (CONVENTIONS 6.1), Wednesday 2 March 2022, end of day [local due 2022-03-02 23:59:59 Europe/London, a Wednesday, GMT]
    B(
        text="• Updated: On Tuesday 1 and Wednesday 2 March 2022 we are hosting webinars on issuing and responding to claims for damages on MyHMCTS.",
        due="2022-03-02 23:59:59",
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=3,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/30c5120",
        published="2022-02-25",
    ),
    # case 24: the same update: 'Both webinars will take place at 11am': a clock time with no day of its own in the sentence is the first such time after the moment of speaking (CONVENTIONS 6.3): said at 10:00 GMT on Friday 25 February 2022, 11:00 GMT that day [local due 2022-02-25 11:00:00 Europe/London, a Friday, GMT]. page: 2 March 2022 11:00 GMT (the later of the two webinar days the sentence before gives) [2022-03-02 11:00:00 UTC]
    B(
        text="Both webinars will take place at 11am.",
        due="2022-02-25 11:00:00",
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="hour",
        cluster=2,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/30c5120",
        published="2022-02-25",
    ),
    # case 25: HM Courts and Tribunals Service weekly update sent through GovDelivery (bulletin 33114cf, Friday 7 October 2022); zone Europe/London (BST), said 09:00 UTC (10:00 BST) as handed over. 'Next week's update will be issued on Friday 14 October 2022': a one-off issue on a day (CONVENTIONS 3.1), Friday 14 October 2022, end of day [local due 2022-10-14 23:59:59 Europe/London, a Friday, BST]
    B(
        text="Next week’s update will be issued on Friday 14 October 2022.",
        due="2022-10-14 22:59:59",
        vague=False,
        said="2022-10-07 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/33114cf",
        published="2022-10-07",
    ),
    # case 26: the same update: 'We purchased the building earlier this year': past
    B(
        text="We purchased the building earlier this year and it includes 8 hearing rooms and ancillary accommodation.",
        due=None,
        vague=False,
        said="2022-10-07 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/33114cf",
        published="2022-10-07",
    ),
    # case 27: the same update: the system 'went live ... this week': past
    B(
        text="• Updated: The Common Platform case management system went live at criminal courts in Essex this week: Basildon Crown Court and Magistrates’ Courts, Chelmsford Crown and Magistrates’ Courts, Colchester Magistrates’ Court and Southend Magistrates’ Court.",
        due=None,
        vague=False,
        said="2022-10-07 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/33114cf",
        published="2022-10-07",
    ),
    # case 28: UK Parliament written answer on the abolition of the paper counterpart of the driving licence, as carried by theyworkforyou.com (Thursday 11 June 2015); zone Europe/London (BST), said 09:00 UTC (10:00 BST) as handed over. 'The changes which took place on 8 June', three days before the moment of speaking: past
    B(
        text="The changes which took place on 8 June only abolished the paper counterpart.",
        due=None,
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.theyworkforyou.com/wrans/?id=2015-06-08.1496.h",
        published="2015-06-11",
    ),
    # case 29: the same answer: 'Since March 2015, the DVLA has written ... and sent information ... each month': what has been done so far, told in the perfect: past
    B(
        text="Since March 2015, the DVLA has written directly to 640,000 professional bus and lorry drivers and sent information to around a million drivers each month.",
        due=None,
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.theyworkforyou.com/wrans/?id=2015-06-08.1496.h",
        published="2015-06-11",
    ),
    # case 30: the same answer: views counted and interviews 'undertaken on 8 June': past
    B(
        text="Information on GOV.UK about the change has been viewed over 2.6 million times and 40 pre-planned broadcast interviews were undertaken on 8 June.",
        due=None,
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.theyworkforyou.com/wrans/?id=2015-06-08.1496.h",
        published="2015-06-11",
    ),
    # case 31: UK Parliament written answer on HM Courts and Tribunals Service, as listed by parallelparliament.co.uk's written-answer search (Thursday 8 May 2025); zone Europe/London (BST), said 09:00 UTC (10:00 BST) as handed over. 'In May 2024, the Ministry of Justice launched a pilot': past
    B(
        text="In May 2024, the Ministry of Justice launched a pilot to enable victims of rape and sexual offences, whose cases are heard at the Crown Court, to request a copy of the judge’s sentencing remarks for free.",
        due=None,
        vague=False,
        said="2025-05-08 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.parallelparliament.co.uk/writtenanswers/search?order_field=datenew&search_term=HM+Courts+and+Tribunals+Service",
        published="2025-05-08",
    ),
    # case 32: the same answer: applications received 'Between May 2024 and 25 April 2025', a count up to a gone day: past
    B(
        text="Between May 2024 and 25 April 2025, HM Courts & Tribunals Service received 498 applications under the pilot.",
        due=None,
        vague=False,
        said="2025-05-08 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.parallelparliament.co.uk/writtenanswers/search?order_field=datenew&search_term=HM+Courts+and+Tribunals+Service",
        published="2025-05-08",
    ),
    # case 33: the same answer: 'The pilot is due to conclude at the end of May 2025': a one-off end at the month's end (CONVENTIONS 3.1, 3.3), Saturday 31 May 2025, end of day [local due 2025-05-31 23:59:59 Europe/London, a Saturday, BST]
    B(
        text="The pilot is due to conclude at the end of May 2025.",
        due="2025-05-31 22:59:59",
        vague=False,
        said="2025-05-08 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=6,
        source="https://www.parallelparliament.co.uk/writtenanswers/search?order_field=datenew&search_term=HM+Courts+and+Tribunals+Service",
        published="2025-05-08",
    ),
    # case 34: the same answer: 'will be able to say more on our plans ... in due course': the speaker's undertaking in vague words, the documented window of 60 days (CONVENTIONS 5.1; parser docstring), from Thursday 8 May 2025: Monday 7 July 2025, end of day, vague [local due 2025-07-07 23:59:59 Europe/London, a Monday, BST]
    B(
        text="We are currently assessing the pilot’s uptake and impact and will be able to say more on our plans for future provision in due course.",
        due="2025-07-07 22:59:59",
        vague=True,
        said="2025-05-08 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://www.parallelparliament.co.uk/writtenanswers/search?order_field=datenew&search_term=HM+Courts+and+Tribunals+Service",
        published="2025-05-08",
    ),
    # case 35: Houses of the Oireachtas, Dáil Éireann debate of Wednesday 23 March 2011 on a road traffic Bill (oireachtas.ie); zone Europe/Dublin (GMT until 27 March 2011), said 10:00 UTC (10:00 GMT) as handed over. 'our ongoing commitment to make roads even safer over the course of the next five years': a commitment run for a stated length from the moment of speaking falls due at its end (CONVENTIONS 1.1), Wednesday 23 March 2016, end of day [local due 2016-03-23 23:59:59 Europe/Dublin, a Wednesday, GMT]. unsure: a careful reader could give due None with no refusal word (a general aim over a period, no act to be checked at its end)
    B(
        text="Speaking on behalf of the Government, I assure the House of our ongoing commitment to make roads even safer over the course of the next five years.",
        due="2016-03-23 23:59:59",
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=4,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/2011-03-23/27/",
        published="2011-03-23",
    ),
    # case 36: the same debate: a fatality that 'occurred ... over 100 years ago': past
    B(
        text="The House will be aware that the first ever recorded fatality as a consequence of a road traffic accident occurred in Ireland over 100 years ago.",
        due=None,
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/2011-03-23/27/",
        published="2011-03-23",
    ),
    # case 37: the same debate: 'Since then, thousands of people have lost their lives': past
    B(
        text="Since then, thousands of people have lost their lives on our roads.",
        due=None,
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/2011-03-23/27/",
        published="2011-03-23",
    ),
    # case 38: the same debate: deaths compared with 'ten years ago': past
    B(
        text="The number of deaths as a consequence of road traffic accidents are half what they were ten years ago, yet there are many more cars on the road.",
        due=None,
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/2011-03-23/27/",
        published="2011-03-23",
    ),
    # case 39: the same debate: the increase in road deaths 'in the year to date', a count over a period up to now; 'no room for complacency' and 'I am disturbed' are present states with no time: past
    B(
        text="However, there is no room for complacency and I am disturbed by the increase in the number of road deaths in the year to date.",
        due=None,
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/2011-03-23/27/",
        published="2011-03-23",
    ),
    # case 40: the same debate: people killed 'in the first two and a half months of 2011' and 'the same period last year': past
    B(
        text="Some 49 people were killed on the roads in the first two and a half months of 2011, 15 more than in the same period last year.",
        due=None,
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/2011-03-23/27/",
        published="2011-03-23",
    ),
    # case 41: the same debate: the Bill 'was approved by the Seanad in January and was due to be introduced ... before its dissolution on 1 February': a plan of a gone day, told of the past: past
    B(
        text="The Bill I am moving was approved by the Seanad in January and was due to be introduced in this House before its dissolution on 1 February.",
        due=None,
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/2011-03-23/27/",
        published="2011-03-23",
    ),
    # case 42: the same debate: 'Following its enactment, it will allow for the early introduction' of provisions: a time hung on the Bill's undated enactment: event (CONVENTIONS 1.3, 5.2); 'early' is no documented window. unsure: a careful reader could give due None with no refusal word (no time word of its own beyond the undated enactment)
    B(
        text="Following its enactment, it will allow for the early introduction of significant provisions in road traffic legislation to support and reinforce the existing drink driving enforcement regime.",
        due=None,
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.oireachtas.ie/ga/debates/debate/dail/2011-03-23/27/",
        published="2011-03-23",
    ),
    # case 43: Houses of the Oireachtas, Select Committee on the Environment, Transport, Culture and the Gaeltacht, debate of Wednesday 12 October 2011 on the Road Traffic (No. 2) Bill 2011 (oireachtas.ie); zone Europe/Dublin (IST), said 09:00 UTC (10:00 IST) as handed over. 'in the past ten years': past
    B(
        text="First, this Bill represents the eighth item of road safety legislation to be considered by the Oireachtas in the past ten years.",
        due=None,
        vague=False,
        said="2011-10-12 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/select_committee_on_the_environment_transport_culture_and_the_gaeltacht/2011-10-12/3/?highlight%5B0%5D=road&highlight%5B1%5D=traffic&highlight%5B2%5D=2&highlight%5B3%5D=bill&highlight%5B4%5D=2011",
        published="2011-10-12",
    ),
    # case 44: the same debate: lower alcohol levels 'I hope to commence at the bank holiday weekend': the speaker's plan put modestly stays dated (CONVENTIONS 4.3 last paragraph); the next bank holiday weekend after Wednesday 12 October 2011 in Ireland is the October one, Saturday 29 to Monday 31 October 2011 (the bank holiday the last Monday of October), due at the end of the holiday Monday [local due 2011-10-31 23:59:59 Europe/Dublin, a Monday, GMT after the clocks went back on 30 October]. unsure: a careful reader could give 'event' (a holiday weekend the sentence does not date) or the end of Sunday 30 October 2011 (a weekend runs to Sunday, parser docstring) [2011-10-30 23:59:59 UTC]
    B(
        text="The main provisions relate to the mandatory breath testing of drivers by the Garda in certain circumstances at the lower blood alcohol concentrations levels I hope to commence at the bank holiday weekend.",
        due="2011-10-31 23:59:59",
        vague=False,
        said="2011-10-12 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=4,
        source="https://www.oireachtas.ie/en/debates/debate/select_committee_on_the_environment_transport_culture_and_the_gaeltacht/2011-10-12/3/?highlight%5B0%5D=road&highlight%5B1%5D=traffic&highlight%5B2%5D=2&highlight%5B3%5D=bill&highlight%5B4%5D=2011",
        published="2011-10-12",
    ),
    # case 45: the same debate: 'as I stated, I intend to commence the relevant sections of the Bill in the near future': 'as I stated' dates only the speaking (CONVENTIONS 2.2); the intention is the speaker's undertaking in vague words, the documented window of 60 days (CONVENTIONS 5.1; parser docstring, 'in the near future'), from Wednesday 12 October 2011: Sunday 11 December 2011, end of day, vague [local due 2011-12-11 23:59:59 Europe/Dublin, a Sunday, GMT]
    B(
        text="The provisions for the lower alcohol levels are included in the Road Traffic Act 2010 and as I stated, I intend to commence the relevant sections of the Bill in the near future.",
        due="2011-12-11 23:59:59",
        vague=True,
        said="2011-10-12 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://www.oireachtas.ie/en/debates/debate/select_committee_on_the_environment_transport_culture_and_the_gaeltacht/2011-10-12/3/?highlight%5B0%5D=road&highlight%5B1%5D=traffic&highlight%5B2%5D=2&highlight%5B3%5D=bill&highlight%5B4%5D=2011",
        published="2011-10-12",
    ),
    # case 46: Seanad Éireann debate of Wednesday 19 December 2012 on the Social Welfare Bill, as carried by kildarestreet.com; zone Europe/Dublin (GMT), said 14:40 UTC (14:40 GMT) as handed over. Section 10 'specifies that this measure will take place from 1 January 2013': the minimum contribution payable, a duty that begins on a date, is the rule taking effect, due that day (CONVENTIONS 3.1, 3.1a), Tuesday 1 January 2013, end of day [local due 2013-01-01 23:59:59 Europe/Dublin, a Tuesday, GMT]
    B(
        text="For example, section 10, which relates to the minimum contribution payable by self-employed contributors, specifies that this measure will take place from 1 January 2013.",
        due="2013-01-01 23:59:59",
        vague=False,
        said="2012-12-19 14:40:00",
        tz="Europe/Dublin",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.kildarestreet.com/sendebates/?gid=2012-12-19a.412",
        published="2012-12-19",
    ),
    # case 47: the same debate: a provision that 'will come into effect on the enactment of the Bill', which 'will require the President's signature after the passage of the Bill': a time hung on undated events: event (CONVENTIONS 1.3)
    B(
        text="Where no specific commencement date is provided for in the relevant section of the Bill and where that provision is not to be brought into force by way of a commencement order in accordance with section 1(4), that provision of the Bill will come into effect on the enactment of the Bill, and obviously that will require the President's signature after the passage of the Bill.",
        due=None,
        vague=False,
        said="2012-12-19 14:40:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.kildarestreet.com/sendebates/?gid=2012-12-19a.412",
        published="2012-12-19",
    ),
    # case 48: Statistics Canada, The Daily of Friday 20 February 2009 (statcan.gc.ca); zone America/Toronto (EST), said 13:30 UTC (08:30 EST) as handed over. Prices that 'rose 1.1% in the 12 months to January 2009': past
    B(
        text="Consumer prices rose 1.1% in the 12 months to January 2009, slightly less than the 1.2% increase observed in December.",
        due=None,
        vague=False,
        said="2009-02-20 13:30:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www150.statcan.gc.ca/n1/daily-quotidien/090220/tdq090220-eng.htm",
        published="2009-02-20",
    ),
    # case 49: the same release: prices that 'fell 0.1% from December to January': past
    B(
        text="On a seasonally adjusted monthly basis, consumer prices fell 0.1% from December to January.",
        due=None,
        vague=False,
        said="2009-02-20 13:30:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www150.statcan.gc.ca/n1/daily-quotidien/090220/tdq090220-eng.htm",
        published="2009-02-20",
    ),
    # case 50: the same release: jobs lost 'from 2004 to 2008': past
    B(
        text="Canada lost nearly 322,000 manufacturing jobs from 2004 to 2008, with more than one in seven manufacturing jobs disappearing over the period.",
        due=None,
        vague=False,
        said="2009-02-20 13:30:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www150.statcan.gc.ca/n1/daily-quotidien/090220/tdq090220-eng.htm",
        published="2009-02-20",
    ),
    # case 51: the same release: obesity that 'has risen during the past decade': past
    B(
        text="The prevalence of obesity in the Canadian workforce, especially for men, has risen during the past decade.",
        due=None,
        vague=False,
        said="2009-02-20 13:30:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www150.statcan.gc.ca/n1/daily-quotidien/090220/tdq090220-eng.htm",
        published="2009-02-20",
    ),
    # case 52: the same release: 'In 2005 ... up from 12.5% in the mid-1990s': past
    B(
        text="In 2005, 15.7% of employed Canadians age 18 to 64, or more than two million people, were obese, up from 12.5% in the mid-1990s.",
        due=None,
        vague=False,
        said="2009-02-20 13:30:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www150.statcan.gc.ca/n1/daily-quotidien/090220/tdq090220-eng.htm",
        published="2009-02-20",
    ),
    # case 53: Statistics Canada, The Daily of Wednesday 30 September 2009 (statcan.gc.ca); zone America/Toronto (EDT), said 12:30 UTC (08:30 EDT) as handed over. GDP 'unchanged in July, following a 0.1% increase in June': past
    B(
        text="Real gross domestic product was unchanged in July, following a 0.1% increase in June.",
        due=None,
        vague=False,
        said="2009-09-30 12:30:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/090930/tdq090930-eng.htm",
        published="2009-09-30",
    ),
    # case 54: the same release: employment that 'rose by 74,300 in July': past
    B(
        text="Total non-farm payroll employment rose by 74,300 in July, up 0.5% from June.",
        due=None,
        vague=False,
        said="2009-09-30 12:30:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/090930/tdq090930-eng.htm",
        published="2009-09-30",
    ),
    # case 55: the same release: 'the first increase since payroll employment peaked in October 2008': past
    B(
        text="This was the first increase since payroll employment peaked in October 2008.",
        due=None,
        vague=False,
        said="2009-09-30 12:30:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/090930/tdq090930-eng.htm",
        published="2009-09-30",
    ),
    # case 56: the same release: industries with gains that 'rose for the third consecutive month in July': past
    B(
        text="The proportion of industries experiencing job gains rose for the third consecutive month in July to 57%, up from 47% in June.",
        due=None,
        vague=False,
        said="2009-09-30 12:30:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/090930/tdq090930-eng.htm",
        published="2009-09-30",
    ),
    # case 57: the same release: 'In August, the Industrial Product Price Index rose 0.5%': past
    B(
        text="In August, the Industrial Product Price Index rose 0.5% and the Raw Materials Price Index was up 3.7% compared with July, mainly as a result of rising petroleum and metal prices.",
        due=None,
        vague=False,
        said="2009-09-30 12:30:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/090930/tdq090930-eng.htm",
        published="2009-09-30",
    ),
    # case 58: the Australian Prime Minister's travel to Cambodia, Indonesia and Thailand, as carried by medcom.id (published Wednesday 9 November 2022); zone Australia/Sydney (AEDT), said 23:00 UTC on 8 November (10:00 AEDT on Wednesday 9 November) as handed over. 'will travel to Phnom Penh from 11–14 November': a range falls due at its later end (CONVENTIONS 6.1), Monday 14 November 2022, end of day [local due 2022-11-14 23:59:59 Australia/Sydney, a Monday, AEDT]
    B(
        text="The Prime Minister will travel to Phnom Penh from 11–14 November to attend the East Asia Summit, the region’s premier leader led forum for strategic discussion.",
        due="2022-11-14 12:59:59",
        vague=False,
        said="2022-11-08 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        precision="day",
        cluster=3,
        source="https://www.medcom.id/english/world/1bVdQ17K-australian-pm-to-visit-cambodia-indonesia-thailand",
        published="2022-11-09",
    ),
    # case 59: the same release: 'From November 14–17, the Prime Minister will attend the Bali G20 Summit': the range's later end (CONVENTIONS 6.1), Thursday 17 November 2022, end of day [local due 2022-11-17 23:59:59 Australia/Sydney, a Thursday, AEDT]
    B(
        text="From November 14–17, the Prime Minister will attend the Bali G20 Summit in Indonesia – the world’s top table for international economic cooperation.",
        due="2022-11-17 12:59:59",
        vague=False,
        said="2022-11-08 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        precision="day",
        cluster=3,
        source="https://www.medcom.id/english/world/1bVdQ17K-australian-pm-to-visit-cambodia-indonesia-thailand",
        published="2022-11-09",
    ),
    # case 60: the same release: 'will then travel to Bangkok from 17-19 November': the range's later end (CONVENTIONS 6.1), Saturday 19 November 2022, end of day [local due 2022-11-19 23:59:59 Australia/Sydney, a Saturday, AEDT]
    B(
        text="The Prime Minister will then travel to Bangkok from 17-19 November to attend the 29th APEC Economic Leaders’ Summit.",
        due="2022-11-19 12:59:59",
        vague=False,
        said="2022-11-08 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        precision="day",
        cluster=3,
        source="https://www.medcom.id/english/world/1bVdQ17K-australian-pm-to-visit-cambodia-indonesia-thailand",
        published="2022-11-09",
    ),
    # case 61: Yellowstone National Park release on roads opening to automobiles, as carried by pitchengine.com (Thursday 14 April 2016); zone America/Denver (MDT), said 16:00 UTC (10:00 MDT) as handed over. 'Starting tomorrow, April 15 at 8:00 a.m., the road segments ... will open for the season': a road opening at a time is a one-off event, due at that time (CONVENTIONS 3.1, 'the road will reopen at 12:01 a.m. on Monday'), Friday 15 April 2016 08:00 MDT [local due 2016-04-15 08:00:00 America/Denver, a Friday, MDT]. unsure: a careful reader could give 'earliest' with 15 April 2016 08:00 MDT (the roads open for the season from then, given only their start, CONVENTIONS 3.2) [earliest 2016-04-15 14:00:00 UTC]
    B(
        text="Starting tomorrow, April 15 at 8:00 a.m., the road segments from West Yellowstone and Mammoth Hot Springs to Old Faithful and the Grand Canyon of the Yellowstone will open for the season allowing visitors to travel by car to two of the park’s iconic locations.",
        due="2016-04-15 14:00:00",
        vague=False,
        said="2016-04-14 16:00:00",
        tz="America/Denver",
        day_first=True,
        precision="minute",
        cluster=2,
        source="https://pitchengine.com/buckrail/2016/04/14/select-yellowstone-roads-open-to-automobiles/c_170195650841935872",
        published="2016-04-14",
    ),
    # case 62: the same release: 'Each spring, Yellowstone National Park clears snow and ice ...': a yearly practice: recurring (CONVENTIONS 1.3)
    B(
        text="Each spring, Yellowstone National Park clears snow and ice from 198 miles of main road, 124 miles of secondary roads, 125 acres of parking lots inside the park, and 31 miles of the Beartooth Highway outside the park’s Northeast Entrance in preparation for the summer season.",
        due=None,
        vague=False,
        said="2016-04-14 16:00:00",
        tz="America/Denver",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://pitchengine.com/buckrail/2016/04/14/select-yellowstone-roads-open-to-automobiles/c_170195650841935872",
        published="2016-04-14",
    ),
    # case 63: the same release: 'Additional road segments in the park will open during May as road clearing operations progress': openings within a month fall due at the month's end (CONVENTIONS 3.1, 6.1), Tuesday 31 May 2016, end of day; 'as road clearing operations progress' says how, not when [local due 2016-05-31 23:59:59 America/Denver, a Tuesday, MDT]
    B(
        text="Additional road segments in the park will open during May as road clearing operations progress.",
        due="2016-06-01 05:59:59",
        vague=False,
        said="2016-04-14 16:00:00",
        tz="America/Denver",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://pitchengine.com/buckrail/2016/04/14/select-yellowstone-roads-open-to-automobiles/c_170195650841935872",
        published="2016-04-14",
    ),
    # case 64: the same release: 'Spring in Yellowstone brings unpredictable weather': what every spring brings, a general truth: recurring (as the seen sets read a general truth). unsure: a careful reader could give due None with no refusal word (no act at all)
    B(
        text="Spring in Yellowstone brings unpredictable weather including cold temperatures, high winds, and falling snow.",
        due=None,
        vague=False,
        said="2016-04-14 16:00:00",
        tz="America/Denver",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://pitchengine.com/buckrail/2016/04/14/select-yellowstone-roads-open-to-automobiles/c_170195650841935872",
        published="2016-04-14",
    ),
    # case 65: Yellowstone road openings as carried by localnews8.com (Thursday 9 May 2024); zone America/Denver (MDT), said 16:00 UTC (10:00 MDT) as handed over. 'Weather-permitting, the following roads ... will open 8 a.m. Friday, May 10': an opening told as going to happen at a time, the weather proviso putting it modestly (CONVENTIONS 3.1, 4.3 last paragraph), Friday 10 May 2024 08:00 MDT [local due 2024-05-10 08:00:00 America/Denver, a Friday, MDT]
    B(
        text="Weather-permitting, the following roads in Yellowstone National Park will open 8 a.m. Friday, May 10 to public motor vehicle traffic",
        due="2024-05-10 14:00:00",
        vague=False,
        said="2024-05-09 16:00:00",
        tz="America/Denver",
        day_first=True,
        precision="hour",
        cluster=2,
        source="https://localnews8.com/news/wyoming/2024/05/09/yellowstone-south-entrance-to-open-friday/",
        published="2024-05-09",
    ),
    # case 66: the same report: 'Weather-permitting, the road from Canyon Village to Tower Fall (Dunraven Pass) will open 8 a.m. May 24': one-off opening at a time (CONVENTIONS 3.1, 4.3 last paragraph), Friday 24 May 2024 08:00 MDT [local due 2024-05-24 08:00:00 America/Denver, a Friday, MDT]
    B(
        text="Weather-permitting, the road from Canyon Village to Tower Fall (Dunraven Pass) will open 8 a.m. May 24.",
        due="2024-05-24 14:00:00",
        vague=False,
        said="2024-05-09 16:00:00",
        tz="America/Denver",
        day_first=True,
        precision="hour",
        cluster=2,
        source="https://localnews8.com/news/wyoming/2024/05/09/yellowstone-south-entrance-to-open-friday/",
        published="2024-05-09",
    ),
    # case 67: Central Oregon fire information blog, April 2015 (centralorfireinfo.blogspot.com; Wednesday 29 April 2015); zone America/Los_Angeles (PDT), said 17:00 UTC (10:00 PDT) as handed over. Fuel specialists 'plan to conduct a prescribed burn as early as tomorrow and continuing through Friday': the plan's start ('as early as tomorrow', Thursday 30 April) and its end ('through Friday') both belong to the act, and the end counts (CONVENTIONS 3.4, 6.1), Friday 1 May 2015, end of day; 'Given favorable weather conditions' puts the plan modestly (CONVENTIONS 4.3 last paragraph) [local due 2015-05-01 23:59:59 America/Los_Angeles, a Friday, PDT]. unsure: a careful reader could give 'earliest' with Thursday 30 April 2015 00:00 PDT ('as early as tomorrow', a lower bound only, CONVENTIONS 3.2) [earliest 2015-04-30 07:00:00 UTC]
    B(
        text="SISTERS – Given favorable weather conditions, Deschutes National Forest fuel specialists on the Sisters Ranger District plan to conduct a prescribed burn as early as tomorrow and continuing through Friday.",
        due="2015-05-02 06:59:59",
        vague=False,
        said="2015-04-29 17:00:00",
        tz="America/Los_Angeles",
        day_first=True,
        precision="day",
        cluster=3,
        source="http://centralorfireinfo.blogspot.com/2015/04",
        published="2015-04-29",
    ),
    # case 68: USDA Rural Development release of Thursday 15 August 2013 (rurdev.usda.gov); zone America/New_York (EDT), said 14:00 UTC (10:00 EDT) as handed over. 'Vilsack announced yesterday that the USDA is seeking applications for grants that will be awarded': the day word is on the verb of speaking (CONVENTIONS 2.2); the seeking is going on now and the awarding has no time: due None with no refusal word. unsure: a careful reader could give 'past' (an announcement told as done with its day)
    B(
        text="WASHINGTON, August 15, 2013 - Agriculture Secretary Tom Vilsack announced yesterday that the U.S. Department of Agriculture (USDA) is seeking applications for grants that will be awarded to organizations to help rural businesses create jobs and spur economic development.",
        due=None,
        vague=False,
        said="2013-08-15 14:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=5,
        source="http://www.rurdev.usda.gov/STELPRD4021889.html",
        published="2013-08-15",
    ),
    # case 69: Farm Service Agency county committee elections, as carried by the Sun Journal (Friday 20 November 2020); zone America/New_York (EST), said 15:00 UTC (10:00 EST) as handed over. Ballots 'must be returned ... or postmarked by Monday, Dec. 7': a time limit given to the voters of this election (CONVENTIONS 1.2), Monday 7 December 2020, end of day [local due 2020-12-07 23:59:59 America/New_York, a Monday, EST]
    B(
        text="To be counted, ballots must be returned to the local FSA county office or postmarked by Monday, Dec. 7.",
        due="2020-12-08 04:59:59",
        vague=False,
        said="2020-11-20 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.sunjournal.com/2020/11/20/farm-service-agency-elections-underway/",
        published="2020-11-20",
    ),
    # case 70: the same report: members 'who serve three-year terms' and a seat 'up for election each year': a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="Each committee has three to 11 elected members who serve three-year terms, and at least one seat is up for election each year.",
        due=None,
        vague=False,
        said="2020-11-20 15:00:00",
        tz="America/New_York",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.sunjournal.com/2020/11/20/farm-service-agency-elections-underway/",
        published="2020-11-20",
    ),
    # case 71: the same report: 'Newly-elected committee members will take office Jan. 1, 2021': a one-off event on a day (CONVENTIONS 3.1), Friday 1 January 2021, end of day [local due 2021-01-01 23:59:59 America/New_York, a Friday, EST]
    B(
        text="Newly-elected committee members will take office Jan. 1, 2021.",
        due="2021-01-02 04:59:59",
        vague=False,
        said="2020-11-20 15:00:00",
        tz="America/New_York",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.sunjournal.com/2020/11/20/farm-service-agency-elections-underway/",
        published="2020-11-20",
    ),
)
