"""A HUNDRED-AND-FORTY-NINTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 13:40 and 13:55 by a labelling helper (branch
issue12l149-s56) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 56 (fresh150 to fresh153), whose claims in the shared claims file were treated as used
and whose files and README sections were not opened. It read `CONVENTIONS.md` in full, the docstring,
comments, field use and README section of `blind_fresh148.py`, the field list of `BlindCase` in
`blind_real.py`, the docstring of `tests/data/fresh_check.py`, and the top docstring of the parser
package only (the vague windows, "before" and "by" periods, weeks running Monday to Sunday, bare clock
times, "next <weekday>"); nothing else of `bot/core/deadlines/` was opened. The brief asked for UK Lords
Hansard and the Commons and Lords Library briefings (Open Parliament Licence), US transport agencies
(FAA, FTA, NHTSA, FRA, FMCSA, PHMSA) and the Australian Bureau of Statistics and Australian federal
departments under CC BY, at most a third from the United States; at least eight publishers, none above a
fifth of the cases; about 90 cases (at least 70) by 14:30 UTC.

The set quotes the House of Lords (Lords Hansard of 10 July 2014, a business statement, read on
parallelparliament.co.uk; the House of Lords Business paper of 16 July 2015), the UK Parliament
website's news pages on the Lords (3 June 2019, 7 February 2023, 18 October 2024, 7 July 2023, 18
November 2022, 21 October 2022), the House of Commons Library (abstracts on seven research-briefing
listings, 2014 to 2019), the Houses of the Oireachtas (Dáil Order of Business, 19 September 2012), the
Federal Railroad Administration (Federal Register notices of 23 September 2015, 31 August 2018 and 19
September 2023), the Federal Motor Carrier Safety Administration (81 FR 50593, 1 August 2016), the
Federal Transit Administration (two funding-notice pages, 2008 and 2009) and the Pipeline and Hazardous
Materials Safety Administration (a release of 12 May 2016). 51 cases from 8 publishers: the House of
Lords 10 (19.6%); UK Parliament website news 10 (19.6%); the House of Commons Library 10 (19.6%); FRA
10 (19.6%); the Oireachtas 5 (9.8%); FTA 3 (5.9%); FMCSA 2 (3.9%); PHMSA 1 (2.0%). 16 of the 51
(31.4%) are from the United States (FRA, FTA, FMCSA, PHMSA); 35 are not. The news pages are counted
apart from the House of Lords (they are the Parliament website's news, not House papers); counted
with it, the Lords' share would be 39.2%.

Left out, and why. The set stops at 51, short of 70: the store is heavily mined, and most pages found
read USED: the ABS release-advice pages and census media hub, several Lords business papers, Lords
Hansard recess statements (official, historic and mirror copies), Oireachtas Order of Business and
Seanad pages, kildarestreet.com copies, the European Commission's daily news, Stats NZ pages and
Wikinews articles. No Australian page was kept: the ABS pages found read USED, and for the fresh federal
pages found (infrastructure.gov.au, legislation.gov.au, the Office of Impact Analysis) the store shows
no licence statement of their own covering them, so under the brief's rule they were not used (an
Office of Impact Analysis page was claimed, `fresh149`, and then left out). No FAA or NHTSA page found
read fresh. To keep four publishers at a fifth and the United States at a third, fresh sentences of
claimed pages were left out: two more of the Lords Hansard statement ('We will therefore receive the
Bill ... printed overnight', 'There are two debates set down for that day ...'), three of the 3 June
2019 news page and one of 18 November 2022, four Commons Library abstracts, and one FRA sentence
(2015); the FMCSA notice 83 FR 26140, read fresh, had no sentence with a time word in its opening and was not claimed. One
sentence repeating an earlier case of the same page ("Its committee stage ... is scheduled for Tuesday
4 June.") was passed over.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, "next
Tuesday", "today", "later today", "this week", "at the moment", "to date", a clock time, "one hour", a
month, a year, "each month", "after that date", "before the end of the comment period", "over recent
years"); within each page quoted, sentences of the opening read that hold none were skipped, as were
titles, headings, date lines, list items and sentences cut off by a page break or a list. The marks of
Lords business papers (the dagger of new items, the asterisk of oral questions) and the Federal
Register's "DATES:" label were left out of the quotes, line breaks joined, and the pages' slips
("sumitted") stay as the pages have them.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase) and claimed (`fresh149`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole
with the same tool (skipping this file): none of the 51 reads used. Each label was worked out by hand
from the words, the publication date and the publisher's zone (Europe/London for the UK Parliament,
Europe/Dublin for the Oireachtas, America/New_York for the US agencies); conversions of local instants
to UTC wall time and weekdays were done with Python's zoneinfo and datetime in a scratch script outside
the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh148.py`: the publication date at 10:00 local time unless the page gives an instant (the
Parliament web archive's capture instant, 3 February 2016 09:14:15, for the one page read there); where
a page carries no date line, the one its items or facts give (the first comment of each page says which
and why; the Commons Library abstracts are read at their own items' dates); a day falls due at 23:59:59
local; "today" and "later today" on the act at the end of that day (CONVENTIONS 2.1); a range or
schedule at its later end (CONVENTIONS 6.1); a bare clock time at its first occurrence after the moment
of speaking (CONVENTIONS 6.3); an opportunity or project given only its start is earliest (CONVENTIONS
3.2); done acts are past (CONVENTIONS 2.4); a called-off increase is negated (CONVENTIONS 4.1); standing
hours and monthly debates are recurring; times hung on an undated event ("as soon as I resume my seat",
"before the end of the comment period", "after that date", "on the conclusion of Topical Issues", a
debate's length) are event (CONVENTIONS 1.3, 5.2, 6.3); refusals have `due=None` and a `refusal` kind;
a sentence whose time words set no time for any act has `due=None` and no refusal word (5 such).
Clusters as in `blind_fresh148.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of
the day, periods and windows, 5 refusals, 6 plain days and dates. 24 labels are refusals (past 12,
event 7, earliest 2, recurring 2, negated 1); none is vague; 22 labels carry a due instant; 10 are
marked "unsure" and name the other reading; like every label here they stay as committed, whatever the
first run shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HLAB14 = "https://parallelparliament.co.uk/lord/baroness-anelay-of-st-johns/debate/2014-07-10/lords/lords-chamber/arrangement-of-business"
_HLBUS15 = "https://publications.parliament.uk/pa/ld201516/minutes/150716/ldordpap.htm"
_UKPJUN19 = (
    "https://webtest.parliament.uk/business/news/2019/may/house-of-lords-back-to-business-june-19"
)
_UKPFEB23 = (
    "https://webtest.parliament.uk/business/news/2023/february-2023/whats-on-in-the-lords-6---9-feb"
)
_UKPOCT24 = (
    "https://webtest.parliament.uk/business/news/2024/october/whats-on-in-the-lords-21-25-october"
)
_UKPJUL23 = (
    "https://webtest.parliament.uk/business/news/2023/july-2023/whats-on-in-the-lords-10-14-july"
)
_UKPNOV22 = "https://www.parliament.uk/business/news/2022/november-2022/five-short-debates-in-the-lords-november-2022/"
_UKPOCT22 = "https://webtest.parliament.uk/business/news/2022/october-2022/whats-on-in-the-lords-24-28-october"
_CLRAIL19 = "https://researchbriefings.parliament.uk/?ContentType=&Topic=Transport&SubTopic=Railways&Year=&SortByAscending=false"
_CLPUBADM19 = "https://researchbriefings.parliament.uk/?ContentType=&Topic=Parliament%2C+government+and+politics&SubTopic=Public+administration&Year=&SortByAscending=false"
_CLCONST16 = "http://webarchive.parliament.uk/20160203091415/http:/researchbriefings.parliament.uk/?ContentType=Commons+Briefing+papers&Topic=Parliament%2C+government+and+politics&SubTopic=Constitution&Year=&SortByAscending=false"
_CLBP14 = "http://www.parliament.uk/business/publications/research/briefing-papers/?page=5"
_CLSN15 = "http://www.parliament.uk/briefing-papers/commons-standard-notes/?page=2"
_CLHL16 = "https://www.parliament.uk/topics/House-of-Lords.htm"
_CLENV17 = "http://researchbriefings.parliament.uk/?page=3&Topic=Energy%20and%20environment&SubTopic=Environmental%20protection&SortByAscending=False"
_OIR12 = "https://www.oireachtas.ie/en/debates/debate/dail/2012-09-19/3/"
_FMCSA16 = "https://thefederalregister.org/81-FR/50593"
_FRA18 = "https://thefederalregister.org/83-FR/44692"
_FRA15 = "https://regulations.justia.com/regulations/fedreg/2015/09/23/2015-24052.html"
_FRA23 = "https://regulations.justia.com/regulations/fedreg/2023/09/19/2023-20159.html"
_PHMSA16 = "https://www.transportation.gov/briefing-room/accidentincident-reporting-time-cost-recovery-operator-qualification-plastic-pipe"
_FTA09 = "https://corpora.tika.apache.org/base/docs/govdocs1/469/469583.html"
_FTA08 = "https://webarchive.library.unt.edu/eot2008/20080916044221/http://www.fta.dot.gov/funding/grants_financing_7829.html"

FRESH149_CASES: tuple[BlindCase, ...] = (
    # House of Lords (Lords Hansard, Arrangement of Business, Thursday 10 July 2014, business statement by the Government Chief Whip, Baroness Anelay of St Johns; read on parallelparliament.co.uk, a copy of the Hansard text; Parliamentary copyright, Open Parliament Licence); zone Europe/London (BST). The stored text prints no hour, so said 10 July 2014 10:00 BST. The opening sentence ('it may be helpful if I make a brief business statement') holds no time word and is passed over. 'next Tuesday, 15 July': the date names the day, a one-off stage (CONVENTIONS 3.1) [local due 2014-07-15 23:59:59 BST]
    B(
        text="The House of Commons is due to take all stages of the Bill next Tuesday, 15 July.",
        due="2014-07-15 22:59:59",
        vague=False,
        said="2014-07-10 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HLAB14,
        published="2014-07-10",
    ),
    # two stages on two named days: the schedule falls due at its later day (CONVENTIONS 6.1) [local due 2014-07-17 23:59:59 BST]
    B(
        text="Following discussions in the usual channels, we have agreed to propose that the House take Second Reading of the Bill next Wednesday, 16 July, and Committee and remaining stages of the Bill the following day, Thursday 17 July.",
        due="2014-07-17 22:59:59",
        vague=False,
        said="2014-07-10 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HLAB14,
        published="2014-07-10",
    ),
    # an opportunity open from next Wednesday (16 July, in the following Monday-to-Sunday week), given only its start; the drafting advice hangs on an undated publication: earliest (CONVENTIONS 3.2, 5.2) [local earliest 2014-07-16 00:00:00 BST]
    B(
        text="Members will be able to table amendments to the Bill at any time from next Wednesday and the Legislation Office has kindly agreed to offer drafting advice to Members who require it as soon as the text of the Bill has been published by the House of Commons.",
        due=None,
        vague=False,
        said="2014-07-10 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2014-07-15 23:00:00",
        cluster=5,
        source=_HLAB14,
        published="2014-07-10",
    ),
    # 'almost as soon as I resume my seat' hangs the publication on an undated event: event (CONVENTIONS 5.2). unsure: 'imminently' is no listed vague word; a careful reader could take the publication as due today, 2014-07-10 23:59:59 BST (the speaker sits down the same day), or as vague 'soon' (60 days)
    B(
        text="A revised edition of forthcoming business, setting out these arrangements as well as the knock-on effect on other business, will be published imminently—indeed, I expect almost as soon as I resume my seat.",
        due=None,
        vague=False,
        said="2014-07-10 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HLAB14,
        published="2014-07-10",
    ),
    # 'today' on the act to come, the list opened the day of speaking: due at the end of that day (CONVENTIONS 2.1) [local due 2014-07-10 23:59:59 BST]
    B(
        text="There will be a speakers list for Second Reading, again, opened more or less as I sit down today.",
        due="2014-07-10 22:59:59",
        vague=False,
        said="2014-07-10 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HLAB14,
        published="2014-07-10",
    ),
    # a plan told in the pluperfect ('we had anticipated'), no undertaking left: past (CONVENTIONS 2.4). unsure: the following sentences call the debates off, so a careful reader could say negated (CONVENTIONS 4.1); the refusal kind is the doubt, not the due instant
    B(
        text="Next Thursday we had anticipated a Labour debate day.",
        due=None,
        vague=False,
        said="2014-07-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLAB14,
        published="2014-07-10",
    ),
    # 'another date' sets no time: due None, no refusal word (CONVENTIONS 4.2: no time undertaken)
    B(
        text="Another date will be found that is convenient for those debates to take place.",
        due=None,
        vague=False,
        said="2014-07-10 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLAB14,
        published="2014-07-10",
    ),
    # 'at the moment' and 'now' tell a present state; 'next Thursday's business' names the business being changed: due None, no refusal word. unsure: a careful reader could hold the change due by next Thursday, 2014-07-17 23:59:59 BST
    B(
        text="The procedure at the moment is that those speakers lists have been frozen as we are now in the process of changing next Thursday’s business.",
        due=None,
        vague=False,
        said="2014-07-10 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLAB14,
        published="2014-07-10",
    ),
    # House of Lords (House of Lords Business, Thursday 16 July 2015, on publications.parliament.uk; Parliamentary copyright, Open Parliament Licence); zone Europe/London (BST). The paper is headed 'Thursday 16 July 2015 at 11.00am', the sitting's hour, not the paper's; said 16 July 2015 10:00 BST. The item's new-or-altered mark (a dagger) is left out of the quote. Oral questions without a time word are passed over. The suspension is for Monday 20 July, a one-off (CONVENTIONS 3.1) [local due 2015-07-20 23:59:59 BST]
    B(
        text="Business of the House The Lord Privy Seal (Baroness Stowell of Beeston) to move that Standing Order 46 (No two stages of a Bill to be taken on one day) be suspended on Monday 20 July to allow the Supply and Appropriation (Main Estimates) Bill to be taken through its remaining stages that day.",
        due="2015-07-20 22:59:59",
        vague=False,
        said="2015-07-16 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HLBUS15,
        published="2015-07-16",
    ),
    # the question's asterisk is left out. The 2016 increase has been called off ('the decision not to proceed with'): negated (CONVENTIONS 4.1). unsure: '2016' may be read as naming the increase only, due None with no refusal word
    B(
        text="Lord Purvis of Tweed to ask Her Majesty’s Government what assessment they have made of the impact on carbon emissions in the United Kingdom of the decision not to proceed with either the zero-carbon Allowable Solutions carbon offsetting scheme for homes or the 2016 increase in on-site energy efficiency standards.",
        due=None,
        vague=False,
        said="2015-07-16 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HLBUS15,
        published="2015-07-16",
    ),
    # UK Parliament website news ('House of Lords back to business', 3 June 2019, on webtest.parliament.uk, a parliament.uk host; Parliamentary copyright, Open Parliament Licence); zone Europe/London (BST); the page's date line '3 June 2019', no hour: said 3 June 2019 10:00 BST. Sentences describing bills without a time word are passed over. The return on Tuesday 4 June is a one-off (CONVENTIONS 3.1) [local due 2019-06-04 23:59:59 BST]
    B(
        text="The House of Lords gets back to business on Tuesday 4 June scrutinising draft laws, reporting on ongoing issues through its committees, examining preparations for Brexit and debating topics of the day.",
        due="2019-06-04 22:59:59",
        vague=False,
        said="2019-06-03 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UKPJUN19,
        published="2019-06-03",
    ),
    # a stage scheduled for a day (CONVENTIONS 3.1); the earlier 'scheduled for Tuesday 4 June' line of the page is not taken (the same day as the first case) [local due 2019-06-10 23:59:59 BST]
    B(
        text="Its committee stage, line-by-line scrutiny of the bill, is scheduled for Monday 10 June.",
        due="2019-06-10 22:59:59",
        vague=False,
        said="2019-06-03 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UKPJUN19,
        published="2019-06-03",
    ),
    # 'has yet to be scheduled': no time set; 2009 names the Act: due None, no refusal word
    B(
        text="Aiming to prevent the Holocaust (Return of Cultural Objects) Act 2009 from expiring, this draft law's committee stage has yet to be scheduled.",
        due=None,
        vague=False,
        said="2019-06-03 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UKPJUN19,
        published="2019-06-03",
    ),
    # a stage scheduled for a day (CONVENTIONS 3.1) [local due 2019-06-05 23:59:59 BST]
    B(
        text="Its report stage, further checks and changes, is scheduled for Wednesday 5 June.",
        due="2019-06-05 22:59:59",
        vague=False,
        said="2019-06-03 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UKPJUN19,
        published="2019-06-03",
    ),
    # UK Parliament website news ('What’s on in the Lords 6 - 9 February', dated 7 February 2023, a Tuesday; webtest.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); said 7 February 2023 10:00 GMT. Summary sentences without a time word ('Members raise concerns in Lords questions ...', 'Look out for ...') and the past catch-up lines without one are passed over. 'On Thursday': the next Thursday on or after the day, 9 February (CONVENTIONS 3.1) [local due 2023-02-09 23:59:59 GMT]
    B(
        text="On Thursday, members will debate the situation in Ukraine, plus reports from the Science and Technology Committee and the National Plan for Sport and Recreation Committee.",
        due="2023-02-09 23:59:59",
        vague=False,
        said="2023-02-07 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UKPFEB23,
        published="2023-02-07",
    ),
    # UK Parliament website news ('What's on in the Lords 21-25 October', dated 18 October 2024, a Friday; webtest.parliament.uk; Open Parliament Licence); zone Europe/London (BST); said 18 October 2024 10:00 BST. 'This week' read from the sentence and its moment: the week of speaking, Monday to Sunday, ending Sunday 20 October. unsure: the page's title names the week of 21-25 October, and a careful reader would check the questions by Friday 25 October (or Sunday 27 October 23:59:59 GMT) [local due 2024-10-20 23:59:59 BST]
    B(
        text="This week members quiz the government on preventing former prisoners from reoffending, reducing absenteeism in schools, the impact of the benefit cap on child poverty, decommissioned nuclear-powered submarines in Scotland, and special educational needs.",
        due="2024-10-20 22:59:59",
        vague=False,
        said="2024-10-18 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_UKPOCT24,
        published="2024-10-18",
    ),
    # UK Parliament website news ('What's on in the Lords 10-14 July', dated 7 July 2023, a Friday; webtest.parliament.uk; Open Parliament Licence); zone Europe/London (BST); said 7 July 2023 10:00 BST. 'this week' is the week of speaking, ending Sunday 9 July. unsure: the title names 10-14 July, so a careful reader would check by Friday 14 July (or Sunday 16 July) [local due 2023-07-09 23:59:59 BST]
    B(
        text="Coming up this week in Lords questions, members quiz the government on banning the export of live animals for slaughter, missing asylum seeking children, a global temperature rise and community health service waiting times.",
        due="2023-07-09 22:59:59",
        vague=False,
        said="2023-07-07 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_UKPJUL23,
        published="2023-07-07",
    ),
    # UK Parliament website news ('Five short debates in the Lords', 18 November 2022, on parliament.uk; Open Parliament Licence); zone Europe/London (GMT); said 18 November 2022 10:00 GMT. Debates held the day before: past
    B(
        text="The House of Lords discussed the celebration of women's sport, the Libor system in the Bank of England, support for the horse racing industry and human rights in India and China, in five short debates on Thursday 17 November.",
        due=None,
        vague=False,
        said="2022-11-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKPNOV22,
        published="2022-11-18",
    ),
    # a standing arrangement, each month, debates of a standing length: recurring (CONVENTIONS 1.3)
    B(
        text="One Thursday each month, the House of Lords holds four short debates (one hour each) in Grand Committee.",
        due=None,
        vague=False,
        said="2022-11-18 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_UKPNOV22,
        published="2022-11-18",
    ),
    # UK Parliament website news ('What's on in the Lords 24-28 October', dated 21 October 2022; webtest.parliament.uk; Open Parliament Licence); zone Europe/London (BST); said 21 October 2022 10:00 BST. The length of a debate whose day the sentence does not give: event (CONVENTIONS 1.3, 6.3)
    B(
        text="For one hour, members will debate representations to the government of Iran concerning the recent demonstrations.",
        due=None,
        vague=False,
        said="2022-10-21 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_UKPOCT22,
        published="2022-10-21",
    ),
    # House of Commons Library (research briefings listing, Transport: Railways, on researchbriefings.parliament.uk; Open Parliament Licence). The listing's notice says publication 'is suspended during the pre-election period' (no time word of its own, passed over); its newest item is dated 5 November 2019, and Parliament was dissolved on 6 November 2019 for the election of 12 December, so the page is read on 6 November 2019 10:00 GMT; zone Europe/London. Publication resumes on a day: one-off (CONVENTIONS 3.1) [local due 2019-12-13 23:59:59 GMT]
    B(
        text="Publication will resume on 13 December.",
        due="2019-12-13 23:59:59",
        vague=False,
        said="2019-11-06 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_CLRAIL19,
        published="2019-11-06",
    ),
    # abstract of 'Planning for a no-deal Brexit' (CBP-8733), told in the past: past
    B(
        text="After Boris Johnson became Prime Minister in July 2019 the Government intensified planning for a no-deal Brexit and stressed its intention to take the UK out of the EU on 31 October with or without a deal.",
        due=None,
        vague=False,
        said="2019-11-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CLRAIL19,
        published="2019-11-06",
    ),
    # House of Commons Library (research briefings listing, Public administration; Open Parliament Licence); newest item dated Monday 11 March 2019: said 11 March 2019 10:00 GMT. The abstract (CDP-2019-0053, 25 February 2019) tells a done act ('has been prepared'): past (CONVENTIONS 2.4)
    B(
        text="This House of Commons Library debate pack briefing has been prepared in advance of an Estimates Day debate on the spending of the Department for Work and Pensions.",
        due=None,
        vague=False,
        said="2019-03-11 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CLPUBADM19,
        published="2019-03-11",
    ),
    # House of Commons Library (research briefings listing, Constitution, the copy on Parliament's web archive, webarchive.parliament.uk; Open Parliament Licence); the archive address gives the capture instant 3 February 2016 09:14:15 (read as UK time, GMT), after the newest item of 22 January 2016. Abstract of CBP-7193, told in the past: past
    B(
        text="The Conservative Party went into the 2015 General Election with a manifesto commitment to “scrap the Human Rights Act and curtail the role of the European Court of Human Rights.”",
        due=None,
        vague=False,
        said="2016-02-03 09:14:15",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CLCONST16,
        published="2016-02-03",
    ),
    # House of Commons Library (research briefings listing on parliament.uk, page 5; Open Parliament Licence); each abstract is read at its item's date, here 'Published 27 March 2014' (RP14/19): said 27 March 2014 10:00 GMT. Second reading due on 31 March 2014, after the clocks changed (BST) (CONVENTIONS 3.1). unsure: the item is also marked 'Amended 02 April 2014'; read then, the date is past [local due 2014-03-31 23:59:59 BST]
    B(
        text="The Wales Bill had its first reading in the House of Commons on 20 March 2014; it is due to have its second reading on 31 March 2014.",
        due="2014-03-31 22:59:59",
        vague=False,
        said="2014-03-27 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_CLBP14,
        published="2014-03-27",
    ),
    # abstract of SN06347 (published 27 March 2014): a history up to the 2014 reforms (the Children and Families Act 2014, enacted that month): past
    B(
        text="The development of the Office of the Children’s Commissioner for England since its establishment in 2005, including the 2014 reforms.",
        due=None,
        vague=False,
        said="2014-03-27 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CLBP14,
        published="2014-03-27",
    ),
    # House of Commons Library (Commons standard notes listing on parliament.uk, page 2; Open Parliament Licence); abstract of SN07151, 'Published 26 March 2015': said 26 March 2015 10:00 GMT. past
    B(
        text="A parliamentary election took place in Israel on 17 March 2015.",
        due=None,
        vague=False,
        said="2015-03-26 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CLSN15,
        published="2015-03-26",
    ),
    # abstract of SN07150, published 26 March 2015: to be considered that day, a one-off (CONVENTIONS 3.1) [local due 2015-03-26 23:59:59 GMT]
    B(
        text="Proposals to change the procedure if the re-election of a Speaker is challenged after a general election are to be considered on 26 March 2015.",
        due="2015-03-26 23:59:59",
        vague=False,
        said="2015-03-26 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_CLSN15,
        published="2015-03-26",
    ),
    # House of Commons Library (the House of Lords topic page on parliament.uk, 'Content published before December 2016'; Open Parliament Licence); abstract dated 11.08.2016: said 11 August 2016 10:00 BST. 'over recent years' covers the past: past
    B(
        text="This Commons Library briefing paper sets out the number of ministers in the House of Lords over recent years.",
        due=None,
        vague=False,
        said="2016-08-11 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CLHL16,
        published="2016-08-11",
    ),
    # House of Commons Library (research briefings listing, Environmental protection, page 3; Open Parliament Licence); abstract of CBP-7241, 'Published Thursday, June 22, 2017': said 22 June 2017 10:00 BST. 'to date' runs up to now and sets no time: due None, no refusal word
    B(
        text="It also examines the impact of the charges to date.",
        due=None,
        vague=False,
        said="2017-06-22 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CLENV17,
        published="2017-06-22",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Order of Business, Wednesday 19 September 2012, on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin (IST); no hour in the stored text: said 19 September 2012 10:00 IST. The items are hung on 'the conclusion of Topical Issues', an undated event: event (CONVENTIONS 1.3, 5.2). unsure: the Order of Business is that day's business, and a careful reader could hold it due at the day's end, 2012-09-19 23:59:59 IST
    B(
        text="It is proposed to take No. a11, motion re ministerial rota for parliamentary questions; No. 4, National Vetting Bureau (Children and Vulnerable Persons) Bill 2012 - Second Stage (resumed); and No. 1 - Animal, Health and Welfare Bill 2012 [Seanad] - Second Stage, to be taken on the conclusion of Topical Issues and the order shall not resume thereafter.",
        due=None,
        vague=False,
        said="2012-09-19 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIR12,
        published="2012-09-19",
    ),
    # a clock time with no day in the sentence: the first 9 p.m. after the moment of speaking (CONVENTIONS 6.3) [local due 2012-09-19 21:00:00 IST]
    B(
        text="Private Members’ business shall be No. 57, motion re confidence in the Minister for Health (resumed), to conclude at 9 p.m., if not previously concluded.",
        due="2012-09-19 20:00:00",
        vague=False,
        said="2012-09-19 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIR12,
        published="2012-09-19",
    ),
    # 'over a number of years', work done: past
    B(
        text="Much work has been undertaken on this issue over a number of years by all political parties in the House.",
        due=None,
        vague=False,
        said="2012-09-19 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR12,
        published="2012-09-19",
    ),
    # 'later today' on the act to come: due at the end of the day of speaking (CONVENTIONS 2.1). unsure: the parser's documented reading makes 'later today' a vague window ending the same instant (vague=True) [local due 2012-09-19 23:59:59 IST]
    B(
        text="Indeed, the wording proposed by Mr. Barry Andrews and the joint committee is not dissimilar from that of the amendment the Government will announce later today.",
        due="2012-09-19 22:59:59",
        vague=False,
        said="2012-09-19 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_OIR12,
        published="2012-09-19",
    ),
    # asks for a timeline; no time set: due None, no refusal word
    B(
        text="Can the Taoiseach outline the legislative timeline for considering this matter in the House, the holding of the referendum and the establishment of the Referendum Commission?",
        due=None,
        vague=False,
        said="2012-09-19 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR12,
        published="2012-09-19",
    ),
    # Federal Motor Carrier Safety Administration (Federal Register notice 81 FR 50593, FR Doc 2016-18137, 'Monday, August 1, 2016', read on thefederalregister.org; work of the US federal government, public domain, 17 U.S.C. 105); zone America/New_York (EDT); said 1 August 2016 10:00 EDT. The summary holds no time word and is passed over; the 'DATES:' label is left out. past
    B(
        text="This decision was effective March 4, 2016.",
        due=None,
        vague=False,
        said="2016-08-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FMCSA16,
        published="2016-08-01",
    ),
    # a comment deadline on a date (CONVENTIONS 3.5: 'on or before' keeps the day's end) [local due 2016-08-31 23:59:59 EDT]
    B(
        text="Comments must be received on or before August 31, 2016.",
        due="2016-09-01 03:59:59",
        vague=False,
        said="2016-08-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FMCSA16,
        published="2016-08-01",
    ),
    # Federal Railroad Administration (Federal Register notice 83 FR 44692, FR Doc 2018-17284, 'Friday, August 31, 2018', on thefederalregister.org; public domain); zone America/New_York (EDT); said 31 August 2018 10:00 EDT. The summary's first sentence ('Under the Paperwork Reduction Act of 1995 ...', a year naming the Act) is passed over; the repeated summary is taken once. A notice published in the past: past
    B(
        text="On July 2, 2018, FRA published a notice providing a 60-day period for public comment on the ICR.",
        due=None,
        vague=False,
        said="2018-08-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FRA18,
        published="2018-08-31",
    ),
    # a comment deadline (CONVENTIONS 3.5) [local due 2018-10-01 23:59:59 EDT]
    B(
        text="Interested persons are invited to submit comments on or before October 1, 2018.",
        due="2018-10-02 03:59:59",
        vague=False,
        said="2018-08-31 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FRA18,
        published="2018-08-31",
    ),
    # Federal Railroad Administration (petition for waiver notice, Federal Register 80 FR 57430, 'Wednesday, September 23, 2015', read on regulations.justia.com; public domain); zone America/New_York (EDT); said 23 September 2015 10:00 EDT. The first fragment on the page (the end of a sentence cut by the page break) and the bulleted address lines are not taken. Standing hours: recurring (CONVENTIONS 1.3)
    B(
        text="The Docket Operations Facility is open from 9 a.m. to 5 p.m., Monday through Friday, except Federal Holidays.",
        due=None,
        vague=False,
        said="2015-09-23 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FRA15,
        published="2015-09-23",
    ),
    # before the end of a comment period the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="If any interested party desires an opportunity for oral comment, they should notify FRA, in writing, before the end of the comment period and specify the basis for their request.",
        due=None,
        vague=False,
        said="2015-09-23 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FRA15,
        published="2015-09-23",
    ),
    # a date after 'by' (CONVENTIONS 3.1, 3.5) [local due 2015-11-09 23:59:59 EST]
    B(
        text="Communications received by November 9, 2015 will be considered by FRA before final action is taken.",
        due="2015-11-10 04:59:59",
        vague=False,
        said="2015-09-23 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FRA15,
        published="2015-09-23",
    ),
    # 'after that date': only another sentence dates it: event (CONVENTIONS 6.3)
    B(
        text="Comments received after that date will be considered as far as practicable.",
        due=None,
        vague=False,
        said="2015-09-23 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FRA15,
        published="2015-09-23",
    ),
    # Federal Railroad Administration (petition for waiver notice in the Federal Register of 'Tuesday, September 19, 2023', 88 FR 64518, read on regulations.justia.com; public domain); zone America/New_York (EDT); said 19 September 2023 10:00 EDT. The page opens mid-sentence ('only moves freight ...'), not taken. A project given only its start: earliest (CONVENTIONS 3.2). unsure: a careful reader could take the start as a one-off due within June 2024 (CONVENTIONS 3.1), 2024-06-30 23:59:59 EDT [local earliest 2024-06-01 00:00:00 EDT]
    B(
        text="To maintain operations during a project to begin in June 2024, URR requests to downgrade the track section to non-signaled storage track.",
        due=None,
        vague=False,
        said="2023-09-19 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2024-06-01 04:00:00",
        cluster=5,
        source=_FRA23,
        published="2023-09-19",
    ),
    # an undated end of the comment period: event (CONVENTIONS 1.3)
    B(
        text="If any interested party desires an opportunity for oral comment and a public hearing, they should notify FRA, in writing, before the end of the comment period and specify the basis for their request.",
        due=None,
        vague=False,
        said="2023-09-19 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FRA23,
        published="2023-09-19",
    ),
    # a date after 'by' (CONVENTIONS 3.1) [local due 2023-11-20 23:59:59 EST]
    B(
        text="Communications received by November 20, 2023 will be considered by FRA before final action is taken.",
        due="2023-11-21 04:59:59",
        vague=False,
        said="2023-09-19 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FRA23,
        published="2023-09-19",
    ),
    # 'after that date' dated only by another sentence: event (CONVENTIONS 6.3)
    B(
        text="Comments received after that date will be considered if practicable.",
        due=None,
        vague=False,
        said="2023-09-19 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FRA23,
        published="2023-09-19",
    ),
    # Pipeline and Hazardous Materials Safety Administration (US DOT briefing room release, 'Thursday, May 12, 2016', on transportation.gov; public domain); zone America/New_York (EDT); said 12 May 2016 10:00 EDT. 'today' is on the verb of announcing (CONVENTIONS 2.2); the meetings run June 1-3, due at the later day (CONVENTIONS 6.1). The next sentence ('The meetings will be held in the Washington, DC area ...') holds no time word; the one leading into a bulleted list is cut by it and not taken [local due 2016-06-03 23:59:59 EDT]
    B(
        text="WASHINGTON – The U.S. Department of Transportation’s Pipeline and Hazardous Materials Safety Administration today announced that it will hold meetings with its Pipeline Advisory Committees from June 1-3, 2016 to consider and vote on proposed rulemakings that, if implemented, would strengthen federal pipeline safety programs.",
        due="2016-06-04 03:59:59",
        vague=False,
        said="2016-05-12 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_PHMSA16,
        published="2016-05-12",
    ),
    # Federal Transit Administration (Notices of Funding Availability page, 'Last Updated: March 06, 2009', copy in the govdocs1 corpus on corpora.tika.apache.org; public domain); zone America/New_York (EST); said 6 March 2009 10:00 EST. The deadline is listed under expired notices and lies before the moment of speaking: past
    B(
        text="Proposals must be submitted electronically to http://www.grants.gov/ by February 12, 2009.",
        due=None,
        vague=False,
        said="2009-03-06 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FTA09,
        published="2009-03-06",
    ),
    # Federal Transit Administration (FY 2008 Notices of Funding Availability page, 'Last Updated: September 16, 2008', on the University of North Texas end-of-term web archive of fta.dot.gov; public domain); zone America/New_York; said 16 September 2008 10:00 EDT. The page's slip 'sumitted' stays. A date after 'by'; 3 November 2008 is in EST (CONVENTIONS 3.1) [local due 2008-11-03 23:59:59 EST]
    B(
        text="Proposals must be sumitted electronically to http://www.grants.gov/ by November 3, 2008.",
        due="2008-11-04 04:59:59",
        vague=False,
        said="2008-09-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTA08,
        published="2008-09-16",
    ),
    # the same deadline restated further down the page (CONVENTIONS 3.1); the sentences between hold no time word [local due 2008-11-03 23:59:59 EST]
    B(
        text="Proposals must be submitted electronically to http://www.grants.gov/ by November 3, 2008.",
        due="2008-11-04 04:59:59",
        vague=False,
        said="2008-09-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTA08,
        published="2008-09-16",
    ),
)
