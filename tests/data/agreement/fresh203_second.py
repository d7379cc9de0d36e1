"""A SECOND, independent labelling of the two-hundred-and-third fresh set's 65 real deadline
phrasings (issue 12: agreement between two labellers).

Made on 2026-12-07 (UTC), from 18:42 on the machine's clock, by a second labelling helper
(branch issue12a203-s66), from the phrasings, the moments of speaking (`said`), the publishers'
zones (`tz`), `day_first`, clusters, the source addresses and the publication dates exactly as
the first labeller established them (handed over without labels, in the first labeller's
order, in the brief's input file `fresh203_phrasings.json`; the comments number the cases by
that file's `n`, from 1). It was made WITHOUT seeing the first labeller's labels: neither
`blind_fresh199.py` to `blind_fresh203.py`, their README sections, any labeller's worktree or
branch, the articles `blind154/` and `blind155/`, nor any other blind file was opened. No
source page was opened either: each label was worked out by hand from the words, the moment of
speaking and the zone (the source descriptions in the comments are read from the addresses and
the words). Nothing of the project was run on these texts (no parser, bench or tests). The
rules used were `tests/data/deadlines/CONVENTIONS.md` (which decides; 4.3 and 5.1 included),
the docstring and `BlindCase` of `blind_real.py`, the top docstring of the parser package
(`bot/core/deadlines/__init__.py`: the vague windows, "in due course" as 60 days, a range and
"the weekend" at the later end, weeks running Monday to Sunday, "next <weekday>" as that day
in the following week, a year-less date's next occurrence, a bare clock time's next
occurrence, a change "beginning <date>" as due that day, precision by the unit the words name
and "day" for days), the model `fresh198_second.py` and, for precedent, the comments of the
seen sets (`blind_fresh194.py` to `blind_fresh198.py`: HMCTS's "Next week's update will be
issued on Friday ..." as due that day, "in due course" as the department's own undertaking at
60 days, a comment or closure period "through" a date at its end, seasons' weather in general
as recurring, "this week" of an act to come at the week's Sunday, statistics of gone periods
as past). UTC wall times, weekdays and offsets were computed in a scratch script outside the
repository with the standard library's zoneinfo and datetime only. `said` is as handed over
(10:00 local on the publication day in most cases: 09:00 UTC in London under summer time and
10:00 UTC under GMT, 15:00 UTC in Toronto, 16:00 UTC in Denver, 17:00 UTC in Los Angeles,
18:00 UTC in Anchorage, 10:00 UTC for the Wikinews pages given the zone UTC, 23:00 UTC of the
day before in Sydney; 08:30 EST, the release hour, for Statistics Canada's Daily of 10 January
2011, and 12:00 UTC (13:00 IST) for the Seanad of 6 July 2011); each due instant's comment
gives its local wall time and weekday.

Its only purpose is to measure how far two careful labellers agree on the same phrasings (the
agreement bounds what a 90% target on the first labeller's set can tell). It is not a scoring
set of its own. Labels marked "unsure" in their comment are the ones a careful reader could
really defend otherwise; the comment names the other reading. Never edit these labels to fit
the parser or the first labeller.

Readings applied throughout (hard calls, named so that a disagreement can be traced):
- A change that takes effect on a day ("From Monday 12 December 2022, use new contact
  details", "From Tuesday 3 January 2023, the ... system will permit", "will apply to cases
  sent ... on or after 3 January 2023", "Beginning next Tuesday, ... will be closing a road
  to motorized traffic") is the rule taking effect, due at the end of that day (CONVENTIONS
  3.1a; the parser docstring's round 26c), each marked unsure with `earliest` as the other
  reading (3.2).
- A one-off act or event on a day (the next weekly update "will be issued on Friday ...", a
  webinar "On Tuesday 13 December 2022", a road opening "on April 30, 2022" or "on Friday, May
  27, weather permitting") is due at the end of that day (3.1), a weather proviso keeping it
  dated (4.3, last paragraph); "remain open / closed until" or "through" a date at that date's
  end (3.3); a range of days, "Thursday and Friday" and operations "through the weekend" at the
  later end (6.1); "at 12:30 pm" with no day in its sentence at the first 12:30 after the
  moment of speaking, with the page's day in a "page:" comment (6.3).
- "in due course" as the speaker's own undertaking is the documented vague window of 60 days
  (5.1); an expectation told as going to happen ("will return to pre-pandemic levels by
  September", "I'm convinced that by Sunday we will have an agreement", business leaders
  "will be participating this week") stays dated (4.3, last paragraph), unsure where it is a
  forecast of others' acts; a forecast of the weather and an advice to visitors undertake
  nothing (due None, no refusal word, unsure).
- What a service normally does or receives "each day", a delivery time "within a few days"
  for every successful application, and closures "during the day" of undated works are
  standing rules: `recurring` (1.3), the "few days" marked unsure with the 7-day vague window
  as the other reading.
- Questions, a hypothetical "in ... 20 years' time" and a quiz's year are due None with no
  refusal word (4.3); a season that only names the present conditions or an activity ("winter
  recreation", "Fall burning") sets no time (due None, no refusal word, unsure); statistics,
  reviews of the year and acts of gone periods are `past`, as is a sentence whose only time
  word names a gone period ("in the past year").

Tally (this labelling): 22 cases with a due instant (1 clock time, 2 vague; 17 days, 1 week,
3 months counting the vague) and 43 without (30 past, 8 recurring, no event, no earliest, no
negated, and 5 with no refusal word: questions, descriptions and a forecast); 17 labels marked
"unsure"; one "page:" comment (27 May 2022 12:30 MDT, the Friday of the sentence before) and one
page's day named as an unsure reading (13 December 2022, the webinar's).
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH203_SECOND: tuple[BlindCase, ...] = (
    # case 1: HM Courts & Tribunals Service (weekly operational update, HMCTS's own GovDelivery bulletin, address '31ca786'; Crown copyright, OGL); zone Europe/London (BST); said 09:00 UTC (10:00 BST, Friday 17 June 2022) as handed over. The next update 'will be issued on Friday 24 June 2022': a one-off act on a day (CONVENTIONS 3.1), end of day [local due 2022-06-24 23:59:59 Europe/London, a Friday, BST]
    B(
        text="Next week’s update will be issued on Friday 24 June 2022.",
        due="2022-06-24 22:59:59",
        vague=False,
        said="2022-06-17 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/31ca786",
        published="2022-06-17",
    ),
    # case 2: the same bulletin: 'We will announce a new date in due course', the speaker's own undertaking: vague, 60 days (CONVENTIONS 5.1), 17 June + 60 days = Tuesday 16 August 2022, end of day [local due 2022-08-16 23:59:59 Europe/London, a Tuesday, BST]
    B(
        text="We will announce a new date in due course.",
        due="2022-08-16 22:59:59",
        vague=True,
        said="2022-06-17 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/31ca786",
        published="2022-06-17",
    ),
    # case 3: HM Courts & Tribunals Service (weekly operational update, HMCTS's own GovDelivery bulletin, address '33c720c'; Crown copyright, OGL); zone Europe/London (GMT); said 10:00 UTC (10:00 GMT, Friday 9 December 2022) as handed over. The next update 'will be issued on Friday 16 December 2022': a one-off act on a day (CONVENTIONS 3.1), end of day [local due 2022-12-16 23:59:59 Europe/London, a Friday, GMT]
    B(
        text="Next week’s update will be issued on Friday 16 December 2022.",
        due="2022-12-16 23:59:59",
        vague=False,
        said="2022-12-09 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/33c720c",
        published="2022-12-09",
    ),
    # case 4: the same bulletin: 'From Monday 12 December 2022, use new contact details': a change that takes effect on a day, the readers told to use the new details from then, is the rule taking effect (CONVENTIONS 3.1a): Monday 12 December 2022, end of day [local due 2022-12-12 23:59:59 Europe/London, a Monday, GMT]. unsure: a careful reader could give earliest 12 December 2022 00:00 GMT (contact details merely in use from a date, an ongoing state given only its start, CONVENTIONS 3.2)
    B(
        text="• Update: From Monday 12 December 2022, use new contact details for any queries about Common Platform cases in magistrates’ courts in the south-west or Wales.",
        due="2022-12-12 23:59:59",
        vague=False,
        said="2022-12-09 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/33c720c",
        published="2022-12-09",
    ),
    # case 5: the same bulletin: 'From Tuesday 3 January 2023, the Crown Court Digital Case system (DCS) will permit the use of a further non CPS prosecutor': a change that begins on a day falls due that day (CONVENTIONS 3.1a; parser docstring, round 26c: 'Beginning April 28, all visitors will require an escort'): Tuesday 3 January 2023, end of day [local due 2023-01-03 23:59:59 Europe/London, a Tuesday, GMT]. unsure: a careful reader could give earliest 3 January 2023 00:00 GMT (a use merely permitted from a date, CONVENTIONS 3.2)
    B(
        text="• Update: From Tuesday 3 January 2023, the Crown Court Digital Case system (DCS) will permit the use of a further non CPS prosecutor, the Health and Safety Executive (HSE).",
        due="2023-01-03 23:59:59",
        vague=False,
        said="2022-12-09 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/33c720c",
        published="2022-12-09",
    ),
    # case 6: the same bulletin: the change 'will apply to cases sent to the Crown Court on or after 3 January 2023': the same change taking effect on that day (CONVENTIONS 3.1a), 'on or after' marking the class of cases it covers: Tuesday 3 January 2023, end of day [local due 2023-01-03 23:59:59 Europe/London, a Tuesday, GMT]. unsure: a careful reader could give earliest 3 January 2023 00:00 GMT ('on or after', a lower bound only, CONVENTIONS 3.2 and blind_real.py's 'on and after')
    B(
        text="This follows a period of successful testing and will apply to cases sent to the Crown Court on or after 3 January 2023.",
        due="2023-01-03 23:59:59",
        vague=False,
        said="2022-12-09 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=5,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/33c720c",
        published="2022-12-09",
    ),
    # case 7: the same bulletin: the site 'was vacated in June 2021', told as done: past
    B(
        text="Gun Wharf replaces the former site at Anchorage House, which was vacated in June 2021.",
        due=None,
        vague=False,
        said="2022-12-09 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/33c720c",
        published="2022-12-09",
    ),
    # case 8: the same bulletin: 'We'll be announcing more sessions via our Eventbrite channel in due course', the speaker's own undertaking: vague, 60 days (CONVENTIONS 5.1), 9 December 2022 + 60 days = Tuesday 7 February 2023, end of day [local due 2023-02-07 23:59:59 Europe/London, a Tuesday, GMT]
    B(
        text="We’ll be announcing more sessions via our Eventbrite channel in due course.",
        due="2023-02-07 23:59:59",
        vague=True,
        said="2022-12-09 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=4,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/33c720c",
        published="2022-12-09",
    ),
    # case 9: the same bulletin: 'On Tuesday 13 December 2022, we're hosting a webinar': a one-off event on a day (CONVENTIONS 3.1), end of day [local due 2022-12-13 23:59:59 Europe/London, a Tuesday, GMT]
    B(
        text="• Reminder: On Tuesday 13 December 2022, we’re hosting a webinar on the probate service for legal professionals.",
        due="2022-12-13 23:59:59",
        vague=False,
        said="2022-12-09 10:00:00",
        tz="Europe/London",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/33c720c",
        published="2022-12-09",
    ),
    # case 10: the same bulletin: the webinar has no day in this sentence, and its only time words, 'in the past year', name a gone period whose performance is to be reviewed: past. unsure: a careful reader could give 'event' (the webinar, the act to come, is not dated in the sentence, CONVENTIONS 1.3), or due 13 December 2022, end of day (page: the webinar's day, given only by the sentence before)
    B(
        text="This webinar will provide an overview of the performance of the probate service in the past year, information on the latest data on applications and plans to improve the service as well as an opportunity for you to ask questions.",
        due=None,
        vague=False,
        said="2022-12-09 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://content.govdelivery.com/accounts/UKHMCTS/bulletins/33c720c",
        published="2022-12-09",
    ),
    # case 11: UK Parliament (Commons written answer on driving licence applications, on parallelparliament.co.uk, address 'question/137296/driving-licences-applications'; Open Parliament Licence); zone Europe/London (GMT); said 10:00 UTC (10:00 GMT, Thursday 17 March 2022) as handed over. A count 'On 9 March 2022', a day gone when spoken: past
    B(
        text="On 9 March 2022, the total number of paper applications awaiting processing at the Driver and Vehicle Licensing Agency (DVLA) was 898,673.",
        due=None,
        vague=False,
        said="2022-03-17 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.parallelparliament.co.uk/question/137296/driving-licences-applications",
        published="2022-03-17",
    ),
    # case 12: the same answer: 'the peak of 1.6 million in September 2021', gone: past
    B(
        text="This is a significant reduction from the peak of 1.6 million in September 2021.",
        due=None,
        vague=False,
        said="2022-03-17 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.parallelparliament.co.uk/question/137296/driving-licences-applications",
        published="2022-03-17",
    ),
    # case 13: the same answer: what the DVLA 'normally has' and receives 'each day': a standing state: recurring (CONVENTIONS 1.3)
    B(
        text="It is important to note that the DVLA normally has around 400,000 paper applications awaiting processing at any one time as the DVLA receives around 60,000 items of mail and thousands of new applications each day.",
        due=None,
        vague=False,
        said="2022-03-17 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.parallelparliament.co.uk/question/137296/driving-licences-applications",
        published="2022-03-17",
    ),
    # case 14: the same answer: 'customers should receive their documents within a few days': a time limit for every successful online application, with no start of its own: recurring (CONVENTIONS 1.3, 'each complaint gets a reply within five working days'). unsure: a careful reader could give vague, 7 days ('a few days', parser docstring), 24 March 2022
    B(
        text="There are no delays in successful online applications and customers should receive their documents within a few days.",
        due=None,
        vague=False,
        said="2022-03-17 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.parallelparliament.co.uk/question/137296/driving-licences-applications",
        published="2022-03-17",
    ),
    # case 15: UK Parliament (Commons written answer on driving licence applications, on questions-statements.parliament.uk, address 'written-questions/detail/2022-06-27/25999'; Open Parliament Licence); zone Europe/London (BST); said 09:00 UTC (10:00 BST, Tuesday 5 July 2022) as handed over. The same words as case 14: a standing time limit for every successful online application: recurring (CONVENTIONS 1.3). unsure: a careful reader could give vague, 7 days ('a few days'), 12 July 2022
    B(
        text="There are no delays in successful online applications and customers should receive their documents within a few days.",
        due=None,
        vague=False,
        said="2022-07-05 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://questions-statements.parliament.uk/written-questions/detail/2022-06-27/25999",
        published="2022-07-05",
    ),
    # case 16: the same answer: the DVLA 'receives around 60,000 items of mail each day': a standing state: recurring (CONVENTIONS 1.3)
    B(
        text="However, many people choose or have to make a paper application and the DVLA receives around 60,000 items of mail each day.",
        due=None,
        vague=False,
        said="2022-07-05 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://questions-statements.parliament.uk/written-questions/detail/2022-06-27/25999",
        published="2022-07-05",
    ),
    # case 17: the same answer: delays 'will return to pre-pandemic levels by September', told as going to happen (CONVENTIONS 4.3, last paragraph: an expectation told as going to happen stays dated): the end of September 2022 [local due 2022-09-30 23:59:59 Europe/London, a Friday, BST]. unsure: a careful reader could give due None with no refusal word (a forecast of a level, no act undertaken, CONVENTIONS 4.2)
    B(
        text="Applications where the driver has a medical condition that must be investigated before a licence can be issued will take longer but delays in this area are also reducing and will return to pre-pandemic levels by September.",
        due="2022-09-30 22:59:59",
        vague=False,
        said="2022-07-05 09:00:00",
        tz="Europe/London",
        day_first=True,
        precision="month",
        cluster=6,
        source="https://questions-statements.parliament.uk/written-questions/detail/2022-06-27/25999",
        published="2022-07-05",
    ),
    # case 18: UK Parliament (Commons written answer on driving licence applications, on parallelparliament.co.uk, address 'question/117768/driving-licences-applications'; Open Parliament Licence); zone Europe/London (GMT); said 10:00 UTC (10:00 GMT, Thursday 10 February 2022) as handed over. 'customers should receive their licence within a few days': a standing time limit for every successful online application: recurring (CONVENTIONS 1.3). unsure: a careful reader could give vague, 7 days ('a few days'), 17 February 2022
    B(
        text="There are no delays in successful online applications and customers should receive their licence within a few days.",
        due=None,
        vague=False,
        said="2022-02-10 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.parallelparliament.co.uk/question/117768/driving-licences-applications",
        published="2022-02-10",
    ),
    # case 19: the same answer: the DVLA 'receives around 60,000 items of mail every day': a standing state: recurring (CONVENTIONS 1.3)
    B(
        text="However, many people still choose or have to make a paper application and the DVLA receives around 60,000 items of mail every day.",
        due=None,
        vague=False,
        said="2022-02-10 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.parallelparliament.co.uk/question/117768/driving-licences-applications",
        published="2022-02-10",
    ),
    # case 20: the same answer: a count 'On 4 February' (2022, six days before speaking) of applications that 'had taken ten weeks or more': past
    B(
        text="On 4 February, there were 178,926 driving licence renewal applications that had taken ten weeks or more.",
        due=None,
        vague=False,
        said="2022-02-10 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.parallelparliament.co.uk/question/117768/driving-licences-applications",
        published="2022-02-10",
    ),
    # case 21: the same answer: 'In December, the Department ... asked the DVLA to stop sending medical questionnaires ... in December and January': a request told as done, over months gone when spoken: past
    B(
        text="In December, the Department for Health and Social Care asked the DVLA to stop sending medical questionnaires (excluding vocational applications) to NHS doctors in December and January to allow the NHS to focus all efforts on the vaccination booster programme.",
        due=None,
        vague=False,
        said="2022-02-10 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.parallelparliament.co.uk/question/117768/driving-licences-applications",
        published="2022-02-10",
    ),
    # case 22: Statistics Canada (The Daily of Monday 10 January 2011, address 'daily-quotidien/110110/tdq110110-eng.htm'; Statistics Canada Open Licence); zone America/Toronto (EST); said 13:30 UTC (08:30 EST, the release hour) as handed over. Building permits 'in November, down 11.2% from October': a gone month's figures: past
    B(
        text="Contractors took out $5.5 billion worth of building permits in November, down 11.2% from October and the second consecutive monthly decline.",
        due=None,
        vague=False,
        said="2011-01-10 13:30:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www150.statcan.gc.ca/daily-quotidien/110110/tdq110110-eng.htm",
        published="2011-01-10",
    ),
    # case 23: the same Daily: tourism spending that 'rose ... in the third quarter' (2010): past
    B(
        text="Spending on tourism in Canada rose 1.5% in real terms in the third quarter, the fifth consecutive quarterly increase.",
        due=None,
        vague=False,
        said="2011-01-10 13:30:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www150.statcan.gc.ca/daily-quotidien/110110/tdq110110-eng.htm",
        published="2011-01-10",
    ),
    # case 24: the same Daily: spending that 'continued to trend upward' and rose 'following a second-quarter decline': past
    B(
        text="Canadians' spending on tourism in Canada continued to trend upward, while spending by international visitors rose following a second-quarter decline.",
        due=None,
        vague=False,
        said="2011-01-10 13:30:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www150.statcan.gc.ca/daily-quotidien/110110/tdq110110-eng.htm",
        published="2011-01-10",
    ),
    # case 25: Statistics Canada (The Daily of Tuesday 25 November 2008, address 'daily-quotidien/081125/dq081125a-eng.htm'; Statistics Canada Open Licence); zone America/Toronto (EST); said 15:00 UTC (10:00 EST) as handed over. Retail sales that 'totalled $36.3 billion in September, up 1.1% from August' and the strongest rise 'in eight months': past
    B(
        text="Retail sales totalled $36.3 billion in September, up 1.1% from August and the strongest rise in sales in eight months.",
        due=None,
        vague=False,
        said="2008-11-25 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/081125/dq081125a-eng.htm",
        published="2008-11-25",
    ),
    # case 26: the same Daily: sales 'up for the first time since January': past
    B(
        text="Sales by new car dealers were up for the first time since January, accounting for most of this growth.",
        due=None,
        vague=False,
        said="2008-11-25 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/081125/dq081125a-eng.htm",
        published="2008-11-25",
    ),
    # case 27: the same Daily: 'In September, five of the eight sectors posted higher sales': past
    B(
        text="In September, five of the eight sectors posted higher sales and they accounted for approximately 75% of retail sales.",
        due=None,
        vague=False,
        said="2008-11-25 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/081125/dq081125a-eng.htm",
        published="2008-11-25",
    ),
    # case 28: the same Daily: sales 'higher in September': past
    B(
        text="Sales in the automotive sector were 2.2% higher in September, largely owing to a 2.9% increase in sales by new car dealers.",
        due=None,
        vague=False,
        said="2008-11-25 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/081125/dq081125a-eng.htm",
        published="2008-11-25",
    ),
    # case 29: the same Daily: units sold 'in September' were up: past
    B(
        text="The number of units sold in September was up for both passenger cars and trucks, according to the New Motor Vehicle Sales Survey.",
        due=None,
        vague=False,
        said="2008-11-25 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/081125/dq081125a-eng.htm",
        published="2008-11-25",
    ),
    # case 30: the same Daily: the rise 'in September' and the trend 'observed since September 2007': past
    B(
        text="The 1.7% rise in sales by gasoline stations in September continued the strong upward trend, driven by gasoline prices, that has been observed since September 2007.",
        due=None,
        vague=False,
        said="2008-11-25 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/081125/dq081125a-eng.htm",
        published="2008-11-25",
    ),
    # case 31: the same Daily: 'the rise in sales in September was the fourth in five months': past
    B(
        text="For used and recreational motor vehicle and parts dealers (including tire dealers), the rise in sales in September was the fourth in five months.",
        due=None,
        vague=False,
        said="2008-11-25 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/081125/dq081125a-eng.htm",
        published="2008-11-25",
    ),
    # case 32: the same Daily: rises influenced by growth in food prices 'since early 2008': past
    B(
        text="These rises were influenced by the rapid growth in food prices since early 2008.",
        due=None,
        vague=False,
        said="2008-11-25 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/081125/dq081125a-eng.htm",
        published="2008-11-25",
    ),
    # case 33: the same Daily: 'The most substantial decrease in sales in September': past
    B(
        text="The most substantial decrease in sales in September was in the building and outdoor home supplies stores sector.",
        due=None,
        vague=False,
        said="2008-11-25 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/081125/dq081125a-eng.htm",
        published="2008-11-25",
    ),
    # case 34: the same Daily: 'the first drop in sales in this sector since April 2008': past
    B(
        text="This was the first drop in sales in this sector since April 2008.",
        due=None,
        vague=False,
        said="2008-11-25 15:00:00",
        tz="America/Toronto",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.statcan.gc.ca/daily-quotidien/081125/dq081125a-eng.htm",
        published="2008-11-25",
    ),
    # case 35: Houses of the Oireachtas (Seanad Éireann debate of Wednesday 6 July 2011, as carried on kildarestreet.com, address 'sendebates/?id=2011-07-06.252.0'); zone Europe/Dublin (IST); said 12:00 UTC (13:00 IST) as handed over. An individual 'was to be appointed last year' and statements 'were made': past
    B(
        text="The serious allegations that have been made include one that an individual was to be appointed last year to the position of judge and serious statements were made in a letter, which is, I presume, in the possession of the Department, questioning the qualifications of the person in question for the job.",
        due=None,
        vague=False,
        said="2011-07-06 12:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kildarestreet.com/sendebates/?id=2011-07-06.252.0",
        published="2011-07-06",
    ),
    # case 36: the same debate: 'almost 12 months later, a Bill has been produced', the perfect of an act done: past
    B(
        text="Lo and behold, almost 12 months later, a Bill has been produced which covers the defect in law as regards the appointment of the individual concerned.",
        due=None,
        vague=False,
        said="2011-07-06 12:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kildarestreet.com/sendebates/?id=2011-07-06.252.0",
        published="2011-07-06",
    ),
    # case 37: National Park Service news on the Denali Park Road, as carried by alaska-native-news.com ('park-road-opens-to-teklanika-april-30'); zone America/Anchorage (AKDT); said 18:00 UTC (10:00 AKDT, Saturday 30 April 2022) as handed over. The warmer weather 'helped' the road crew, snow 'that fell over the winter': past
    B(
        text="The warmer weather helped the spring road crew in their efforts to open the Denali Park Road, despite the unusually high amounts of snow that fell over the winter.",
        due=None,
        vague=False,
        said="2022-04-30 18:00:00",
        tz="America/Anchorage",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://alaska-native-news.com/park-road-opens-to-teklanika-april-30/61306/",
        published="2022-04-30",
    ),
    # case 38: the same news: the park 'will open the road to private vehicle traffic ... on April 30, 2022', the day of speaking: a one-off event on a day (CONVENTIONS 3.1), end of day [local due 2022-04-30 23:59:59 America/Anchorage, a Saturday, AKDT]
    B(
        text="The park will open the road to private vehicle traffic as far as mile 30, the Teklanika Rest Area, on April 30, 2022.",
        due="2022-05-01 07:59:59",
        vague=False,
        said="2022-04-30 18:00:00",
        tz="America/Anchorage",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://alaska-native-news.com/park-road-opens-to-teklanika-april-30/61306/",
        published="2022-04-30",
    ),
    # case 39: the same news: 'The road will remain open, weather permitting, until May 20, 2022': kept going to a date (CONVENTIONS 3.3), the proviso keeping it dated (CONVENTIONS 4.3, last paragraph): Friday 20 May 2022, end of day [local due 2022-05-20 23:59:59 America/Anchorage, a Friday, AKDT]
    B(
        text="The road will remain open, weather permitting, until May 20, 2022, when transit buses start running for the season.",
        due="2022-05-21 07:59:59",
        vague=False,
        said="2022-04-30 18:00:00",
        tz="America/Anchorage",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://alaska-native-news.com/park-road-opens-to-teklanika-april-30/61306/",
        published="2022-04-30",
    ),
    # case 40: the same news: visitors 'continue to enjoy winter recreation' and conditions 'are changing ... from winter to spring': a description of the present season, nothing undertaken: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give 'recurring' (the seasons' turn in general, as a seen set's 'Spring in Yellowstone brings unpredictable weather')
    B(
        text="Park visitors continue to enjoy winter recreation activities like cross-country skiing and snowshoeing, but warm weather and longer days are changing conditions rapidly from winter to spring.",
        due=None,
        vague=False,
        said="2022-04-30 18:00:00",
        tz="America/Anchorage",
        day_first=True,
        cluster=1,
        source="https://alaska-native-news.com/park-road-opens-to-teklanika-april-30/61306/",
        published="2022-04-30",
    ),
    # case 41: the same news: campgrounds 'will remain closed until May 20' (2022, the next occurrence): kept going to a date (CONVENTIONS 3.3): Friday 20 May 2022, end of day [local due 2022-05-20 23:59:59 America/Anchorage, a Friday, AKDT]
    B(
        text="All campgrounds west of Savage will remain closed until May 20.",
        due="2022-05-21 07:59:59",
        vague=False,
        said="2022-04-30 18:00:00",
        tz="America/Anchorage",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://alaska-native-news.com/park-road-opens-to-teklanika-april-30/61306/",
        published="2022-04-30",
    ),
    # case 42: KXLF report of a Yellowstone National Park release on the Dunraven Pass road ('weather-permitting-yellowstone-national-parks-dunraven-...'); zone America/Denver (MDT); said 16:00 UTC (10:00 MDT, Thursday 26 May 2022) as handed over. The road 'is scheduled to open on Friday, May 27, weather permitting': a one-off event on a day (CONVENTIONS 3.1), the proviso keeping it dated (CONVENTIONS 4.3, last paragraph): Friday 27 May 2022, end of day [local due 2022-05-27 23:59:59 America/Denver, a Friday, MDT]
    B(
        text="Yellowstone Park officials say the road from Tower Fall to Canyon Junction, via Dunraven Pass, is scheduled to open on Friday, May 27, weather permitting.",
        due="2022-05-28 05:59:59",
        vague=False,
        said="2022-05-26 16:00:00",
        tz="America/Denver",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://www.kxlf.com/news/outdoors/weather-permitting-yellowstone-national-parks-dunraven-pass-to-open-friday",
        published="2022-05-26",
    ),
    # case 43: the same report: 'The road will open at 12:30 pm', a clock time with no day of its own in the sentence: its first occurrence after the moment of speaking, in the publisher's zone (CONVENTIONS 6.3): Thursday 26 May 2022 12:30 MDT [local due 2022-05-26 12:30:00 America/Denver, a Thursday, MDT]. page: 27 May 2022 12:30 MDT (2022-05-27 18:30:00 UTC), the Friday the sentence before gives
    B(
        text="The road will open at 12:30 pm, but drivers should anticipate temporary road closures and driving delays.",
        due="2022-05-26 18:30:00",
        vague=False,
        said="2022-05-26 16:00:00",
        tz="America/Denver",
        day_first=True,
        precision="minute",
        cluster=2,
        source="https://www.kxlf.com/news/outdoors/weather-permitting-yellowstone-national-parks-dunraven-pass-to-open-friday",
        published="2022-05-26",
    ),
    # case 44: the same report: 'expected cool weather, including rain and snow through the weekend', a forecast of the weather, and an advice to visitors: nothing undertaken by anyone: due None, no refusal word (CONVENTIONS 4.2, 4.3). unsure: a careful reader could give Sunday 29 May 2022, end of day (the weekend's later end, told as going to happen, CONVENTIONS 4.3 last paragraph; 2022-05-30 05:59:59 UTC)
    B(
        text="Due to expected cool weather, including rain and snow through the weekend, visitors should anticipate potentially hazardous driving conditions, temporary road closures and driving delays throughout Yellowstone National Park.",
        due=None,
        vague=False,
        said="2022-05-26 16:00:00",
        tz="America/Denver",
        day_first=True,
        cluster=1,
        source="https://www.kxlf.com/news/outdoors/weather-permitting-yellowstone-national-parks-dunraven-pass-to-open-friday",
        published="2022-05-26",
    ),
    # case 45: Blue Mountain Eagle report on the Malheur National Forest's prescribed fire operations ('prescribed-fire-operations-continue-on-malheur'); zone America/Los_Angeles (PDT); said 17:00 UTC (10:00 PDT, Wednesday 25 September 2019) as handed over. The operations planned 'through the weekend': a schedule that falls due at its end (CONVENTIONS 6.1; weeks and weekends run to Sunday, parser docstring): Sunday 29 September 2019, end of day [local due 2019-09-29 23:59:59 America/Los_Angeles, a Sunday, PDT]
    B(
        text="Malheur National Forest prescribed fire operations through the weekend include:",
        due="2019-09-30 06:59:59",
        vague=False,
        said="2019-09-25 17:00:00",
        tz="America/Los_Angeles",
        day_first=True,
        precision="day",
        cluster=4,
        source="https://www.bluemountaineagle.com/news/prescribed-fire-operations-continue-on-malheur/article_f6718690-dfb5-11e9-9ae2-47ec4a83fd1c.html",
        published="2019-09-25",
    ),
    # case 46: the same report: blacklining 'is planned [to] occur ... Thursday and Friday', the next such days (26 and 27 September): two named days, the later (CONVENTIONS 6.1): Friday 27 September 2019, end of day [local due 2019-09-27 23:59:59 America/Los_Angeles, a Friday, PDT]
    B(
        text="• Prairie City Ranger District: In the Summit 3 Burn Unit, up to 50 acres of blacklining is planned occur along the 471 road near the southeast corner of Logan Valley Thursday and Friday.",
        due="2019-09-28 06:59:59",
        vague=False,
        said="2019-09-25 17:00:00",
        tz="America/Los_Angeles",
        day_first=True,
        precision="day",
        cluster=3,
        source="https://www.bluemountaineagle.com/news/prescribed-fire-operations-continue-on-malheur/article_f6718690-dfb5-11e9-9ae2-47ec4a83fd1c.html",
        published="2019-09-25",
    ),
    # case 47: the same report: 'Fall burning will build upon efforts in the spring when the forest ... accomplished': 'Fall' names the season's burning and undertakes no time, 'the spring' is gone: due None, no refusal word. unsure: a careful reader could give 'past' (the only dated act, the spring's, is done) or the end of this fall, 30 November 2019 (meteorological seasons, parser docstring)
    B(
        text="Fall burning will build upon efforts in the spring when the forest safely and successfully accomplished prescribed fire operations on approximately 2,600 acres.",
        due=None,
        vague=False,
        said="2019-09-25 17:00:00",
        tz="America/Los_Angeles",
        day_first=True,
        cluster=1,
        source="https://www.bluemountaineagle.com/news/prescribed-fire-operations-continue-on-malheur/article_f6718690-dfb5-11e9-9ae2-47ec4a83fd1c.html",
        published="2019-09-25",
    ),
    # case 48: SCV News report of a USDA Forest Service, Pacific Southwest Region announcement ('most-developed-forest-service-recreation-sites-to-remain-closed-throug...'); zone America/Los_Angeles (PDT); said 17:00 UTC (10:00 PDT, Thursday 30 April 2020) as handed over. The sites 'will remain closed through May 15', a future told in a report keeps its date (CONVENTIONS 2.2): kept going to a date (CONVENTIONS 3.3): Friday 15 May 2020, end of day [local due 2020-05-15 23:59:59 America/Los_Angeles, a Friday, PDT]
    B(
        text="The USDA Forest Service, Pacific Southwest Region, announced that most developed recreation sites will remain closed through May 15.",
        due="2020-05-16 06:59:59",
        vague=False,
        said="2020-04-30 17:00:00",
        tz="America/Los_Angeles",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://scvnews.com/most-developed-forest-service-recreation-sites-to-remain-closed-through-may-15/",
        published="2020-04-30",
    ),
    # case 49: KTVZ report of a Deschutes National Forest release on closing FS Road 4606 ('deschutes-national-forest-closing-fs-road-4606-...'); zone America/Los_Angeles (PDT); said 17:00 UTC (10:00 PDT, Thursday 1 July 2021) as handed over. 'Beginning next Tuesday, the Deschutes National Forest will be closing a road ... to motorized traffic': a ban that begins on a day is the rule taking effect (CONVENTIONS 3.1a; parser docstring, round 26c); 'next Tuesday' is that day in the following Monday-to-Sunday week (parser docstring): Tuesday 6 July 2021, end of day [local due 2021-07-06 23:59:59 America/Los_Angeles, a Tuesday, PDT]. unsure: a careful reader could give earliest 6 July 2021 00:00 PDT (daytime closures running from then, given only their start, CONVENTIONS 3.2)
    B(
        text="Beginning next Tuesday, the Deschutes National Forest will be closing a road off Skyliners Road to motorized traffic during the day, to allow the road to be reconstructed.",
        due="2021-07-07 06:59:59",
        vague=False,
        said="2021-07-01 17:00:00",
        tz="America/Los_Angeles",
        day_first=True,
        precision="day",
        cluster=6,
        source="https://ktvz.com/news/outdoors/2021/07/01/deschutes-national-forest-closing-fs-road-4606-during-the-day-for-reconstruction-work/",
        published="2021-07-01",
    ),
    # case 50: the same report: the road 'will be closed ... during daytime hours from July 6 to July 30': a closure kept to a date, a range at its later end (CONVENTIONS 3.3, 6.1), no closing hour given: Friday 30 July 2021, end of day [local due 2021-07-30 23:59:59 America/Los_Angeles, a Friday, PDT]
    B(
        text="Forest Service Road (FSR) 4606 will be closed to motorized vehicles during daytime hours from July 6 to July 30.",
        due="2021-07-31 06:59:59",
        vague=False,
        said="2021-07-01 17:00:00",
        tz="America/Los_Angeles",
        day_first=True,
        precision="day",
        cluster=3,
        source="https://ktvz.com/news/outdoors/2021/07/01/deschutes-national-forest-closing-fs-road-4606-during-the-day-for-reconstruction-work/",
        published="2021-07-01",
    ),
    # case 51: the same report: traffic 'will not be allowed during the day': a daily part of the day during the works, no date of its own: a standing schedule: recurring (CONVENTIONS 1.3). unsure: a careful reader could give 'event' (the works' period, not dated in the sentence) or due None with no refusal word
    B(
        text="Heavy machinery will be operating in the roadway and vehicle traffic will not be allowed during the day; however, walking and bike riding will be allowed.",
        due=None,
        vague=False,
        said="2021-07-01 17:00:00",
        tz="America/Los_Angeles",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://ktvz.com/news/outdoors/2021/07/01/deschutes-national-forest-closing-fs-road-4606-during-the-day-for-reconstruction-work/",
        published="2021-07-01",
    ),
    # case 52: the same report: travel 'during the day will be impacted': a daily part of the day during the works: recurring (CONVENTIONS 1.3). unsure: a careful reader could give 'event' (the works' period, not dated in the sentence) or due None with no refusal word
    B(
        text="Closures will be signed on the roadway, but people should know that travel on the road during the day will be impacted.",
        due=None,
        vague=False,
        said="2021-07-01 17:00:00",
        tz="America/Los_Angeles",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://ktvz.com/news/outdoors/2021/07/01/deschutes-national-forest-closing-fs-road-4606-during-the-day-for-reconstruction-work/",
        published="2021-07-01",
    ),
    # case 53: Wikinews shorts of Sunday 7 December 2008, as carried by go-speedline.com (CC BY 2.5); zone UTC as handed over; said 10:00 UTC (Sunday 7 December 2008). The government 'will be holding weekend talks': the weekend under way when spoken, at its later end (parser docstring: the weekend is a range to Sunday): Sunday 7 December 2008, end of day [local due 2008-12-07 23:59:59 UTC, a Sunday]. unsure: a careful reader could give Sunday 14 December 2008, end of day (the next whole weekend), or due None with no refusal word ('weekend' only naming the talks)
    B(
        text="The U.S. government will be holding weekend talks on the plan after two days of Congressional hearings.",
        due="2008-12-07 23:59:59",
        vague=False,
        said="2008-12-07 10:00:00",
        tz="UTC",
        day_first=True,
        precision="day",
        cluster=4,
        source="http://go-speedline.com/wikinews-shorts-december-7-2008",
        published="2008-12-07",
    ),
    # case 54: the same shorts: 'I'm convinced that by Sunday we will have an agreement': a confident expectation told as going to happen, not a hedged guess (CONVENTIONS 4.3, last paragraph); 'Sunday' is the next such day on or after the reference day (parser docstring), the day of speaking: Sunday 7 December 2008, end of day [local due 2008-12-07 23:59:59 UTC, a Sunday]. unsure: a careful reader could give due None with no refusal word (a politician's forecast of what the parties will agree, a guess, CONVENTIONS 4.3)
    B(
        text="“I’m convinced that by Sunday we will have an agreement that people can understand on this bill,” said Barney Frank, a representative from the state of Massachusetts.",
        due="2008-12-07 23:59:59",
        vague=False,
        said="2008-12-07 10:00:00",
        tz="UTC",
        day_first=True,
        precision="day",
        cluster=6,
        source="http://go-speedline.com/wikinews-shorts-december-7-2008",
        published="2008-12-07",
    ),
    # case 55: Wikinews ('Wikinews' overview of the year 2008', on en.wikinews.org; CC BY 2.5); zone UTC as handed over; said 10:00 UTC (Wednesday 31 December 2008). A question, and a hypothetical one ('if they asked you ... in, let's say, 20 years' time'): due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="What would you tell your grandchildren about 2008 if they asked you about it in, let's say, 20 years' time?",
        due=None,
        vague=False,
        said="2008-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        cluster=1,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2008",
        published="2008-12-31",
    ),
    # case 56: the same overview: a quiz question whose answer is the year 2008: a question, and the year is an answer, no time of an act: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="If the answer to a quiz question was 2008, what would the question be?",
        due=None,
        vague=False,
        said="2008-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        cluster=1,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2008",
        published="2008-12-31",
    ),
    # case 57: the same overview: 'the important stories of 2008', told on the year's last day: the year names stories gone: past. unsure: a careful reader could give due None with no refusal word (the year only names the stories; the look is taken now)
    B(
        text="Let's take a look at some of the important stories of 2008.",
        due=None,
        vague=False,
        said="2008-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2008",
        published="2008-12-31",
    ),
    # case 58: the same overview: 'On the first day of 2008, at midnight, ... adopted the euro': past
    B(
        text="On the first day of 2008, at midnight, the Republic of Cyprus and the Republic of Malta, both small island states in the Mediterranean and former British colonies, adopted the euro as their official currency, less than four years after their accession to the European Union.",
        due=None,
        vague=False,
        said="2008-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2008",
        published="2008-12-31",
    ),
    # case 59: the same overview: 'Cyprus adopted the euro one hour before Malta did': past
    B(
        text="Because Cyprus and Malta are in different time zones, Cyprus adopted the euro one hour before Malta did.",
        due=None,
        vague=False,
        said="2008-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2008",
        published="2008-12-31",
    ),
    # case 60: the same overview: prices 'dropped sharply ... on January 21' (2008): past
    B(
        text="Stock prices dropped sharply in Europe and Asia on January 21, with fears of economic problems in the United States causing some of the biggest single-day losses in recent years.",
        due=None,
        vague=False,
        said="2008-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2008",
        published="2008-12-31",
    ),
    # case 61: the same overview: the index 'fell', 'its biggest fall since the September 11, 2001 terrorist attacks': past
    B(
        text="In Hong Kong, the Hang Seng index fell 5.5 percent - its biggest fall since the September 11, 2001 terrorist attacks.",
        due=None,
        vague=False,
        said="2008-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2008",
        published="2008-12-31",
    ),
    # case 62: the same overview: losses that 'occurred later in the year': past
    B(
        text="Although larger losses occurred later in the year, these falls were seen to be unusually large at the time.",
        due=None,
        vague=False,
        said="2008-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2008",
        published="2008-12-31",
    ),
    # case 63: the same overview: violence that 'started in Chad on February 1' (2008): past
    B(
        text="Violence between Rebels and the Chadian military started in Chad on February 1 as rebel groups continued to advance on N'djamena, the capital of Chad.",
        due=None,
        vague=False,
        said="2008-12-31 10:00:00",
        tz="UTC",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://en.wikinews.org/wiki/Wikinews%27_overview_of_the_year_2008",
        published="2008-12-31",
    ),
    # case 64: Prime Minister of Australia (a joint transcript of the Prime Minister and a visiting Prime Minister, on pm.gov.au's listing 'node?page=33'); zone Australia/Sydney (AEDT); said 23:00 UTC of 9 October (10:00 AEDT, Thursday 10 October 2024) as handed over. Business leaders 'will be participating this week as well': a one-off participation told as going to happen this week (weeks run Monday to Sunday, parser docstring); 'to 2040' names the strategy: Sunday 13 October 2024, end of day [local due 2024-10-13 23:59:59 Australia/Sydney, a Sunday, AEDT]
    B(
        text="We have our Southeast Asia Economic Strategy to 2040 that was developed by Nicholas Moore, and he, together with other business leaders such as Christine Holgate, will be participating this week as well.",
        due="2024-10-13 12:59:59",
        vague=False,
        said="2024-10-09 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        precision="week",
        cluster=4,
        source="https://www2.pm.gov.au/node?page=33",
        published="2024-10-10",
    ),
    # case 65: the same transcript: 'my visit to Australia in June' (2024), gone when spoken: past
    B(
        text="As I also say, I feel very warm to meet an old friend, and I want to thank Mr Prime Minister, and the Australian side for the warm hospitality and thoughtful arrangement during my visit to Australia in June.",
        due=None,
        vague=False,
        said="2024-10-09 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www2.pm.gov.au/node?page=33",
        published="2024-10-10",
    ),
)
