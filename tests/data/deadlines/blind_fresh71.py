"""A SEVENTY-FIRST fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-04 (UTC), in the afternoon (the machine's clock read 14:29
at the start and about 14:40 when the labels were written), by a labelling helper (branch
issue12l71-s39) that neither changed nor ran the parser, working at the same time as the
labellers of the sixty-ninth and seventieth sets; their claims were treated as used and their
files and README sections were not opened. It read `CONVENTIONS.md` (the labelling rules, which
win over any earlier set's comment), the docstring, comments, some cases and README section of
`blind_fresh68.py`, the definition of `BlindCase` and the first case of `blind_real.py`, a few
cases of `blind_fresh65.py` and `blind_fresh66.py` (for the form of `earliest` and vague labels),
and the docstring of the parser package only (for the vague windows, "the coming months" as
three months, a range or a list falling due at its later end, "next <weekday>" as that day of
the following week, a date without a year as its next occurrence and the overnight windows);
nothing else of `bot/core/deadlines/` was opened. The brief allowed only public-domain or openly licensed
publishers, no one above a third of the cases, asked for at least eight publishers, several
genres and at least half of the cases from outside the United States, and this time preferred
sources the other labellers of the day did not take: court and tribunal notices, transport
operators, central banks and statistics offices, and Hansard of Commonwealth parliaments. The set
quotes Reserve Bank of Australia media releases and its release schedule, Reserve Bank of New
Zealand news items, Australian Bureau of Statistics Census releases, an HM Courts & Tribunals
Service operational summary, Office for National Statistics statements, an HM Revenue & Customs
statistics notice, notices of two US federal courts (a district court's holiday schedule and a
bankruptcy court's shutdown notice), New Zealand Hansard, a Scottish Government consultation
response, a House of Lords business statement of 1930 and National Highways' road closure report.
As in the twenty-seventh set onwards, every sentence quoted holds a time word of some kind (a
date, a clock time, a day word, a part of the day, a period, a span, a year, "now", "latest",
"current", "forthcoming", "future", "always", "temporarily", "temporary", "overnight",
"after-hours", "since", "until now", "then", "during", "once", "when", "before", "ahead of
time", "in advance", "heretofore", "yesterday", "recently", "no longer"); the sentences of the
openings read that hold none were skipped ("yet", "still", "underway", "ongoing", "continue",
"following" and "delayed" were not taken as time words), as were titles, standfirsts that repeat
a sentence of the body word for word, headings, date and "Last updated" lines, a site's browser
banner, breadcrumbs, speakers' names, contact lines, tables of dates or releases, and lines cut
off by the end of an opening. A point of a list was taken as its own case (its leading dash
dropped), as were paragraphs numbered "1.1" and "1.2", whose numbers were dropped; an opening or
closing quotation mark of a quoted sentence was kept. No word was changed: the stored copies'
"( at the end of the following month" (an address dropped), "start put these arrangements",
"the 780 Report stage" (a column number of the printed Hansard), "26 June 2015[2]" and an
unclosed quotation mark ("the 'Consultation on the draft Statutory Guidance ...") stay as the
pages have them. The sentences were found with a search over stored copies of public pages and
taken as they came in the openings the search returns, in page order. See README.md
("Seventy-first fresh blind set") for every address, publisher and licence. No address listed in
README.md, in a README or file under `tests/data/` (the blind files the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with the
lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh71`)
in `/work/helper-brief/claims.txt` before a quote was taken; pages found used were dropped (a
Stats NZ media release of 30 March 2020 as carried by Live News, a Stats NZ media advisory of 17
March 2011, New Zealand Hansard of 3 August 2011 as carried by Parliament Today and of 25 June
2003 and 6 May 2003 as carried by Scoop, a New Zealand business statement of 15 February 2024 as
carried by a news-aggregator mirror, Statistics Canada release calendars whose stock wording was
found in the data, a Scottish Parliament Justice Committee report of December 2018, House of
Commons business of 1 November 1973 and an Order Paper of 7 March 2007). Every sentence was then
checked with the same tool (the whole sentence and its first and last runs of six words): none
was found. Each label was worked out by hand from the words, the publication date and the
publisher's zone; the conversion of local instants to UTC wall time, the weekday checks and the
day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.2"), then `blind_fresh68.py`: the publisher's zone (the Reserve Bank of Australia
and the Australian Bureau of Statistics in Sydney and Canberra: Australia/Sydney, the Bureau's
Victorian release: Australia/Melbourne; the Reserve Bank of New Zealand and the New Zealand
Parliament: Pacific/Auckland; HMCTS, the ONS, HMRC, the Scottish Government, the House of Lords
and National Highways: Europe/London; the Western District of Kentucky's Clerk's Office in
Louisville: America/Kentucky/Louisville; the Central District of California's bankruptcy court:
America/Los_Angeles); the publication date at 10:00 local, except where the page gives its own
moment ("Last updated - 06.11.2024 15:31"); a page dated only to a month by its address or its
words is taken on the first of that month, and its comment says so (no label here depends on the
day); a day falls due at 23:59:59 local, a month or a year at the end of its last day, a bare
clock time on the day the page or its sentence gives; a range, a list of days or alternatives
fall due at their later end; a clock time or a time word that the sentence hangs on a time only
another sentence or a heading gives ("then", "at this time", "During that time", "on Census
night", a list's heading) is `refusal='event'`, marked "unsure" with the instant the page gives;
refusals have `due=None` and a `refusal` kind (past | event | negated | earliest | recurring); a
standing schedule or rule ("each month", "every week at this time", "generally run 8pm-6am",
"at the start of each sitting day") is `recurring` (CONVENTIONS 1.3); a sentence whose time words
set no time for any act ("now", "latest", "forthcoming", "always", "temporarily", amounts of
time, a year naming a thing, advice, a hypothetical) has `due=None` and no refusal word.
Clusters as in `blind_fresh68.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4
parts of the day and periods, 5 refusals, 6 plain days and dates. Labels marked "unsure" name the
other reading; like every label here they stay as committed, whatever the first run shows. First
run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never
edit these labels to fit the parser.

Licence audit of stop 48 (branch lic48-s48): 9 of these 117 cases, quoted from Reserve Bank of New
Zealand news items, were removed: no copyright or licence statement of rbnz.govt.nz was found (licence
unclear). 108 cases remain; see README.md, "Licence audit of stop 48".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_RBA_COMMS_5DEC07 = "https://www.rba.gov.au/media-releases/2007/mr-07-22.html"
_RBA_SMP_NOV00 = "https://www.rba.gov.au/media-releases/2000/mr-00-18.html"
_RBA_RESERVES_APR00 = "https://www.rba.gov.au/media-releases/2000/mr-00-10.html"
_RBA_SCHEDULE_MAY22 = "https://www.rba.gov.au/schedules-events/"
_ABS_CENSUS_3MAR17 = "https://www.abs.gov.au/websitedbs/censushome.nsf/home/newsboard170303"
_ABS_VIC29_2AUG11 = (
    "http://www.abs.gov.au/websitedbs/censushome.nsf/home/vic-29?opendocument&navpos=620"
)
_HMCTS_OPS_30MAR20 = "https://enterprisechambers.com/?p=3688"
_ONS_DELAY_17APR20 = (
    "https://www.ons.gov.uk/news/statementsandletters/delaytogdpandretailsalesindexpublicationdates"
)
_ONS_DELAY_5JUN20 = "https://www.marketscreener.com/news/Delay-to-GDP-trade-and-productivity-release-dates--30727570/?utm_medium=RSS&utm_content=20200605"
_HMRC_PENSIONS_JUN11 = "http://www.hmrc.gov.uk/stats/delay-pensiotables.htm"
_USDC_KYWD_1NOV23 = "https://www.kywd.uscourts.gov/news/winter-holiday-schedule-3"
_USBC_CACB_8APR11 = "http://www.cacb.uscourts.gov/news/re-court-operate-normally-approximately-10-days-event-government-shutdown"
_NZ_HANSARD_13FEB25 = "https://scoop.co.nz/stories/PA2502/S00104/parliament-questions-and-answers-13-february-2025.htm"
_SCOTGOV_CYPA_SEP15 = "https://www.gov.scot/Publications/2015/09/7668/2"
_LORDS_BUSINESS_24JUL30 = (
    "https://api.parliament.uk/historic-hansard/lords/1930/jul/24/business-of-the-house"
)
_NATIONAL_HIGHWAYS_6NOV24 = "https://nationalhighways.co.uk/travel-updates/road-closure-report/"

FRESH71_CASES: tuple[BlindCase, ...] = (
    # Reserve Bank of Australia, media release 'Reserve Bank Board – New Arrangements for Communication' (no date line in the stored copy; dated Wednesday 5 December 2007 by its own 'The minutes of yesterday's meeting will be released on 18 December', two weeks after the Board's meeting of Tuesday 4 December 2007, and its number 07-22, as understood; the title, the contact lines and the sentences without a time word are not quoted; zone Australia/Sydney, AEDT): a span told with the present perfect continuous ('For some months ... has been reviewing'): past
    B(
        text="For some months, the Reserve Bank Board has been reviewing its communication practices.",
        due=None,
        vague=False,
        said="2007-12-04 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_RBA_COMMS_5DEC07,
        published="2007-12-05",
    ),
    # the same release: 'now' with a decision already taken sets no time for any act: no deadline
    B(
        text="As a result of that process, the Board has now decided on the following changes.",
        due=None,
        vague=False,
        said="2007-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_RBA_COMMS_5DEC07,
        published="2007-12-05",
    ),
    # the same release: a statement 'each month', a standing practice (CONVENTIONS 1.3): recurring
    B(
        text="First, the Board will release a short statement each month explaining its decision, whether or not the cash rate is to be changed.",
        due=None,
        vague=False,
        said="2007-12-04 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_RBA_COMMS_5DEC07,
        published="2007-12-05",
    ),
    # the same release: the 'quarterly' Statement, a standing practice: recurring
    B(
        text="A more detailed treatment of the Bank's views on the economy and policy issues will continue to be provided through the quarterly Statement on Monetary Policy.",
        due=None,
        vague=False,
        said="2007-12-04 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_RBA_COMMS_5DEC07,
        published="2007-12-05",
    ),
    # the same release: 'shortly after' an undated meeting's conclusion (CONVENTIONS 5.2): event
    B(
        text="Second, the Board's decision will be announced shortly after the conclusion of the meeting.",
        due=None,
        vague=False,
        said="2007-12-04 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_RBA_COMMS_5DEC07,
        published="2007-12-05",
    ),
    # the same release: an amount of time ('nearly 24 hours') in a custom given up, and 'no longer', set no time for any act: no deadline
    B(
        text="The earlier custom of waiting nearly 24 hours to announce the decision is no longer necessary from a logistical standpoint.",
        due=None,
        vague=False,
        said="2007-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_RBA_COMMS_5DEC07,
        published="2007-12-05",
    ),
    # the same release: a practice that only starts at the February 2008 meeting and runs on (CONVENTIONS 3.2): earliest, the start of February 2008, 1 February 2008 00:00 AEDT, 2008-01-31 13:00:00 UTC (the meeting's own day is not given); unsure: recurring (2.30 pm on the day of each meeting, a standing rule, CONVENTIONS 1.3)
    B(
        text="Accordingly, commencing at the February 2008 meeting, the decision will be announced at 2.30 pm on the day of the meeting, with any change in the cash rate to take effect from the following day.",
        due=None,
        vague=False,
        said="2007-12-04 23:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2008-01-31 13:00:00",
        cluster=5,
        source=_RBA_COMMS_5DEC07,
        published="2007-12-05",
    ),
    # the same release: minutes 'each month, two weeks after the meeting', a standing rule (CONVENTIONS 1.3): recurring
    B(
        text="Third, the Board will release the minutes of its monetary policy meeting each month, two weeks after the meeting.",
        due=None,
        vague=False,
        said="2007-12-04 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_RBA_COMMS_5DEC07,
        published="2007-12-05",
    ),
    # the same release: the present 'are being released today' on the act as it is spoken (CONVENTIONS 2.1): the end of 5 December 2007 local, 12:59:59 UTC
    B(
        text="The minutes of the November 2007 meeting are being released today.",
        due="2007-12-05 12:59:59",
        vague=False,
        said="2007-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_RBA_COMMS_5DEC07,
        published="2007-12-05",
    ),
    # the same release: a dated clock time for the release: 11:30 AEDT on 18 December 2007 (a date without a year is its next occurrence), 00:30 UTC
    B(
        text="The minutes of yesterday's meeting will be released on 18 December at 11.30 am.",
        due="2007-12-18 00:30:00",
        vague=False,
        said="2007-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_RBA_COMMS_5DEC07,
        published="2007-12-05",
    ),
    # the same release: 'in advance' of undated future meetings' releases: event; unsure: no deadline ('future' sets no time)
    B(
        text="The schedule of release dates for minutes of future meetings will be published in advance.",
        due=None,
        vague=False,
        said="2007-12-04 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_RBA_COMMS_5DEC07,
        published="2007-12-05",
    ),
    # Reserve Bank of Australia, media release 'Statements on Monetary Policy: Revised Publication Arrangements' (no date line in the stored copy; dated November 2000 by its own words, the latest Statement released that day being the November Semi-Annual Statement and the next due in February 2001, and its number 00-18, as understood; the day is not given, so the moment of speaking is taken on 1 November 2000 and no label depends on the day; the title, the contact lines and the sentences without a time word are not quoted; zone Australia/Sydney, AEDT): a release told in the past with 'today': past
    B(
        text="The Reserve Bank's latest Statement on Monetary Policy was released today.",
        due=None,
        vague=False,
        said="2000-10-31 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_RBA_SMP_NOV00,
        published="2000-11-01",
    ),
    # the same release: 'Since 1997' with the present perfect: past
    B(
        text="Since 1997, the Bank has released four key documents on monetary policy each year.",
        due=None,
        vague=False,
        said="2000-10-31 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_RBA_SMP_NOV00,
        published="2000-11-01",
    ),
    # the same release: documents that appear in named months every year, a standing schedule (CONVENTIONS 1.3): recurring
    B(
        text="These are two Semi-Annual Statements, which form the basis of the Governor's appearance before the House of Representatives Standing Committee on Economics, Finance and Public Administration, which appear in May and November, and two documents entitled The Economy and Financial Markets, which appear in February and August.",
        due=None,
        vague=False,
        said="2000-10-31 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_RBA_SMP_NOV00,
        published="2000-11-01",
    ),
    # the same release: 'Until now' with the present perfect tells of a practice gone: past
    B(
        text="Until now, the practice has been to release the Semi-Annual Statements as stand-alone documents (and then subsequently to reproduce them in the Reserve Bank Bulletin); The Economy and Financial Markets has been released only as part of the Bulletin.",
        due=None,
        vague=False,
        said="2000-10-31 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_RBA_SMP_NOV00,
        published="2000-11-01",
    ),
    # the same release: 'now' with a decision taken sets no time for the release: no deadline
    B(
        text="It has now been decided to release the four documents on a consistent basis.",
        due=None,
        vague=False,
        said="2000-10-31 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_RBA_SMP_NOV00,
        published="2000-11-01",
    ),
    # the same release: four Statements 'each year' in named months, a standing schedule (CONVENTIONS 1.3): recurring
    B(
        text="There will be four Statements on Monetary Policy each year, which will appear in February, May, August and November.",
        due=None,
        vague=False,
        said="2000-10-31 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_RBA_SMP_NOV00,
        published="2000-11-01",
    ),
    # the same release: the same standing schedule ('recently' looks back to the May and November Statements): recurring; unsure: no deadline
    B(
        text="These will be released as stand-alone documents, on the same schedule as has been used recently for the May and November Statements.",
        due=None,
        vague=False,
        said="2000-10-31 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_RBA_SMP_NOV00,
        published="2000-11-01",
    ),
    # the same release: the February and August documents of every year, a standing schedule: recurring
    B(
        text="In effect, the February and August documents will now appear a little earlier than under the old arrangements.",
        due=None,
        vague=False,
        said="2000-10-31 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_RBA_SMP_NOV00,
        published="2000-11-01",
    ),
    # the same release: a month with its year: the end of February 2001, 23:59:59 AEDT on 28 February, 12:59:59 UTC
    B(
        text="The next Statement on Monetary Policy will appear in February 2001.",
        due="2001-02-28 12:59:59",
        vague=False,
        said="2000-10-31 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_RBA_SMP_NOV00,
        published="2000-11-01",
    ),
    # the same release: 'ahead of time', before a release only the sentence before places in February 2001: event; unsure: 2001-02-28 12:59:59 UTC (the end of February 2001)
    B(
        text="The precise release date will be advised ahead of time on the web site in the usual way.",
        due=None,
        vague=False,
        said="2000-10-31 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_RBA_SMP_NOV00,
        published="2000-11-01",
    ),
    # Reserve Bank of Australia, media release 'Changes to Publication Arrangements for Official Reserve Assets' (no date line in the stored copy; dated April 2000 by its own 'Beginning with this month' and 'at the end of March', and its number 00-10, as understood; the day is not given, so the moment of speaking is taken on 1 April 2000; the title, the contact lines and the sentences without a time word are not quoted; zone Australia/Sydney, AEST): fuller publication that only begins 'this month' and runs on (CONVENTIONS 3.2): earliest, 1 April 2000 00:00 AEST, 2000-03-31 14:00:00 UTC; unsure: due at the end of April 2000, 2000-04-30 13:59:59 UTC (the first fuller publication this month, CONVENTIONS 3.1)
    B(
        text="Beginning with this month, the Bank will publish greater detail on holdings of Official Reserve Assets, in keeping with recommendations developed by the International Monetary Fund in consultation with central banks.",
        due=None,
        vague=False,
        said="2000-04-01 00:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2000-03-31 14:00:00",
        cluster=5,
        source=_RBA_RESERVES_APR00,
        published="2000-04-01",
    ),
    # the same release: data for 'each month' at the end of the following month, a standing rule (CONVENTIONS 1.3; the stored copy drops the address after the bracket): recurring
    B(
        text="Data for reserve holdings at the end of each month will be available on the Reserve Bank's website ( at the end of the following month.",
        due=None,
        vague=False,
        said="2000-04-01 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_RBA_RESERVES_APR00,
        published="2000-04-01",
    ),
    # the same release: 'within five days of the end of the month', a limit kept every month (CONVENTIONS 1.3): recurring
    B(
        text="In addition, the Bank will continue to publish, within five days of the end of the month, data on total holdings of Official Reserve Assets.",
        due=None,
        vague=False,
        said="2000-04-01 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_RBA_RESERVES_APR00,
        published="2000-04-01",
    ),
    # the same release: 'no longer' changes a definition and sets no time: no deadline; unsure: negated
    B(
        text="The main one is that some foreign currency assets, such as foreign currency facilities with other central banks, will no longer be included in the definition of Official Reserve Assets.",
        due=None,
        vague=False,
        said="2000-04-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_RBA_RESERVES_APR00,
        published="2000-04-01",
    ),
    # the same release: holdings 'at the end of March' told in the past: past
    B(
        text="Under the new definition, holdings of Official Reserve Assets at the end of March were $1.5 billion lower than under the previous definition, mainly reflecting the exclusion of swaps with the Bank of Thailand and the Bank of Papua New Guinea.",
        due=None,
        vague=False,
        said="2000-04-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_RBA_RESERVES_APR00,
        published="2000-04-01",
    ),
    # Reserve Bank of Australia, 'Schedule of All Releases' page (dated by its own table heading 'Week commencing 16 May 2022', the moment of speaking taken on Monday 16 May 2022, as understood; the headings, the table rows, the table notes and the contact line are not quoted; zone Australia/Sydney, AEST): data 'generally' at 11.30 am, a standing rule: recurring
    B(
        text="Data produced by the Reserve Bank will generally be available at 11.30 am, released in accordance with a published schedule.",
        due=None,
        vague=False,
        said="2022-05-16 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_RBA_SCHEDULE_MAY22,
        published="2022-05-16",
    ),
    # the same page: 11.30 am 'one day after' each release, a standing rule (CONVENTIONS 1.3): recurring
    B(
        text="Data produced by other organisations will generally be updated on this website at 11.30 am one day after their release.",
        due=None,
        vague=False,
        said="2022-05-16 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_RBA_SCHEDULE_MAY22,
        published="2022-05-16",
    ),
    # the same page: 'On public holidays ... the next business day', a standing rule: recurring
    B(
        text="On public holidays, statistics will be generally published on the next business day.",
        due=None,
        vague=False,
        said="2022-05-16 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_RBA_SCHEDULE_MAY22,
        published="2022-05-16",
    ),
    # the same page (a note under the weekly table): 'every week at this time': recurring
    B(
        text="* This Release is issued every week at this time.",
        due=None,
        vague=False,
        said="2022-05-16 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_RBA_SCHEDULE_MAY22,
        published="2022-05-16",
    ),
    # the same page: releases 'during the next few months', read as the documented 'coming months' window (CONVENTIONS 5.1): vague, three months from 16 May 2022, the end of 16 August 2022 AEST, 13:59:59 UTC; unsure: no deadline (the line only introduces a table of regular releases)
    B(
        text="The following releases are expected during the next few months.",
        due="2022-08-16 13:59:59",
        vague=True,
        said="2022-05-16 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_RBA_SCHEDULE_MAY22,
        published="2022-05-16",
    ),
    # the same page: the 'weekly' schedule, a standing practice: recurring
    B(
        text="Any changes will be notified as far as possible in the weekly schedule.",
        due=None,
        vague=False,
        said="2022-05-16 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_RBA_SCHEDULE_MAY22,
        published="2022-05-16",
    ),
    # the same page: 'forthcoming' sets no time for any act: no deadline
    B(
        text="Details of forthcoming speeches and other events can be found under ‘Coming Up’ on the Bank's home page.",
        due=None,
        vague=False,
        said="2022-05-16 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_RBA_SCHEDULE_MAY22,
        published="2022-05-16",
    ),
    # the same page (the table's note): a publication 'postponed from the previous year', told in the past, and a year naming the weights: past
    B(
        text="(a) This release refers to the publication of the 2021 weights for the trade-weighted index (TWI) of the Australian dollar which was postponed from the previous year.",
        due=None,
        vague=False,
        said="2022-05-16 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_RBA_SCHEDULE_MAY22,
        published="2022-05-16",
    ),
    # Australian Bureau of Statistics, Census newsboard item '2016 Census data release schedule finalised' (3 March 2017, its own date line; the title, the breadcrumb and the sentence cut off by the end of the opening are not quoted; zone Australia/Sydney, Canberra, AEDT): a year naming the Census, and a schedule already finalised, set no time for any act: no deadline
    B(
        text="The release and topic schedule for data from the 2016 Census of Population and Housing has been finalised.",
        due=None,
        vague=False,
        said="2017-03-02 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS_CENSUS_3MAR17,
        published="2017-03-03",
    ),
    # the same item: a dated day for the preview: the end of Tuesday 11 April 2017 AEST, 13:59:59 UTC ('eight months after Census night' only describes it)
    B(
        text="On Tuesday, 11 April 2017, just eight months after Census night, a preview of the 2016 results will be published on the ABS website giving insight into what makes the ‘typical’ Australian in 2016 at the national and state/territory level.",
        due="2017-04-11 13:59:59",
        vague=False,
        said="2017-03-02 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS_CENSUS_3MAR17,
        published="2017-03-03",
    ),
    # the same item: the official release on a dated day: the end of Tuesday 27 June 2017 AEST, 13:59:59 UTC
    B(
        text="These insights will set the scene for the official release of 2016 Census data on Tuesday, 27 June 2017.",
        due="2017-06-27 13:59:59",
        vague=False,
        said="2017-03-02 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS_CENSUS_3MAR17,
        published="2017-03-03",
    ),
    # the same item: 'to be released in June' (of 2017, the next June): the end of June 2017, 13:59:59 UTC on 30 June; unsure: 2017-06-27 13:59:59 UTC (the day the sentence before gives that release)
    B(
        text="The comprehensive dataset to be released in June will include national, State/Territory and capital city data for selected key person, family and dwelling characteristics, including age, sex, religion, language and income.",
        due="2017-06-30 13:59:59",
        vague=False,
        said="2017-03-02 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS_CENSUS_3MAR17,
        published="2017-03-03",
    ),
    # the same item: 'in June 2017': the end of June 2017 AEST, 13:59:59 UTC on 30 June
    B(
        text="These statistics will be released through QuickStats, Community Profiles, analytical articles and infographs in June 2017.",
        due="2017-06-30 13:59:59",
        vague=False,
        said="2017-03-02 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS_CENSUS_3MAR17,
        published="2017-03-03",
    ),
    # the same item: products 'available from July 2017', a state given only its start (CONVENTIONS 3.2): earliest, 1 July 2017 00:00 AEST, 2017-06-30 14:00:00 UTC
    B(
        text="TableBuilder and Datapacks will be available from July 2017.",
        due=None,
        vague=False,
        said="2017-03-02 23:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2017-06-30 14:00:00",
        cluster=5,
        source=_ABS_CENSUS_3MAR17,
        published="2017-03-03",
    ),
    # the same item: a dated day: the end of 27 June 2017 AEST, 13:59:59 UTC
    B(
        text="Rebased Estimated Resident Population (ERP) and data quality indicators from the Post Enumeration Survey (PES) will also be released on 27 June 2017, providing a comprehensive package of Census and related information.",
        due="2017-06-27 13:59:59",
        vague=False,
        said="2017-03-02 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS_CENSUS_3MAR17,
        published="2017-03-03",
    ),
    # the same item: 'in October 2017': the end of October 2017, 23:59:59 AEDT on 31 October, 12:59:59 UTC
    B(
        text="Detailed Census data on employment, qualifications and population mobility (journey to work and previous address) will be released in October 2017.",
        due="2017-10-31 12:59:59",
        vague=False,
        said="2017-03-02 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS_CENSUS_3MAR17,
        published="2017-03-03",
    ),
    # the same item: a review under way, and a year naming the Census data, set no time: no deadline
    B(
        text="The Independent Assurance Panel, supported by the MacGibbon Review, is undertaking an independent review of 2016 Census data to provide extra assurance and ensure transparency of the Census data quality assurance process.",
        due=None,
        vague=False,
        said="2017-03-02 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS_CENSUS_3MAR17,
        published="2017-03-03",
    ),
    # the same item: a dated day: the end of 27 June 2017 AEST, 13:59:59 UTC
    B(
        text="Its report to the Australian Statistician will also be released to the public on 27 June 2017.",
        due="2017-06-27 13:59:59",
        vague=False,
        said="2017-03-02 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS_CENSUS_3MAR17,
        published="2017-03-03",
    ),
    # Australian Bureau of Statistics, Census media release VIC/29 'Where will you be on Census night?' (2 August 2011, its own date line; the title, the breadcrumb, the heading 'Key Census dates', the speaker's opening words before a quotation without a time word ('Victorian Census Director, Sam Thomas “Don’t worry if you haven’t received your Census form yet.'; 'yet' was not taken as a time word), the sentences without a time word and the contact lines are not quoted; zone Australia/Melbourne, AEST): the Census 'one week' on, a one-off event said to happen at a time (CONVENTIONS 3.1): the end of 9 August 2011 local, 13:59:59 UTC; unsure: no deadline (a countdown, no undertaking of anyone)
    B(
        text="There is only one week to go until the 2011 Census.",
        due="2011-08-09 13:59:59",
        vague=False,
        said="2011-08-02 00:00:00",
        tz="Australia/Melbourne",
        cluster=4,
        source=_ABS_VIC29_2AUG11,
        published="2011-08-02",
    ),
    # the same release: 'For the past week' with the present perfect continuous: past
    B(
        text="For the past week, 7,000 Census Collectors have been delivering forms to Victoria's 2.5 million households.",
        due=None,
        vague=False,
        said="2011-08-02 00:00:00",
        tz="Australia/Melbourne",
        refusal="past",
        cluster=5,
        source=_ABS_VIC29_2AUG11,
        published="2011-08-02",
    ),
    # the same release (the end of a quotation, its closing mark kept): deliveries kept going 'until' a dated day (CONVENTIONS 3.3): the end of Sunday 7 August 2011 local, 13:59:59 UTC
    B(
        text="Forms will be delivered until Sunday 7 August.”",
        due="2011-08-07 13:59:59",
        vague=False,
        said="2011-08-02 00:00:00",
        tz="Australia/Melbourne",
        cluster=6,
        source=_ABS_VIC29_2AUG11,
        published="2011-08-02",
    ),
    # the same release: 'on Census night', a night only the list of key dates below dates (9 August 2011): event; unsure: 2011-08-09 13:59:59 UTC (the end of that night)
    B(
        text="Mr Thomas said he will be at home with his family on Census night and will complete his form using eCensus rather than the traditional paper based form.",
        due=None,
        vague=False,
        said="2011-08-02 00:00:00",
        tz="Australia/Melbourne",
        refusal="event",
        cluster=5,
        source=_ABS_VIC29_2AUG11,
        published="2011-08-02",
    ),
    # the same release (a point of the list 'Key Census dates'): the Census night on a dated day, a one-off event (CONVENTIONS 3.1): the end of 9 August 2011 local, 13:59:59 UTC
    B(
        text="9 August 2011 – Census night.",
        due="2011-08-09 13:59:59",
        vague=False,
        said="2011-08-02 00:00:00",
        tz="Australia/Melbourne",
        cluster=6,
        source=_ABS_VIC29_2AUG11,
        published="2011-08-02",
    ),
    # the same list: collection only starting 'From 10 August' (CONVENTIONS 3.2): earliest, 10 August 2011 00:00 AEST, 2011-08-09 14:00:00 UTC
    B(
        text="From 10 August – Collection of Census forms.",
        due=None,
        vague=False,
        said="2011-08-02 00:00:00",
        tz="Australia/Melbourne",
        refusal="earliest",
        earliest="2011-08-09 14:00:00",
        cluster=5,
        source=_ABS_VIC29_2AUG11,
        published="2011-08-02",
    ),
    # the same list: 'June 2012': the end of June 2012 local, 13:59:59 UTC on 30 June
    B(
        text="June 2012 – The first results from the 2011 Census will be released.",
        due="2012-06-30 13:59:59",
        vague=False,
        said="2011-08-02 00:00:00",
        tz="Australia/Melbourne",
        cluster=4,
        source=_ABS_VIC29_2AUG11,
        published="2011-08-02",
    ),
    # HM Courts & Tribunals Service, 'HMCTS Operational Summary: 30 March 2020' (its own title; as carried by Enterprise Chambers, whose page quotes it whole), a list of points taken each as a case (the leading dashes dropped; the points without a time word ('underway', 'ongoing' and 'continuing' were not taken as time words) and the title are not quoted; zone Europe/London, BST): 'temporarily closed' sets no time for any act: no deadline
    B(
        text="We’re consolidating the work of courts and tribunals into fewer buildings – some are open to the public, some buildings are staffed but are not open to the public, and some courts are suspended and the buildings are temporarily closed.",
        due=None,
        vague=False,
        said="2020-03-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMCTS_OPS_30MAR20,
        published="2020-03-30",
    ),
    # the same summary: guidance already published, 'during the coronavirus pandemic' naming its subject, sets no time: no deadline; unsure: past (the present perfect of an act done)
    B(
        text="We’ve published updated guidance on security, cleaning and social-distancing arrangements in court and tribunal buildings during the coronavirus pandemic.",
        due=None,
        vague=False,
        said="2020-03-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMCTS_OPS_30MAR20,
        published="2020-03-30",
    ),
    # the same summary: 'overnight custody' names a kind of case, no time: no deadline
    B(
        text="Magistrates’ courts are only covering urgent work (overnight custody and people brought from prison).",
        due=None,
        vague=False,
        said="2020-03-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMCTS_OPS_30MAR20,
        published="2020-03-30",
    ),
    # the same summary (the stored copy runs a stray full stop before it): 'as soon as we can do so' as the speaker's own undertaking (CONVENTIONS 5.1): vague, 60 days from 30 March 2020, the end of 29 May 2020 BST, 22:59:59 UTC; unsure: event (the expansion waits for processes not yet in place, CONVENTIONS 5.2)
    B(
        text="We’re continuing to work closely with partner agencies across the criminal justice system to put in place processes that will enable us to expand the range of work undertaken as soon as we can do so.",
        due="2020-05-29 22:59:59",
        vague=True,
        said="2020-03-30 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMCTS_OPS_30MAR20,
        published="2020-03-30",
    ),
    # the same summary (no closing full stop in the copy; 'start put' as the copy has it): updates 'once' an undated position is reached (CONVENTIONS 5.2): event
    B(
        text="We’ll provide further updates once we are in a position to start put these arrangements in place",
        due=None,
        vague=False,
        said="2020-03-30 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HMCTS_OPS_30MAR20,
        published="2020-03-30",
    ),
    # the same summary: 'temporary new hours' already introduced set no time for any act: no deadline
    B(
        text="We’ve introduced temporary new hours in our Scotland contact centre.",
        due=None,
        vague=False,
        said="2020-03-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMCTS_OPS_30MAR20,
        published="2020-03-30",
    ),
    # the same summary: 'temporarily closed', with no end given: no deadline
    B(
        text="The Royal Courts of Justice Fees Office has temporarily closed.",
        due=None,
        vague=False,
        said="2020-03-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMCTS_OPS_30MAR20,
        published="2020-03-30",
    ),
    # Office for National Statistics, statement 'Delay to GDP and Retail Sales Index publication dates' (no date line in the stored copy; dated 17 April 2020 by the ONS's own later statement 'On 17 April 2020, the Office for National Statistics (ONS) announced delays', as understood; the sentences without a time word and the closing line introducing a table are not quoted; zone Europe/London, BST): 'a little extra time' and 'before publication' set no time for any act: no deadline
    B(
        text="But, inevitably, the disruption caused by the pandemic means we need a little extra time to quality assure some of our data before publication.",
        due=None,
        vague=False,
        said="2020-04-17 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS_DELAY_17APR20,
        published="2020-04-17",
    ),
    # the same statement: 'for the next few months' says which publication dates move, not when an act falls due: no deadline; unsure: vague, the end of the next few months read as 'the coming months' (2020-07-17 22:59:59 UTC)
    B(
        text="Therefore, we are announcing a short delay to our gross domestic product (GDP) and Retail Sales Index publication dates for the next few months to allow us additional time for data processing and quality assurance, to ensure the highest possible level of accuracy.",
        due=None,
        vague=False,
        said="2020-04-17 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS_DELAY_17APR20,
        published="2020-04-17",
    ),
    # Office for National Statistics, statement on delays to GDP, trade and productivity release dates (5 June 2020, the carrying page's date line and its address, as understood), as carried by MarketScreener (only the ONS's words are quoted; the sentences without a time word and the line introducing a table are not; zone Europe/London, BST): 'On 17 April 2020 ... announced', told of the past: past
    B(
        text="On 17 April 2020, the Office for National Statistics (ONS) announced delays to some of our main economic publications, to allow extra time to quality assure data before publication, in light of the disruption caused by the developing coronavirus (COVID-19) pandemic.",
        due=None,
        vague=False,
        said="2020-06-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS_DELAY_5JUN20,
        published="2020-06-05",
    ),
    # the same statement: 'Today we are announcing', the act done as it is spoken (CONVENTIONS 2.1): the end of 5 June 2020 BST, 22:59:59 UTC; unsure: vague, the end of 'the coming months' (2020-09-05 22:59:59 UTC), the releases' own window (CONVENTIONS 2.3)
    B(
        text="Today we are announcing short delays to further economic releases that are due to be published in the coming months.",
        due="2020-06-05 22:59:59",
        vague=False,
        said="2020-06-05 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONS_DELAY_5JUN20,
        published="2020-06-05",
    ),
    # HM Revenue & Customs, statistics notice on the delayed pension tables (dated 'June 2011' by its own closing line, as understood; the day is not given, so the moment of speaking is taken on 1 June 2011; the sentences without a time word and the date line are not quoted; zone Europe/London, BST): publication 'delayed until Thursday 29 July', a date without a year read as its next occurrence: the end of 29 July 2011 local, 22:59:59 UTC; unsure: past (29 July was a Thursday in 2010, not in 2011, so the notice may have been written in 2010 and only dated June 2011 later)
    B(
        text="As a result the publication of Tables 7.10-7.12 and 7.16 will be delayed until Thursday 29 July.",
        due="2011-07-29 22:59:59",
        vague=False,
        said="2011-06-01 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMRC_PENSIONS_JUN11,
        published="2011-06-01",
    ),
    # the same notice: 'at this time', the time only the sentence before gives: event; unsure: 2011-07-29 22:59:59 UTC
    B(
        text="A further announcement on a publication date for Tables 7.13-7.15 will be made at this time.",
        due=None,
        vague=False,
        said="2011-06-01 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HMRC_PENSIONS_JUN11,
        published="2011-06-01",
    ),
    # United States District Court for the Western District of Kentucky, news item 'Winter Holiday Schedule' (Wednesday 1 November 2023, its own date line; the title and heading are not quoted; zone America/Kentucky/Louisville, the Clerk's Office in Louisville, EDT that day): closures on a list of dated holidays fall due at the last (CONVENTIONS 3.1, 6.1): the end of 1 January 2024 EST, 04:59:59 UTC on 2 January; unsure: recurring (closure on legal public holidays is a standing rule)
    B(
        text="The Court will also be closed on November 23, 2023; December 25, 2023; and January 1, 2024 as these dates are legal public holidays pursuant to 5 U.S.C. § 6103.",
        due="2024-01-02 04:59:59",
        vague=False,
        said="2023-11-01 14:00:00",
        tz="America/Kentucky/Louisville",
        cluster=3,
        source=_USDC_KYWD_1NOV23,
        published="2023-11-01",
    ),
    # the same item: closure on days only the list below gives: event; unsure: 2023-12-30 04:59:59 UTC (the last of them, Friday 29 December)
    B(
        text="Additionally, the District Court’s Clerk’s Office will be closed on the following designated administrative leave days:",
        due=None,
        vague=False,
        said="2023-11-01 14:00:00",
        tz="America/Kentucky/Louisville",
        refusal="event",
        cluster=5,
        source=_USDC_KYWD_1NOV23,
        published="2023-11-01",
    ),
    # the same item (a point of the list, the year from the page): the Clerk's Office closed that day: the end of Friday 24 November 2023 EST, 04:59:59 UTC on 25 November
    B(
        text="Friday, November 24",
        due="2023-11-25 04:59:59",
        vague=False,
        said="2023-11-01 14:00:00",
        tz="America/Kentucky/Louisville",
        cluster=6,
        source=_USDC_KYWD_1NOV23,
        published="2023-11-01",
    ),
    # the same list: the end of Friday 22 December 2023 EST, 04:59:59 UTC on 23 December
    B(
        text="Friday, December 22",
        due="2023-12-23 04:59:59",
        vague=False,
        said="2023-11-01 14:00:00",
        tz="America/Kentucky/Louisville",
        cluster=6,
        source=_USDC_KYWD_1NOV23,
        published="2023-11-01",
    ),
    # the same list: the end of Friday 29 December 2023 EST, 04:59:59 UTC on 30 December
    B(
        text="Friday, December 29",
        due="2023-12-30 04:59:59",
        vague=False,
        said="2023-11-01 14:00:00",
        tz="America/Kentucky/Louisville",
        cluster=6,
        source=_USDC_KYWD_1NOV23,
        published="2023-11-01",
    ),
    # the same item: 'days' and 'calculating time' in a rule of procedure set no time for any act: no deadline
    B(
        text="Such designated administrative leave days do not qualify as “holidays” for purposes of calculating time under the Federal Rules of Civil Procedure.",
        due=None,
        vague=False,
        said="2023-11-01 14:00:00",
        tz="America/Kentucky/Louisville",
        cluster=1,
        source=_USDC_KYWD_1NOV23,
        published="2023-11-01",
    ),
    # the same item (no closing full stop in the copy): 'after-hours' names a kind of filing, no time: no deadline
    B(
        text="Information on after-hours emergency filing procedures is available here",
        due=None,
        vague=False,
        said="2023-11-01 14:00:00",
        tz="America/Kentucky/Louisville",
        cluster=1,
        source=_USDC_KYWD_1NOV23,
        published="2023-11-01",
    ),
    # United States Bankruptcy Court for the Central District of California, public notice PN 11-007 'Court to Operate Normally for Approximately 10 Days in the Event of a Government Shutdown' (8 April 2011, its own date line; the title, the signature, the date and number lines and the sentence without a time word are not quoted; zone America/Los_Angeles, PDT): courts kept open 'through approximately April 22, 2011' (CONVENTIONS 3.3, 6.1): the end of 22 April 2011 PDT, 06:59:59 UTC on 23 April; unsure: event (the whole undertaking hangs on a shutdown that may not come)
    B(
        text="In the event that Congress does not pass an appropriations bill to continue funding the federal government beyond April 8, 2011, the federal Judiciary will use other funds, such as fees collected, to enable federal courts to remain open for 10 days through approximately April 22, 2011.",
        due="2011-04-23 06:59:59",
        vague=False,
        said="2011-04-08 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_USBC_CACB_8APR11,
        published="2011-04-08",
    ),
    # the same notice: 'During that time', a window only the sentence before dates: event; unsure: 2011-04-23 06:59:59 UTC
    B(
        text="During that time, scheduled hearings will be held as usual, filings will be accepted, hours of operation, availability of systems, and other services will continue as normal.",
        due=None,
        vague=False,
        said="2011-04-08 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_USBC_CACB_8APR11,
        published="2011-04-08",
    ),
    # New Zealand Parliament, Hansard (oral questions), sitting of Thursday 13 February 2025 (its own 'Sitting date:' line), as carried by Scoop; the speakers' names, the title, the date and heading lines, the sentences without a time word and the answer cut off by the end of the opening are not quoted; zone Pacific/Auckland, NZDT): 'just a minute', an amount of time in a call to order, sets no time: no deadline
    B(
        text="Hang on—just a minute.",
        due=None,
        vague=False,
        said="2025-02-12 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_HANSARD_13FEB25,
        published="2025-02-13",
    ),
    # the same sitting: a hypothetical about 'yesterday' (CONVENTIONS 4.2): no deadline
    B(
        text="Normally, if we were in the middle of yesterday, the member who just called out would be going.",
        due=None,
        vague=False,
        said="2025-02-12 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_HANSARD_13FEB25,
        published="2025-02-13",
    ),
    # the same sitting: 'at the start of each sitting day', asked of a standing practice (CONVENTIONS 1.3): recurring
    B(
        text="Is it the case that your clear directions to the House are cleared at the start of each sitting day so that they don't apply with the same weight that they were given?",
        due=None,
        vague=False,
        said="2025-02-12 21:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_NZ_HANSARD_13FEB25,
        published="2025-02-13",
    ),
    # the same sitting: what was made clear 'yesterday', told in the past: past
    B(
        text="My concern is that you made it very clear to the House yesterday that, if members were going to disregard your clear decisions and instructions and call out during questions and points of orders, you would be forced to take action.",
        due=None,
        vague=False,
        said="2025-02-12 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_HANSARD_13FEB25,
        published="2025-02-13",
    ),
    # the same sitting: vigilance 'from this point', an ongoing state given only its start, the moment of speaking (CONVENTIONS 3.2): earliest, 2025-02-12 21:00:00 UTC; unsure: no deadline ('retrospectively' is denied and the start is now)
    B(
        text="I'm not going to retrospectively look at things but will most certainly be very much vigilant from this point.",
        due=None,
        vague=False,
        said="2025-02-12 21:00:00",
        tz="Pacific/Auckland",
        refusal="earliest",
        earliest="2025-02-12 21:00:00",
        cluster=5,
        source=_NZ_HANSARD_13FEB25,
        published="2025-02-13",
    ),
    # Scottish Government, 'The Scottish Government Response to the Consultation on the Draft Statutory Guidance for Parts 4, 5 & 18 (Section 96) of the Children and Young People (Scotland) Act 2014' (dated September 2015 by its address; the day is not given, so the moment of speaking is taken on 1 September 2015 and no label depends on it; the title, the paragraph numbers '1.1' and '1.2', the headings and the contact line are not quoted; zone Europe/London, BST): the summary line's 'commencement of the provisions in August 2016', a one-off event in a month (CONVENTIONS 3.1): the end of August 2016 BST, 22:59:59 UTC on 31 August; unsure: no deadline (a summary of what the response covers, no undertaking)
    B(
        text="Government response to the analysis report of the responses to the guidance consultation, including an update on current work around engagement and implementation progress and next steps on the run up to commencement of the provisions in August 2016.",
        due="2016-08-31 22:59:59",
        vague=False,
        said="2015-09-01 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_SCOTGOV_CYPA_SEP15,
        published="2015-09-01",
    ),
    # the same response: a launch on a dated day told in the past: past
    B(
        text="On 6 February 2015 the Scottish Government launched the 'Consultation on the draft Statutory Guidance for Parts 4, 5 and 18 (Section 96) and related draft orders of the Children and Young People (Scotland) Act 2014.",
        due=None,
        vague=False,
        said="2015-09-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOTGOV_CYPA_SEP15,
        published="2015-09-01",
    ),
    # the same response: a consultation that 'ran for 12 weeks and closed on' a dated day, told in the past: past
    B(
        text="The consultation ran for 12 weeks and closed on 1st of May 2015.",
        due=None,
        vague=False,
        said="2015-09-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOTGOV_CYPA_SEP15,
        published="2015-09-01",
    ),
    # the same response (the footnote mark '[2]' kept): publication on a dated day, told in the past: past
    B(
        text="An analysis report outlining the findings of the consultation was published on the Scottish Government website on 26 June 2015[2].",
        due=None,
        vague=False,
        said="2015-09-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOTGOV_CYPA_SEP15,
        published="2015-09-01",
    ),
    # the same response: 'timescales' named, not given: no deadline
    B(
        text="This Scottish Government response sets out how Scottish Ministers have considered the findings of the consultation exercise, provides an update on the development of practice materials to support implementation and sets out the timescales for implementation of Part 4, 5 and 18 (Section 96) of the Act.",
        due=None,
        vague=False,
        said="2015-09-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOTGOV_CYPA_SEP15,
        published="2015-09-01",
    ),
    # UK Parliament, House of Lords, Business of the House, Thursday 24 July 1930 (Historic Hansard, its own address; the speakers' names, the section marks and the sentences without a time word are not quoted, nor the last sentence, cut off by the end of the opening; the column number '780' inside a sentence stays as the copy has it; zone Europe/London, BST): 'the remaining days of the Session' and 'heretofore' in a request for an account set no time: no deadline
    B(
        text="My Lords, I think the noble and learned Lord the Leader of the House might be willing to give us a little fuller account of the remaining days of the Session than he has been able to do heretofore.",
        due=None,
        vague=False,
        said="1930-07-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LORDS_BUSINESS_24JUL30,
        published="1930-07-24",
    ),
    # the same debate: 'always' sets no time for any act: no deadline
    B(
        text="My Lords, I think I can do that, though, of course, you cannot always make arrangements like the laws of the Medes and Persians, because you are dependent upon what is coming from another place.",
        due=None,
        vague=False,
        said="1930-07-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LORDS_BUSINESS_24JUL30,
        published="1930-07-24",
    ),
    # the same debate: 'to-morrow week, Friday', a week after Friday 25 July: the end of Friday 1 August 1930 BST, 22:59:59 UTC; unsure: no deadline (a hope of the Prime Minister reported from the other House, no undertaking)
    B(
        text="But I understand that in another place the Prime Minister has stated that he looks forward to the Prorogation to-morrow week, Friday.",
        due="1930-08-01 22:59:59",
        vague=False,
        said="1930-07-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LORDS_BUSINESS_24JUL30,
        published="1930-07-24",
    ),
    # the same debate: 'by Thursday next week': the end of Thursday 31 July 1930 BST, 22:59:59 UTC; unsure: 1930-08-01 22:59:59 UTC ('finish about the same time' as the Prorogation the sentence before dates, the later of the two, CONVENTIONS 6.2)
    B(
        text="The programme I have drawn out will enable us to finish our work by Thursday next week, but it is very likely that we shall have something left over, so I think we shall finish about the same time.",
        due="1930-07-31 22:59:59",
        vague=False,
        said="1930-07-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LORDS_BUSINESS_24JUL30,
        published="1930-07-24",
    ),
    # the same debate: 'To-day' with what is already known sets no time for any act: no deadline
    B(
        text="To-day your Lordships know what is on the Order Paper.",
        due=None,
        vague=False,
        said="1930-07-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LORDS_BUSINESS_24JUL30,
        published="1930-07-24",
    ),
    # the same debate: 'We are having a short sitting to-day', the act under way as it is spoken (CONVENTIONS 2.1): the end of 24 July 1930 BST, 22:59:59 UTC
    B(
        text="We are having a short sitting to-day, because it was indicated from many parts of the House that there was a desire to attend the Court function at Buckingham Palace.",
        due="1930-07-24 22:59:59",
        vague=False,
        said="1930-07-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LORDS_BUSINESS_24JUL30,
        published="1930-07-24",
    ),
    # the same debate: 'To-morrow' for the day's business: the end of Friday 25 July 1930 BST, 22:59:59 UTC ('now' sets no time of its own)
    B(
        text="To-morrow we have, first, the 780 Report stage of the Housing (No. 2) Bill—I cannot say more now, but that is very nearly arranged; then the consideration of the Commons Amendments to the Road Traffic Bill, the Committee stage of the Housing (Scotland) Bill, and, finally, the Committee stage of the Sea Fisheries (Expenses) Bill.",
        due="1930-07-25 22:59:59",
        vague=False,
        said="1930-07-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LORDS_BUSINESS_24JUL30,
        published="1930-07-24",
    ),
    # the same debate: 'On Monday next' (Monday of the following week): the end of Monday 28 July 1930 BST, 22:59:59 UTC ('the rest of the Session' and 'the same day' set no time of their own)
    B(
        text="On Monday next we shall have to move to suspend Standing Order No. XXXIX for the rest of the Session in certain cases to take all stages of Bills on the same day.",
        due="1930-07-28 22:59:59",
        vague=False,
        said="1930-07-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LORDS_BUSINESS_24JUL30,
        published="1930-07-24",
    ),
    # the same debate: 'then', the Monday only the sentence before gives ('not yet' denies only the Bill's arrival): event; unsure: 1930-07-28 22:59:59 UTC
    B(
        text="We then propose to take the Second Reading of the Public Works Facilities Bill, but that has not yet reached this House.",
        due=None,
        vague=False,
        said="1930-07-24 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_LORDS_BUSINESS_24JUL30,
        published="1930-07-24",
    ),
    # the same debate: 'then', after business only the sentences before date: event; unsure: 1930-07-28 22:59:59 UTC
    B(
        text="Two small Bills will then be taken by stages, if possible.",
        due=None,
        vague=False,
        said="1930-07-24 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_LORDS_BUSINESS_24JUL30,
        published="1930-07-24",
    ),
    # National Highways, 'Daily closures' road closure report (its own 'Last updated - 06.11.2024 15:31' line, taken as the moment of speaking; the heading, the date line, the sub-heading 'Advance notification of full closures ...', the sentences without a time word, the search widget's messages and the line cut off by the end of the opening are not quoted; the lines of the two short lists are taken each as a case; zone Europe/London, GMT): 'latest' sets no time: no deadline
    B(
        text="The latest planned full closure information for England's strategic road network.",
        due=None,
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        cluster=1,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
    # the same report: an overnight window whose nights only the list below gives: event; unsure: 2024-11-07 05:00:00 UTC (the last night listed, 6 November, to 5am next morning)
    B(
        text="Roadside technology – planned overnight maintenance between 10.30pm and 5am.",
        due=None,
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
    # the same report (a line of the list): a night of 29 October 2024, gone when the report was updated: past
    B(
        text="29/10/2024 - Northwest - M60 J6-J9",
        due=None,
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
    # the same list: a night of 30 October 2024, gone: past
    B(
        text="30/10/2024 - Northwest - M60 J10-J11",
        due=None,
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
    # the same list: the night of 5 November 2024, over by 5am on 6 November, before the update at 15:31: past
    B(
        text="05/11/2024 - Northwest - M60 J14-J17",
        due=None,
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
    # the same list: work dated 6 November 2024, the day of the update: the end of that day GMT, 23:59:59 UTC; unsure: 2024-11-07 05:00:00 UTC (the overnight window of its heading ends the next morning)
    B(
        text="06/11/2024 - Southeast - M23 J8-J10",
        due="2024-11-06 23:59:59",
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        cluster=6,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
    # the same report: a daytime window whose day only the list below gives: event; unsure: past (the only day listed, 1 November, is gone)
    B(
        text="Roadside technology – planned daytime maintenance between 9am and 2pm.",
        due=None,
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
    # the same list: work dated 1 November 2024, gone: past
    B(
        text="01/11/2024 - Southeast – M27 J10-J9",
        due=None,
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
    # the same report: 'for up to 30 minutes at a time', a standing limit with no start of its own (CONVENTIONS 1.3): recurring
    B(
        text="As a result of essential technology maintenance, Smart Motorway stopped vehicle detection and/or the ability to reset electronic signs and signals will not be in operation along sections of the motorway, for up to 30 minutes at a time.",
        due=None,
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
    # the same report: 'when required' sets no time: no deadline
    B(
        text="We have well-rehearsed plans and mitigations in place, including extra Traffic Officer patrols, increased CCTV monitoring, and when required, reduced speed limits.",
        due=None,
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        cluster=1,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
    # the same report: 'start date' and 'that day' in instructions for the page set no time: no deadline
    B(
        text="Closures are listed by start date, select a day from the row above the closures list to see the planned closures for that day.",
        due=None,
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        cluster=1,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
    # the same report: closures 'generally run 8pm-6am', standing hours (CONVENTIONS 1.3): recurring
    B(
        text="Closures generally run 8pm-6am unless they are over 12 hours.",
        due=None,
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
    # the same report: advice about 'the early morning' and 'the evening before' sets no time for any act: no deadline
    B(
        text="If you are travelling in the early morning, please note that your route may be impacted by closures starting the evening before.",
        due=None,
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        cluster=1,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
    # the same report: what a listing means, 'at some point in the next seven days' from each listing, a standing rule (CONVENTIONS 1.3): recurring; unsure: due seven days from the update, the end of 13 November 2024 GMT, 23:59:59 UTC (CONVENTIONS 1.1)
    B(
        text="If a road is listed under ‘Filters’, it means that there will be a full closure on that road at some point in the next seven days.",
        due=None,
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
    # the same report: updates 'twice daily Monday to Friday', a standing schedule: recurring
    B(
        text="The information will be updated twice daily Monday to Friday except for bank holidays and weekends, this will be updated the previous working day.",
        due=None,
        vague=False,
        said="2024-11-06 15:31:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_NATIONAL_HIGHWAYS_6NOV24,
        published="2024-11-06",
    ),
)
