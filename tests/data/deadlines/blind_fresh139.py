"""A HUNDRED-AND-THIRTY-NINTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 07:33 and 07:45 by a labelling helper (branch
issue12l139-s54) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 54 (fresh140 to fresh143), whose claims in the shared claims file were treated as used
and whose files and README sections were not opened. It read `CONVENTIONS.md` in full, the docstring,
comments, some cases and the README section of `blind_fresh138.py`, the docstring of `blind_real.py`
(the `BlindCase` fields), the docstring of `tests/data/fresh_check.py`, and the top docstring of the
parser package only (the vague windows, "before" and "by" periods, early/mid/late thirds, seasons);
nothing else of `bot/core/deadlines/` was opened. The brief asked for UK Hansard undertakings (Commons
written statements and answers, Lords debates), GOV.UK departments (DfE, DHSC, MoJ, DfT, Cabinet Office,
DEFRA) and US land and park agencies (NPS, BLM, USFS, Reclamation), at most a third from the United
States; at least eight publishers, none above a fifth of the cases; about 90 cases (at least 70) by 08:10
UTC.

The set quotes the House of Lords (written statements of Lord Keen of Elie of 21 March 2018, 23 July 2019
and 28 April 2020 on the UK Parliament website, and the Questions for Written Answers exchange of 22
February 2021 in Hansard), the House of Commons (Robert Buckland's written statements of 1 October 2019
and 21 July 2020, and the Second Reading of the Tobacco and Vapes Bill of 16 April 2024), the House of
Commons Library (its list of briefing papers on the legislative process, to 8 July 2016), the House of
Lords Library (its King's Speech 2023 health briefing and its 2016 note on court reform), the Department
for Transport (a GOV.UK news story of January 2016 on roadworks), the Houses of the Oireachtas (three
Seanad Business of Seanad exchanges, of 5 July 1967, 1 July 2009 and 29 January 2019), the Bureau of Land
Management (a Northeastern States ePlanning page of May 2024 and two Boise press releases on the
Bruneau-Owyhee sage-grouse project) and the Bureau of Reclamation (items of its Pacific Northwest
newsroom feed, stored in several versions, of 2015 to 2020). 82 cases from 8 publishers (the Houses of
the Oireachtas 16 (19.5%); the Bureau of Reclamation 15 (18.3%); the House of Lords 14 (17.1%); the House
of Commons 14 (17.1%); the House of Lords Library 8 (9.8%); the Bureau of Land Management 6 (7.3%); the
House of Commons Library 5 (6.1%); the Department for Transport 4 (4.9%)). 21 of the 82 (25.6%) are from
the United States (BLM, Reclamation); 61 are not. The two Houses and their two Libraries publish their
own papers and are counted as separate publishers. Fewer than the 90 asked for: the store's Hansard,
GOV.UK and US park pages were heavily mined (most pages found read USED), and no DfE, DHSC, MoJ, Cabinet
Office or DEFRA page of GOV.UK's own, nor any NPS or USFS page of the agency's own, was found fresh in
the time (the copies found were on ukpol.co.uk, govwire.co.uk and news sites, whose stored pages do not
show the publisher's licence; two USFS alert pages read USED).

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, "today", "now",
"next year", "this afternoon", a month, a season, a year, a fiscal year, a span, "a minute later",
"every month", "year after year", "as quickly as possible", "after", "until", "before", "since",
"when"); sentences of the openings read that hold none were skipped, as were titles, headings, date lines
of lists, contact lines, sentences cut off by the end of an opening, bullet points of a summary, and the
words of the carrying pages themselves. The sentences were found with a search over stored copies of
public pages and taken as they came in the openings the search returns, in page order; those whose only
time words are general or name a thing were passed over ("the Damages Act 1996", "For a moment", "over
20 years' experience", "per year" of water saved, "This is about 10 days earlier than normal", "the
longer term implications", "We will then take", the list's fragments "since 1997" and "the Wales Bill
2016-17"). Datelines ("Boise, Idaho – ", "MOSES LAKE, Wash. – ", "YAKIMA, Wash. – "), the quotation marks
around quoted words of a speaker and the footnote marks "[2]" and "[4]" of the Lords Library were left out
of the quotes; the pages' own forms ("months— just", "Reclamation's" with a straight apostrophe, "- or")
stay as they are. To keep Reclamation under a fifth, the other time sentences of its feed items were
left out (see README.md). See README.md ("Hundred-and-thirty-ninth fresh blind set") for every address,
publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` and claimed (`fresh139`) in `/work/helper-brief/claims.txt` before its
quotes were kept; many pages were found used and dropped (README.md lists them). Every kept sentence was
then checked whole with the same tool (skipping this file): none reads used. Each label was worked out
by hand from the words, the publication date and the publisher's zone (Europe/London for Parliament and
GOV.UK, Europe/Dublin for the Oireachtas, America/Chicago for BLM's Milwaukee office, America/Boise for
BLM's Boise District and Reclamation's Boise and Heyburn items, America/Los_Angeles for Reclamation's
items from Yakima, Moses Lake and Prineville); conversions of local instants to UTC wall time, weekdays
and day counts were done with Python's zoneinfo and datetime in a scratch script outside the repository,
never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh138.py`: the publication date at 10:00 local time unless the page gives an hour (the Seanad
page of 1 July 2009 records the suspension at 8.50 p.m. right after the exchange, and is read at 20:50);
where a page carries no date in the store, the one its words, address or neighbours give (each page's
first comment says which and why; for Reclamation's feed items, the record numbers of the items beside
them with known dates); a day falls due at 23:59:59 local; a zone written with a clock time is read as
written ("11:59 pm Mountain Time" in May is MDT); "early September" and "mid-October" are the parser's
thirds; a range or a schedule falls due at its later end (CONVENTIONS 6.1); a window of a stated length
from a start falls due at its end (CONVENTIONS 1.1); a start and an end of one work: the end counts
(CONVENTIONS 3.4); the present with "today" (and "now" on a motion) is due that day (CONVENTIONS 2.1);
the perfect with "today" is past (CONVENTIONS 2.4); "as quickly as possible" is vague, 60 days
(CONVENTIONS 5.1); standing rates and rules are recurring and times hung on an undated event are event
(CONVENTIONS 1.3, 5.2); days called off with no new time are negated (CONVENTIONS 4.1); questions,
possibilities and imagined scenes are no undertaking (CONVENTIONS 4.2). Clusters as in
`blind_fresh138.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day,
periods and windows, 5 refusals, 6 plain days and dates. 39 labels are refusals (past 25, recurring 6,
negated 5, event 3); 1 is vague; 24 carry a definite due instant; 18 have due None and no refusal word;
24 are marked "unsure" and name the other reading; like every label here they stay as committed,
whatever the first run shows. First run: not yet taken (the lead runs it once, after merging, and
records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_WSLK20 = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?house=commons%2Clords&max=100&member=4538&page=1&questiontype=AllQuestions"
_WSLK18 = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?house=commons%2Clords&max=20&member=4538&page=5&questiontype=AllQuestions"
_WSLK19 = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?page=1&max=20&questiontype=AllQuestions&house=commons%2Clords&member=4538"
_HLQWA21 = "https://hansard.parliament.uk/Lords/2021-02-22/debates/1E8229C1-2A59-4BDA-B3DA-BF441F8E43AB/QuestionsForWrittenAnswers"
_WSBU20 = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?house=commons%2Clords&max=20&member=4106&page=1&questiontype=AllQuestions"
_WSBU19 = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?house=commons%2Clords&max=100&member=4106&page=1&questiontype=AllQuestions"
_HCTOB24 = "https://hansard.parliament.uk/Commons/2024-04-16/debates/EDBAAEB6-8690-4448-83D3-1C0EAD384ABE/details"
_HCLIB16 = "http://www.parliament.uk/topics/Legislative-processArchive.htm"
_LLKS23 = "https://lordslibrary.parliament.uk/kings-speech-2023-health-and-social-care/"
_LLCRT16 = "https://lordslibrary.parliament.uk/research-briefings/lln-2016-0037/"
_DFTRW16 = "https://gov.uk/government/news/roadwork-rules-change-to-reduce-congestion"
_SNBUS19 = "https://www.oireachtas.ie/en/debates/debate/seanad/2019-01-29/10/"
_SNBUS09 = "https://www.oireachtas.ie/en/debates/debate/seanad/2009-07-01/23/"
_SNBUS67 = "https://www.oireachtas.ie/ga/debates/debate/seanad/1967-07-05/15/"
_BLMNE24 = "https://eplanning.blm.gov/how-to-get-involved?id=3efaeeda-a7f2-f011-8407-001dd80db62a&spid=4e672883-a8f2-f011-8407-001dd80c29f3"
_BLMBOSH16 = "https://blm.gov/press-release/blm-extends-comment-period-bruneau-owyhee-sage-grouse-habitat-bosh-project"
_BLMBOSH18 = "https://blm.gov/press-release/blm-releases-final-analysis-bruneau-owyhee-sage-grouse-habitat-project"
_USBRPN = "https://www.usbr.gov/newsroom/rssxml/pnrssfeed.cfm"

FRESH139_CASES: tuple[BlindCase, ...] = (
    # House of Lords (UK Parliament website, written statements; Open Parliament Licence v3.0), written statement made on 28 April 2020 by Lord Keen of Elie, repeating a Commons statement (the page's 'Made on: 28 April 2020'); no hour given, said 28 April 2020 10:00 BST. The present with 'today' on the act itself falls due at the end of that day (CONVENTIONS 2.1); the date of 2018 dates the report, not the act [local due 2020-04-28 23:59:59]
    B(
        text="I am today announcing the Government’s final response to the Law Commission’s Report on the Sentencing Code, published on 22 November 2018.",
        due="2020-04-28 22:59:59",
        vague=False,
        said="2020-04-28 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WSLK20,
        published="2020-04-28",
    ),
    # the same statement: acts done in May 2019: past
    B(
        text="In May 2019 the Government issued an interim response which accepted the main recommendation of the Report to take forward the Sentencing Bill and the Sentencing (Pre-consolidation Amendments) Bill, and committed to consider its 11 secondary recommendations in further detail.",
        due=None,
        vague=False,
        said="2020-04-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WSLK20,
        published="2020-04-28",
    ),
    # House of Lords (UK Parliament website, written statements; Open Parliament Licence v3.0), written statement 'Justice update' made on 21 March 2018 by Lord Keen of Elie (the page's 'Made on: 21 March 2018'); no hour given, said 21 March 2018 10:00 GMT. 'is today introducing': the present with 'today', due at the end of the day (CONVENTIONS 2.1) [local due 2018-03-21 23:59:59]
    B(
        text="The Government is today introducing into the House of Lords legislation through the Civil Liability Bill to make important changes to our system of compensation for personal injury.",
        due="2018-03-21 23:59:59",
        vague=False,
        said="2018-03-21 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WSLK18,
        published="2018-03-21",
    ),
    # the same statement: the date of 2017 dates the announcement; the reform is given no time of its own: due None, no refusal word
    B(
        text="As announced in the Queen’s Speech on 21 June 2017, the Civil Liability Bill will reform the law relating to whiplash claims.",
        due=None,
        vague=False,
        said="2018-03-21 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WSLK18,
        published="2018-03-21",
    ),
    # the same statement: 'up to two years' is how long an injury lasts (a class of claims), not a time for the act; the introduction has no time: due None, no refusal word. unsure: a careful reader could call the two years a standing limit ('recurring', CONVENTIONS 1.3)
    B(
        text="We will introduce a new fixed tariff of compensation for pain, suffering and loss of amenity for whiplash claims with an injury duration of up to two years.",
        due=None,
        vague=False,
        said="2018-03-21 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WSLK18,
        published="2018-03-21",
    ),
    # House of Lords (UK Parliament website, written statements; Open Parliament Licence v3.0), written statement made on 23 July 2019 by Lord Keen of Elie on the Prison Service Pay Review Body (the page's 'Made on: 23 July 2019'); no hour given, said 23 July 2019 10:00 BST. A term kept to a date falls due at its end; the start and the end both belong to it, the end counts (CONVENTIONS 1.1, 3.3, 3.4) [local due 2022-07-31 23:59:59]
    B(
        text="This appointment is for three years, with Mr Flesher’s term commencing on 1 August 2019 and ending on 31 July 2022.",
        due="2022-07-31 22:59:59",
        vague=False,
        said="2019-07-23 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_WSLK19,
        published="2019-07-23",
    ),
    # the next statement on the page, made the same day by Lord Keen for DCMS ('Media Matters'): the perfect with 'today' tells of an act done: past (CONVENTIONS 2.4)
    B(
        text="My Rt Hon. Friend, the Secretary of State for the Department for Digital, Culture, Media and Sport (Jeremy Wright) has today made the following Written Ministerial Statement:",
        due=None,
        vague=False,
        said="2019-07-23 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WSLK19,
        published="2019-07-23",
    ),
    # the same statement: acts of January 2019 and 1981: past
    B(
        text="On 10 January 2019, News UK submitted an application to vary certain conditions put in place in 1981 by the then Secretary of State for Trade.",
        due=None,
        vague=False,
        said="2019-07-23 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WSLK19,
        published="2019-07-23",
    ),
    # House of Lords (Hansard, Open Parliament Licence v3.0), Questions for Written Answers, debated on Monday 22 February 2021 (the page's own date); no hour given, said 22 February 2021 10:00 GMT. A count of the past twelve months: past
    B(
        text="In the past 12 months, the Government have answered more Questions for Written Answer than in any equivalent period going back to at least 2015.",
        due=None,
        vague=False,
        said="2021-02-22 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLQWA21,
        published="2021-02-22",
    ),
    # the same exchange: what has happened since the pandemic began: past
    B(
        text="Since the onset of the pandemic, some departments—not least the Department of Health and Social Care—have quite understandably been asked significantly more Written Questions than usual.",
        due=None,
        vague=False,
        said="2021-02-22 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLQWA21,
        published="2021-02-22",
    ),
    # the same exchange: 'as quickly as possible' as the speaker's undertaking: vague, 60 days (CONVENTIONS 5.1) [local due 2021-04-23 23:59:59]. unsure: the work described is a standing practice of all departments, so a careful reader could give 'recurring' (CONVENTIONS 1.3)
    B(
        text="All departments are working hard to answer Written Questions as quickly as possible.",
        due="2021-04-23 22:59:59",
        vague=True,
        said="2021-02-22 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HLQWA21,
        published="2021-02-22",
    ),
    # the same exchange: 'took four months' tells how long a past answer took; nothing is set a time: past. unsure: a careful reader could give due None with no refusal word (a complaint about answers in general)
    B(
        text="My Lords, Written Questions should be a critical tool for us, but responses, when they eventually arrive—one of mine took four months— just give information that is available elsewhere and do not answer the questions.",
        due=None,
        vague=False,
        said="2021-02-22 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLQWA21,
        published="2021-02-22",
    ),
    # the same exchange: a standing limit for every Oral Question: recurring (CONVENTIONS 1.3)
    B(
        text="Peers get just 30 seconds to ask an Oral Question and do not have the right of reply even when Ministers give incorrect information.",
        due=None,
        vague=False,
        said="2021-02-22 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HLQWA21,
        published="2021-02-22",
    ),
    # the same exchange: January 2021 is gone and told in the past: past
    B(
        text="All departments have been under pressure during the Covid emergency; even so, I can tell the House that in January this year 84% of Written Questions from your Lordships were answered on time.",
        due=None,
        vague=False,
        said="2021-02-22 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLQWA21,
        published="2021-02-22",
    ),
    # House of Commons (UK Parliament website, written statements; Open Parliament Licence v3.0), written statement made on 21 July 2020 by Robert Buckland, Lord Chancellor (the page's 'Made on: 21 July 2020'); no hour given, said 21 July 2020 10:00 BST. The present with 'today': due at the end of the day (CONVENTIONS 2.1) [local due 2020-07-21 23:59:59]
    B(
        text="I am today announcing the government’s decision on pay rises for prison staff.",
        due="2020-07-21 22:59:59",
        vague=False,
        said="2020-07-21 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WSBU20,
        published="2020-07-21",
    ),
    # the same statement: '2020-21' names the pay award (a fiscal year naming a thing), and the recommendations are made; no act is set a time: due None, no refusal word
    B(
        text="The Prison Service Pay Review Body (PSPRB) has made its recommendations for the 2020-21 pay award.",
        due=None,
        vague=False,
        said="2020-07-21 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WSBU20,
        published="2020-07-21",
    ),
    # the same statement: 'Today I am announcing ... we are accepting' is the act of the day of speaking (CONVENTIONS 2.1). unsure: 'implementation from April 2020' gives a start already gone, so a careful reader could call the sentence past or an earliest-only start (CONVENTIONS 3.2) [local due 2020-07-21 23:59:59]
    B(
        text="Today I am announcing that we are accepting in full the recommendations made by the review body for implementation from April 2020.",
        due="2020-07-21 22:59:59",
        vague=False,
        said="2020-07-21 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WSBU20,
        published="2020-07-21",
    ),
    # the same statement: 'the third year in a row' counts years of awards; no act is set a time: due None, no refusal word. unsure: a careful reader could call it past (awards already put in place)
    B(
        text="This is the third year in a row that we have put in place an award of at least 2% for our prison staff and delivers an above inflation increase.",
        due=None,
        vague=False,
        said="2020-07-21 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WSBU20,
        published="2020-07-21",
    ),
    # House of Commons (UK Parliament website, written statements; Open Parliament Licence v3.0), written statement 'Alcohol Abstinence Monitoring Requirements' made on 1 October 2019 by Robert Buckland (the page's 'Made on: 01 October 2019'); no hour given, said 1 October 2019 10:00 BST. Acts of August and after, told as done: past
    B(
        text="As part of the urgent review of the sentencing and release framework announced by the Prime Minister in August, we considered changes to sentencing for the most prolific offenders which could help break the cycle of reoffending.",
        due=None,
        vague=False,
        said="2019-10-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WSBU19,
        published="2019-10-01",
    ),
    # the same statement: the introduction of a new requirement is a one-off act 'starting in 2020', due at the end of 2020 (CONVENTIONS 3.1, 3.1a); 'up to 120 days' is the standing length of a requirement. unsure: a careful reader could take 'starting in 2020' as only a start (earliest 1 January 2020, CONVENTIONS 3.2) [local due 2020-12-31 23:59:59]
    B(
        text="In order to address offending linked with alcohol misuse, I propose to introduce Alcohol Abstinence and Monitoring Requirements (AAMR) across England and Wales, starting in 2020, requiring offenders not to drink for up to 120 days.",
        due="2020-12-31 23:59:59",
        vague=False,
        said="2019-10-01 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WSBU19,
        published="2019-10-01",
    ),
    # House of Commons (Hansard, Open Parliament Licence v3.0), Tobacco and Vapes Bill, Second Reading, debated on Tuesday 16 April 2024 (the page's own date); no hour given, said 16 April 2024 10:00 BST. 'now' on the act as it is moved: due at the end of the day of speaking (CONVENTIONS 2.1, 'and the like'). unsure: a careful reader could read the motion's fixed form as setting no time (due None) [local due 2024-04-16 23:59:59]
    B(
        text="I beg to move, That the Bill be now read a Second time.",
        due="2024-04-16 22:59:59",
        vague=False,
        said="2024-04-16 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCTOB24,
        published="2024-04-16",
    ),
    # the same debate: the speaker's past work: past
    B(
        text="Before I start, I should declare an interest: before I was elected to Parliament, I used to prosecute serious and organised crime, including organised crime gangs who attempted to import illicit cigarettes.",
        due=None,
        vague=False,
        said="2024-04-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCTOB24,
        published="2024-04-16",
    ),
    # the same debate: a scene the House is asked to imagine; 'a minute later' sets no time for any act: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="A minute later, another patient passes by; smoking caused the heart disease that they are battling.",
        due=None,
        vague=False,
        said="2024-04-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCTOB24,
        published="2024-04-16",
    ),
    # the same debate: the imagined scene goes on: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="A minute later, another person comes in, and then another.",
        due=None,
        vague=False,
        said="2024-04-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCTOB24,
        published="2024-04-16",
    ),
    # the same debate: a rate 'every minute of every day': recurring (CONVENTIONS 1.3)
    B(
        text="That vicious cycle repeats itself nearly every minute of every day in our national health system, because here in the United Kingdom almost one hospital admission a minute is the human cost of smoking.",
        due=None,
        vague=False,
        said="2024-04-16 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HCTOB24,
        published="2024-04-16",
    ),
    # the same debate: rates 'every month', 'every year': recurring (CONVENTIONS 1.3)
    B(
        text="It is responsible for 75,000 GP appointments every month, and it takes about 80,000 lives every year.",
        due=None,
        vague=False,
        said="2024-04-16 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HCTOB24,
        published="2024-04-16",
    ),
    # the same debate: the only time words ('for a year') tell the speaker's past service in an aside; the urging is given no time: due None, no refusal word. unsure: a careful reader could call it past for the aside
    B(
        text="I urge everyone who has come to the debate to go to a respiratory ward—I served on one for a year in my first junior doctor role—to watch people gasp for breath, struggle and fight, with their relatives asking you as a doctor to do something and you simply cannot.",
        due=None,
        vague=False,
        said="2024-04-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCTOB24,
        published="2024-04-16",
    ),
    # the same debate: 'for the rest of their life' tells how long a harm lasts, no deadline: due None, no refusal word
    B(
        text="It puts them in care, attached to oxygen, for the rest of their life.",
        due=None,
        vague=False,
        said="2024-04-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCTOB24,
        published="2024-04-16",
    ),
    # House of Commons Library (UK Parliament website, 'Legislative process' list of Commons Briefing Papers; Open Parliament Licence v3.0); the stored list is undated, its latest entry is dated 08.07.2016, so said 8 July 2016 10:00 BST. Ballots of sessions since 1997, listed: past. unsure: 'at the start of each parliamentary session' could be read as a standing schedule (recurring)
    B(
        text="This note lists the 20 successful MPs drawn in the Commons ballot for private Members' bills at the start of each parliamentary session since 1997.",
        due=None,
        vague=False,
        said="2016-07-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCLIB16,
        published="2016-07-08",
    ),
    # the same list (entry of 30.06.2016): a question; 'now' and 'next' set no time for an act: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="Now that the UK has voted to leave the EU, what will happen next?",
        due=None,
        vague=False,
        said="2016-07-08 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCLIB16,
        published="2016-07-08",
    ),
    # the same entry: 'the coming weeks and months' names what the paper considers, no undertaking of the speaker: due None, no refusal word. unsure: a careful reader could give the vague window of 'the coming months' (3 months, parser docstring; CONVENTIONS 5.1)
    B(
        text="This paper considers various questions about UK withdrawal from the EU and what is likely to happen in the coming weeks and months.",
        due=None,
        vague=False,
        said="2016-07-08 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCLIB16,
        published="2016-07-08",
    ),
    # the same list (entry of 30.06.2016 on Article 50): a possibility, no undertaking: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="There could be a complex and difficult negotiation lasting two years or more, or the UK could leave without settling its exit terms or its future relationship with the EU.",
        due=None,
        vague=False,
        said="2016-07-08 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCLIB16,
        published="2016-07-08",
    ),
    # the same list (entry of 03.06.2016): a suggestion made in the past; 'from one session to the next' names the procedure: past
    B(
        text="The carry-over of public bills from one session to the next was suggested by the Modernisation Committee as a way of reducing the fluctuations in legislative activity caused by Parliamentary sessions.",
        due=None,
        vague=False,
        said="2016-07-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCLIB16,
        published="2016-07-08",
    ),
    # House of Lords Library (lordslibrary.parliament.uk, 'King's Speech 2023: Health and social care'; Open Parliament Licence v3.0); the stored copy shows no date: it looks ahead to the King's Speech of 7 November 2023 after the party conference of October 2023, so taken as 3 November 2023, 10:00 GMT (no label depends on the day chosen). Priorities set out in October: past. unsure: 'in the months ahead' could be given the vague window of 'the coming months' (3 months)
    B(
        text="At the Conservative Party conference in October 2023, Prime Minister Rishi Sunak and Health Secretary Steve Barclay set out several health-related policy priorities which are expected to inform government policy in the months ahead.",
        due=None,
        vague=False,
        said="2023-11-03 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LLKS23,
        published="2023-11-03",
    ),
    # the same briefing: what was said and launched (30 June 2023), told in the past: past. The footnote mark '[2]' after the sentence is left out
    B(
        text="He added that as part of this commitment his government intended to “give the NHS the staff it needs” through the ‘NHS long-term workforce plan’, launched on 30 June 2023.",
        due=None,
        vague=False,
        said="2023-11-03 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LLKS23,
        published="2023-11-03",
    ),
    # the same briefing: 'had previously said': past. The footnote mark '[4]' is left out
    B(
        text="The Labour Party had previously said it was “relieved” the government had introduced a workforce plan.",
        due=None,
        vague=False,
        said="2023-11-03 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LLKS23,
        published="2023-11-03",
    ),
    # the same briefing, quoting the plan's roadmap: the first stage by the end of 2024, the rest 'over the following two years', to the end of 2026; a schedule falls due at its end (CONVENTIONS 6.1). unsure: a careful reader could give the first stage's end of 2024, the only date written [local due 2026-12-31 23:59:59]
    B(
        text="This modernised regulatory framework will be introduced first for anaesthesia associates and physician associates, who will be brought into regulation under the General Medical Council (GMC) by the end of 2024, before the reformed legislation is rolled out to doctors, and to the professions regulated by the Nursing and Midwifery Council and the Health and Care Professions Council over the following two years.",
        due="2026-12-31 23:59:59",
        vague=False,
        said="2023-11-03 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_LLKS23,
        published="2023-11-03",
    ),
    # House of Lords Library (lordslibrary.parliament.uk, Library Note LLN-2016-0037 on court reform; Open Parliament Licence v3.0); the stored copy shows no date: its address numbers it among the Library Notes of 2016 and its latest fact is the Autumn Statement of November 2015, so taken as 1 July 2016, 10:00 BST (every label here is past whatever day of 2016 is chosen). An announcement of 2015: past
    B(
        text="On 23 June 2015, Michael Gove, Lord Chancellor and Secretary of State for Justice, announced the Government’s intention to work with the judiciary to reform the courts and tribunals in England and Wales.",
        due=None,
        vague=False,
        said="2016-07-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LLCRT16,
        published="2016-07-01",
    ),
    # the same note: a report of June 2015: past
    B(
        text="In June 2015, HMCTS stated in its annual report that “the level of service currently received at a court or tribunal is at best inconsistent and, at worse, frustrating, despite the continuing great efforts of our staff and the judiciary”.",
        due=None,
        vague=False,
        said="2016-07-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LLCRT16,
        published="2016-07-01",
    ),
    # the same note: an announcement of November 2015: past
    B(
        text="In the November 2015 Autumn Statement, the Chancellor, George Osborne, announced that the Government was increasing total investment to more than £700 million “to modernise and fully digitise the courts”.",
        due=None,
        vague=False,
        said="2016-07-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LLCRT16,
        published="2016-07-01",
    ),
    # the same note: a commitment made in 2014/15, told in the pluperfect: past (CONVENTIONS 2.4, an act done). unsure: the investment runs 'over five years from 2015/16', to the end of the 2019/20 financial year (31 March 2020), which a careful reader could give as the due
    B(
        text="In 2014/15 the Government had committed £380 million new investment over five years from 2015/16 to “fundamentally transform the courts and tribunals system, ensuring it is fit for purpose and delivers swifter and more certain justice”.",
        due=None,
        vague=False,
        said="2016-07-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LLCRT16,
        published="2016-07-01",
    ),
    # Department for Transport (GOV.UK news story 'Roadwork rules change to reduce congestion'; Crown copyright, Open Government Licence v3.0); the stored copy says only 'published under the 2015 to 2016 Cameron Conservative government', and Fleet News reported the same announcement on 27 January 2016, so said 27 January 2016 10:00 GMT. A proposal ('could face'), no undertaking, and a charge 'a day': due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could call the daily charge a standing rule (recurring, CONVENTIONS 1.3)
    B(
        text="Councils and utility companies could face paying up to £5,000 a day if road works needlessly inconvenience motorists, by being left in place over a weekend, when no one is actually working.",
        due=None,
        vague=False,
        said="2016-01-27 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFTRW16,
        published="2016-01-27",
    ),
    # the same story: another possibility ('could also be levied'), hung on an undated end of works: due None, no refusal word (CONVENTIONS 4.2). unsure: 'after work has been completed' could make it 'event' (CONVENTIONS 1.3)
    B(
        text="Similar charges could also be levied on those who leave temporary traffic lights in place after work has been completed, again on local A roads.",
        due=None,
        vague=False,
        said="2016-01-27 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFTRW16,
        published="2016-01-27",
    ),
    # the same story: a rule for every weekend of roadworks: recurring (CONVENTIONS 1.3)
    B(
        text="Workers on ‘A’ roads, which are managed by councils, will either have to work over the weekend – so the project is finished sooner - or lift the works until they resume.",
        due=None,
        vague=False,
        said="2016-01-27 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DFTRW16,
        published="2016-01-27",
    ),
    # the same story (the Secretary of State's words): the measures' benefit 'all the year round' is standing: recurring (CONVENTIONS 1.3); Christmas is past. unsure: a careful reader could call the sentence past for its first clause
    B(
        text="Over Christmas we were able to lift a massive number of roadworks on trunk roads, but this package of measures will benefit drivers all the year round.",
        due=None,
        vague=False,
        said="2016-01-27 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DFTRW16,
        published="2016-01-27",
    ),
    # Houses of the Oireachtas (Seanad Éireann, Business of Seanad, Tuesday 29 January 2019, by the page's address and date; Oireachtas (Open Data) PSI Licence, CC BY 4.0); no hour given, said 29 January 2019 10:00 GMT (Irish winter time). The 6 p.m. adjournment and the debate are both called off, no new time given: negated (CONVENTIONS 4.1)
    B(
        text="Notwithstanding anything in today's Order of Business, I propose that item No. 3, statements on local government: directly elected mayors, will not adjourn at 6 p.m. and that the debate on the future of Europe does not take place.",
        due=None,
        vague=False,
        said="2019-01-29 10:00:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_SNBUS19,
        published="2019-01-29",
    ),
    # the same exchange: 'today' is denied and no new day is given: negated (CONVENTIONS 4.1)
    B(
        text="It will take place, just not today.",
        due=None,
        vague=False,
        said="2019-01-29 10:00:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_SNBUS19,
        published="2019-01-29",
    ),
    # the same exchange: today denied; 'some other day' gives no time: negated (CONVENTIONS 4.1)
    B(
        text="The debate will not take place today but it will take place some other day.",
        due=None,
        vague=False,
        said="2019-01-29 10:00:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_SNBUS19,
        published="2019-01-29",
    ),
    # Houses of the Oireachtas (Seanad Éireann, Business of Seanad, Wednesday 1 July 2009, by the page's address; Oireachtas (Open Data) PSI Licence, CC BY 4.0). The page records 'Sitting suspended at 8.50 p.m.' right after this exchange, so said 1 July 2009 20:50 IST. The business is taken 'prior to' the legislation ordered for today: due at the end of that day (CONVENTIONS 2.1) [local due 2009-07-01 23:59:59]
    B(
        text="With the agreement of the House, the Aviation (Preclearance) Bill 2009 [Seanad Bill amended by the Dáil], Report and Final Stages, will be taken prior to taking the other legislation ordered for today.",
        due="2009-07-01 22:59:59",
        vague=False,
        said="2009-07-01 19:50:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SNBUS09,
        published="2009-07-01",
    ),
    # the same exchange: 'immediately after' another Bill hangs the time on an undated event (CONVENTIONS 5.2). unsure: the plan is told as understood before, so a careful reader could call it past
    B(
        text="On a point of order for clarification purposes I understood we were to take the Housing (Miscellaneous Provisions) Bill immediately after the Local Government (Charges) Bill.",
        due=None,
        vague=False,
        said="2009-07-01 19:50:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SNBUS09,
        published="2009-07-01",
    ),
    # the same exchange: 'in a short period of time' is an estimate of how long, no undertaking and none of the documented vague words: due None, no refusal word. unsure: a careful reader could read it as 'shortly' (vague, 60 days, CONVENTIONS 5.1)
    B(
        text="We anticipate that the Aviation (Preclearance) Bill will pass through the House in a short period of time; the other Bill may take far longer.",
        due=None,
        vague=False,
        said="2009-07-01 19:50:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SNBUS09,
        published="2009-07-01",
    ),
    # the same exchange: an adjournment sought from now for five minutes falls due when it ends (CONVENTIONS 1.1): five minutes after 20:50, the hour the page records (it resumed at 8.55 p.m.) [local due 2009-07-01 20:55:00]
    B(
        text="I do not believe the other Bill will take that much longer but in any event I seek an adjournment of the House for five minutes.",
        due="2009-07-01 19:55:00",
        vague=False,
        said="2009-07-01 19:50:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SNBUS09,
        published="2009-07-01",
    ),
    # the same page: the record of the suspension, written after it: past
    B(
        text="Sitting suspended at 8.50 p.m. and resumed at 8.55 p.m.",
        due=None,
        vague=False,
        said="2009-07-01 19:50:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SNBUS09,
        published="2009-07-01",
    ),
    # Houses of the Oireachtas (Seanad Éireann, Business of Seanad, Wednesday 5 July 1967, the page's own date; Oireachtas (Open Data) PSI Licence, CC BY 4.0); no hour of speaking given (the exchange follows a change made 'at 7.30 p.m.'), read at 10:00 IST as the conventions say (no label here depends on the hour). A question about the present: due None, no refusal word
    B(
        text="Could I ask the Leader of the House what the Order of Business is now?",
        due=None,
        vague=False,
        said="1967-07-05 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SNBUS67,
        published="1967-07-05",
    ),
    # the same exchange: a question; 'now' sets no time for an act: due None, no refusal word
    B(
        text="Could we be told again in what order Bills are coming up now?",
        due=None,
        vague=False,
        said="1967-07-05 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SNBUS67,
        published="1967-07-05",
    ),
    # the same exchange: a change made at 7.30 p.m., told as done: past
    B(
        text="We changed the Order of Business at 7.30 p.m.",
        due=None,
        vague=False,
        said="1967-07-05 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SNBUS67,
        published="1967-07-05",
    ),
    # the same exchange: a decision taken: past
    B(
        text="The House is master of its own business and the decision was taken after the interval.",
        due=None,
        vague=False,
        said="1967-07-05 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SNBUS67,
        published="1967-07-05",
    ),
    # the same exchange: 'year after year': recurring (CONVENTIONS 1.3)
    B(
        text="I think this procedure is agreed to year after year; those Bills come to us quite frequently.",
        due=None,
        vague=False,
        said="1967-07-05 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_SNBUS67,
        published="1967-07-05",
    ),
    # the same exchange: 'when the decision was taken' is past: past
    B(
        text="I do not think the Senator has any reason for complaint, especially as he was not here when the decision was taken.",
        due=None,
        vague=False,
        said="1967-07-05 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SNBUS67,
        published="1967-07-05",
    ),
    # the same exchange: a hypothetical case, no undertaking: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="The point could be made that if the particular item is not on the agenda, a Senator might well decide that he could not be present at 7.30 p.m. and if the business is changed at 7.30 p.m. and not at 3 p.m. some injustice might be done.",
        due=None,
        vague=False,
        said="1967-07-05 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SNBUS67,
        published="1967-07-05",
    ),
    # the same exchange: what the House was told this afternoon, and the order then: past
    B(
        text="We were told that the Order of Business was Nos. 1, 2, 4 and 3 this afternoon.",
        due=None,
        vague=False,
        said="1967-07-05 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SNBUS67,
        published="1967-07-05",
    ),
    # Bureau of Land Management (eplanning.blm.gov, 'How to Get Involved' page of a Northeastern States project, Milwaukee office; US federal work, public domain); the page's update line dates it 18 May 2024, said 18 May 2024 10:00 CDT (the office's zone). The period 'has now closed': past
    B(
        text="May 18, 2024: The Public Comment period has now closed.",
        due=None,
        vague=False,
        said="2024-05-18 15:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_BLMNE24,
        published="2024-05-18",
    ),
    # the same page: the window's end is given with its zone, 'at 11:59 pm Mountain Time' on Friday 17 May 2024 (MDT, UTC-6), read as written: 18 May 2024 05:59 UTC; a range falls due at its later end (CONVENTIONS 6.1). unsure: read on the page's date, 18 May, the close is already some nine hours gone, so a careful reader could call it past [local due 2024-05-17 23:59 MDT]
    B(
        text="The comment period will run from Wednesday, March 20, 2024 through Friday, May 17, 2024 at 11:59 pm Mountain Time.",
        due="2024-05-18 05:59:00",
        vague=False,
        said="2024-05-18 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_BLMNE24,
        published="2024-05-18",
    ),
    # the same page: sessions that 'occurred': past
    B(
        text="The sessions occurred Monday, April 8 and Tuesday, April 9, 2024, at 6-8 p.m. ET.",
        due=None,
        vague=False,
        said="2024-05-18 15:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_BLMNE24,
        published="2024-05-18",
    ),
    # Bureau of Land Management (blm.gov press release, Boise District; US federal work, public domain); the stored copy shows no date: the extension falls within the draft EIS's comment period (the draft is dated November 2016) and before its new end, so taken as 1 December 2016, 10:00 MST (no label depends on the day chosen). The dateline 'Boise, Idaho – ' is left out. The period's new end counts: due at the end of 18 January 2017 (CONVENTIONS 1.1) [local due 2017-01-18 23:59:59]
    B(
        text="The Bureau of Land Management (BLM) has extended the public comment period for the draft environmental impact statement (EIS) of the proposed Bruneau-Owyhee Sage-Grouse Habitat Project through Jan. 18, 2017.",
        due="2017-01-19 06:59:59",
        vague=False,
        said="2016-12-01 17:00:00",
        tz="America/Boise",
        cluster=6,
        source=_BLMBOSH16,
        published="2016-12-01",
    ),
    # the same release: 'the holiday season' gives the reason, sets no time: due None, no refusal word
    B(
        text="The extension has been made to allow sufficient time for public review and involvement around the holiday season.",
        due=None,
        vague=False,
        said="2016-12-01 17:00:00",
        tz="America/Boise",
        cluster=1,
        source=_BLMBOSH16,
        published="2016-12-01",
    ),
    # Bureau of Land Management (blm.gov press release, Boise; US federal work, public domain); undated in the store, dated by the period it opens ('beginning Feb. 9, 2018'): said 9 February 2018 10:00 MST. The dateline 'BOISE, Idaho – ' is left out. A window of 30 days from 9 February falls due at its end, 11 March 2018 (CONVENTIONS 1.1); daylight time began that morning [local due 2018-03-11 23:59:59]
    B(
        text="The Bureau of Land Management has released the Final Environmental Impact Statement (EIS) for the Bruneau-Owyhee Sage-Grouse Habitat Project for a 30-day public availability period beginning Feb. 9, 2018.",
        due="2018-03-12 05:59:59",
        vague=False,
        said="2018-02-09 17:00:00",
        tz="America/Boise",
        cluster=4,
        source=_BLMBOSH18,
        published="2018-02-09",
    ),
    # Bureau of Reclamation (usbr.gov Pacific Northwest newsroom feed, item RecordID 50267 'Reclamation Awards Contract for Electrical Work at Anderson Ranch Field Station', Boise; US federal work, public domain). The item carries no date: the contract was awarded 'Aug. 3', and the item's number falls between the feed's items of July 2015 (49831) and July 2016 (55831), so taken as 4 August 2015, 10:00 MDT (no label depends on the day chosen). A start and an end of the work: the completion counts, end of March 2017 (CONVENTIONS 3.4) [local due 2017-03-31 23:59:59]
    B(
        text="On-site work is expected to begin October 2016 with completion in March 2017.",
        due="2017-04-01 05:59:59",
        vague=False,
        said="2015-08-04 16:00:00",
        tz="America/Boise",
        cluster=3,
        source=_USBRPN,
        published="2015-08-04",
    ),
    # the same item (the Commissioner's words): hung on the work's undated completion: event (CONVENTIONS 1.3, 5.2)
    B(
        text="When it is complete, this work will significantly improve the long-term dependability of the facility.",
        due=None,
        vague=False,
        said="2015-08-04 16:00:00",
        tz="America/Boise",
        refusal="event",
        cluster=5,
        source=_USBRPN,
        published="2015-08-04",
    ),
    # the same feed, another stored version: item RecordID 70945 'Updated—Reclamation hosting Jackson Lake Dam operations information meeting', Heyburn, Idaho. Undated: its number follows the feed's item of 12 February 2020 (69503) and the meeting moved to remote attendance only, so May 2020; taken as 14 May 2020, 10:00 MDT (no label depends on the day chosen before 21 May). The dateline is left out. A clock time on a date: 21 May 2020 17:30 MDT (CONVENTIONS 3.1) [local due 2020-05-21 17:30:00]
    B(
        text="The Bureau of Reclamation will hold an informational meeting to present streamflow forecasts and projected reservoir operations for Jackson Lake Dam and other Snake River reservoirs on May 21 at 5:30 p.m.",
        due="2020-05-21 23:30:00",
        vague=False,
        said="2020-05-14 16:00:00",
        tz="America/Boise",
        cluster=2,
        source=_USBRPN,
        published="2020-05-14",
    ),
    # the same item: the filling is expected 'in June', end of June 2020. unsure: a careful reader could give the end of the summer (31 August 2020) for the releases, or no deadline for a forecast [local due 2020-06-30 23:59:59]
    B(
        text="The lake is expected to fill in June, with moderate demand for storage releases over the summer.",
        due="2020-07-01 05:59:59",
        vague=False,
        said="2020-05-14 16:00:00",
        tz="America/Boise",
        cluster=4,
        source=_USBRPN,
        published="2020-05-14",
    ),
    # the same feed, another stored version: item RecordID 67643 'Reclamation changes flows in Yakima basin for salmon spawning', Yakima, Washington (zone America/Los_Angeles). Undated: its number lies between the feed's items of 18 January 2019 (64323) and 12 February 2020 (69503), and it reports a 'July 23 high', so taken as 20 August 2019, 10:00 PDT (no label depends on the day chosen in August). The dateline is left out. 'early September': days 1 to 10 (parser docstring), end of 10 September 2019 [local due 2019-09-10 23:59:59]
    B(
        text="To aid in successful spawning and incubation of Chinook salmon eggs and to improve winter reservoir storage in the Yakima basin, the Bureau of Reclamation will begin what is referred to as its annual “flip-flop” operation in early September.",
        due="2019-09-11 06:59:59",
        vague=False,
        said="2019-08-20 17:00:00",
        tz="America/Los_Angeles",
        cluster=4,
        source=_USBRPN,
        published="2019-08-20",
    ),
    # the same item: a start of a one-off diversion 'on or about Sept. 3': due that day (CONVENTIONS 3.1) [local due 2019-09-03 23:59:59]
    B(
        text="As part of the process, on or about Sept. 3, Reclamation will begin diverting water down the Kittitas Reclamation District’s Spillway 1146 into the Yakima River near Thorp.",
        due="2019-09-04 06:59:59",
        vague=False,
        said="2019-08-20 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_USBRPN,
        published="2019-08-20",
    ),
    # the same item: kept in place to mid-October (days 11 to 20), end of 20 October 2019 (CONVENTIONS 3.3). unsure: 'until soon after the flow ... stops' hangs the end on an undated event, so a careful reader could give 'event' (CONVENTIONS 1.3) [local due 2019-10-20 23:59:59]
    B(
        text="Buoys will be in place from Sept. 3 or 4 until soon after the flow from Spillway 1146 stops in mid-October.",
        due="2019-10-21 06:59:59",
        vague=False,
        said="2019-08-20 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_USBRPN,
        published="2019-08-20",
    ),
    # the same item: the past high of 23 July is not the deadline; the low is reached 'around Sept. 10', end of 10 September 2019 [local due 2019-09-10 23:59:59]
    B(
        text="Flows below Cle Elum Reservoir will continue to decrease from a July 23 high of 3,354 cubic feet per second (cfs) to a low of about 180 cfs around Sept. 10.",
        due="2019-09-11 06:59:59",
        vague=False,
        said="2019-08-20 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_USBRPN,
        published="2019-08-20",
    ),
    # the same feed, another stored version: item RecordID 49831 'Reclamation Awards $4.5 Million Contract for Bridge and Road Construction at Cle Elum Dam', Boise. Undated: the contract was awarded 'July 21' and the work ends in October 2016, so July 2015; taken as 24 July 2015, 10:00 MDT (no label depends on the day chosen). A start and an end: the completion counts, end of October 2016 (CONVENTIONS 3.4) [local due 2016-10-31 23:59:59]
    B(
        text="This first phase of construction will begin in September and is expected to be complete in October 2016.",
        due="2016-11-01 05:59:59",
        vague=False,
        said="2015-07-24 16:00:00",
        tz="America/Boise",
        cluster=3,
        source=_USBRPN,
        published="2015-07-24",
    ),
    # the same version: item RecordID 49828, Moses Lake, Washington (zone America/Los_Angeles: the event is at Potholes Reservoir); undated, taken with the item beside it as 24 July 2015, 10:00 PDT (1 August was a Saturday in 2015). The dateline is left out. This year's event: a range of hours falls due at its later end, 13:00 PDT (CONVENTIONS 6.1) [local due 2015-08-01 13:00:00]
    B(
        text="The Bureau of Reclamation's Upper Snake Field Office will hold its annual C.A.S.T. for Kids fishing event Saturday, Aug. 1 from 9 a.m. to 1 p.m.",
        due="2015-08-01 20:00:00",
        vague=False,
        said="2015-07-24 17:00:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_USBRPN,
        published="2015-07-24",
    ),
    # the same feed, another stored version: item RecordID 55831 'Big Smiles and Bright Eyes at the 2016 Prineville C.A.S.T. Event in Oregon' (zone America/Los_Angeles); undated, written after the event of 10 July 2016 and before the item of the 6 August event beside it, taken as 15 July 2016, 10:00 PDT. 'next year': end of 2017. unsure: a hope to meet again is hardly an undertaking (CONVENTIONS 4.2: due None) [local due 2017-12-31 23:59:59]
    B(
        text="We hope to see you again next year.",
        due="2018-01-01 07:59:59",
        vague=False,
        said="2016-07-15 17:00:00",
        tz="America/Los_Angeles",
        cluster=4,
        source=_USBRPN,
        published="2016-07-15",
    ),
    # the same feed, another stored version: item RecordID 62830, Moses Lake, Washington (zone America/Los_Angeles); undated, it follows the July 2018 forecast item and cancels an event of 21 July (a Saturday in 2018), taken as 16 July 2018, 10:00 PDT. The dateline is left out. The day is called off: negated (CONVENTIONS 4.1)
    B(
        text="The Bureau of Reclamation’s Ephrata Field Office has canceled its annual C.A.S.T. for Kids fishing event scheduled for July 21, at Potholes Reservoir because of unforeseen circumstances.",
        due=None,
        vague=False,
        said="2018-07-16 17:00:00",
        tz="America/Los_Angeles",
        refusal="negated",
        cluster=5,
        source=_USBRPN,
        published="2018-07-16",
    ),
    # the same item: denied for this year, no new time: negated (CONVENTIONS 4.1)
    B(
        text="Unfortunately, the event will not be rescheduled this year.",
        due=None,
        vague=False,
        said="2018-07-16 17:00:00",
        tz="America/Los_Angeles",
        refusal="negated",
        cluster=5,
        source=_USBRPN,
        published="2018-07-16",
    ),
    # the same version: item RecordID 62691 'Yakima Basin Water Supply - July Forecast', Yakima (zone America/Los_Angeles); undated, its forecast is 'as of July 1' 2018 and its number precedes the item of 16 July, taken as 9 July 2018, 10:00 PDT. Forecasts kept going to a month: due at its end, 31 July 2018 (CONVENTIONS 3.3). unsure: 'monthly' could make it a standing schedule (recurring, CONVENTIONS 1.3) [local due 2018-07-31 23:59:59]
    B(
        text="Reclamation will provide water supply forecasts monthly through July.",
        due="2018-08-01 06:59:59",
        vague=False,
        said="2018-07-09 17:00:00",
        tz="America/Los_Angeles",
        cluster=4,
        source=_USBRPN,
        published="2018-07-09",
    ),
    # the same item: 'not ... until later in the year after' an undated decline of storage: event (CONVENTIONS 1.3). unsure: 'not until' could give only a start (earliest, CONVENTIONS 3.2), but the start itself is undated
    B(
        text="Specific water delivery levels will not be determined until later in the year after reservoir storage begins to decline.",
        due=None,
        vague=False,
        said="2018-07-09 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_USBRPN,
        published="2018-07-09",
    ),
)
