"""A SECOND, independent labelling of the seventy-fifth fresh set's 112 real deadline
phrasings (issue 12: agreement between two labellers).

Made on 2026-12-04 (UTC), from about 16:58 on the machine's clock, by a second labelling
helper (branch issue12a75-s40), from the phrasings, the moments of speaking (`said`), the
publishers' zones (`tz`), `day_first`, the source addresses and the publication dates exactly
as the first labeller established them (handed over without labels, in the first labeller's
order, in the brief's input file). It was made WITHOUT seeing the first labeller's labels:
neither `blind_fresh75.py`, its README section, nor the first labeller's worktree or branch
was opened, and no other blind file was read (a plain listing of `tests/data/deadlines/`
showed the later sets' file names, nothing of their contents; a grep of the seen sets'
comments for a precedent on "few hours" also ran over the test-split files, which are
aggregate only, and found nothing in any file). One search of stored pages was made, for the
form of the New Zealand media conference pages (a sibling page of 3 October 2021, not one of
the set's); no source page of the set was opened. Nothing of the project was run on these
texts (no parser, bench or tests). The rules used were `tests/data/deadlines/CONVENTIONS.md`
(which decides; its new rule 6.3 reads a clock time with no day in its sentence from the
sentence and its moment, the page's instant being written in the comment as "page: ..."), the
docstring of `blind_real.py`, the top docstring of the parser package
(`bot/core/deadlines/__init__.py`: the vague windows, the parts of the day, a bare time's and
a bare weekday's next occurrence, a range's later end, meteorological seasons, an update
line as past) and, for precedent, the comments of the seen sets (`blind_fresh74.py` and
earlier: weather warnings' days and parts of the day as due, advice to the public and
"currently" as no deadline, the perfect with "today" as past). UTC wall times, weekdays and
day counts were computed in a scratch script outside the repository with the standard
library's zoneinfo and datetime only.

Its only purpose is to measure how far two careful labellers agree on the same phrasings (the
agreement bounds what a 90% target on the first labeller's set can tell). It is not a scoring
set of its own. Labels marked "unsure" in their comment are the ones a careful reader could
really defend otherwise; the comment names the other reading (questions with a time in them,
possibilities in forecasts, a start against an effective date, a bare "Wednesday and
Thursday." answering a question about next week, a time in a named zone of "local time").
Eight comments give the page's instant ("page: ...") for a clock time read by CONVENTIONS 6.3;
they are not marked unsure for that reason alone. Never edit these labels to fit the parser
or the first labeller.

Tally (this labelling): 38 cases with a due instant (14 clock times, 3 vague windows, 21
days, periods and later ends) and 74 without (36 past, 12 event, 1 earliest, 1 negated, 1
recurring, and 23 with no refusal word: questions, present states, possibilities and names);
32 labels marked "unsure"; 8 "page:" comments.

Removed in step at stop 52 (branch agreefix52-s52): 32 cases that the licence audits had removed
from `blind_fresh75.py` but not from here, matched on text, moment of speaking and source (each
source's address line is marked REMOVED in tests/data/deadlines/README.md): stop 48 (branch
lic48-s48, "Licence audit of stop 48"), 4 from the Unite against COVID-19 media conference
notices carried by Live News (DPMC, unclear); stop 49 (branch lic49-s49, "Licence audit of stop
49"), 6 from a Ministry of Health media advisory carried by Voxy (unclear); stop 49 (branch
lic49b-s49, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)"), 22 of the Irish
Government (two MerrionStreet release lists, 8 each, and the gov.ie National Emergency
Co-ordination Group statement, 6: no open statement of the publisher). 80 cases remain, the
first set's 80 in its order. The case numbers in the comments are the labelling's own (gaps
where cases went). Counts written above, the tally among them, predate this removal (they count
112 cases); recounted on the 80: 25 with a due instant (3 vague), 55 without (21 past, 9 event,
1 earliest, 1 negated, 1 recurring, 22 with no refusal word); 27 comments say "unsure".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH75_SECOND: tuple[BlindCase, ...] = (
    # case 0: Dáil written question (KildareStreet copy of the Oireachtas record), Wednesday 1 June 2005 (zone Europe/Dublin, IST): a question asking for dates, no time for any act ('[18552/05]' is its number): no deadline
    B(
        text="To ask the Taoiseach the number of reports awaiting publication in his Department; the name of each such report; the length of time which has elapsed since each report was commissioned; the cost or projected cost of each report; and the date on which each report will be published; and if he will make a statement on the matter. [18552/05]",
        due=None,
        vague=False,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=5,
        source="https://www.kildarestreet.com/wrans/?id=2005-06-01.1049.0",
        published="2005-06-01",
    ),
    # case 1: the same answer: 'will be published shortly' is the vague 60 days (CONVENTIONS 5.1): 31 July 2005, end of day IST; '2004' names the report; 2005-07-31 22:59:59 UTC
    B(
        text="The 2004 annual report for my Department is being finalised and will be published shortly.",
        due="2005-07-31 22:59:59",
        vague=True,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=4,
        source="https://www.kildarestreet.com/wrans/?id=2005-06-01.1049.0",
        published="2005-06-01",
    ),
    # case 2: the same answer: the only time names the 2003 report's cost, gone ('was'); 'not yet available' is a present state: past. unsure: no refusal word (a present state)
    B(
        text="The cost of the report is not yet available but the cost of the 2003 annual report was €26,981.97.",
        due=None,
        vague=False,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=1,
        source="https://www.kildarestreet.com/wrans/?id=2005-06-01.1049.0",
        published="2005-06-01",
    ),
    # case 3: the same answer: a White Paper 'published in 2004' and its commitment told in the past: past
    B(
        text="One of the commitments in the Government White Paper on Better Regulation, published in 2004, was to produce guidelines on consultation for the public sector.",
        due=None,
        vague=False,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kildarestreet.com/wrans/?id=2005-06-01.1049.0",
        published="2005-06-01",
    ),
    # case 4: the same answer: 'commenced in December 2004' is past, 'nearing completion' sets no time: past. unsure: no refusal word (a present state)
    B(
        text="Work on these guidelines, Reaching out — Guidelines on Consultation for Public Sector Bodies, commenced in December 2004 and is nearing completion.",
        due=None,
        vague=False,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kildarestreet.com/wrans/?id=2005-06-01.1049.0",
        published="2005-06-01",
    ),
    # case 5: the same answer: 'in July this year' falls due at the month's end: 31 July 2005, end of day IST; 2005-07-31 22:59:59 UTC
    B(
        text="It is expected that the guidelines will be published in July this year.",
        due="2005-07-31 22:59:59",
        vague=False,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=6,
        source="https://www.kildarestreet.com/wrans/?id=2005-06-01.1049.0",
        published="2005-06-01",
    ),
    # case 6: the same answer: 'in July' is the next July, this year's: 31 July 2005, end of day IST; 2005-07-31 22:59:59 UTC
    B(
        text="The report is expected to be published in July.",
        due="2005-07-31 22:59:59",
        vague=False,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=6,
        source="https://www.kildarestreet.com/wrans/?id=2005-06-01.1049.0",
        published="2005-06-01",
    ),
    # case 7: the same answer: 'in the coming weeks' is the vague 4 weeks: 29 June 2005, end of day IST; '1974' names the bombings; 2005-06-29 22:59:59 UTC
    B(
        text="It is intended that a report would be published in the coming weeks on the murder of Mr. Seamus Ludlow arising from the Commission of Inquiry into the Dublin and Monaghan Bombings of 1974 and other incidents.",
        due="2005-06-29 22:59:59",
        vague=True,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=4,
        source="https://www.kildarestreet.com/wrans/?id=2005-06-01.1049.0",
        published="2005-06-01",
    ),
    # case 8: the same answer: 'commenced its work in January 2000' and a report made: past
    B(
        text="The commission commenced its work in January 2000 and Judge Barron's report on the Ludlow case is the third report made in a series of four.",
        due=None,
        vague=False,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kildarestreet.com/wrans/?id=2005-06-01.1049.0",
        published="2005-06-01",
    ),
    # case 9: Ofgem notice of Wednesday 31 May 2017 (zone Europe/London, BST): 'have issued' is done; 1989 and 1986 name Acts: past
    B(
        text="We have issued Notices under section 11A(2) of the Electricity Act 1989 and under section 23(2) of the Gas Act 1986 to the relevant licence holders.",
        due=None,
        vague=False,
        said="2017-05-31 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=1,
        source="https://www.ofgem.gov.uk/publications-and-updates/notices-modify-network-licences-curtail-recovery-bid-preparation-costs-1-april-2018",
        published="2017-05-31",
    ),
    # case 10: the same notice: costs may not be recovered 'after 1 April 2018', a state given only its start (CONVENTIONS 3.2): earliest 2 April 2018 00:00 BST (2018-04-01 23:00:00 UTC). unsure: due at the end of 1 April 2018 (2018-04-01 22:59:59 UTC), the change taking effect (CONVENTIONS 3.1)
    B(
        text="The notice proposes amending the licence condition to implement our Network Innovation Review policy decision that the network licensees should not be able to recover Bid Preparation Costs after 1 April 2018.",
        due=None,
        vague=False,
        said="2017-05-31 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="earliest",
        earliest="2018-04-01 23:00:00",
        cluster=5,
        source="https://www.ofgem.gov.uk/publications-and-updates/notices-modify-network-licences-curtail-recovery-bid-preparation-costs-1-april-2018",
        published="2017-05-31",
    ),
    # case 11: the same notice: 'on, or before, 28 June 2017': end of day BST; 2017-06-28 22:59:59 UTC
    B(
        text="Representations on the proposed modifications must be made on, or before, 28 June 2017 to network.innovation@ofgem.gov.uk.",
        due="2017-06-28 22:59:59",
        vague=False,
        said="2017-05-31 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://www.ofgem.gov.uk/publications-and-updates/notices-modify-network-licences-curtail-recovery-bid-preparation-costs-1-april-2018",
        published="2017-05-31",
    ),
    # case 12: European Commission press release of Friday 1 July 2016 (zone Europe/Brussels, CEST): 'Today, Friday 1 July, ... offered' is the simple past: past
    B(
        text="Today, Friday 1 July,European Commission President, Jean-Claude Juncker, offered the Slovak Government the full support of his Commission as the country launches its first-ever Presidency of the Council of the European Union.",
        due=None,
        vague=False,
        said="2016-07-01 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://europa.eu/rapid/press-release_MEX-16-2379_en.htm",
        published="2016-07-01",
    ),
    # case 13: the same release: remarks 'following the meeting', told in the past ('said', 'was'): past
    B(
        text='In his remarks following the meeting in Bratislava between the College of Commissioners and the Slovak Government, President Juncker said the programme of the Slovak Presidency was "in perfect harmony with the European Commission\'s programme".',
        due=None,
        vague=False,
        said="2016-07-01 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://europa.eu/rapid/press-release_MEX-16-2379_en.htm",
        published="2016-07-01",
    ),
    # case 14: the same release: 'highlighted that ... needed to prolong' reports a need, no time for the act ('already', '€107 billion' an amount): past. unsure: no refusal word
    B(
        text='He highlighted that one of the most important challenges facing the European economy was the "lack of investment", which is why the EU needed to "prolong the Investment Plan for Europe which is turning into a real success story with €107 billion of new investment already."',
        due=None,
        vague=False,
        said="2016-07-01 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        refusal="past",
        cluster=1,
        source="http://europa.eu/rapid/press-release_MEX-16-2379_en.htm",
        published="2016-07-01",
    ),
    # case 15: the same release: 'now online' and 'is available' are present states: no deadline
    B(
        text="The Slovak Presidency website is now online: The press conference is available to watch on EbS.",
        due=None,
        vague=False,
        said="2016-07-01 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        cluster=5,
        source="http://europa.eu/rapid/press-release_MEX-16-2379_en.htm",
        published="2016-07-01",
    ),
    # case 16: the same release: the agreements 'enter fully into force' today, Friday 1 July, a one-off event on the day of speaking (CONVENTIONS 3.1, 2.1): 1 July 2016, end of day CEST; 2016-07-01 21:59:59 UTC
    B(
        text="Today, Friday 1 July, the Association Agreement between the European Union and Georgia (full press release here), and the Association Agreement between the European Union and the Republic of Moldova (full press release here) enter fully into force.",
        due="2016-07-01 21:59:59",
        vague=False,
        said="2016-07-01 08:00:00",
        tz="Europe/Brussels",
        day_first=True,
        cluster=6,
        source="http://europa.eu/rapid/press-release_MEX-16-2379_en.htm",
        published="2016-07-01",
    ),
    # case 17: House of Lords written question, Tuesday 12 June 2018 (zone Europe/London): 'upon departure from the EU' is an event the sentence does not date: event. unsure: no refusal word (a question, no undertaking)
    B(
        text="To ask Her Majesty's Government whether they anticipate that any dispute regarding the UK's payment of its share of EU liabilities upon departure from the EU will be adjudicated upon by the European Court of Justice.",
        due=None,
        vague=False,
        said="2018-06-12 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.parliament.uk/business/publications/written-questions-answers-statements/written-questions-answers/?max=20&page=2",
        published="2018-06-12",
    ),
    # case 18: the answer of Friday 22 June 2018: participation kept 'up to 2020' falls due at that year's end (CONVENTIONS 3.3); 'by the end of that period' dates the accrual, the same end: 31 December 2020, end of day GMT; 2020-12-31 23:59:59 UTC
    B(
        text="As part of this agreement, the UK will continue to participate in the current budget plan up to 2020, and pay its fair share of liabilities, principally EU pensions, accrued by the end of that period.",
        due="2020-12-31 23:59:59",
        vague=False,
        said="2018-06-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=3,
        source="https://www.parliament.uk/business/publications/written-questions-answers-statements/written-questions-answers/?max=20&page=2",
        published="2018-06-22",
    ),
    # case 19: the same answer: '2014-20' and '2019-2020' name budgets, and 'will apply' sets no time: no deadline. unsure: the end of 2020 (2020-12-31 23:59:59 UTC), the budgets' end
    B(
        text="For specific areas of the financial settlement, existing enforcement mechanisms will apply, namely to our participation in programmes funded by the 2014-20 EU budget plan and to our contributions to the 2019-2020 budgets which are subject to the applicable EU rules.",
        due=None,
        vague=False,
        said="2018-06-22 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=3,
        source="https://www.parliament.uk/business/publications/written-questions-answers-statements/written-questions-answers/?max=20&page=2",
        published="2018-06-22",
    ),
    # case 20: House of Lords written question, Monday 9 October 2017: steps taken since reports of 8 April 2014 and 18 June 2014: past ('or propose to take' has no time)
    B(
        text="To ask Her Majesty's Government what steps they have taken, or propose to take, since the publication of the Annual Report from the Interception of Communications Commissioner on 8 April 2014 and the findings of fact by Judge Gerard Hogan of the Irish High Court on 18 June 2014, in relation to the surveillance of European citizens' data through the US Prism programme.",
        due=None,
        vague=False,
        said="2017-10-09 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=3,
        source="http://www.parliament.uk/business/publications/written-questions-answers-statements/written-questions-answers/?max=50&page=2",
        published="2017-10-09",
    ),
    # case 21: the answer of Monday 23 October 2017: a report covering 2013, 'said': past
    B(
        text="The Interception of Communications Commissioner said in his report covering 2013 that:",
        due=None,
        vague=False,
        said="2017-10-23 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://www.parliament.uk/business/publications/written-questions-answers-statements/written-questions-answers/?max=50&page=2",
        published="2017-10-23",
    ),
    # case 32: Parliament Today copy of a CMA merger inquiry page, Friday 20 September 2019 (zone Europe/London): 'This date' is a date this sentence does not give: event
    B(
        text="This date is the current statutory deadline by when the decision will be announced.",
        due=None,
        vague=False,
        said="2019-09-20 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.parliamenttoday.com/free/viewnews.html?id=111973",
        published="2019-09-20",
    ),
    # case 33: the same page: 'as soon as practicable' hung on an undated change (CONVENTIONS 5.2): event. unsure: recurring (a standing practice)
    B(
        text="If any change occurs, the information is refreshed as soon as practicable.",
        due=None,
        vague=False,
        said="2019-09-20 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.parliamenttoday.com/free/viewnews.html?id=111973",
        published="2019-09-20",
    ),
    # case 34: the same page: 'cannot guarantee that the decision will be announced on or before this current deadline' denies the time (CONVENTIONS 4.1): negated. unsure: event (the deadline is not dated in this sentence)
    B(
        text="However, the CMA cannot guarantee that the decision will be announced on or before this current deadline, as the deadline of a given case may change during the merger assessment process due to different reasons.",
        due=None,
        vague=False,
        said="2019-09-20 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="negated",
        cluster=5,
        source="https://www.parliamenttoday.com/free/viewnews.html?id=111973",
        published="2019-09-20",
    ),
    # case 35: the same page: an update line dated 20 September 2019 (the day of speaking) telling the inquiry's state, as the parser docstring's 'Oct 26 update:': past. unsure: due at the end of 20 September 2019 (2019-09-20 22:59:59 UTC), the point's date as the act's day, or no refusal word (a present state)
    B(
        text="20 September 2019: The Competition and Markets Authority (CMA) is considering whether it is or may be the case that this transaction, if carried into effect, will result in the creation of a relevant merger situation under the merger provisions of the Enterprise Act 2002 and, if so, whether the creation of that situation may be expected to result in a substantial lessening of competition within any market or markets in the United Kingdom for goods or services.",
        due=None,
        vague=False,
        said="2019-09-20 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.parliamenttoday.com/free/viewnews.html?id=111973",
        published="2019-09-20",
    ),
    # case 36: the same page: 'by the deadline set out above', a date only another part of the page gives: event
    B(
        text="These comments should be provided by the deadline set out above.",
        due=None,
        vague=False,
        said="2019-09-20 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.parliamenttoday.com/free/viewnews.html?id=111973",
        published="2019-09-20",
    ),
    # case 37: the same page: an update line of 19 September 2019, 'has launched': past
    B(
        text="19 September 2019: The CMA has launched its phase 1 investigation following the European Commission's decision to refer the case to the United Kingdom under Article 4(4) of the EC Merger Regulation.",
        due=None,
        vague=False,
        said="2019-09-20 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.parliamenttoday.com/free/viewnews.html?id=111973",
        published="2019-09-20",
    ),
    # case 38: Federal Register of Thursday 8 June 2017 (zone America/New_York, EDT): 'on or before July 24, 2017', end of day EDT; 2017-07-25 03:59:59 UTC
    B(
        text="Comments should be received on or before July 24, 2017.",
        due="2017-07-25 03:59:59",
        vague=False,
        said="2017-06-08 14:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=6,
        source="https://thefederalregister.org/82-FR/26734",
        published="2017-06-08",
    ),
    # case 39: the same notice: 'Late-filed' is relative to a deadline this sentence does not give, and 'to the extent practicable' sets no time: no deadline. unsure: event
    B(
        text="Late-filed comments will be considered to the extent practicable.",
        due=None,
        vague=False,
        said="2017-06-08 14:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=5,
        source="https://thefederalregister.org/82-FR/26734",
        published="2017-06-08",
    ),
    # case 56: UK Government release (government-world.com copy), Thursday 29 April 2021 (zone Europe/London): 'Today (29 April), the Domestic Abuse Bill has passed ... and been signed into law' (CONVENTIONS 2.4): past
    B(
        text="Today (29 April), the Domestic Abuse Bill has passed both Houses of Parliament and been signed into law.",
        due=None,
        vague=False,
        said="2021-04-29 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="http://government-world.com/uk/politics-2/hm-government/page/2168/?print=print-search",
        published="2021-04-29",
    ),
    # case 57: the same release: 'For the first time in history there will be' sets no time for the definition: no deadline. unsure: event (the Act's undated commencement)
    B(
        text="For the first time in history there will be a wide-ranging legal definition of domestic abuse which incorporates a range of abuses beyond physical violence, including emotional, coercive or controlling behaviour, and economic abuse.",
        due=None,
        vague=False,
        said="2021-04-29 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="http://government-world.com/uk/politics-2/hm-government/page/2168/?print=print-search",
        published="2021-04-29",
    ),
    # case 58: the same release: 'no longer be allowed' sets no time: no deadline
    B(
        text="The measures include important new protections and support for victims ensuring that abusers will no longer be allowed to directly cross-examine their victims in the family and civil courts, and giving victims better access to special measures in the courtroom to help prevent intimidation – such as protective screens and giving evidence via video link.",
        due=None,
        vague=False,
        said="2021-04-29 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="http://government-world.com/uk/politics-2/hm-government/page/2168/?print=print-search",
        published="2021-04-29",
    ),
    # case 59: the same release: 'immediate' describes the protection, not when the powers are given: no deadline. unsure: the vague 7 days of 'immediately' (2021-05-06 22:59:59 UTC)
    B(
        text="Police will also be given new powers including Domestic Abuse Protection Notices providing victims with immediate protection from abusers, while courts will be able to hand out new Domestic Abuse Protection Orders to help prevent offending by forcing perpetrators to take steps to change their behaviour, including seeking mental health support or drug and alcohol rehabilitation.",
        due=None,
        vague=False,
        said="2021-04-29 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="http://government-world.com/uk/politics-2/hm-government/page/2168/?print=print-search",
        published="2021-04-29",
    ),
    # case 60: NASA media advisory (infolotnicze.pl copy), Tuesday 10 September 2013 (zone America/New_York, EDT): 'will update media Wednesday, Sept. 11': end of day EDT; 2013-09-12 03:59:59 UTC
    B(
        text="Several NASA officials will update media Wednesday, Sept. 11, about the agency's progress on a proposed mission to find, capture, redirect and visit a near-Earth asteroid.",
        due="2013-09-12 03:59:59",
        vague=False,
        said="2013-09-10 14:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=6,
        source="https://www.infolotnicze.pl/2013/09/10/nasa-discusses-asteroid-initiative-progress-at-aiaas-space-2013/",
        published="2013-09-10",
    ),
    # case 61: the same advisory: '3 p.m. PDT (6 p.m. EDT)' with no day in its sentence is the first such time after the moment (10:00 EDT) (CONVENTIONS 6.3): 10 September 2013 15:00 PDT; 2013-09-10 22:00:00 UTC. page: 11 September 2013 15:00 PDT (2013-09-11 22:00:00 UTC), the day the sentence before gives
    B(
        text="The briefing will take place at 3 p.m. PDT (6 p.m. EDT) at the American Institute of Aeronautics and Astronautics' Space 2013 Conference and Exposition at the San Diego Convention Center in California.",
        due="2013-09-10 22:00:00",
        vague=False,
        said="2013-09-10 14:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=2,
        source="https://www.infolotnicze.pl/2013/09/10/nasa-discusses-asteroid-initiative-progress-at-aiaas-space-2013/",
        published="2013-09-10",
    ),
    # case 62: the same advisory: 'may attend the briefing' is a leave, no time (CONVENTIONS 4.2): no deadline
    B(
        text="Journalists attending Space 2013 may attend the briefing in person.",
        due=None,
        vague=False,
        said="2013-09-10 14:00:00",
        tz="America/New_York",
        day_first=True,
        cluster=5,
        source="https://www.infolotnicze.pl/2013/09/10/nasa-discusses-asteroid-initiative-progress-at-aiaas-space-2013/",
        published="2013-09-10",
    ),
    # case 63: NASA media advisory (SpaceNews copy), Wednesday 18 July 2012 (zone America/Chicago, CDT): 'will hold two briefings Thursday, July 26': end of day CDT; 2012-07-27 04:59:59 UTC
    B(
        text="NASA's Johnson Space Center in Houston will hold two briefings Thursday, July 26, to preview the upcoming Expedition 33 and 34 missions aboard the International Space Station.",
        due="2012-07-27 04:59:59",
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        day_first=True,
        cluster=6,
        source="https://spacenews.com/nasa-holds-briefings-to-preview-space-station-expeditions-2",
        published="2012-07-18",
    ),
    # case 64: the same advisory: 'At 11 a.m. CDT' with no day in its sentence is the first 11 a.m. CDT after the moment (10:00 CDT) (CONVENTIONS 6.3): 18 July 2012 11:00 CDT; 2012-07-18 16:00:00 UTC. page: 26 July 2012 11:00 CDT (2012-07-26 16:00:00 UTC)
    B(
        text="At 11 a.m. CDT, the International Space Station Program and Science Overview briefing will cover mission priorities and objectives, which include hundreds of research experiments, a Russian spacewalk, international and commercial cargo deliveries to the complex and a commercial cargo demonstration flight.",
        due="2012-07-18 16:00:00",
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        day_first=True,
        cluster=2,
        source="https://spacenews.com/nasa-holds-briefings-to-preview-space-station-expeditions-2",
        published="2012-07-18",
    ),
    # case 65: the same advisory: 'At 1 p.m.' with no day in its sentence (CONVENTIONS 6.3): 18 July 2012 13:00 CDT; 2012-07-18 18:00:00 UTC. page: 26 July 2012 13:00 CDT (2012-07-26 18:00:00 UTC)
    B(
        text="At 1 p.m., Expedition 33/34 crew members Kevin Ford of NASA and Evgeny Tarelkin and Oleg Novitskiy of the Russian Federal Space Agency will discuss their mission.",
        due="2012-07-18 18:00:00",
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        day_first=True,
        cluster=2,
        source="https://spacenews.com/nasa-holds-briefings-to-preview-space-station-expeditions-2",
        published="2012-07-18",
    ),
    # case 66: the same advisory: launch 'Oct. 15' and return 'in March 2013', two stages in turn: the later counts (CONVENTIONS 6.1, 6.2): 31 March 2013, end of day CDT; 2013-04-01 04:59:59 UTC. unsure: the launch, 15 October 2012, end of day CDT (2012-10-16 04:59:59 UTC)
    B(
        text="They are set to launch to the space station aboard the Soyuz TMA-06M spacecraft Oct. 15 and return to Earth in March 2013.",
        due="2013-04-01 04:59:59",
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        day_first=True,
        cluster=3,
        source="https://spacenews.com/nasa-holds-briefings-to-preview-space-station-expeditions-2",
        published="2012-07-18",
    ),
    # case 67: the same advisory: 'When they arrive at the station', undated here: event
    B(
        text="When they arrive at the station, they will join NASA astronaut Sunita Williams, Japan Aerospace Exploration Agency astronaut Akihiko Hoshide and Russian cosmonaut Yuri Malenchenko.",
        due=None,
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://spacenews.com/nasa-holds-briefings-to-preview-space-station-expeditions-2",
        published="2012-07-18",
    ),
    # case 68: the same advisory: 'Following the news conference', undated here: event
    B(
        text="Following the news conference, interview opportunities with the crew members are available in person, by phone or through Internet videoconferencing.",
        due=None,
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://spacenews.com/nasa-holds-briefings-to-preview-space-station-expeditions-2",
        published="2012-07-18",
    ),
    # case 69: the same advisory: 'by 5 p.m., Friday, July 20': 17:00 CDT; 2012-07-20 22:00:00 UTC
    B(
        text="To reserve an interview opportunity, news media representatives must contact the Johnson newsroom at 281-483-5111 by 5 p.m., Friday, July 20.",
        due="2012-07-20 22:00:00",
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        day_first=True,
        cluster=2,
        source="https://spacenews.com/nasa-holds-briefings-to-preview-space-station-expeditions-2",
        published="2012-07-18",
    ),
    # case 70: the same advisory: 'by 5 p.m. local time on Wednesday, July 25', read in the publisher's zone: 17:00 CDT; 2012-07-25 22:00:00 UTC. unsure: each center's own zone, the earliest being 17:00 EDT (2012-07-25 21:00:00 UTC)
    B(
        text="To participate in the news conferences from a NASA center, U.S. journalists must call that center's public affairs office by 5 p.m. local time on Wednesday, July 25.",
        due="2012-07-25 22:00:00",
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        day_first=True,
        cluster=2,
        source="https://spacenews.com/nasa-holds-briefings-to-preview-space-station-expeditions-2",
        published="2012-07-18",
    ),
    # case 71: the same advisory: '15 minutes before each briefing', counted from briefings this sentence does not date: event. unsure: recurring ('each')
    B(
        text="To participate in the briefings by phone, media representatives must call the Johnson newsroom 15 minutes before each briefing.",
        due=None,
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://spacenews.com/nasa-holds-briefings-to-preview-space-station-expeditions-2",
        published="2012-07-18",
    ),
    # case 72: Bureau of Meteorology flood watch (Whitsundays blog copy), Thursday 14 July 2016, said at 15:02 AEST (zone Australia/Brisbane): rain 'Friday and Saturday' falls due at the later day's end (CONVENTIONS 6.1): Saturday 16 July 2016, end of day AEST; 2016-07-16 13:59:59 UTC
    B(
        text="Unseasonal moderate to heavy rainfall is expected over the Central and Capricornia Coasts extending into the central interior Friday and Saturday.",
        due="2016-07-16 13:59:59",
        vague=False,
        said="2016-07-14 05:02:00",
        tz="Australia/Brisbane",
        day_first=True,
        cluster=3,
        source="https://whitsundaysonline.blogspot.com/2016/07/qld-flood-watch-fitzroy-barcoo-warrego.html",
        published="2016-07-14",
    ),
    # case 73: the same watch: 'current warnings' names them: no deadline
    B(
        text="See www.bom.gov.au/qld/warnings to view the current warnings for Queensland.",
        due=None,
        vague=False,
        said="2016-07-14 05:02:00",
        tz="Australia/Brisbane",
        day_first=True,
        cluster=5,
        source="https://whitsundaysonline.blogspot.com/2016/07/qld-flood-watch-fitzroy-barcoo-warrego.html",
        published="2016-07-14",
    ),
    # case 74: the same watch: advice to the public ('latest', 'should flooding develop'), as fresh74's advice points: no deadline. unsure: event (moving hung on undated flooding)
    B(
        text="This Flood Watch means that people living or working along rivers and creeks should monitor the latest weather forecasts and warnings and be ready to move to higher ground should flooding develop.",
        due=None,
        vague=False,
        said="2016-07-14 05:02:00",
        tz="Australia/Brisbane",
        day_first=True,
        cluster=5,
        source="https://whitsundaysonline.blogspot.com/2016/07/qld-flood-watch-fitzroy-barcoo-warrego.html",
        published="2016-07-14",
    ),
    # case 75: Bureau of Meteorology warning (goodnaflood blog copy), Saturday 26 January 2013, said at 11:32 AEST: 'At 10am EST, ... was slow moving' is an observation gone: past
    B(
        text="At 10am EST, Ex Tropical Cyclone Oswald was slow moving over the Central Highlands and Coalfields district, about 75km northeast of Emerald and 290km west northwest of Gladstone [note corrected position].",
        due=None,
        vague=False,
        said="2013-01-26 01:32:00",
        tz="Australia/Brisbane",
        day_first=True,
        refusal="past",
        cluster=2,
        source="https://goodnaflood.blogspot.com/2013/01/latest-bom-warning-for-seq.html",
        published="2013-01-26",
    ),
    # case 76: the same warning: slow moving 'for much of today before shifting ... on Sunday': the later, Sunday 27 January 2013, end of day AEST; 2013-01-27 13:59:59 UTC
    B(
        text="Ex Tropical Cyclone Oswald is expected to remain slow moving for much of today before shifting south southeast on Sunday.",
        due="2013-01-27 13:59:59",
        vague=False,
        said="2013-01-26 01:32:00",
        tz="Australia/Brisbane",
        day_first=True,
        cluster=6,
        source="https://goodnaflood.blogspot.com/2013/01/latest-bom-warning-for-seq.html",
        published="2013-01-26",
    ),
    # case 77: the same warning: 'during Sunday' and gusts 'Sunday afternoon or evening': the later alternative, Sunday evening, ends at the day's end (CONVENTIONS 6.2): 27 January 2013 23:59:59 AEST; 2013-01-27 13:59:59 UTC
    B(
        text="These conditions are expected to contract southwards into the Southeast Coast district and also extend west to the Great Dividing Range during Sunday, with destructive wind gusts in excess of 125 km/h possibly developing Sunday afternoon or evening.",
        due="2013-01-27 13:59:59",
        vague=False,
        said="2013-01-26 01:32:00",
        tz="Australia/Brisbane",
        day_first=True,
        cluster=3,
        source="https://goodnaflood.blogspot.com/2013/01/latest-bom-warning-for-seq.html",
        published="2013-01-26",
    ),
    # case 78: the same warning: 'particularly during Sunday': that day's end, 27 January 2013 23:59:59 AEST ('Six hour' and '100mm' measure rain); 2013-01-27 13:59:59 UTC
    B(
        text="Six hour rainfall accumulations in excess of 100mm are likely, particularly during Sunday.",
        due="2013-01-27 13:59:59",
        vague=False,
        said="2013-01-26 01:32:00",
        tz="Australia/Brisbane",
        day_first=True,
        cluster=1,
        source="https://goodnaflood.blogspot.com/2013/01/latest-bom-warning-for-seq.html",
        published="2013-01-26",
    ),
    # case 79: the same warning: '24 hour' measures rain, no time for any event: no deadline
    B(
        text="24 hour rainfall accumulations in excess of 250mm are likely.",
        due=None,
        vague=False,
        said="2013-01-26 01:32:00",
        tz="Australia/Brisbane",
        day_first=True,
        cluster=1,
        source="https://goodnaflood.blogspot.com/2013/01/latest-bom-warning-for-seq.html",
        published="2013-01-26",
    ),
    # case 80: the same warning: 'Currently' sets no time: no deadline
    B(
        text="Currently, the heaviest rain is located on radar over the southern Capricornia district and through northern stretches of the Wide Bay and Burnett district.",
        due=None,
        vague=False,
        said="2013-01-26 01:32:00",
        tz="Australia/Brisbane",
        day_first=True,
        cluster=5,
        source="https://goodnaflood.blogspot.com/2013/01/latest-bom-warning-for-seq.html",
        published="2013-01-26",
    ),
    # case 81: the same warning: rain recorded 'in the 24 hours to 9am Saturday' (this morning): past
    B(
        text="Areas near Gladstone and south to Bundaberg have recorded 200 to 500mm in the 24 hours to 9am Saturday.",
        due=None,
        vague=False,
        said="2013-01-26 01:32:00",
        tz="Australia/Brisbane",
        day_first=True,
        refusal="past",
        cluster=1,
        source="https://goodnaflood.blogspot.com/2013/01/latest-bom-warning-for-seq.html",
        published="2013-01-26",
    ),
    # case 82: Bureau of Meteorology severe weather warning (topicsexpress copy), Friday 23 January 2015, said at 09:08 AEST: 'for the next few hours' is a vague window the parser's docstring gives no length for: no deadline. unsure: a vague window of a few hours from 09:08, or the end of today
    B(
        text="Heavy rain, which may lead to flash flooding, is expected to continue for the next few hours.",
        due=None,
        vague=False,
        said="2015-01-22 23:08:00",
        tz="Australia/Brisbane",
        day_first=True,
        cluster=4,
        source="http://www.topicsexpress.com/SEVERE-WEATHER-WARNING-for-HEAVY-RAINFALL-and-ABNORMALLY-HIGH-topic-10153063550573928",
        published="2015-01-23",
    ),
    # case 83: the same warning: 'Currently' and 'recent' falls: no time for any event: no deadline. unsure: past
    B(
        text="Currently, the heaviest rain is located on radar over southern suburbs of Brisbane, with recent hourly falls peaking around 40mm.",
        due=None,
        vague=False,
        said="2015-01-22 23:08:00",
        tz="Australia/Brisbane",
        day_first=True,
        cluster=5,
        source="http://www.topicsexpress.com/SEVERE-WEATHER-WARNING-for-HEAVY-RAINFALL-and-ABNORMALLY-HIGH-topic-10153063550573928",
        published="2015-01-23",
    ),
    # case 84: the same warning: 'may combine with todays high tide around midday' is a possibility, no undertaking (CONVENTIONS 4.2): no deadline. unsure: midday today, 23 January 2015 12:00 AEST (2015-01-23 02:00:00 UTC), as an expected weather event
    B(
        text="The heavy rain may combine with todays high tide around midday to cause some inundation of vulnerable coastal areas.",
        due=None,
        vague=False,
        said="2015-01-22 23:08:00",
        tz="Australia/Brisbane",
        day_first=True,
        cluster=2,
        source="http://www.topicsexpress.com/SEVERE-WEATHER-WARNING-for-HEAVY-RAINFALL-and-ABNORMALLY-HIGH-topic-10153063550573928",
        published="2015-01-23",
    ),
    # case 85: Dáil debate of Tuesday 26 May 1970 (zone Europe/Dublin, then UTC+1 all year): 'before the adjournment', undated here: event. unsure: no refusal word (a question)
    B(
        text="Has the Taoiseach any further information with regard to the business to be done before the adjournment?",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1970-05-26/38/?highlight%5B1%5D=bank&highlight%5B2%5D=bill",
        published="1970-05-26",
    ),
    # case 86: the same debate: 'before the Recess', undated here: event
    B(
        text="The Finance Bill, the Decimal Currency Bill, the Social Welfare Bill giving effect to budgetary increases, the Sea Fisheries Bill, the Horse Industry Bill, the Tourist Traffic Bill, the Housing Bill, the Higher Education Bill, the Administration of Justice Bill dealing with the difficulty about bail, and there will also be some Estimates which it would be desirable, I think, to take before the Recess.",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1970-05-26/38/?highlight%5B1%5D=bank&highlight%5B2%5D=bill",
        published="1970-05-26",
    ),
    # case 87: the same debate: a question ('Will we sit ...?'), no undertaking: no deadline. unsure: the later day, Thursday of next week, 4 June 1970, end of day (1970-06-04 22:59:59 UTC)
    B(
        text="Will we sit next week on Tuesday, Wednesday and Thursday?",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=3,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1970-05-26/38/?highlight%5B1%5D=bank&highlight%5B2%5D=bill",
        published="1970-05-26",
    ),
    # case 88: the same debate: the answer 'Wednesday and Thursday.' read from its sentence alone: the later, the next Thursday on or after the day of speaking, 28 May 1970, end of day; 1970-05-28 22:59:59 UTC. unsure: Thursday of next week, 4 June 1970 (1970-06-04 22:59:59 UTC), as the question before asks
    B(
        text="Wednesday and Thursday.",
        due="1970-05-28 22:59:59",
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=3,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1970-05-26/38/?highlight%5B1%5D=bank&highlight%5B2%5D=bill",
        published="1970-05-26",
    ),
    # case 89: the same debate: a standing practice ('It is not usual to sit on Tuesday when ...') (CONVENTIONS 1.3): recurring
    B(
        text="It is not usual to sit on Tuesday when there is a bank holiday on Monday.",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1970-05-26/38/?highlight%5B1%5D=bank&highlight%5B2%5D=bill",
        published="1970-05-26",
    ),
    # case 90: the same debate: 'We sat on 6th January one year': past
    B(
        text="We sat on 6th January one year to pass the Anglo-Irish Free Trade Area Agreement.",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1970-05-26/38/?highlight%5B1%5D=bank&highlight%5B2%5D=bill",
        published="1970-05-26",
    ),
    # case 91: the same debate: 'can then study', a possibility hung on an undated 'then' (CONVENTIONS 4.2): no deadline. unsure: event
    B(
        text="The Deputy can then study it and peruse the Central Bank Bill.",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1970-05-26/38/?highlight%5B1%5D=bank&highlight%5B2%5D=bill",
        published="1970-05-26",
    ),
    # case 92: the same debate: 'We can go on to September' is a possibility, no undertaking (CONVENTIONS 4.2): no deadline. unsure: sitting kept until September (CONVENTIONS 3.3), 30 September 1970, end of day (1970-09-30 22:59:59 UTC)
    B(
        text="We can go on to September.",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=4,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1970-05-26/38/?highlight%5B1%5D=bank&highlight%5B2%5D=bill",
        published="1970-05-26",
    ),
    # case 93: the same debate: a question about a hope, no time: no deadline
    B(
        text="Could the Taoiseach say when he hopes to adjourn?",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=5,
        source="https://www.oireachtas.ie/en/debates/debate/dail/1970-05-26/38/?highlight%5B1%5D=bank&highlight%5B2%5D=bill",
        published="1970-05-26",
    ),
    # case 94: Dáil debate of Tuesday 3 December 2002 (Europe/Dublin, GMT): 'by end of year': 31 December 2002, end of day GMT; 2002-12-31 23:59:59 UTC
    B(
        text="It is expected that the review will be completed and its findings presented to me by end of year.",
        due="2002-12-31 23:59:59",
        vague=False,
        said="2002-12-03 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=4,
        source="https://debatesarchive.oireachtas.ie/debates%20authoring/debateswebpack.nsf/takes/dail2002120300065?opendocument",
        published="2002-12-03",
    ),
    # case 95: Dáil written question (KildareStreet), Tuesday 1 July 2025 (Europe/Dublin, IST): the times in it are gone ('past nine years', 'to date', 'April 2024'), and 'the definite timeframe' is asked, not given: past. unsure: no refusal word (a question)
    B(
        text="To ask the Minister for Education and Skills if she is aware of the current situation at school (details supplied); if so, the details she is aware of; the total amount spent by her Department to date for the school to operate over the past nine years; the definite timeframe on the release of a tender for the school building project, considering planning was received in April 2024 and the urgency caused by the limit of the lease in the temporary accommodation; and if she will make a statement on the matter. [36038/25]",
        due=None,
        vague=False,
        said="2025-07-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=1,
        source="https://www.kildarestreet.com/wrans/?id=2025-07-01a.1074",
        published="2025-07-01",
    ),
    # case 96: the same answer: 'was granted in May 2024': past
    B(
        text="Planning Permission for the project was granted in May 2024, following an appeal to An Bord Pleanála.",
        due=None,
        vague=False,
        said="2025-07-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kildarestreet.com/wrans/?id=2025-07-01a.1074",
        published="2025-07-01",
    ),
    # case 97: the same answer: 'currently underway' is a present state: no deadline
    B(
        text="The prequalification process to establish a shortlist of suitably qualified contractors is currently underway.",
        due=None,
        vague=False,
        said="2025-07-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=5,
        source="https://www.kildarestreet.com/wrans/?id=2025-07-01a.1074",
        published="2025-07-01",
    ),
    # case 98: the same answer: 'during Q4 2025' falls due at the quarter's end: 31 December 2025, end of day GMT; 2025-12-31 23:59:59 UTC
    B(
        text="This is a preliminary step in the procurement of contractors, and it is currently anticipated this project will proceed to tender to that shortlist during Q4 2025.",
        due="2025-12-31 23:59:59",
        vague=False,
        said="2025-07-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=4,
        source="https://www.kildarestreet.com/wrans/?id=2025-07-01a.1074",
        published="2025-07-01",
    ),
    # case 99: the same answer: 'currently engaging'; 'the period 2026-2030' names the allocations: no deadline. unsure: the end of 2030 (2030-12-31 23:59:59 UTC)
    B(
        text="As part of the NDP Review process, all departments, including my department, are currently engaging with the Department of Public Expenditure, Infrastructure, Public Service Reform and Digitalisation with respect to NDP allocations for the period 2026-2030.",
        due=None,
        vague=False,
        said="2025-07-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=3,
        source="https://www.kildarestreet.com/wrans/?id=2025-07-01a.1074",
        published="2025-07-01",
    ),
    # case 100: the same answer: clarity 'over the course of the summer period' falls due at the summer's end (meteorological, the parser's docstring): 31 August 2025, end of day IST; '2026 to 2030' names the programme's period; 2025-08-31 22:59:59 UTC
    B(
        text="It is expected that there will be clarity on these allocations over the course of the summer period, and this will allow my department to plan its capital investment programme for the 2026 to 2030 period in line with prioritised needs and reflecting, as appropriate, wider Government priorities.",
        due="2025-08-31 22:59:59",
        vague=False,
        said="2025-07-01 09:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=4,
        source="https://www.kildarestreet.com/wrans/?id=2025-07-01a.1074",
        published="2025-07-01",
    ),
    # case 101: Dáil written question (KildareStreet), Tuesday 1 December 2015 (Europe/Dublin, GMT): a question whether a school is on a list; 'between 2016 and 2021' names the list's period: no deadline. unsure: the end of 2021 (2021-12-31 23:59:59 UTC)
    B(
        text="To ask the Minister for Education and Skills if a school (details supplied) is on the list of building projects to proceed to construction between 2016 and 2021; and if she will make a statement on the matter. [42733/15]",
        due=None,
        vague=False,
        said="2015-12-01 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=3,
        source="https://www.kildarestreet.com/wrans/?id=2015-12-01a.1353",
        published="2015-12-01",
    ),
    # case 102: the same answer: 'was previously included in ... 2015 Construction Plan': past
    B(
        text="I wish to advise the Deputy that the building project for the school to which she refers was previously included in my Department's 2015 Construction Plan.",
        due=None,
        vague=False,
        said="2015-12-01 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kildarestreet.com/wrans/?id=2015-12-01a.1353",
        published="2015-12-01",
    ),
    # case 103: the same answer: 'It was not ... necessary to re-announce'; '2016-2021' names the programme: past
    B(
        text="It was not therefore necessary to re-announce the project on the 2016-2021 Construction Programme.",
        due=None,
        vague=False,
        said="2015-12-01 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kildarestreet.com/wrans/?id=2015-12-01a.1353",
        published="2015-12-01",
    ),
    # case 104: the same answer: 'recently acquired' and 'has now commenced': past
    B(
        text="A site for the new school was recently acquired and architectural planning for the development has now commenced.",
        due=None,
        vague=False,
        said="2015-12-01 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.kildarestreet.com/wrans/?id=2015-12-01a.1353",
        published="2015-12-01",
    ),
    # case 105: the same answer: 'at the earliest possible opportunity' is the vague 60 days (CONVENTIONS 5.1): 30 January 2016, end of day GMT; 2016-01-30 23:59:59 UTC
    B(
        text="It is my Department's intention that the project will proceed to tender and construction at the earliest possible opportunity.",
        due="2016-01-30 23:59:59",
        vague=True,
        said="2015-12-01 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=4,
        source="https://www.kildarestreet.com/wrans/?id=2015-12-01a.1353",
        published="2015-12-01",
    ),
)
