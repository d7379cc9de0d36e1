"""A HUNDRED-AND-TWENTY-SECOND fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the evening (the machine's clock read 20:55 at the
start and about 21:05 when the labels were written), by a labelling helper (branch issue12l122-s50)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 50, whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full (rules 3.1a, 6.3 and 6.4 among them), the
docstring, comments, some cases and README section of `blind_fresh121.py`, and the top docstring of
the parser package only (the vague windows, "early / mid / late" as thirds of a period, weeks running
Monday to Sunday, "<weekday>" as the next such day on or after the reference day, a range falling
due at its later end); nothing else of `bot/core/deadlines/` was opened. The brief asked for UK
government departments and agencies under the Open Government Licence, English and Welsh councils
with an OGL statement, the UK Parliament (Open Parliament Licence), Irish bodies with their own CC BY
statement (Revenue, Citizens Information) and, for no more than a quarter, US federal agencies; at
least eight publishers, none above a fifth of the cases.

The set quotes the UK Parliament (Lords 'back to business' items of 5 September 2011 and 7 October
2016, and the Commons Liaison Committee's inquiry launch of 18 January 2019), the Citizens
Information Board (its 'What's new' archive of September 2022 and a statement of 30 August 2018), the
Revenue Commissioners (eBriefs 75/16 of August 2016 and Issue 17 of March 2012 as reproduced by
Chartered Accountants Ireland's TaxSource, and eBrief 181/24 of July 2024 on revenue.ie), the Office
of Rail and Road (a consultation page on gov.uk, outcome of 28 July 2023), Companies House (a
COVID-19 support release of March 2020 carried by government-world.com), HM Treasury (a press release
of 17 August 2022 carried by ukpol.co.uk), the Department for International Trade (a music exports
release of January 2018 carried by a gov.uk press-release feed), FEMA (a Hurricane Irene registration
extension of October 2011 carried by the Cape May County Herald) and the U.S. Fish and Wildlife
Service (a release on wolf hearings of October 2013 carried by agproud.com): 70 cases from 9
publishers (the UK Parliament 14; the Citizens Information Board 14; the Revenue Commissioners 12; the
Office of Rail and Road 10; Companies House 7; the Fish and Wildlife Service 4; HM Treasury 3; the
Department for International Trade 3; FEMA 3). 7 of the 70 (10.0%) are from the United States; 63
are not. No council page was taken: the council pages the searches offered (Tower Hamlets, South
Oxfordshire, New Forest, County Durham) showed no OGL statement of their own for such pages.

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a season, a
period, a span, a year, "now", "currently", "today", "so far", "to date", "temporarily", "at the
moment", "at this time", "shortly", "the first time", "timescales", "timelines", "In parallel", "up
to date", "as up to date as possible"); the sentences of the openings read that hold none were skipped, as were titles, headings,
date lines, tables, a footnote line ("* as per 2010 or subsequent F11"), contact lines, sentences cut
off by the end of an opening and words of the carrying sites themselves (ukpol.co.uk's heading line,
the Herald's closing line, the TaxSource preface). List items and a line ending in a colon were taken
as they stand; no word was changed (curly and straight quotation marks stay as the pages have them).
The sentences were found with a search over stored copies of public pages and taken as they came in
the openings the search returns, in page order; where a publisher offered more than a fifth of the
set allowed, the first ones in page order were kept (the Lords item of 7 October 2016 after its
first sentence; the Citizens Information Board statement after its third time sentence). See
README.md ("Hundred-and-twenty-second fresh blind set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was
checked with the lead's `fresh_check.py` (the address and, for most, a distinctive phrase of the
page) and claimed (`fresh122`) in `/work/helper-brief/claims.txt` before its quotes were kept; many
pages were found used and dropped (README.md lists them). Every sentence was then checked whole with
the same tool (skipping this file): one, a Companies House sentence on the 3-month extension
("... will be automatically and immediately granted an extension"), was found used (stock wording) and
dropped, and the release's next sentence with a time word ("up to date") was taken in its place. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for the UK Parliament and the UK
departments and agencies, Europe/Dublin for the Irish bodies, America/New_York for FEMA's release and
the Fish and Wildlife Service); the conversion of local instants to UTC wall time, weekdays and day
counts were done with Python's zoneinfo and datetime in a scratch script outside the repository,
never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh121.py`: the publication date at 10:00 local time unless the page gives an hour, and
where a page carries no date in its opening, the one its words or other facts give (each page's first
comment says which and why); a day falls due at 23:59:59 local; a month at the end of its last day;
a range or a list falls due at its later end (CONVENTIONS 6.1); a clock time with no day of its own
is the first such time after the moment of speaking (CONVENTIONS 6.3); a date of effect or a dated
event is due then (CONVENTIONS 3.1, 3.1a); a window kept open until a date falls due then
(CONVENTIONS 3.3); done acts are past (CONVENTIONS 2.4); standing limits ("12 weeks in advance of
trains running", "3-month extension", daily telephone hours) are recurring and limits run from an
undated event ("from the due date of the Form CT1", "3 months after the CT1 due date") event
(CONVENTIONS 1.3); a payment given only its start is earliest (CONVENTIONS 3.2); a decision not
to proceed "at this time" is negated (CONVENTIONS 4.1); "shortly" as an undertaking is vague, 60 days
(CONVENTIONS 5.1); refusals have `due=None` and a `refusal` kind; a sentence whose time words set no
time for any act ("now available", "currently", "temporarily", "the time they need", "the first
time") has `due=None` and no refusal word (17 such). No sentence holds nights of work (CONVENTIONS 6.4
decides none). Clusters as in `blind_fresh121.py`: 1 no time set, 2 clock times, 3 ranges and several
dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 31 labels are
refusals (past 15, recurring 8, event 6, earliest 1, negated 1), 2 are vague; 22 labels carry a due
instant; 10 are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HL11 = (
    "https://webtest.parliament.uk/business/news/news-by-year/2011/september/lords-back-to-business"
)
_LIA19 = "https://committees.parliament.uk/committee/103/liaison-committee/news/105385/committee-system-effectiveness-launch-17-19/"
_HL16 = "https://www.parliament.uk/business/news/2016/october/house-of-lords-back-to-business/"
_CIWN = "https://whatsnew.citizensinformation.ie/2022/09/"
_CIBN = "https://www.citizensinformationboard.ie/en/news/2018/news20180830.html"
_REV16 = "https://www.charteredaccountants.ie/taxsource/1997/en/act/pub/0039/eb/sec0884-6-eb.html"
_REV12 = "http://ise70.compuscript.ie/icai/20200808/full/out/tax/1997/en/act/pub/0039/eb/sec0917EA-9-eb.html"
_REV24 = "https://revenue.ie/en/tax-professionals/ebrief/2024/no-1812024.aspx"
_HMT22 = "https://www.ukpol.co.uk/category/press-releases/page/1245"
_DIT18 = "https://pulse.assent1.com/category/sources/gov-press-releases/page/886"
_ORR23 = "https://gov.uk/government/consultations/modifying-timetable-publication-in-network-rails-licence"
_CH20 = "http://government-world.com/tag/hm-government/page/3682/?print=print-search"
_FEMA11 = "https://capemaycountyherald.com/article/community-fema-extends-new-jersey-deadline-to-register-for-disaster-assistance-article_8c769df2-f9ea-5e8f-89b0-8947a6ebf3e7-html/"
_FWS13 = "https://agproud.com/articles/50786-feds-extend-comment-period-on-wolf-listing-proposals"

FRESH122_CASES: tuple[BlindCase, ...] = (
    # UK Parliament, 'House of Lords back to business' news item of 5 September 2011 (Monday), on webtest.parliament.uk (Open Parliament Licence); zone Europe/London (BST), said at 10:00 local on the day of the item's date line. 'today' on the act as it is told, present tense: due at the end of that day (CONVENTIONS 2.1) [local due 2011-09-05 23:59:59]
    B(
        text="Parliamentary business resumes in the House of Lords today.",
        due="2011-09-05 22:59:59",
        vague=False,
        said="2011-09-05 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL11,
        published="2011-09-05",
    ),
    # the same item: a clock time with no day of its own in the sentence ('today' is in the sentence before): the first 2.30pm after the moment of speaking, 5 September 14:30 BST (CONVENTIONS 6.3; page: the same day)
    B(
        text="The new Lord Speaker, Baroness D’Souza, will preside over business in the chamber for the first time when the House sits at 2.30pm.",
        due="2011-09-05 13:30:00",
        vague=False,
        said="2011-09-05 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL11,
        published="2011-09-05",
    ),
    # the same item: 'for the first time' counts occasions and sets no time for the act (the sitting day is in no part of this sentence): due None, no refusal word
    B(
        text="Lord Laming will sit in the chamber as the new Convenor of the Crossbench Peers for the first time.",
        due=None,
        vague=False,
        said="2011-09-05 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL11,
        published="2011-09-05",
    ),
    # the same item: questions on Monday (the reference day itself, 5 September) and Thursday (8 September): a list falls due at its latest day (CONVENTIONS 6.1); 'during the summer recess' is the subject of a question, not a time of the act [local due 2011-09-08 23:59:59]
    B(
        text="Among other tabled questions, the Government will be asked about the steps it is taking to prevent the spread of HIV and AIDS in the UK (Monday); the arrangements to ensure appropriate ministerial cover during the summer recess (Monday); and the computerisation of NHS records (Thursday).",
        due="2011-09-08 22:59:59",
        vague=False,
        said="2011-09-05 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HL11,
        published="2011-09-05",
    ),
    # the same item: the question is down for Tuesday, 6 September: due at the end of that day [local due 2011-09-06 23:59:59]. unsure: a careful reader could read the perfect 'has tabled' as a done act (past, CONVENTIONS 2.4); the bracketed day belongs to the asking, which is still to come
    B(
        text="Lord Barnett has tabled a question on the change in public expenditure in the Chancellor of the Exchequer’s deficit reduction plan (Tuesday).",
        due="2011-09-06 22:59:59",
        vague=False,
        said="2011-09-05 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL11,
        published="2011-09-05",
    ),
    # the same item: 'Monday' is the next Monday on or after the reference day, which is Monday 5 September itself (parser docstring); a one-off event on a day is due then (CONVENTIONS 3.1) [local due 2011-09-05 23:59:59]
    B(
        text="The Localism Bill begins its report stage on Monday.",
        due="2011-09-05 22:59:59",
        vague=False,
        said="2011-09-05 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL11,
        published="2011-09-05",
    ),
    # the same item: second reading on Tuesday, 6 September (CONVENTIONS 3.1) [local due 2011-09-06 23:59:59]
    B(
        text="The Scotland Bill will have its second reading on Tuesday.",
        due="2011-09-06 22:59:59",
        vague=False,
        said="2011-09-05 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL11,
        published="2011-09-05",
    ),
    # the same item: the only time is the report's publication in 2009, a done act: past (CONVENTIONS 2.4)
    B(
        text="The Bill makes changes to the devolution settlement for Scotland and gives effect to the recommendations as set out in the Calman Commission report on Scottish Devolution, published in 2009.",
        due=None,
        vague=False,
        said="2011-09-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL11,
        published="2011-09-05",
    ),
    # the same item: the debate on Thursday, 8 September (CONVENTIONS 3.1) [local due 2011-09-08 23:59:59]
    B(
        text="Members of the Lords will debate the Commonwealth Parliamentary Association (CPA) and the continuing role of the Commonwealth to mark the CPA’s 100th anniversary on Thursday.",
        due="2011-09-08 22:59:59",
        vague=False,
        said="2011-09-05 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL11,
        published="2011-09-05",
    ),
    # the same item: 'the day ahead of' an event the sentence does not date (the debate's Thursday is in the sentence before): event (CONVENTIONS 1.3; page: Thursday 8 September)
    B(
        text="The debate takes place the day ahead of a Commonwealth Youth Parliament event in the Lords chamber also marking the centenary.",
        due=None,
        vague=False,
        said="2011-09-05 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL11,
        published="2011-09-05",
    ),
    # UK Parliament, Commons Liaison Committee news 'Select Committee system effectiveness and influence inquiry launched' of 18 January 2019 (Friday), committees.parliament.uk (Open Parliament Licence); zone Europe/London (GMT), said 10:00. The committee will publish its recommendations in June 2019: a month falls due at its end [local due 2019-06-30 23:59:59 BST]
    B(
        text="The inquiry is timed to coincide with the 40th anniversary of the creation of the departmental select committee system in June 2019, when the Liaison Committee will publish its recommendations for change.",
        due="2019-06-30 22:59:59",
        vague=False,
        said="2019-01-18 10:00:00",
        tz="Europe/London",
        precision="month",
        cluster=4,
        source=_LIA19,
        published="2019-01-18",
    ),
    # the same item: a year named for an anniversary, and a report's past reforms; no act is set for any time: due None, no refusal word. unsure: a careful reader could call the reforms past (CONVENTIONS 2.4)
    B(
        text="2019 also sees the 10th anniversary of the Wright Report, which brought a wave of reforms, including the election of select committee Chairs.",
        due=None,
        vague=False,
        said="2019-01-18 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LIA19,
        published="2019-01-18",
    ),
    # the same item: the submission deadline, Thursday 28 February 2019, due at the end of that day (GMT) [local due 2019-02-28 23:59:59]
    B(
        text="Deadline for written submissions is Thursday 28 February 2019.",
        due="2019-02-28 23:59:59",
        vague=False,
        said="2019-01-18 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LIA19,
        published="2019-01-18",
    ),
    # UK Parliament, 'House of Lords back to business' news item of 7 October 2016 (Friday), parliament.uk (Open Parliament Licence); zone Europe/London (BST), said 10:00. The House returns on Monday 10 October (CONVENTIONS 3.1) [local due 2016-10-10 23:59:59]. The page's next sentences ('during the week', 'On Thursday 13 October') were left out for the publisher's fifth
    B(
        text="The House of Lords returns to business on Monday 10 October.",
        due="2016-10-10 22:59:59",
        vague=False,
        said="2016-10-07 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL16,
        published="2016-10-07",
    ),
    # Citizens Information Board, 'What's new' archive of September 2022 on whatsnew.citizensinformation.ie (CC BY 4.0); zone Europe/Dublin (IST). The archive lists its posts newest first and the opening gives them no dates; this first post summarises the budget of Tuesday 27 September, so it is taken as said on Wednesday 28 September 2022 at 10:00. A done act: past (CONVENTIONS 2.4)
    B(
        text="Budget 2023 was announced on Tuesday, 27 September 2022.",
        due=None,
        vague=False,
        said="2022-09-28 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_CIWN,
        published="2022-09-28",
    ),
    # the same post: 'for 2023' names the budget year the measures belong to; no act is set for a time: due None, no refusal word. unsure: a careful reader could give the end of 2023 as the time the measures run to
    B(
        text="This is made up of a package of once-off measures worth €4.1 billion and budgetary measures for 2023 of €6.9 billion.",
        due=None,
        vague=False,
        said="2022-09-28 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_CIWN,
        published="2022-09-28",
    ),
    # the same post: 'now' tells a present state, no act still to fall due: due None, no refusal word (as 'currently' in earlier sets). unsure: a careful reader could call the publishing done (past, CONVENTIONS 2.4)
    B(
        text="The overview of Budget 2023 is now available on citizensinformation.ie.",
        due=None,
        vague=False,
        said="2022-09-28 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_CIWN,
        published="2022-09-28",
    ),
    # the same archive, an earlier 'New on citizensinformation.ie' post (before the budget; the opening gives no date, so the three earlier posts are taken as said on Wednesday 14 September 2022 at 10:00 IST, mid-month and before every date they name). The announcement on Tuesday 27 September is due at the end of that day (CONVENTIONS 3.1) [local due 2022-09-27 23:59:59 IST]
    B(
        text="Budget 2023 will be announced on Tuesday 27 September 2022.",
        due="2022-09-27 22:59:59",
        vague=False,
        said="2022-09-14 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_CIWN,
        published="2022-09-14",
    ),
    # the same archive, a later-listed post: the announcing is done (perfect): past (CONVENTIONS 2.4); 'this winter' is the period the measures cover. unsure: a careful reader could give the end of this winter (28 February 2023) as the time the protection runs to
    B(
        text="The Commission for the Regulation of Utilities has announced measures to protect gas and electricity customers this winter.",
        due=None,
        vague=False,
        said="2022-09-14 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_CIWN,
        published="2022-09-14",
    ),
    # the same post: a rate taking effect on 1 January 2023, due that day (CONVENTIONS 3.1, 3.1a) [local due 2023-01-01 23:59:59 GMT]
    B(
        text="The minimum wage will increase to €11.30 per hour for workers aged 20 and over from 1 January 2023.",
        due="2023-01-01 23:59:59",
        vague=False,
        said="2022-09-14 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_CIWN,
        published="2022-09-14",
    ),
    # the same post: an entitlement beginning on 1 January 2023 is the rule taking effect, due that day (CONVENTIONS 3.1a); '3 days' is the size of the entitlement, not a span [local due 2023-01-01 23:59:59 GMT]
    B(
        text="Workers will have an entitlement to 3 days of paid sick leave from 1 January 2023.",
        due="2023-01-01 23:59:59",
        vague=False,
        said="2022-09-14 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_CIWN,
        published="2022-09-14",
    ),
    # the same post: 'now' tells a present state; nothing is left to fall due: due None, no refusal word
    B(
        text="All women aged between 17-25 living in Ireland are now eligible for free contraception and associated services such as GP visits.",
        due=None,
        vague=False,
        said="2022-09-14 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_CIWN,
        published="2022-09-14",
    ),
    # the same post: a limit changing from 1 October 2022 is a rule taking effect, due that day (CONVENTIONS 3.1a) [local due 2022-10-01 23:59:59 IST]
    B(
        text="From 1 October 2022, the maximum income limit for local authority housing for a single person will increase from €25,000 to €30,000 in Carlow, Clare, Laois, Westmeath and Galway county.",
        due="2022-10-01 22:59:59",
        vague=False,
        said="2022-09-14 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_CIWN,
        published="2022-09-14",
    ),
    # the same archive, the last-listed post: a payment made from a start, an ongoing activity given only its start: earliest, the start of the week of Monday 26 September (CONVENTIONS 3.2) [local earliest 2022-09-26 00:00:00 IST]
    B(
        text="Fuel Allowance will be paid from the week starting Monday 26 September 2022.",
        due=None,
        vague=False,
        said="2022-09-14 09:00:00",
        tz="Europe/Dublin",
        refusal="earliest",
        earliest="2022-09-25 23:00:00",
        cluster=5,
        source=_CIWN,
        published="2022-09-14",
    ),
    # the same post: a span with no start of its own in the sentence (the week of 26 September is in the sentence before, which CONVENTIONS 6.3 does not use): the start is an event the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could call it recurring (the allowance's season each year) or give the page's end, 28 weeks on from 26 September
    B(
        text="It will be paid for 28 weeks.",
        due=None,
        vague=False,
        said="2022-09-14 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_CIWN,
        published="2022-09-14",
    ),
    # Citizens Information Board, 'Response to article in the Irish Daily Mail, 30 August 2018' (citizensinformationboard.ie, CC BY 4.0); zone Europe/Dublin (IST), said 30 August 2018 (Thursday) at 10:00. 'today' on a done act (was published): past (CONVENTIONS 2.4)
    B(
        text="An article was published in the Irish Daily Mail today (30 August 2018) which stated that the Citizens Information Board is under investigation by the Comptroller and Auditor General (C&AG) for overspending.",
        due=None,
        vague=False,
        said="2018-08-30 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_CIBN,
        published="2018-08-30",
    ),
    # the same statement: 'currently' and the accounts' year 2017 set no time for the review to end: due None, no refusal word
    B(
        text="The Citizens Information Board’s draft accounts for 2017 are currently being reviewed by the C&AG in line with normal procedures.",
        due=None,
        vague=False,
        said="2018-08-30 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_CIBN,
        published="2018-08-30",
    ),
    # the same statement: spending in 2017, told of the past: past
    B(
        text='In addition, the article describes "an alleged €8million in spending" in 2017 in relation to the restructuring of the Money Advice and Budgeting Services (MABS) and the Citizens Information Services (CIS).',
        due=None,
        vague=False,
        said="2018-08-30 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_CIBN,
        published="2018-08-30",
    ),
    # Revenue Commissioners, eBrief No. 75/16 'Extension of filing deadline for iXBRL Financial Statements', dated 15 August 2016 (Monday) at its foot, as reproduced on charteredaccountants.ie TaxSource (CC BY 4.0 PSI licence); zone Europe/Dublin (IST), said 10:00. '3 months' is a filing extension for a class of returns with no start of its own, kept 'until further notice': recurring (CONVENTIONS 1.3); 1 December 2015 bounds the accounting periods it covers
    B(
        text="The concessional 21 day extension will be increased, until further notice, to 3 months in respect of all iXBRL returns received by Revenue for any accounting periods ending on 1st December 2015 or later.",
        due=None,
        vague=False,
        said="2016-08-15 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_REV16,
        published="2016-08-15",
    ),
    # the same eBrief: due 'on the same date as' a Form CT1 whose date the sentence does not give: event (CONVENTIONS 1.3)
    B(
        text="The strict due date of the iXBRL return will remain unchanged, i.e. it will be due on the same date as the associated Form CT1.",
        due=None,
        vague=False,
        said="2016-08-15 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_REV16,
        published="2016-08-15",
    ),
    # the same eBrief: a span run from an undated event of each case (the CT1 due date): event (CONVENTIONS 1.3)
    B(
        text="The 3 month filing extension for iXBRL returns will apply from the due date of the Form CT1.",
        due=None,
        vague=False,
        said="2016-08-15 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_REV16,
        published="2016-08-15",
    ),
    # the same eBrief: '3 months after the CT1 due date', a limit run from an undated event of one case: event (CONVENTIONS 1.3)
    B(
        text="If the iXBRL return is filed later than 3 months after the CT1 due date, a late filing surcharge of 10% will apply.",
        due=None,
        vague=False,
        said="2016-08-15 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_REV16,
        published="2016-08-15",
    ),
    # the same eBrief: 'the time period' and 'already passed' set no time for any act (what is denied is a rate, not a time): due None, no refusal word
    B(
        text="There will be no 5% rate because the time period for application of that rate will have already passed.",
        due=None,
        vague=False,
        said="2016-08-15 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_REV16,
        published="2016-08-15",
    ),
    # the same eBrief: the 21-day concession is a standing limit for a class of returns: recurring (CONVENTIONS 1.3); 30 November 2015 bounds the periods it covers
    B(
        text="It should be noted that the 21 day concession continues to apply to iXBRL returns submitted where the accounting period ends on 30th November 2015 or earlier.",
        due=None,
        vague=False,
        said="2016-08-15 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_REV16,
        published="2016-08-15",
    ),
    # the same eBrief: 'the due date' is named, not dated; nothing is set for a time: due None, no refusal word
    B(
        text="Practitioners and filers should note that the due date for filing Form CT1 is not affected by the above mentioned extension.",
        due=None,
        vague=False,
        said="2016-08-15 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_REV16,
        published="2016-08-15",
    ),
    # the same eBrief: 'on or before the appropriate due date' hangs the filing on a due date the sentence does not give: event (CONVENTIONS 1.3). unsure: a careful reader could call the counterfactual 'should have been filed' past (CONVENTIONS 2.4)
    B(
        text="Accordingly, to ensure that surcharges were not incurred, Forms CT1 should have been filed on or before the appropriate due date.",
        due=None,
        vague=False,
        said="2016-08-15 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_REV16,
        published="2016-08-15",
    ),
    # Revenue Commissioners, eBrief Issue 17 of 23 March 2012 (Friday) 'Mandatory Electronic Filing and Payment - Implementation of Phase 4', as reproduced on ise70.compuscript.ie (Chartered Accountants Ireland's TaxSource copy; CC BY 4.0 PSI licence); zone Europe/Dublin (GMT until 25 March), said 10:00. The undertaking is to publish 'shortly': vague, 60 days, 22 May 2012 (CONVENTIONS 5.1) [local due 2012-05-22 23:59:59 IST]. unsure: a careful reader could give 1 June 2012, the date from which the rule the regulations make takes effect (CONVENTIONS 3.1a)
    B(
        text="Regulations will be published shortly to provide that returns and payments due on or after 1 June 2012 must be made electronically, using Revenue’s Revenue Online Service (ROS), by the following categories of taxpayers, where they are not already the subject of such a requirement:",
        due="2012-05-22 22:59:59",
        vague=True,
        said="2012-03-23 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_REV12,
        published="2012-03-23",
    ),
    # the same eBrief: letters to issue 'shortly': vague, 60 days (CONVENTIONS 5.1); 1 June is the date the obligations the letters describe apply from, not the letters' time [local due 2012-05-22 23:59:59 IST]
    B(
        text="Letters will issue shortly to taxpayers advising them of the obligations that will apply from 1 June and of the steps that need to be taken to ensure compliance from that date.",
        due="2012-05-22 22:59:59",
        vague=True,
        said="2012-03-23 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_REV12,
        published="2012-03-23",
    ),
    # Revenue Commissioners, eBrief No. 181/24 'Schedule E Basis of Charge' of 01 July 2024 (Monday) on revenue.ie (CC BY 4.0 PSI licence); zone Europe/Dublin (IST), said 10:00. A done update (perfect): past (CONVENTIONS 2.4); 'up to date' sets no time
    B(
        text="The layout of the manual has been updated to improve ease of reference to relevant guidance starting with the most up to date guidance.",
        due=None,
        vague=False,
        said="2024-07-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_REV24,
        published="2024-07-01",
    ),
    # the same eBrief: a done move (perfect) of text about a past date: past (CONVENTIONS 2.4)
    B(
        text="References to the position pre-1 January 2018 have been moved to paragraph 5 of the manual.",
        due=None,
        vague=False,
        said="2024-07-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_REV24,
        published="2024-07-01",
    ),
    # HM Treasury press release 'Chancellor sees government support for families in action at school holiday club' of 17 August 2022 (Wednesday), as carried by ukpol.co.uk (Crown copyright, Open Government Licence v3.0; ukpol's own heading line not taken); zone Europe/London (BST), said 10:00. A visit told in the past: past
    B(
        text="Nadhim Zahawi met a number of young people on Wednesday 17 August taking part in sports and dance activities and discussed how the scheme at Sydenham School, funded through the Government’s Holiday Activities and Food (HAF) club, was improving wellbeing, behaviour and social skills.",
        due=None,
        vague=False,
        said="2022-08-17 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMT22,
        published="2022-08-17",
    ),
    # the same release: figures of past months and a done reaffirmation: past
    B(
        text="In response to the latest ONS statistics, which show inflation reached 10.1% in the 12 months to July, up from 9.4% in June, the Chancellor reaffirmed that working alongside the independent Bank of England to get inflation under control was his “top priority”.",
        due=None,
        vague=False,
        said="2022-08-17 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMT22,
        published="2022-08-17",
    ),
    # the same release (the Chancellor's words): 'have continually taken action', done acts (CONVENTIONS 2.4); 'over the winter' is the period the £400 covers. unsure: a careful reader could give the end of the winter (28 February 2023) as the time the bill discount runs to
    B(
        text="That’s why we have continually taken action to help households including £1,200 of extra support for eight million of the most vulnerable households and £400 off energy bills for everyone over the winter.",
        due=None,
        vague=False,
        said="2022-08-17 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMT22,
        published="2022-08-17",
    ),
    # Department for International Trade press release 'Government backs British talent with £2.4 million funding for music exports', as carried by pulse.assent1.com's feed of gov.uk press releases (Crown copyright, Open Government Licence v3.0); zone Europe/London. The opening carries no date: the release announces a trade mission for the start of February 2018 as still to come, so said is taken as Monday 15 January 2018 at 10:00 GMT. Grants received (perfect): past
    B(
        text="In the latest round of funding, 12 UK music acts have received grants including Public Service Broadcasting, twice-mercury nominated Ghostpoet, Folk Rock duo Zervas & Pepper and 5 piece pop punk band ROAM, who all hope to maximise their chances of going global or further increasing their international exposure.",
        due=None,
        vague=False,
        said="2018-01-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DIT18,
        published="2018-01-15",
    ),
    # the same release: 'so far', a done count: past
    B(
        text="In total so far, 162 acts have received more than £2.4 million of funding in their bid to become the next Adele or Ed Sheeran through the Music Export Growth scheme (MEGS).",
        due=None,
        vague=False,
        said="2018-01-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DIT18,
        published="2018-01-15",
    ),
    # the same release: the mission runs 1 to 7 February 2018; a range falls due at its later end (CONVENTIONS 6.1) [local due 2018-02-07 23:59:59 GMT]. unsure: a careful reader could take 'the start of February' alone, early February to 10 February (parser docstring's thirds)
    B(
        text="To further promote UK music talents abroad, the Government is launching a trade mission to India at the start of February 2018 (1st to 7th).",
        due="2018-02-07 23:59:59",
        vague=False,
        said="2018-01-15 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_DIT18,
        published="2018-01-15",
    ),
    # Office of Rail and Road, consultation page 'Modifying timetable publication in Network Rail's licence' on gov.uk (Crown copyright, Open Government Licence v3.0); zone Europe/London (BST). The outcome was added on 28 July 2023 (Friday), the date the page gives, so said is that day at 10:00. A done act: past
    B(
        text="The Office of Rail and Road (ORR) published its decision letter on 28 July 2023.",
        due=None,
        vague=False,
        said="2023-07-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ORR23,
        published="2023-07-28",
    ),
    # the same page (a list item, taken as it stands): 'not to proceed ... at this time', an act called off for now with no new time: negated (CONVENTIONS 4.1)
    B(
        text="ORR’s decision not to proceed with the licence modifications at this time",
        due=None,
        vague=False,
        said="2023-07-28 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_ORR23,
        published="2023-07-28",
    ),
    # the same list: the 12-week publication period is a standing limit for every timetable change: recurring (CONVENTIONS 1.3)
    B(
        text="a summary of responses to the licence modification proposals and views on the potential reduction of the 12-week publication period for timetable confirmation",
        due=None,
        vague=False,
        said="2023-07-28 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_ORR23,
        published="2023-07-28",
    ),
    # the same page: a done act on 28 July 2023: past
    B(
        text="The Office of Rail and Road published responses to this consultation on 28 July 2023.",
        due=None,
        vague=False,
        said="2023-07-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ORR23,
        published="2023-07-28",
    ),
    # the same page (the original consultation's summary): '12 weeks in advance of services running', a standing rule for each timetable: recurring (CONVENTIONS 1.3)
    B(
        text="Seeks feedback on rail industry proposals to modify Network Rail’s network licence requirement to publish a timetable 12 weeks in advance of services running.",
        due=None,
        vague=False,
        said="2023-07-28 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_ORR23,
        published="2023-07-28",
    ),
    # the same page: the licence condition's 12 weeks, a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="Condition 7.18 of Network Rail’s network licence requires Network Rail to provide train operators with timetable information 12 weeks in advance of trains running following a timetable change.",
        due=None,
        vague=False,
        said="2023-07-28 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_ORR23,
        published="2023-07-28",
    ),
    # the same page: '12 weeks' is the text to be removed, no time for the removal: due None, no refusal word
    B(
        text="The Office of Rail and Road (ORR) proposes to remove the explicit reference to 12 weeks.",
        due=None,
        vague=False,
        said="2023-07-28 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ORR23,
        published="2023-07-28",
    ),
    # the same page: 'the timescales' are named, not given: due None, no refusal word
    B(
        text="It would be replaced with a requirement for Network Rail to follow the timescales in the network code.",
        due=None,
        vague=False,
        said="2023-07-28 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ORR23,
        published="2023-07-28",
    ),
    # the same page: 'In parallel' and 'timelines' set no time for the act: due None, no refusal word
    B(
        text="In parallel, Network Rail’s timetabling reform programme, Better Timetables for Passengers and Freight, has agreed to formalise different timelines in the network code for the publication of train timetables.",
        due=None,
        vague=False,
        said="2023-07-28 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ORR23,
        published="2023-07-28",
    ),
    # the same page: the proposed 8-week limit before each timetable, a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="The network code proposal would introduce 8 weeks as the deadline for publishing a timetable in advance of trains running.",
        due=None,
        vague=False,
        said="2023-07-28 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_ORR23,
        published="2023-07-28",
    ),
    # Companies House news 'Companies House support for businesses hit by COVID-19' (March 2020), as carried by government-world.com's HM Government tag page 3682 (Crown copyright, Open Government Licence v3.0); zone Europe/London (GMT). The opening carries no date; the release builds on the 3-month filing extension the Business Secretary announced on 25 March 2020, so said is taken as Wednesday 25 March 2020 at 10:00. 'today' is on the announcing (CONVENTIONS 2.2), and the support is given no time: due None, no refusal word
    B(
        text="Businesses will be given additional support to help them meet their legal responsibilities under changes announced today.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH20,
        published="2020-03-25",
    ),
    # the same release: 'temporarily' gives the pause no end and no start: due None, no refusal word
    B(
        text="Companies House will temporarily pause the strike off process to prevent companies being dissolved.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH20,
        published="2020-03-25",
    ),
    # the same release: 'the time they need' sets no time: due None, no refusal word
    B(
        text="This will give businesses affected by the coronavirus outbreak the time they need to update their records and help them avoid being struck off the register.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH20,
        published="2020-03-25",
    ),
    # the same release: the 3-month extension any company may apply for is a standing limit with no start of its own: recurring (CONVENTIONS 1.3); 'already implemented' and 'Today's announcement' are done acts
    B(
        text="Today’s announcement builds on measures already implemented by the Secretary of State for Business, Energy and Industrial Strategy, which give businesses the ability to apply for a 3-month extension to file accounts with Companies House.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CH20,
        published="2020-03-25",
    ),
    # the same release: 'temporarily' sets no time: due None, no refusal word
    B(
        text="Companies will temporarily be extended greater flexibilities, including holding AGMs online or postponing the meetings.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH20,
        published="2020-03-25",
    ),
    # the same release (a director's words): 'at the moment' tells a present state: due None, no refusal word
    B(
        text="We know that many businesses are finding it difficult to keep up with their filing requirements at the moment.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH20,
        published="2020-03-25",
    ),
    # the same release (the director's words): 'up to date' sets no time for any act: due None, no refusal word
    B(
        text="We’re committed to helping them meet their legal responsibilities while keeping the register as up to date as possible.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH20,
        published="2020-03-25",
    ),
    # FEMA release extending the New Jersey registration deadline after Hurricane Irene, as carried by the Cape May County Herald (US federal work, public domain; the paper's own closing line not taken); zone America/New_York. The opening carries no date: the extension from the end of October to 30 November 2011 was announced late in October, so said is taken as Friday 28 October 2011 at 10:00 EDT. 'until Nov. 30', the last day to register: due at its end (the storm's dates Aug. 27 - Sept. 5 are past) [local due 2011-11-30 23:59:59 EST]
    B(
        text="Those affected by the storm and flooding, Aug. 27 – Sept. 5, now have until Nov. 30 to register for disaster assistance.",
        due="2011-12-01 04:59:59",
        vague=False,
        said="2011-10-28 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA11,
        published="2011-10-28",
    ),
    # the same release: daily opening hours, a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="Telephone lines are open from 7 a.m. to 10 p.m. ET; multilingual operators are available.",
        due=None,
        vague=False,
        said="2011-10-28 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA11,
        published="2011-10-28",
    ),
    # the same release: 'To date', done approvals: past
    B(
        text="To date, FEMA has approved more than $140 million in assistance to disaster survivors, while the SBA has approved more than $48 million in disaster loans to homeowners, renters, businesses of all sizes, and nonprofit organizations.",
        due=None,
        vague=False,
        said="2011-10-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA11,
        published="2011-10-28",
    ),
    # U.S. Fish and Wildlife Service news release on public hearings for the gray wolf proposals, as carried by Progressive Cattle (agproud.com, marked '-From U.S. Fish and Wildlife news release'; US federal work, public domain); zone America/New_York (the Service's headquarters; the sentence names no zone). The opening carries no year or date: the hearings of 19 to 22 November and 3 December and the Federal Register notice of 28 October are those of 2013, so said is taken as Friday 25 October 2013 at 10:00 EDT. Comments close at the end of 17 December (CONVENTIONS 3.3) [local due 2013-12-17 23:59:59 EST]
    B(
        text="Comment period deadlines also are extended until Dec. 17 to allow these hearings to take place within the public comment periods on the proposed rules.",
        due="2013-12-18 04:59:59",
        vague=False,
        said="2013-10-25 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FWS13,
        published="2013-10-25",
    ),
    # the same release: three hearing days, a list falling due at its latest, 22 November (CONVENTIONS 6.1), in the publisher's zone (CONVENTIONS 6.3: the zone the sentence names or else the publisher's) [local due 2013-11-22 23:59:59 EST; Sacramento's own day ends three hours later]
    B(
        text="The hearings will take place on Nov. 19 in Denver, Colorado, Nov. 20 in Albuquerque, New Mexico, and Nov. 22 in Sacramento, California.",
        due="2013-11-23 04:59:59",
        vague=False,
        said="2013-10-25 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FWS13,
        published="2013-10-25",
    ),
    # the same release: the adding is done, but the meeting and hearing are on 3 December, still to come (CONVENTIONS 3.1) [local due 2013-12-03 23:59:59 EST]
    B(
        text="The service has also added a public information meeting and hearing in Pinetop, Arizona, on Dec. 3.",
        due="2013-12-04 04:59:59",
        vague=False,
        said="2013-10-25 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FWS13,
        published="2013-10-25",
    ),
    # the same release: publication on 28 October (CONVENTIONS 3.1) [local due 2013-10-28 23:59:59 EDT]
    B(
        text="A formal notice of these hearings and the extension of the comment period will appear in the federal register on Oct. 28.",
        due="2013-10-29 03:59:59",
        vague=False,
        said="2013-10-25 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FWS13,
        published="2013-10-25",
    ),
)
