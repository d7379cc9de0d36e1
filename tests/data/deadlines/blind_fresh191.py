"""A HUNDRED-AND-NINETY-FIRST fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 12:35 and 12:45 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l191-s64) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 64 (fresh189, fresh190, fresh192, fresh193, articles blind150 and blind151), whose claims in
the shared claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh188.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of `bot/core/deadlines/`
was opened. The brief asked for less-mined publishers (GOV.UK departments and agencies: Home Office,
Department for Education, MHCLG, DCMS, Ofgem, Ofwat, HMRC, DVSA; US Federal Register notices of the FAA, FTA,
Coast Guard and EPA; Wikinews), open licences only, at least eight publishers, none above a fifth, at most a
third from the United States, a spread of genres, about 80 cases (at least 60).

The set quotes UK Parliament (a Lords oral question on income tax self-assessment of 21 February 2001, Commons
oral answers on the Inland Revenue of 20 January 1970), the Home Office (its GOV.UK media blog of 17 March
2017), the Department for Culture, Media and Sport (two press releases of 21 May 2024 and 18 May 2023), Ofwat
(a press statement on 2025-26 bills of 30 January 2025), the Department for Transport (a release on the DVLA
review of 25 July 2023), the Driver and Vehicle Standards Agency (two copies of its GOV.UK guidance on the MOT
changes of 20 May 2018), the Department for Education (GOV.UK update notes of 11 and 12 May 2020 and
publication summaries of the week of 11 February 2019), the Federal Aviation Administration (two advisory
committee meeting notices, 2003 and 2010), the Federal Transit Administration (two summaries on its 2018
listing), the Environmental Protection Agency (three hearing and meeting notices, 1995 and 2005) and the US
Coast Guard (a drawbridge deviation of 2017). 61 cases from 11 publishers: EPA 12 (19.7%); UK Parliament 11
(18.0%); DVSA 8 (13.1%); DCMS 7 (11.5%); DfE 7 (11.5%); FAA 4 (6.6%); the Home Office 3 (4.9%); Ofwat 3
(4.9%); the Department for Transport 3 (4.9%); FTA 2 (3.3%); the Coast Guard 1 (1.6%). 19 of the 61 (31.1%)
are from the United States (FAA, FTA, EPA, Coast Guard); 42 are not. Genres: a Lords oral question, Commons
oral answers, a department's media blog, press releases and a press statement, agency guidance, GOV.UK update
notes and publication summaries, Federal Register meeting and hearing notices, a rule summary and a drawbridge
deviation.

The store is heavily mined: of about 75 addresses and phrases checked with `fresh_check.py`, most read used
(ukpol.co.uk Home Office and Department for Education tag pages, several Federal Register meeting and safety
zone notices, Ofgem press releases and consultations, a Wikinews article on Haiti's elections and one on the
Atlantis launch, an HMRC bulletin copied by a parish council, DVSA bulletins copied by driving schools, an
Ofwat policy paper, a DfE news digest). No fresh Wikinews article with a date in its stored text, no fresh
Ofgem, HMRC or MHCLG page with a date of its own was found in the time. Each page's cases share one `source`
constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh191`) but not used, to keep UK Parliament under a fifth or for want of a
publication date or of time words: the Joint Committee on Statutory Instruments' memorandum from the Home
Office (2018), a Home Office written statement page of 2017, the Lords Merits Committee's twenty-seventh report
(2011) and a Commons written answers page of 14 November 1996 (UK Parliament cap); a legislation.gov.uk
explanatory note (no date in the stored text); the FTA's notice on transit bus automation, a Coast Guard
listing of 17 February 2017 and a driving school's copy of a DVSA email (no whole sentence with a time word of
its own in the stored text, or the text not the publisher's). Within the pages kept: sentences without a time
word; sentences whose only time words are general ("now", "regularly", "annual", "recent", "at any time", "in
the future") or whose only year names an Act, a report or a named event; titles, headings, speaker tags, date
lines and stamps, field labels ('DATES:', 'SUMMARY:', 'Purpose:', left off the quotes that follow them), lead-in
lines ending in a colon, a sentence repeated word for word on the same page, and sentences cut off where the
stored text ends or broken by a page marker. Only the stored text the search tool returns was read (it gives
each page from its beginning).

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, a month, a tax, financial or academic year, a season, "today", "yesterday", "this year", "last year",
"next year", "as soon as possible", "immediately", "every two years", "25 years ago", "the next five years");
within each page quoted, the sentences of the stored text that hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh191`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with the
same tool (skipping this file): all 61 read fresh. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for UK Parliament and the GOV.UK publishers,
America/New_York for the US federal publishers); the conversion of local instants to UTC wall time, weekdays
and day counts were done with Python's zoneinfo and datetime in a scratch script outside the repository, never
with code of the project. Note the Commons page of January 1970: the United Kingdom then kept British Standard
Time (UTC+1) all winter, as zoneinfo gives, so its 10:00 local is 09:00 UTC and its end of day 22:59:59 UTC.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh188.py`: the publication date at 10:00 local time unless the page gives the hour (four do: the
Lords question, '11.13 a.m.'; the Ofwat and DfT releases, whose addresses carry 16:05 and 16:10; the DfE update
notes, stamped to the minute); the first comment of each page says where its date was read. Two pages print
no full date for their items (the DfE weekly summaries, read on the Friday of the week they cover; the FTA
listing, read on the date it prints for the item): no label depends on the exact day within that window. A day
falls due at 23:59:59 local; a one-off event at a time due then (CONVENTIONS 3.1, 3.1a); a state kept to a date
at that date (CONVENTIONS 3.3); several times and ranges at the latest (CONVENTIONS 6.1, 6.2); a window opened
from the moment of speaking at its end (CONVENTIONS 1.1); a clock time with no day of its own from the sentence
alone, with the page's instant written in the comment (CONVENTIONS 6.3); GB years ("2024/25", "2025/26") end
on 31 March as in `blind_real.py`; questions and hedged guesses due None with no refusal word (CONVENTIONS
4.3); standing rules and schedules recurring (CONVENTIONS 1.3); done acts past (CONVENTIONS 2.4); a lower bound
only earliest (CONVENTIONS 3.2); vague words told as going to happen take the documented windows (CONVENTIONS
5.1). Clusters as in `blind_fresh188.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of
the day, periods and windows, 5 refusals, 6 plain days and dates. 29 labels are refusals (past 20, recurring 8,
earliest 1; no event, no negated); 2 are vague (60-day windows); 28 labels carry a due instant (the vague ones
included); 4 have due None and no refusal word; 21 are marked "unsure" and name the other reading; like every
label here they stay as committed, whatever the first run shows. First run: not yet taken (the lead runs it
once, after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HL01 = "https://api.parliament.uk/historic-hansard/lords/2001/feb/21/income-tax-self-assessment"
_HC70 = "https://api.parliament.uk/historic-hansard/commons/1970/jan/20/inland-revenue-estimates-committees"
_HO17 = "https://homeofficemedia.blog.gov.uk/2017/03/17/home-office-in-the-media-17-march"
_DCMS24 = "https://www.ukpol.co.uk/tag/department-for-culture-and-media/page/11"
_DCMS23 = "https://www.ukpol.co.uk/tag/department-for-culture-and-media/page/24"
_OFWAT25 = "https://www.wired-gov.net/wg/news.nsf/articles/average+bills+202526+press+statement+30012025160500?open"
_DFT23 = "https://www.wired-gov.net/wg/news.nsf/articles/government+launches+review+of+dvla+to+strengthen+agency+for+the+future+25072023161000?open"
_DVSA18 = "http://northern-assessors.co.uk/2018/03/21/mot-rule-changes-20-may-2018/"
_DVSA18B = "https://www.mtechgarage.co.uk/2018/05/22/overview-of-mot-changes-from-may-2018/"
_DFE20 = "http://surreygovernance.org.uk/DfE.html"
_DFE19 = "https://www.governorspace.co.uk/resources/news/article?id=82"
_FAA03 = "https://frnow.com/Browse/Document/usa/na/fr/2003/8/28/03-22061"
_FAA10 = "http://www.federalregister.com/Browse/Document/usa/na/fr/2010/5/17/2010-11720"
_FTA18 = (
    "https://regulations.justia.com/regulations/fedreg/agencies/federal-transit-administration/2018"
)
_EPA05A = "http://edocket.access.gpo.gov/2005/05-502.htm"
_EPA95 = "http://federal.elaws.us/fr/11/28/1995/95-29112"
_EPA05B = "http://federal.elaws.us/fr/11/15/2005/05-22694"
_CG17 = "http://www.gpo.gov/fdsys/pkg/FR-2017-02-07/html/2017-02456.htm"

FRESH191_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (House of Lords oral question of Wednesday 21 February 2001 on income tax self-assessment (the address names it 'income-tax-self-assessment'); Open Parliament Licence, on api.parliament.uk historic Hansard); zone Europe/London (GMT); the page gives the hour '11.13 a.m.': said 21 February 2001 11:13. The speaker lines and the time stamp are not taken. a question asking whether there are proposals for 2000–01 (and why 1999–2000 changed): nobody undertakes a time, due None with no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give 'past' (the only dated act, the change for 1999–2000, is done)
    B(
        text="Why the procedures for self-assessment of income tax liability were changed for 1999–2000, and whether they have any proposals to simplify the process for 2000–01.",
        due=None,
        vague=False,
        said="2001-02-21 11:13:00",
        tz="Europe/London",
        cluster=1,
        source=_HL01,
        published="2001-02-21",
    ),
    # the consolidation for the tax year 1999–2000, told of the past: past
    B(
        text="The Inland Revenue did, however, consolidate four separate tax calculation guides into a single guide for the tax year 1999–2000.",
        due=None,
        vague=False,
        said="2001-02-21 11:13:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL01,
        published="2001-02-21",
    ),
    # '2000–01' names the tax year the guide is for, not a time by which it will be available; no deadline is set: due None, no refusal word. unsure: a careful reader could give the end of the 2000–01 tax year (5 April 2001) or of the financial year (31 March 2001) as the time the two versions are checked
    B(
        text="In response to this feedback, the tax calculation guide for 2000–01 will be available in two versions: a standard guide for taxpayers with relatively simple financial affairs and a comprehensive guide for those whose financial affairs are more complex.",
        due=None,
        vague=False,
        said="2001-02-21 11:13:00",
        tz="Europe/London",
        cluster=1,
        source=_HL01,
        published="2001-02-21",
    ),
    # 30th September as the standing yearly filing date of a habit and a rule for every taxpayer: recurring (CONVENTIONS 1.3)
    B(
        text="However, one does not need to use the tax calculation guide at all if one does as I do and sends in one's tax return by 30th September, as the Inland Revenue will make the calculation for the taxpayer.",
        due=None,
        vague=False,
        said="2001-02-21 11:13:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HL01,
        published="2001-02-21",
    ),
    # the yearly 30th September deadline as a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="My Lords, I am as ever grateful for my noble friend's advice, but some of us have difficulty in meeting the deadline of 30th September and must, therefore, do the calculation ourselves.",
        due=None,
        vague=False,
        said="2001-02-21 11:13:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HL01,
        published="2001-02-21",
    ),
    # 'last year', 'the year before' and 'this year' of a task already done ('defeated me'), '45 minutes' a duration of the past: past
    B(
        text="Is my noble friend aware that last year and the year before the process was simple and I could make the self-assessment calculation in about 45 minutes but this year the task defeated me?",
        due=None,
        vague=False,
        said="2001-02-21 11:13:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL01,
        published="2001-02-21",
    ),
    # 'the long day when I dealt with it' and 'this year' told of the past ('812' is a column number left in the stored text): past
    B(
        text="Although the staff of the Inland Revenue are always incredibly helpful to idiots 812 like me who struggle with the process, several times during the long day when I dealt with it they told me that this year the procedure was much more complicated and that they were fed up with it because everybody had difficulties.",
        due=None,
        vague=False,
        said="2001-02-21 11:13:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL01,
        published="2001-02-21",
    ),
    # a question asking for an assurance about next year: due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give the end of 2002 ('next year')
    B(
        text="Can my noble friend assure the House that the process will be simple enough to enable all of us to do the self-assessment next year without having to rely on accountants?",
        due=None,
        vague=False,
        said="2001-02-21 11:13:00",
        tz="Europe/London",
        cluster=1,
        source=_HL01,
        published="2001-02-21",
    ),
    # UK Parliament (House of Commons oral answers of Tuesday 20 January 1970 on the Estimates Committee's report on the Inland Revenue (the address names it 'inland-revenue-estimates-committees'), on api.parliament.uk historic Hansard; Open Parliament Licence); zone Europe/London, which in January 1970 kept British Standard Time (UTC+1 all year, as zoneinfo gives); the page gives the date and no hour: said 20 January 1970 10:00 local (09:00 UTC). The question line (no time word of its own), the speaker tags and the sentences without a time word are not taken. the Chancellor's own undertaking 'as soon as possible': vague, 60 days, 21 March 1970 end of day local (CONVENTIONS 5.1)
    B(
        text="I have not yet completed my consideration of the Estimates Committee's Report, but I shall present a White Paper as soon as possible.",
        due="1970-03-21 22:59:59",
        vague=True,
        said="1970-01-20 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC70,
        published="1970-01-20",
    ),
    # a question about a time hung on the Budget, which the sentence does not date: due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give 'event' (before the undated Budget, CONVENTIONS 1.3)
    B(
        text="Can my right hon. Friend say whether the reply of the Treasury will be available before the Budget, so that we might have a debate on the report before the Budget?",
        due=None,
        vague=False,
        said="1970-01-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC70,
        published="1970-01-20",
    ),
    # the speaker's intention put modestly ('I certainly hope to be able to present ... as soon as possible') stays dated (CONVENTIONS 4.3): vague, 60 days, 21 March 1970 end of day local; the hedged 'might be before the Budget' is a guess hung on an undated event and sets nothing. unsure: a careful reader could give 'event' (before the Budget) or due None (a hope)
    B(
        text="I certainly hope to be able to present the White Paper as soon as possible, and I hope that that might be before the Budget.",
        due="1970-03-21 22:59:59",
        vague=True,
        said="1970-01-20 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC70,
        published="1970-01-20",
    ),
    # Home Office (the department's GOV.UK blog 'Home Office in the media', post of Friday 17 March 2017; Crown copyright under the OGL, on homeofficemedia.blog.gov.uk); zone Europe/London (GMT); the page gives the date and no hour: said 17 March 2017 10:00. The title and the minister's quoted sentences without a time word are not taken. rules laid 'yesterday', done: past
    B(
        text="Home Office related news includes coverage of the changes to the Immigration Rules laid in Parliament yesterday by Immigration Minister Robert Goodwill.",
        due=None,
        vague=False,
        said="2017-03-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO17,
        published="2017-03-17",
    ),
    # '12 months', '90' and '30 days' are periods of a standing rule for every migrant: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (the change itself is given no date)
    B(
        text="Both newspapers also note that the Home Office is reducing the length of time a migrant can overstay their visa before being barred from re-entering the country for 12 months from 90 to 30 days.",
        due=None,
        vague=False,
        said="2017-03-17 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HO17,
        published="2017-03-17",
    ),
    # announced 'yesterday', done: past
    B(
        text="The changes to the Immigration Rules were announced through a Written Ministerial Statement yesterday and a comment from the Immigration Minister can be found below.",
        due=None,
        vague=False,
        said="2017-03-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO17,
        published="2017-03-17",
    ),
    # Department for Culture, Media and Sport (press release 'Government secures future of UK Youth Parliament', issued on Tuesday 21 May 2024, as carried by ukpol.co.uk's DCMS tag page 11 with its GOV.UK text; Crown copyright under the OGL); zone Europe/London (BST); the page gives the date and no hour: said 21 May 2024 10:00 BST. The title, the date line, the bullets and sentences without a time word, the sentence whose only time words are general ('regularly', 'annual') and 'Since 2011', cut off where the stored text ends, are not taken. the body is to run the UKYP for the year 2024/25, a GB year ending 31 March 2025 (fiscal years as in blind_real.py), a state kept to the period's end (CONVENTIONS 3.3): 31 March 2025 end of day BST. unsure: a careful reader could give due None (an appointment made, no undertaking of a time) or the end of a youth-work or academic year in summer 2025
    B(
        text="Government appoints the National Youth Agency as the new body to run the UK Youth Parliament (UKYP) for 2024/25.",
        due="2025-03-31 22:59:59",
        vague=False,
        said="2024-05-21 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DCMS24,
        published="2024-05-21",
    ),
    # as the title line: the UKYP run for 2024/25, to 31 March 2025 end of day BST (CONVENTIONS 3.3). unsure: the same other readings as the case before
    B(
        text="Young people across the UK will continue to have their say on the issues that matter most to them, following the announcement that the Government has appointed the National Youth Agency (NYA) as the new body to run the UK Youth Parliament (UKYP) for 2024/25.",
        due="2025-03-31 22:59:59",
        vague=False,
        said="2024-05-21 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DCMS24,
        published="2024-05-21",
    ),
    # '25 years ago' told of the past (ages 11 to 18 are no time): past
    B(
        text="Established 25 years ago, the UKYP is made up of more than 300 young people aged between 11 and 18 years, elected as Members of Youth Parliament (MYPs) to represent the views of their peers.",
        due=None,
        vague=False,
        said="2024-05-21 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DCMS24,
        published="2024-05-21",
    ),
    # elections 'every two years', a standing schedule: recurring (CONVENTIONS 1.3)
    B(
        text="Young people vote for their MYPs in elections every two years, which are held in over 70% of constituencies, and often in schools.",
        due=None,
        vague=False,
        said="2024-05-21 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DCMS24,
        published="2024-05-21",
    ),
    # 2023, told of the past: past
    B(
        text="In 2023, the UKYP launched its campaign for Universal Free School Meals.",
        due=None,
        vague=False,
        said="2024-05-21 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DCMS24,
        published="2024-05-21",
    ),
    # the 2023 sitting, told of the past: past
    B(
        text="The campaign was then used as the basis for the UKYP House of Commons sitting in 2023, where young people debated five key topics under the topic of Free School Meals.",
        due=None,
        vague=False,
        said="2024-05-21 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DCMS24,
        published="2024-05-21",
    ),
    # Department for Culture, Media and Sport (press release 'Review of British Tourist Authority underway', issued on Thursday 18 May 2023, as carried by ukpol.co.uk's DCMS tag page 24 with its GOV.UK text; Crown copyright under the OGL); zone Europe/London (BST); the page gives the date and no hour: said 18 May 2023 10:00 BST. The title, the date line, the bullets and sentences without a time word and the minister's sentence cut off where the stored text ends are not taken. the programme launched in 2022, told of the past: past
    B(
        text="The review is part of a larger, annual cross-government assessment programme launched by the Cabinet Office in 2022 to continuously evaluate if public organisations are meeting their objectives and effectively delivering results for taxpayers.",
        due=None,
        vague=False,
        said="2023-05-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DCMS23,
        published="2023-05-18",
    ),
    # Ofwat (press statement on average bills for 2025-26 (the address names it 'average bills 202526 press statement'), Thursday 30 January 2025, as carried by wired-gov.net; Crown copyright under the OGL); zone Europe/London (GMT); the address gives the hour 16:05: said 30 January 2025 16:05. The attribution line and sentences without a time word (or only 'now') are not taken. the increase told for the charging year 2025/26, a GB year ending 31 March 2026: 31 March 2026 end of day BST. unsure: a careful reader could give due None (a forecast figure, no undertaking) or 'earliest' (bills rise from 1 April 2025)
    B(
        text="While water bills will vary depending on the circumstances of each household, the average increase forecasted for 2025/26 will be 26% or £123.",
        due="2026-03-31 22:59:59",
        vague=False,
        said="2025-01-30 16:05:00",
        tz="Europe/London",
        cluster=4,
        source=_OFWAT25,
        published="2025-01-30",
    ),
    # the doubling of support is to run over the next five-year period from the moment of speaking: due five years on, 30 January 2030 end of day GMT (CONVENTIONS 1.1). unsure: a careful reader could give the end of the 2025-30 price-control period (31 March 2030) or 'past' ('have pushed')
    B(
        text="We have pushed companies to double the amount of support over the next five-year period and strongly encourage customers who are struggling to pay their water bills to contact their water company to access this.",
        due="2030-01-30 23:59:59",
        vague=False,
        said="2025-01-30 16:05:00",
        tz="Europe/London",
        cluster=4,
        source=_OFWAT25,
        published="2025-01-30",
    ),
    # the investment over the next five years: 30 January 2030 end of day GMT (CONVENTIONS 1.1). unsure: a careful reader could give 31 March 2030 (the end of the price-control period the five years are)
    B(
        text="While bills are rising, the £104bn investment we have approved over the next five years will accelerate the delivery of cleaner rivers and seas and help to secure long-term drinking water supplies for customers.",
        due="2030-01-30 23:59:59",
        vague=False,
        said="2025-01-30 16:05:00",
        tz="Europe/London",
        cluster=4,
        source=_OFWAT25,
        published="2025-01-30",
    ),
    # Department for Transport (press release 'Government launches review of DVLA to strengthen agency for the future', Tuesday 25 July 2023, as carried by wired-gov.net; Crown copyright under the OGL); zone Europe/London (BST); the address gives the hour 16:10: said 25 July 2023 16:10 BST. The summary line, sentences without a time word and the one whose only time word is 'now' are not taken. the perfect 'has today ... launched': done, past (CONVENTIONS 2.4)
    B(
        text="The government has today (25 July 2023) launched an independent review of the Driver and Vehicle Licensing Agency (DVLA) so that it can continue to provide excellent customer-focused digital services to keep drivers and vehicles on the road simply, safely and efficiently.",
        due=None,
        vague=False,
        said="2023-07-25 15:10:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT23,
        published="2023-07-25",
    ),
    # the only set time, 2022-23, is told of the past ('annually' is general): past. unsure: a careful reader could give 'recurring' (the yearly collection)
    B(
        text="DVLA also collects £7 billion in vehicle excise duty (VED) annually on behalf of HM Treasury and is a net contributor to government finances, raising more than £260 million in 2022-23 for HM Treasury and the Department for Transport (DfT) through the sale and processing of personalised registrations and transfers.",
        due=None,
        vague=False,
        said="2023-07-25 15:10:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT23,
        published="2023-07-25",
    ),
    # told as going to happen ('is expected to conclude'); 'this winter' said in July is the coming meteorological winter, December 2023 to February 2024: 29 February 2024 end of day GMT. unsure: a careful reader could give due None (an expectation, CONVENTIONS 4.3 guess)
    B(
        text="The review is expected to conclude this winter.",
        due="2024-02-29 23:59:59",
        vague=False,
        said="2023-07-25 15:10:00",
        tz="Europe/London",
        cluster=4,
        source=_DFT23,
        published="2023-07-25",
    ),
    # Driver and Vehicle Standards Agency (GOV.UK guidance on the MOT changes of 20 May 2018, as carried by northern-assessors.co.uk in its post 'MOT rule changes: 20 May 2018' of 21 March 2018; Crown copyright under the OGL); zone Europe/London (GMT); the post gives the date and no hour: said 21 March 2018 10:00. The title, the numbered headings, list items without a time word and sentences without a time word are not taken. the new test taking effect on a date: due that day, 20 May 2018 end of day BST (CONVENTIONS 3.1, 3.1a)
    B(
        text="The way that the MOT test works in England, Scotland and Wales will change from Sunday 20 May 2018.",
        due="2018-05-20 22:59:59",
        vague=False,
        said="2018-03-21 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DVSA18,
        published="2018-03-21",
    ),
    # a list item: 1 September 2009 names the vehicles by a first use in the past: past. unsure: a careful reader could give 'recurring' (the scope of a standing check)
    B(
        text="reversing lights on vehicles first used from 1 September 2009",
        due=None,
        vague=False,
        said="2018-03-21 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA18,
        published="2018-03-21",
    ),
    # a list item, as the one before: past. unsure: 'recurring'
    B(
        text="headlight washers on vehicles first used from 1 September 2009 (if they have them)",
        due=None,
        vague=False,
        said="2018-03-21 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA18,
        published="2018-03-21",
    ),
    # a list item: 1 March 2018 is past, but the first MOT 'in 2021' is told as going to happen: 31 December 2021 end of day GMT. unsure: a careful reader could give 'recurring' (the first MOT at three years is a standing rule)
    B(
        text="daytime running lights on vehicles first used from 1 March 2018 (most of these vehicles will have their first MOT in 2021 when they’re 3 years old)",
        due="2021-12-31 23:59:59",
        vague=False,
        said="2018-03-21 10:00:00",
        tz="Europe/London",
        precision="year",
        cluster=6,
        source=_DVSA18,
        published="2018-03-21",
    ),
    # Driver and Vehicle Standards Agency (GOV.UK guidance on the MOT changes, as carried by mtechgarage.co.uk in its post 'Overview of MOT changes from May 2018' of 22 May 2018; Crown copyright under the OGL); zone Europe/London (BST); the post gives the date and no hour: said 22 May 2018 10:00 BST. The title, the video note, the table's category words and sentences without a time word (or only 'in the future') are not taken. changed on 20 May, done: past
    B(
        text="The way that the MOT test works in England, Scotland and Wales changed on 20 May 2018.",
        due=None,
        vague=False,
        said="2018-05-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA18B,
        published="2018-05-22",
    ),
    # a table cell: the standing instruction for every major defect: recurring (CONVENTIONS 1.3). unsure: a careful reader could give vague, 7 days (CONVENTIONS 5.1)
    B(
        text="Repair it immediately.",
        due=None,
        vague=False,
        said="2018-05-22 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DVSA18B,
        published="2018-05-22",
    ),
    # a table cell: the standing instruction for every minor defect: recurring (CONVENTIONS 1.3). unsure: a careful reader could give vague, 60 days (CONVENTIONS 5.1)
    B(
        text="Repair as soon as possible.",
        due=None,
        vague=False,
        said="2018-05-22 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DVSA18B,
        published="2018-05-22",
    ),
    # changed on 20 May, done: past
    B(
        text="The MOT inspection manual changed on 20 May 2018.",
        due=None,
        vague=False,
        said="2018-05-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA18B,
        published="2018-05-22",
    ),
    # Department for Education (GOV.UK update notes as copied on the Surrey governance site's DfE page; Crown copyright under the OGL, the page saying the information is from the DfE); zone Europe/London (BST); each item is read at its own stamp: this one 'updated 6:57pm, 11 May 2020' (said 11 May 2020 18:57 BST). Item titles, stamps, summaries without a time word and Surrey's own closing lines are not taken. the note tells of information already added: past. unsure: a careful reader could give 1 June 2020 end of day (the wider opening, CONVENTIONS 3.1)
    B(
        text="Added information for parents and carers about the wider opening to nurseries, schools and colleges from 1 June.",
        due=None,
        vague=False,
        said="2020-05-11 17:57:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE20,
        published="2020-05-12",
    ),
    # no stamp of its own; read at the next stamp on the page, 'updated 7:21pm, 11 May 2020' (said 11 May 2020 19:21 BST). a link already added: past. unsure: a careful reader could give 1 June 2020 end of day (CONVENTIONS 3.1)
    B(
        text="Added a link to information about opening schools and educational settings to more pupils from 1 June.",
        due=None,
        vague=False,
        said="2020-05-11 18:21:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE20,
        published="2020-05-12",
    ),
    # the summary line before the stamp 'updated 7:21pm, 11 May 2020' (said 11 May 2020 19:21 BST; the stamp itself is not quoted). 'from 1 June at the earliest': only a lower bound, earliest 1 June 2020 00:00 BST (CONVENTIONS 3.2)
    B(
        text="Schools, colleges and nurseries to begin to prepare to open to more young people from 1 June at the earliest, with protective measures in place",
        due=None,
        vague=False,
        said="2020-05-11 18:21:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2020-05-31 23:00:00",
        cluster=5,
        source=_DFE20,
        published="2020-05-12",
    ),
    # read at its stamp 'updated1:11pm, 12 May 2020' (said 12 May 2020 13:11 BST). the financial year 2019 to 2020 ended on 31 March 2020: past
    B(
        text="Spending over £25,000 by the Department for Education (DfE) and its executive agencies during the financial year 2019 to 2020.",
        due=None,
        vague=False,
        said="2020-05-12 12:11:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE20,
        published="2020-05-12",
    ),
    # Department for Education (GOV.UK publication summaries as gathered in GovernorSpace's 'Weekly DfE Publications W/C 11.02.2019'; Crown copyright under the OGL); zone Europe/London (GMT); the page dates the week and not the items: read on Friday 15 February 2019 10:00, and no label depends on the day within that week. Titles, type words and summaries without a time word (the Education Act year only names an Act) are not taken. the 2017 to 2018 academic year, ended: past
    B(
        text="It covers higher education entry in the 2017 to 2018 academic year.",
        due=None,
        vague=False,
        said="2019-02-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE19,
        published="2019-02-15",
    ),
    # '3 batches each year', a standing schedule: recurring (CONVENTIONS 1.3)
    B(
        text="The Higher Education Statistics Agency (HESA) publishes performance indicators for higher education in 3 batches each year, on behalf of the 4 UK funding bodies.",
        due=None,
        vague=False,
        said="2019-02-15 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DFE19,
        published="2019-02-15",
    ),
    # two months given in turn, the later counts (CONVENTIONS 6.2): July 2019, 31 July end of day BST
    B(
        text="Further instalments will follow in March and July.",
        due="2019-07-31 22:59:59",
        vague=False,
        said="2019-02-15 10:00:00",
        tz="Europe/London",
        precision="month",
        cluster=3,
        source=_DFE19,
        published="2019-02-15",
    ),
    # Federal Aviation Administration (Federal Register notice of meeting, Research, Engineering and Development Advisory Committee, FR Doc. 03-22061, published Thursday 28 August 2003, as carried by frnow.com; US federal work, public domain); zone America/New_York (EDT); the page gives the date and no hour: said 28 August 2003 10:00 EDT. The headings, the 'Place' line, the sentence whose only time words are 'at any time' and the 'Issued ... on August 25, 2003' date line are not taken. two days of 9 a.m. to 5 p.m.: the schedule falls due at its end, 18 September 17:00 EDT (CONVENTIONS 6.1)
    B(
        text="Time and Date: September 17-9 a.m.-5 p.m. September 18-9 a.m.-5 p.m.",
        due="2003-09-18 21:00:00",
        vague=False,
        said="2003-08-28 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FAA03,
        published="2003-08-28",
    ),
    # the 'Purpose:' label is left off the quote. a range of one day: its later end, 17 September 17:00 EDT (CONVENTIONS 6.1)
    B(
        text="On September 17 from 9 a.m. to 5 p.m. will be a joint meeting with NASA's Revolutionize Aviation Subcommittee.",
        due="2003-09-17 21:00:00",
        vague=False,
        said="2003-08-28 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FAA03,
        published="2003-08-28",
    ),
    # 18 September 9 a.m. to 5 p.m.: 17:00 EDT (CONVENTIONS 6.1)
    B(
        text="On September 18 from 9 a.m. to 5 p.m. the meeting agenda will include receiving from the Committee guidance for FAA's research and development investments in the areas of air traffic services, airports, aircraft safety, human factors and environment and energy.",
        due="2003-09-18 21:00:00",
        vague=False,
        said="2003-08-28 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FAA03,
        published="2003-08-28",
    ),
    # Federal Aviation Administration (Federal Register notice, RTCA Government/Industry Air Traffic Management Advisory Committee, FR Doc. 2010-11720, published Monday 17 May 2010, as carried by federalregister.com; public domain); zone America/New_York (EDT); the page gives the date and no hour: said 17 May 2010 10:00 EDT. Headings, addresses, contact lines, the FR date line and agenda items without a time word are not taken. a meeting of one day, 10 a.m. to 1 p.m.: its later end, 3 June 13:00 EDT (CONVENTIONS 6.1)
    B(
        text="The meeting will be held June 3, 2010, from 10 a.m. to 1 p.m.",
        due="2010-06-03 17:00:00",
        vague=False,
        said="2010-05-17 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FAA10,
        published="2010-05-17",
    ),
    # Federal Transit Administration (summaries of its 2018 Federal Register documents as listed on regulations.justia.com; public domain); zone America/New_York; this item is the rule 'Prevention of Alcohol Misuse and Prohibited Drug Use in Transit Operations' dated 2018-12-12 on the listing (EST): said 12 December 2018 10:00 EST. The other items on the page hold no time word of their own; titles, document numbers, type and date lines are not taken. the raised rate holds for the calendar year 2019, a period falling due at its end: 31 December 2019 end of day EST. unsure: a careful reader could give 1 January 2019 end of day (the higher rate taking effect, CONVENTIONS 3.1a)
    B(
        text="The Federal Transit Administration (FTA) is increasing the minimum random drug testing rate from 25 percent to 50 percent in calendar year 2019 for employers subject to the FTA's drug and alcohol rule.",
        due="2020-01-01 04:59:59",
        vague=False,
        said="2018-12-12 15:00:00",
        tz="America/New_York",
        precision="year",
        cluster=4,
        source=_FTA18,
        published="2018-12-12",
    ),
    # a rate kept through calendar year 2019: due at its end, 31 December 2019 end of day EST (CONVENTIONS 3.3)
    B(
        text="The minimum random alcohol testing rate will remain at 10 percent for calendar year 2019.",
        due="2020-01-01 04:59:59",
        vague=False,
        said="2018-12-12 15:00:00",
        tz="America/New_York",
        precision="year",
        cluster=4,
        source=_FTA18,
        published="2018-12-12",
    ),
    # Environmental Protection Agency (Federal Register notice, Science Advisory Board Staff Office, FR Doc. 05-502, published Tuesday 11 January 2005, on edocket.access.gpo.gov; public domain); zone America/New_York (EST); the page gives the date and no hour: said 11 January 2005 10:00 EST. The 'DATES:' label is left off the quote; the FR date line and the names of the multi-year plans (a year naming a report) are not taken. a meeting from 1 to 3 pm: its later end, 26 January 15:00 EST (CONVENTIONS 6.1)
    B(
        text="January 26, 2005, 1-3 pm (Eastern Time).",
        due="2005-01-26 20:00:00",
        vague=False,
        said="2005-01-11 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EPA05A,
        published="2005-01-11",
    ),
    # Environmental Protection Agency (Federal Register proposed rule, notice of hearing and extension of comment period, 'Hazardous Air Pollutant List; Proposed Modification', FR Doc. 95-29112, published Tuesday 28 November 1995, as carried by federal.elaws.us; public domain); zone America/New_York (EST); the page gives the date and no hour: said 28 November 1995 10:00 EST. The stored lines are joined with spaces; the 'SUMMARY:' and 'DATES:' labels are left off; the FR date line and the last 'DATES' sentence, broken by a '[[Page 58590]]' marker, are not taken. the hearing on 7 December (the September publication is past and not the pledge): 7 December 1995 end of day EST
    B(
        text="EPA will hold a hearing in Columbia, South Carolina on December 7, 1995 concerning the proposed rule to amend the list of hazardous air pollutants (HAPs) in Clean Air Act section 112(b)(1) by removing the compound caprolactam (CAS No. 105-60-2), which was published in the Federal Register on September 18, 1995 (60 FR 48081).",
        due="1995-12-08 04:59:59",
        vague=False,
        said="1995-11-28 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA95,
        published="1995-11-28",
    ),
    # the docket kept open until 8 January: due that day, 8 January 1996 end of day EST (CONVENTIONS 3.3; the hearing date is earlier)
    B(
        text="In addition, EPA will keep the public docket open until January 8, 1996, to permit submission of supplementary or rebuttal information concerning the matters presented at the hearing to be held on December 7, 1995.",
        due="1996-01-09 04:59:59",
        vague=False,
        said="1995-11-28 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA95,
        published="1995-11-28",
    ),
    # comments by 5 December: 5 December 1995 end of day EST
    B(
        text="All written and electronic comments concerning the proposed rule to remove caprolactam from the HAP list, as published on September 18, 1995, must be received by EPA no later than December 5, 1995.",
        due="1995-12-06 04:59:59",
        vague=False,
        said="1995-11-28 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA95,
        published="1995-11-28",
    ),
    # 7 December at 6 P.M. EST: 23:00 UTC (CONVENTIONS 3.1; '7401' is a street number)
    B(
        text="The hearing will be held on December 7, 1995 at 6 P.M. EST at Irmo Elementary School auditorium, 7401 Gibbes Street, Irmo, South Carolina.",
        due="1995-12-07 23:00:00",
        vague=False,
        said="1995-11-28 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EPA95,
        published="1995-11-28",
    ),
    # Environmental Protection Agency (Federal Register notice, 'Public Hearing and Extension of Public Comment Period for Proposed Rule To Implement the Fine Particle National Ambient Air Quality Standards', FR Doc. 05-22694, published Tuesday 15 November 2005, as carried by federal.elaws.us; public domain); zone America/New_York (EST); the page gives the date and no hour: said 15 November 2005 10:00 EST. Labels ('SUMMARY:', 'DATES:'), headings and sentences without a time word are not taken. the hearing on 30 November: 30 November 2005 end of day EST
    B(
        text="The EPA is announcing that a public hearing for the proposed rule to implement the fine particle national ambient air quality standards (NAAQS) will be held on November 30, 2005 in Washington, DC.",
        due="2005-12-01 04:59:59",
        vague=False,
        said="2005-11-15 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA05B,
        published="2005-11-15",
    ),
    # published on 1 November, done: past
    B(
        text="The proposed rule was published in the Federal Register on November 1, 2005 (70 FR 65984) and is also available at http://www.epa.gov/pmdesignations.",
        due=None,
        vague=False,
        said="2005-11-15 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA05B,
        published="2005-11-15",
    ),
    # a clock time with no day of its own in the sentence: the first 9 a.m. after the moment of speaking, 16 November 09:00 EST (CONVENTIONS 6.3). page: 30 November 2005 09:00 EST
    B(
        text="The hearing will be at the Capitol Hilton Hotel in Washington, DC and will begin at 9 a.m.",
        due="2005-11-16 14:00:00",
        vague=False,
        said="2005-11-15 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EPA05B,
        published="2005-11-15",
    ),
    # the comment period extended to 31 January: 31 January 2006 end of day EST
    B(
        text="The EPA is also extending the public comment period for this proposed rule to January 31, 2006.",
        due="2006-02-01 04:59:59",
        vague=False,
        said="2005-11-15 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA05B,
        published="2005-11-15",
    ),
    # 30 November 2005 end of day EST
    B(
        text="The public hearing will be held on November 30, 2005.",
        due="2005-12-01 04:59:59",
        vague=False,
        said="2005-11-15 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA05B,
        published="2005-11-15",
    ),
    # 31 January 2006 end of day EST
    B(
        text="The public comment period for this proposed rule is extended to January 31, 2006.",
        due="2006-02-01 04:59:59",
        vague=False,
        said="2005-11-15 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA05B,
        published="2005-11-15",
    ),
    # opening hours on every weekday, a standing schedule: recurring (CONVENTIONS 1.3; '1301' is a street number)
    B(
        text="Documents relevant to this action are available for public inspection at the EPA Docket Center, located at 1301 Constitution Avenue, NW., Room B102, Washington, DC between 8:30 a.m. and 4:30 p.m., Monday through Friday, excluding legal holidays.",
        due=None,
        vague=False,
        said="2005-11-15 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_EPA05B,
        published="2005-11-15",
    ),
    # US Coast Guard (Federal Register notice of deviation from drawbridge regulation, St. Johns River, Jacksonville, FL, FR Doc. 2017-02456, published Tuesday 7 February 2017, on gpo.gov; public domain); zone America/New_York (EST); the page gives the date and no hour: said 7 February 2017 10:00 EST. The 'DATES:' label is left off the quote; headings, the docket address line, sentences without a time word and the sentence cut off where the stored text ends are not taken. a deviation in force to 6 p.m. on 10 February (it began before the moment of speaking): the range falls due at its later end, 10 February 18:00 EST (CONVENTIONS 3.3, 6.1)
    B(
        text="This deviation is effective from 7 a.m. on January 11, 2017 to 6 p.m. on February 10, 2017.",
        due="2017-02-10 23:00:00",
        vague=False,
        said="2017-02-07 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CG17,
        published="2017-02-07",
    ),
)
