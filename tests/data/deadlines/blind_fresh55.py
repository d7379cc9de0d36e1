"""A FIFTY-FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 22:14 by the machine's clock, by a
labelling helper (branch issue12l55-s36) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py` (and, for the form, those of
`blind_fresh52.py`), and the parser package's docstring only (for the vague windows, "mid"
as the middle third of a period, the meteorological seasons and "a date without a year is
its next occurrence"); nothing else of `bot/core/deadlines/` was opened. The brief allowed
any publisher but no one above a third of the cases, at least eight publishers, several
genres and at least half of the cases from publishers outside the United States, each with
an open licence: Stats NZ releases, statements and a media advisory (two as posted on Scoop,
one on livenews.co.nz), Reserve Bank of Australia media releases (one as quoted in full on a
forum), the UK Statistics Authority and its executive office, the Office for National
Statistics (statements, a dataset notice and a statistical bulletin; two as copied on
docslib.org and marketscreener.com), the Law Commission of England and Wales (annual reports,
a programme of law reform and a written briefing, as copied on docslib.org, scribd and
vdocument.in), the US Equal Employment Opportunity Commission's meeting releases, a release of
the US Office of the Comptroller of the Currency (as posted on marketswired.com), two Opinions
and Orders of the US Merit Systems Protection Board (as reproduced on cetient.com) and three
items of the US Commission on Civil Rights (a release on a newswire's repost, an announcement
quoted in a newsletter, a Federal Register notice on vlex). As in the twenty-seventh to
fifty-second sets, every sentence quoted holds a time word of some kind (a date, a clock
time, a day word, a period, a span, a year in a name, "now", "current", "previously",
"former", "no longer", "future", "upcoming", "in due course", "in the near future", "time",
"delay", "during", "before", "since", "once", "when", "while"); the sentences of the
openings read that hold none were skipped, as were bare headings, titles, standfirsts, date
lines, release and number lines, datelines of reposts, the labels of a bulletin ("Release
date:", "Next release:"), a schedule's date heading, captions of court orders, record
citations, contents lines, site and navigation text around the quoted item, lines cut off by
the start or end of an opening, and sentences that stand word for word in a page quoted
before in this set (five recurring sentences of the EEOC's releases, one of the Law
Commission's reports; the README names them). A point of a list was taken as its own case;
no word was changed (the line breaks of one copy were joined, and a copy's missing words,
footnote numbers and split words stay as the copy has them), and quotation marks stay as the
page has them. The sentences were found with a search over stored copies of public pages and
taken as they came in the openings the search returns, in page order. See README.md
("Fifty-fifth fresh blind set") for every address, publisher and licence. No address listed
in README.md, in a `#` header or README under `tests/data/`, in the sources of the other set
files or in the shared claims file was used: each was checked against those lists (the
address and a distinctive phrase of the page) and claimed (`fresh55`) in
`/work/helper-brief/claims.txt` before a quote was taken. Each label was worked out by hand
from the words, the publication date and the publisher's zone; the conversion of local
instants to UTC wall time, the day counts and the weekday checks were done with Python's
zoneinfo and datetime in a scratch script outside the repository, never with code of the
project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests
touched these texts before the labels were committed; the helpers improving the parser have
not seen them. See README.md for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (Stats NZ:
Pacific/Auckland; the Reserve Bank of Australia in Sydney: Australia/Sydney; the UK
Statistics Authority, the ONS and the Law Commission: Europe/London; US federal publishers:
America/New_York); the publication date at 10:00 local, except where the page gives the time
it was posted (a Scoop post's "11:11 am"); a day falls due at 23:59:59 local (zoneinfo
decides the offset); a clock time without a zone word is in the publisher's zone; a range, a
list or a window falls due at its later end; "mid" is the middle third of its period and
vague words take the parser's documented windows (60 days for "in due course" and "in the
near future"), counted from the day of speaking; a time that the sentence hangs on an
undated event or on a session, meeting or day another line dates ("During the meeting", "on
the day of the Commission Meeting", "30 minutes before the meeting", "in advance of the
briefing", the hours of a schedule under its date heading, "once publication restarts") is
`refusal='event'`, and where the page dates that event elsewhere the label is marked
"unsure" and names the instant; refusals have `due=None` and a `refusal` kind (past | event
| recurring | earliest; this set holds no negated case); a sentence whose time words set no
time for any act (a year in the name of an Act, a plan or an agenda, "now", "current",
"previously", "former", "no longer", "the latest", "day to day", "upcoming", a day word on
the verb of speaking, a possibility) has `due=None` and no refusal word. Labels marked
"unsure" name the other reading; like every label here they stay as committed, whatever the
first run shows. First run: not yet taken (the lead runs it once, after merging, and records
it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_STATSNZ_CENSUS_22MAY24 = "https://www.scoop.co.nz/stories/AK2405/S00747/thank-you-aotearoa-new-zealand-for-making-the-2023-census-count.htm"
_STATSNZ_COVID_30MAR20 = "https://livenews.co.nz/2020/03/30/how-our-scheduled-releases-will-be-managed-during-covid-19-stats-nz-media-release"
_STATSNZ_QUAKE_17MAR11 = "http://m.stats.govt.nz/tools_and_services/media-centre/earthquake-related%20info/media-advisory-17-mar-11.aspx"
_STATSNZ_DELAY_27NOV18 = (
    "https://www.scoop.co.nz/stories/PO1811/S00299/2018-census-data-release-delayed.htm"
)
_RBA_5_11FEB16 = "https://cdnpapermoney.com/index.php?topic=14964.0"
_RBA_10_11AUG17 = "http://www.rba.gov.au/media-releases/2017/mr-17-16.html"
_UKSA_CENSUS_27MAR14 = "https://docslib.org/doc/3007732/census-and-the-future-provision-of-population-statistics-in-england-and"
_UKSA_PACAC_18JUL19 = "https://www.marketscreener.com/news/UK-Statistics-Authority-PACAC-Report-Response--28920098/?utm_medium=RSS&utm_content=20190717"
_ONS_LMO_3APR20 = (
    "https://cy.ons.gov.uk/news/statementsandletters/coronavirusimpactonlabourmarketoutputs"
)
_ONS_WWH_3APR20 = "https://cy.ons.gov.uk/employmentandlabourmarket/peopleinwork/employmentandemployeetypes/datasets/workingandworklesshouseholdstableshowingqualitymeasures"
_ONS_EMP_13OCT20 = "https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/employmentandemployeetypes/bulletins/employmentintheuk/october2020"
_LAWCOM_AR_16JUL15 = "https://docslib.org/doc/4178982/law-commission-annual-report-2014-2015"
_LAWCOM_BRIEF_19FEB16 = "https://vdocument.in/w-law-commission-parliament-110-the-law-commission-is-a-statutory-body-created.html"
_LAWCOM_AR_11JUL16 = "https://docslib.org/doc/11213729/the-law-commission-annual-report-2015-16-law-com-no-367-the-fiftieth-annual-report-of-the-law-commission"
_LAWCOM_13TH_13DEC17 = "https://ru.scribd.com/document/433579050/13th-Programme-of-Law-Reform"
_LAWCOM_AR_14JUL20 = "https://docslib.org/doc/12831122/law-commission-annual-report-2019-20"
_LAWCOM_AR_21JUL21 = "https://docslib.org/doc/8308119/law-commission-annual-report-2020-21"
_EEOC_18FEB05 = "https://eeoc.gov/newsroom/eeoc-hold-public-meeting-february-22"
_EEOC_24MAR05 = "https://uat-www.eeoc.gov/newsroom/eeoc-hold-public-meeting-march-24"
_EEOC_5AUG05 = "https://www.eeoc.gov/newsroom/next-public-commission-meeting-be-held-august-8-0"
_EEOC_5SEP06 = "https://eeoc.gov/newsroom/eeoc-hold-public-meeting-sept-7"
_EEOC_11FEB08 = "https://webarchive.library.unt.edu/eot2008/20080916154615/http:/www.eeoc.gov/press/2-11-08.html"
_EEOC_17FEB12 = "https://eeoc.gov/newsroom/next-commission-meeting-wednesday-february-22"
_OCC_23NOV20 = "https://marketswired.com/us-treasury/office-of-the-comptroller-of-the-currency/occ-finalizes-update-to-activities-and-operationsrule"
_MSPB_DAVIS_8JUL22 = "https://cetient.com/case/9372780/gary-davis-v-department-of-defense"
_MSPB_ORAM_31AUG22 = "https://cetient.com/case/9372770/cyril-oram-v-department-of-the-navy"
_USCCR_20JAN12 = "https://travel-impact-newswire.com/?p=9536"
_USCCR_29OCT18 = "https://www.ancor.org/capitol-correspondence/us-civil-rights-commission-schedules-nov-2-hearing-evaluate-federal-enforcement-civil/"
_USCCR_FR_21DEC18 = "https://regulations.vlex.com/vid/sunshine-act-meeting-774574673"

FRESH55_CASES: tuple[BlindCase, ...] = (
    # Stats NZ, press release 'Thank You, Aotearoa New Zealand, For Making The 2023 Census Count' as posted on Scoop (Wednesday, 22 May 2024, 11:11 am, the post's date line and 'Press Release: Stats NZ'; the heading, the paywall note and the link line at the end are not quoted; said at the posted time): data 'published in one week, on 29 May 2024', the span and the date naming one day (22 May + 7 days): 29 May 2024, end of day NZST
    B(
        text="The first data from the 2023 Census will be published in one week, on 29 May 2024, thanks to everyone who took part, Stats NZ said today.",
        due="2024-05-29 11:59:59",
        vague=False,
        said="2024-05-21 23:11:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_STATSNZ_CENSUS_22MAY24,
        published="2024-05-22",
    ),
    # the same release: 'next week's release' names the release the sentence before dates; read as the week named, Monday 27 May to Sunday 2 June: 2 June 2024, end of day NZST; unsure: 29 May 2024, end of day NZST (the day given before), or no deadline (a release only named as a priority)
    B(
        text="“Delivering next week’s release of census data has been a top priority for Stats NZ.",
        due="2024-06-02 11:59:59",
        vague=False,
        said="2024-05-21 23:11:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_STATSNZ_CENSUS_22MAY24,
        published="2024-05-22",
    ),
    # the same release: the collection effort 'in 2023' is gone: past
    B(
        text="It is important to us to give back to the people and communities who supported the census collection effort in 2023,” Government Statistician and Stats NZ Chief Executive, Mark Sowden said.",
        due=None,
        vague=False,
        said="2024-05-21 23:11:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STATSNZ_CENSUS_22MAY24,
        published="2024-05-22",
    ),
    # the same release: 'the 2023 Census' names the census; the thanks set no time for any act: no deadline
    B(
        text="“I want to thank the hundreds of community organisations who stood with us, and for their communities, helping people take part in the 2023 Census.",
        due=None,
        vague=False,
        said="2024-05-21 23:11:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSNZ_CENSUS_22MAY24,
        published="2024-05-22",
    ),
    # Stats NZ, media release 'How our scheduled releases will be managed during COVID-19' (30 March 2020, the release's own date line; as posted on livenews.co.nz under 'Source: MIL-OSI Submissions'; the heading, the source line and the sentences without a time word are not quoted): releases 'published as planned in March and April', a range of months falling due at its later end: 30 April 2020, end of day NZST
    B(
        text="All scheduled statistics releases will be published as planned in March and April, Stats NZ confirmed today.",
        due="2020-04-30 11:59:59",
        vague=False,
        said="2020-03-29 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_STATSNZ_COVID_30MAR20,
        published="2020-03-30",
    ),
    # the same release: CPI 'due on 20 April' followed by labour market statistics 'on 6 May', a schedule falling due at its last day (CONVENTIONS 6.1); 'March 2020 quarter' names the data: 6 May 2020, end of day NZST
    B(
        text="The next key releases are CPI (March 2020 quarter) due on 20 April, followed by Labour market statistics (March 2020 quarter) on 6 May.",
        due="2020-05-06 11:59:59",
        vague=False,
        said="2020-03-29 21:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_STATSNZ_COVID_30MAR20,
        published="2020-03-30",
    ),
    # the same release: the move into Alert Level 4 'on 26 March' is gone: past
    B(
        text="Stats NZ staff are working from home, following the country’s move into COVID-19 Alert Level 4 on 26 March.",
        due=None,
        vague=False,
        said="2020-03-29 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STATSNZ_COVID_30MAR20,
        published="2020-03-30",
    ),
    # the same release: 'an uncertain time' sets no time for any act: no deadline
    B(
        text="This is an uncertain time for all New Zealanders.",
        due=None,
        vague=False,
        said="2020-03-29 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSNZ_COVID_30MAR20,
        published="2020-03-30",
    ),
    # the same release: weekly data provided 'for the first time', told in the perfect: past
    B(
        text="An example of this is the provisional weekly trade data for imports and exports – for the first time, Stats NZ has been able to provide weekly rather than monthly trade data.",
        due=None,
        vague=False,
        said="2020-03-29 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STATSNZ_COVID_30MAR20,
        published="2020-03-30",
    ),
    # the same release: data published 'weekly', a standing frequency: recurring
    B(
        text="We are also publishing provisional weekly travel data.",
        due=None,
        vague=False,
        said="2020-03-29 21:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_STATSNZ_COVID_30MAR20,
        published="2020-03-30",
    ),
    # the same release: 'during the COVID-19 outbreak' on a state that has come about sets no time for any act: no deadline; unsure: past (told in the perfect)
    B(
        text="This has become of much greater public interest during the COVID-19 outbreak.",
        due=None,
        vague=False,
        said="2020-03-29 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSNZ_COVID_30MAR20,
        published="2020-03-30",
    ),
    # the same release: 'during this time' names the present period, no time for the act: no deadline
    B(
        text="We will do our best to continue to innovate during this time.",
        due=None,
        vague=False,
        said="2020-03-29 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSNZ_COVID_30MAR20,
        published="2020-03-30",
    ),
    # the same release: a survey 'published as scheduled on 6 April', a date without a year read as its next occurrence: 6 April 2020, end of day NZST
    B(
        text="Te Kupenga, the survey of Māori wellbeing, including data on the use of te reo Māori, will be published as scheduled on 6 April.",
        due="2020-04-06 11:59:59",
        vague=False,
        said="2020-03-29 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_STATSNZ_COVID_30MAR20,
        published="2020-03-30",
    ),
    # the same release: collection stopped 'from Sunday 22 March 2020 until further notice', a stop already made (the later act, 'will continue', has no time): past
    B(
        text="Stats NZ stopped face-to-face survey collection from Sunday 22 March 2020 until further notice, but will continue to collect survey information by email and telephone.",
        due=None,
        vague=False,
        said="2020-03-29 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STATSNZ_COVID_30MAR20,
        published="2020-03-30",
    ),
    # Stats NZ (Statistics New Zealand), 'Media advisory – 17 March 2011' on its archive site (the date in its heading; the archive banner, the share links, the title, the section headings, the sentences without a time word and the line cut off at the end of the opening are not quoted): the February earthquake's effect is told as done: past
    B(
        text="The February earthquake in Christchurch had a major effect on Statistics New Zealand information releases, following damage to the building in the city centre where many of our statistical releases are prepared and approximately 200 of our staff work.",
        due=None,
        vague=False,
        said="2011-03-16 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STATSNZ_QUAKE_17MAR11,
        published="2011-03-17",
    ),
    # the same advisory: releases made 'on time', told in the perfect, and staff 'now' returning: past
    B(
        text="We’ve been able to release our top priority statistics on time and some of our Christchurch staff are now returning to work.",
        due=None,
        vague=False,
        said="2011-03-16 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STATSNZ_QUAKE_17MAR11,
        published="2011-03-17",
    ),
    # the same advisory: 'Since the earthquake': past
    B(
        text="Since the earthquake, staff have been unable to enter the building that houses several critical systems.",
        due=None,
        vague=False,
        said="2011-03-16 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STATSNZ_QUAKE_17MAR11,
        published="2011-03-17",
    ),
    # the same advisory: 'some months before we return to full capacity' is a forecast with no time for any act: no deadline; unsure: earliest-only (no return before some months, CONVENTIONS 3.2)
    B(
        text="However we expect it will be some months before we return to full capacity.",
        due=None,
        vague=False,
        said="2011-03-16 21:00:00",
        tz="Pacific/Auckland",
        cluster=5,
        source=_STATSNZ_QUAKE_17MAR11,
        published="2011-03-17",
    ),
    # the same advisory: GDP and BOP 'released on schedule next week' (the 'December quarter' names the data), the week after Thursday 17 March running Monday 21 to Sunday 27 March: 27 March 2011, end of day NZDT
    B(
        text="GDP and BOP for the December quarter will be released on schedule next week, and CPI and HLFS have already been released.",
        due="2011-03-27 10:59:59",
        vague=False,
        said="2011-03-16 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_STATSNZ_QUAKE_17MAR11,
        published="2011-03-17",
    ),
    # Stats NZ, statement '2018 Census data release delayed' as posted on Scoop (27 November 2018, the statement's date line; the site's navigation line, the heading and the sentences without a time word are not quoted): 'taking longer than expected', 'today' on the verb of speaking (CONVENTIONS 2.2) and '2018 Census' as a name set no time for any act: no deadline
    B(
        text="Work on the first release of 2018 Census data is taking longer than expected due to the complex nature of the task, Stats NZ said today.",
        due=None,
        vague=False,
        said="2018-11-26 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSNZ_DELAY_27NOV18,
        published="2018-11-27",
    ),
    # the same statement: what Stats NZ 'had previously reported': past
    B(
        text="Stats NZ had previously reported that they had full or partial information for around 90 percent of individuals and indicated further analysis would be required that would delay the first release.",
        due=None,
        vague=False,
        said="2018-11-26 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STATSNZ_DELAY_27NOV18,
        published="2018-11-27",
    ),
    # the same statement: an announcement 'by April 2019', a month's end: 30 April 2019, end of day NZST
    B(
        text="“We now know this is going to take us a bit longer, but by April 2019 we will be able to announce when census data will be available,” Government Statistician Liz MacPherson said.",
        due="2019-04-30 11:59:59",
        vague=False,
        said="2018-11-26 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_STATSNZ_DELAY_27NOV18,
        published="2018-11-27",
    ),
    # the same statement: 'the further delay' sets no time for any act: no deadline
    B(
        text="I know how important census data is to so many people and I apologise for the inconvenience caused by the further delay.",
        due=None,
        vague=False,
        said="2018-11-26 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSNZ_DELAY_27NOV18,
        published="2018-11-27",
    ),
    # the same statement: 'the additional time' sets no time: no deadline
    B(
        text="It is precisely because the information is so important that we need to take the additional time.”",
        due=None,
        vague=False,
        said="2018-11-26 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSNZ_DELAY_27NOV18,
        published="2018-11-27",
    ),
    # the same statement: 'more time' sets no time: no deadline
    B(
        text="“We are exploring how to address this issue and we need more time to evaluate the approaches we are developing.",
        due=None,
        vague=False,
        said="2018-11-26 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSNZ_DELAY_27NOV18,
        published="2018-11-27",
    ),
    # Reserve Bank of Australia, media release 'Next Generation of Banknotes: Issuance Date for the New $5 Banknote' (Number 2016-02, Date 11 February 2016, its number and date lines), as quoted in full in a forum post on cdnpapermoney.com (the forum's text, the title and the number and date lines are not quoted): the new $5 'will be issued from 1 September 2016', a one-off issue taking effect that day (CONVENTIONS 3.1; '50th anniversary' counts years): 1 September 2016, end of day AEST; unsure: earliest-only (CONVENTIONS 3.2, an issue that goes on from that day)
    B(
        text="On the occasion of the 50th anniversary of decimal currency, the Reserve Bank is pleased to announce that the first of Australia's next generation of banknotes, the new $5, will be issued from 1 September 2016.",
        due="2016-09-01 13:59:59",
        vague=False,
        said="2016-02-10 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_RBA_5_11FEB16,
        published="2016-02-11",
    ),
    # the same release, the Governor's words: features 'not previously' used set no time for any act: no deadline
    B(
        text="‘The new banknotes will have a range of security features that have not previously been used on an Australian banknote.",
        due=None,
        vague=False,
        said="2016-02-10 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_RBA_5_11FEB16,
        published="2016-02-11",
    ),
    # the same release: 'At the same time' sets no time: no deadline
    B(
        text="At the same time, key features of the existing series of banknotes, such as the colour, size and people portrayed on each denomination, have been maintained.",
        due=None,
        vague=False,
        said="2016-02-10 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_RBA_5_11FEB16,
        published="2016-02-11",
    ),
    # the same release: 'National Wattle Day, 1 September' chosen for the issue, a date without a year read as its next occurrence: 1 September 2016, end of day AEST; unsure: no deadline (the date names the day chosen)
    B(
        text="National Wattle Day, 1 September, has therefore been chosen to issue the new $5 banknote.",
        due="2016-09-01 13:59:59",
        vague=False,
        said="2016-02-10 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_RBA_5_11FEB16,
        published="2016-02-11",
    ),
    # the same release: details 'revealed in the middle of the year', read as 'mid' 2016, May to August in the parser's docstring: 31 August 2016, end of day AEST; unsure: 30 June or 31 July 2016 (the middle read as June or July)
    B(
        text="Full details of the design will be revealed in the middle of the year.",
        due="2016-08-31 13:59:59",
        vague=False,
        said="2016-02-10 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_RBA_5_11FEB16,
        published="2016-02-11",
    ),
    # Reserve Bank of Australia, media release 'Next Generation of Banknotes: Issuance Date for the New $10 Banknote' (mr-17-16; the stored page's date line reads 2017-08-11; the title, the 'As part of his announcement' lead-in and the sentences without a time word are not quoted): the new $10 'released into general circulation from 20 September 2017', a one-off release (CONVENTIONS 3.1), 'today' on the verb of speaking (CONVENTIONS 2.2): 20 September 2017, end of day AEST; unsure: earliest-only (CONVENTIONS 3.2)
    B(
        text="The Governor, Philip Lowe, announced today in his opening statement to the House of Representatives Standing Committee on Economics that the new $10 banknote will be released into general circulation from 20 September 2017.",
        due="2017-09-20 13:59:59",
        vague=False,
        said="2017-08-11 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_RBA_10_11AUG17,
        published="2017-08-11",
    ),
    # the same release: the $5 release 'last year': past
    B(
        text="This follows the release of the new $5 banknote last year.",
        due=None,
        vague=False,
        said="2017-08-11 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_RBA_10_11AUG17,
        published="2017-08-11",
    ),
    # the same release: 'previously issued' and 'continue' on a standing state set no time for any act: no deadline
    B(
        text="The existing series of banknotes can continue to be used, as all previously issued banknotes remain legal tender.",
        due=None,
        vague=False,
        said="2017-08-11 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_RBA_10_11AUG17,
        published="2017-08-11",
    ),
    # UK Statistics Authority, statement 'The census and future provision of population statistics in England and Wales' (27 March 2014, the date line of the statement as copied on docslib.org; the same words stand undated on uksa.statisticsauthority.gov.uk; the number and date lines, the title and the line cut off at the end of the opening are not quoted; footnote numbers stay as the copy has them): research and a 'three-month' consultation concluded, told in the perfect: past
    B(
        text="Following the conclusion of an extensive programme of research and a three-month public consultation, the National Statistician has made a recommendation1 to the Board of the UK Statistics Authority on the census and future provision of population statistics in England and Wales.",
        due=None,
        vague=False,
        said="2014-03-27 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKSA_CENSUS_27MAR14,
        published="2014-03-27",
    ),
    # the same statement: a census 'in 2021' recommended, the census's own year: 31 December 2021, end of day GMT; unsure: no deadline (a recommendation told as made, no undertaking)
    B(
        text="The National Statistician has recommended a predominantly online census in 2021 supplemented by the further use of administrative and survey data.",
        due="2021-12-31 23:59:59",
        vague=False,
        said="2014-03-27 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_UKSA_CENSUS_27MAR14,
        published="2014-03-27",
    ),
    # the same statement: 'has today written', the perfect with a day word (CONVENTIONS 2.4): past
    B(
        text="Sir Andrew Dilnot, Chair of the UK Statistics Authority, has today written to Rt. Hon. Francis Maude MP, Minister for the Cabinet Office, to commend the National Statistician’s recommendation to the Government.2",
        due=None,
        vague=False,
        said="2014-03-27 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKSA_CENSUS_27MAR14,
        published="2014-03-27",
    ),
    # the same statement: 'In 2010': past
    B(
        text="In 2010, the UK Statistics Authority asked the National Statistician and the Office for National Statistics (ONS) to review the future provision of population statistics in England and Wales in order to inform the Government and Parliament about the options for the next census.",
        due=None,
        vague=False,
        said="2014-03-27 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKSA_CENSUS_27MAR14,
        published="2014-03-27",
    ),
    # the same statement: 'Over the last three years': past
    B(
        text="Over the last three years, ONS has undertaken research into new ways of counting the population, reviewed practices in other countries, engaged with a wide range of users, completed a three month public consultation3, and commissioned an independent review of methodology led by Professor Chris Skinner of the London School of Economics.4",
        due=None,
        vague=False,
        said="2014-03-27 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKSA_CENSUS_27MAR14,
        published="2014-03-27",
    ),
    # the same statement (the name of the Act is missing from the copy, quoted as it stands): 'now' and 'in the future' set no time for any act: no deadline
    B(
        text="Under the , it is now for the Government and Parliament to determine the arrangements for census-taking in England and Wales in the future.",
        due=None,
        vague=False,
        said="2014-03-27 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UKSA_CENSUS_27MAR14,
        published="2014-03-27",
    ),
    # the same statement: 'today' on the verb of speaking (CONVENTIONS 2.2): no deadline
    B(
        text="Speaking today, Sir Andrew Dilnot said:",
        due=None,
        vague=False,
        said="2014-03-27 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UKSA_CENSUS_27MAR14,
        published="2014-03-27",
    ),
    # the same statement: work 'over the last three years': past
    B(
        text="“I am very grateful to colleagues in ONS for all their hard work over the last three years to complete a thorough and extensive review of the future provision of population statistics in England and Wales and the options for the next census.",
        due=None,
        vague=False,
        said="2014-03-27 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKSA_CENSUS_27MAR14,
        published="2014-03-27",
    ),
    # UK Statistics Authority, statement 'PACAC Report Response' (the repost's disclaimer: 'UK Statistics Authority published this content on 18 July 2019'; as distributed on marketscreener.com; its time stamp, heading, disclaimer and the sentences without a time word are not quoted): a year in the name of an Act: no deadline
    B(
        text="Responding to the publication of the Public Administration and Constitutional Affairs Committee (PACAC) report 'Governance of official statistics: redefining the dual role of the UK Statistics Authority; and re-evaluating the Statistics and Registration Service Act 2007' an Authority spokesperson said:",
        due=None,
        vague=False,
        said="2019-07-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UKSA_PACAC_18JUL19,
        published="2019-07-18",
    ),
    # the same statement: 'day to day' names the kind of challenge: no deadline
    B(
        text="We are pleased that the committee acknowledged the significant improvements we have made to build and maintain trust in official statistics, our unique role and the day to day challenges we face in our work.",
        due=None,
        vague=False,
        said="2019-07-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UKSA_PACAC_18JUL19,
        published="2019-07-18",
    ),
    # the same statement: 'Today's report' and 'soon to be appointed' (an appointment by others, no undertaking of the speaker) set no time: no deadline
    B(
        text="Today's report contains a number of substantial and detailed recommendations which will require consideration from the Authority's Board, the Office for Statistics Regulation, and the soon to be appointed National Statistician.",
        due=None,
        vague=False,
        said="2019-07-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UKSA_PACAC_18JUL19,
        published="2019-07-18",
    ),
    # the same statement: a response 'in due course' (CONVENTIONS 5.1): vague, 60 days from 18 July, 16 September 2019, end of day BST
    B(
        text="'We will respond to the Public Administration and Constitutional Affairs Committee in full in due course.'",
        due="2019-09-16 22:59:59",
        vague=True,
        said="2019-07-18 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UKSA_PACAC_18JUL19,
        published="2019-07-18",
    ),
    # Office for National Statistics, statement 'Coronavirus impact on labour market outputs' (Published 3 April 2020, its date line; the date line, the sentences without a time word, the lead-in 'These include:' and the line cut off at the end of the opening are not quoted): information 'faster' and 'as the situation unfolds' set no time for any act: no deadline
    B(
        text="This means we will need to ensure that information is provided faster, using new data sources and changing how our surveys operate, to ensure we provide the information necessary as the situation unfolds.",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS_LMO_3APR20,
        published="2020-04-03",
    ),
    # the same statement: statements 'released on 19 March 2020' and 'on 27 March': past
    B(
        text="The overall impact on the ONS was outlined in a statement released on 19 March 2020, with further details published in another statement on 27 March.",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS_LMO_3APR20,
        published="2020-04-03",
    ),
    # the same statement: 'has already published', 'the latest data': past
    B(
        text="In response, the ONS has already published several labour market-related articles on our special page for the latest data and analysis related to COVID-19.",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS_LMO_3APR20,
        published="2020-04-03",
    ),
    # the same statement, a point of the list: an article on October to December 2019, 'published 30 March 2020': past
    B(
        text="Coronavirus and employment for parents in the UK: October to December 2019 (published 30 March 2020)",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS_LMO_3APR20,
        published="2020-04-03",
    ),
    # the same list: 'October 2018 to September 2019', 'published 24 March 2020' ('70 years' an age): past
    B(
        text="Coronavirus and employment for those aged 70 years and over in the UK: October 2018 to September 2019 (published 24 March 2020)",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS_LMO_3APR20,
        published="2020-04-03",
    ),
    # the same list: '2019', 'published 24 March 2020': past
    B(
        text="Coronavirus and homeworking in the UK labour market: 2019 (published 24 March 2020)",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS_LMO_3APR20,
        published="2020-04-03",
    ),
    # the same statement: a survey 'piloted last year', a roll-out told in the perfect: past
    B(
        text="Additionally, we have accelerated the roll-out of the online Labour Market Survey that was piloted last year to provide better insights on changes in employment and unemployment.",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS_LMO_3APR20,
        published="2020-04-03",
    ),
    # the same statement: 'early results' 'on a more frequent basis', a possibility explored (CONVENTIONS 4.2): no deadline
    B(
        text="We are exploring whether we can publish early results from this on a more frequent basis.",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS_LMO_3APR20,
        published="2020-04-03",
    ),
    # the same statement: 'current' on a present state: no deadline
    B(
        text="This will supplement our current Labour Force Survey (LFS), which is used to produce the current headline figures.",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS_LMO_3APR20,
        published="2020-04-03",
    ),
    # the same statement: 'during this period' and a suspension to come with no time: no deadline
    B(
        text="The effects of the outbreak on ONS capacity and capability during this period means we have reviewed the existing labour market releases and will be suspending some of these publications.",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS_LMO_3APR20,
        published="2020-04-03",
    ),
    # Office for National Statistics, notice of 03 April 2020 heading a dataset page (its date line; the dataset's own labels in Welsh, 'Dyddiad y datganiad' and 'Cyhoeddiad nesaf', the contact lines and the sentences without a time word are not quoted): a review 'during this period', told in the perfect: past
    B(
        text="The effects of the pandemic on ONS capacity and capability during this period means we have reviewed the existing labour market releases.",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS_WWH_3APR20,
        published="2020-04-03",
    ),
    # the same notice: suspended 'for at least three months', only a lower bound on its return (CONVENTIONS 3.2; 'January to March 2020' names the data): earliest 3 July 2020, 00:00 BST; unsure: due 3 July 2020, end of day BST (a window that runs three months, CONVENTIONS 1.1)
    B(
        text="As a result this article will be suspended for at least three months (the next release would cover January to March 2020).",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2020-07-02 23:00:00",
        cluster=5,
        source=_ONS_WWH_3APR20,
        published="2020-04-03",
    ),
    # the same notice: a review 'before the next scheduled release in August', a release on a day of August the page does not give: event; unsure: 31 July 2020, end of day BST (before August, CONVENTIONS 3.5) or 31 August 2020 (the latest day of the release)
    B(
        text="We will review the situation before the next scheduled release in August (covering April to June 2020).",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_ONS_WWH_3APR20,
        published="2020-04-03",
    ),
    # the same notice: a review 'when to publish' has no time; the date in brackets is the publication's present schedule: no deadline; unsure: 29 July 2020, end of day BST (the date scheduled)
    B(
        text="We will also review when to publish the regional data for 2019 (currently scheduled for 29 July 2020).",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS_WWH_3APR20,
        published="2020-04-03",
    ),
    # the same notice: data available 'once publication restarts', an undated event: event
    B(
        text="Data for the missing period(s) will be available once publication restarts.",
        due=None,
        vague=False,
        said="2020-04-03 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_ONS_WWH_3APR20,
        published="2020-04-03",
    ),
    # Office for National Statistics, statistical bulletin 'Employment in the UK: October 2020' (13 October 2020, its date line and 'Release date'; the title, the standfirst, the 'not the latest release' banner, the release and next-release labels, the contact line, the section headings, the sentences without a time word and the line cut off at the end are not quoted): 'the latest' data: no deadline
    B(
        text="Other commentary from the latest labour market data can be found on the following pages:",
        due=None,
        vague=False,
        said="2020-10-13 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS_EMP_13OCT20,
        published="2020-10-13",
    ),
    # the same bulletin, a point of 'Main points for June to August 2020': figures for 'June to August', months gone: past
    B(
        text="June to August figures show the unemployment rate and the number of redundancies continue to increase, while the employment rate continues to fall.",
        due=None,
        vague=False,
        said="2020-10-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS_EMP_13OCT20,
        published="2020-10-13",
    ),
    # the same list: 'over the year', 'the June to August period': past
    B(
        text="Although decreasing over the year, total hours worked had a record increase on the quarter, with the June to August period covering a time when a number of coronavirus (COVID-19) lockdown measures were eased.",
        due=None,
        vague=False,
        said="2020-10-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS_EMP_13OCT20,
        published="2020-10-13",
    ),
    # the same list: 'a year earlier', 'the previous quarter': past
    B(
        text="The UK employment rate was estimated at 75.6%, 0.3 percentage points lower than a year earlier, and 0.3 percentage points lower than the previous quarter.",
        due=None,
        vague=False,
        said="2020-10-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS_EMP_13OCT20,
        published="2020-10-13",
    ),
    # the same list: 'a year earlier', 'the previous quarter': past
    B(
        text="The UK unemployment rate was estimated at 4.5%, 0.6 percentage points higher than a year earlier and 0.4 percentage points higher than the previous quarter.",
        due=None,
        vague=False,
        said="2020-10-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS_EMP_13OCT20,
        published="2020-10-13",
    ),
    # the same list: 'the previous year', 'the previous quarter': past
    B(
        text="The UK economic inactivity rate was estimated at 20.8%, 0.2 percentage points lower than the previous year, but largely unchanged compared with the previous quarter.",
        due=None,
        vague=False,
        said="2020-10-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS_EMP_13OCT20,
        published="2020-10-13",
    ),
    # Law Commission, Annual Report 2014–15 (Law Com No 359), 'Ordered by the House of Commons to be printed on 16 July 2015' (the day read), as copied on docslib.org (the title lines, the printing and licence lines and the names are not quoted): a year in the name of an Act: no deadline
    B(
        text="The Law Commission was set up by section 1 of the Law Commissions Act 1965 for the purpose of promoting the reform of the law.",
        due=None,
        vague=False,
        said="2015-07-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LAWCOM_AR_16JUL15,
        published="2015-07-16",
    ),
    # the same report: the period '1 April 2014 to 31 March 2015' and references 'up to and including 3 June 2015', all gone: past
    B(
        text="This annual report covers the period 1 April 2014 to 31 March 2015, although we have also included references beyond the reporting period, up to and including 3 June 2015, when the terms of this report were agreed.",
        due=None,
        vague=False,
        said="2015-07-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=3,
        source=_LAWCOM_AR_16JUL15,
        published="2015-07-16",
    ),
    # the same report, a note to its list of Commissioners: joined 'on 1 January 2015': past
    B(
        text="* Stephen Lewis joined the Law Commission on 1 January 2015, replacing David Hertzell as Law Commissioner for commercial and common law.",
        due=None,
        vague=False,
        said="2015-07-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LAWCOM_AR_16JUL15,
        published="2015-07-16",
    ),
    # Law Commission, written briefing to the Commons Justice Committee 'submitted by the Law Commission of England and Wales, 19th February 2016' (the briefing's date line), as copied on vdocument.in (the site's title and summary lines, the date lines and the paragraphs without a time word are not quoted): 'former Chairman' and 'modern' set no time for any act: no deadline
    B(
        text="“The establishment of the Law Commission was an inspired act of Government, born of the belief that accessible, intelligible, fair and modern law is the constitutional right of every citizen” Sir Terence Etherton, Chancellor of the High Court and former Chairman of the Law Commission.",
        due=None,
        vague=False,
        said="2016-02-19 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LAWCOM_BRIEF_19FEB16,
        published="2016-02-19",
    ),
    # the same briefing: a Programme 'which starts in 2017', an activity given only its start (CONVENTIONS 3.2): earliest 1 January 2017, 00:00 GMT; unsure: due 31 December 2017, end of day GMT (a start as a one-off event, CONVENTIONS 3.1)
    B(
        text="1.2 We welcome the invitation to appear before the Justice Committee and update you on the work of our organisation; in particular to update you on our current criminal projects and our preparatory work for our 13th Programme of Law Reform, which starts in 2017.",
        due=None,
        vague=False,
        said="2016-02-19 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2017-01-01 00:00:00",
        cluster=5,
        source=_LAWCOM_BRIEF_19FEB16,
        published="2016-02-19",
    ),
    # Law Commission, Annual Report 2015–16 (Law Com No 367), 'Ordered by the House of Commons to be printed on 11 July 2016', as copied on docslib.org (the sentence on the Act of 1965, word for word the one of the 2014–15 report above, the caption and the line cut off at the end are not quoted): the reporting period and 'up to and including 7 June 2016', gone: past
    B(
        text="This annual report covers the period 1 April 2015 to 31 March 2016, although we have also included references beyond the reporting period, up to and including 7 June 2016 when the terms of this report were agreed.",
        due=None,
        vague=False,
        said="2016-07-11 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=3,
        source=_LAWCOM_AR_11JUL16,
        published="2016-07-11",
    ),
    # Law Commission, Thirteenth Programme of Law Reform (Law Com No 377), 'Ordered by the House of Commons to be printed on 13 December 2017', as copied on scribd (the title, printing, licence and contents lines and the names are not quoted): a year in the name of an Act: no deadline
    B(
        text="The Law Commission was set up by the Law Commissions Act 1965 for the purpose of promoting the reform of the law.",
        due=None,
        vague=False,
        said="2017-12-13 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LAWCOM_13TH_13DEC17,
        published="2017-12-13",
    ),
    # the same report: terms 'agreed on 8 November 2017': past
    B(
        text="The terms of this report were agreed on 8 November 2017.",
        due=None,
        vague=False,
        said="2017-12-13 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LAWCOM_13TH_13DEC17,
        published="2017-12-13",
    ),
    # Law Commission, Annual Report 2019-20 (Law Com No 391), 'Ordered by the House of Commons to be printed on 14 July 2020', as copied on docslib.org (the sentence on the Act of 1965, word for word the one quoted above, and the contents lines are not quoted): the reporting period and 'up to and including 9 June 2020', gone: past
    B(
        text="This annual report covers the period 1 April 2019 to 31 March 2020, although we have also included references beyond the reporting period, up to and including 9 June 2020 when the terms of this report were agreed.",
        due=None,
        vague=False,
        said="2020-07-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=3,
        source=_LAWCOM_AR_14JUL20,
        published="2020-07-14",
    ),
    # Law Commission, Annual Report 2020-21 (Law Com No 400), 'Ordered by the House of Commons to be printed on 21 July 2021', as copied on docslib.org (the same sentence on the Act of 1965 and the contents lines are not quoted): the reporting period gone and the terms agreed 'up to and including July 2021', the month of reading, told as done: past
    B(
        text="This annual report covers the period 1 April 2020 to 31 March 2021, although we have also included references beyond the reporting period, up to and including July 2021 when the terms of this report were agreed.",
        due=None,
        vague=False,
        said="2021-07-21 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=3,
        source=_LAWCOM_AR_21JUL21,
        published="2021-07-21",
    ),
    # US Equal Employment Opportunity Commission, press release 'EEOC to hold public meeting on February 22' (2-18-05, its date line; the breadcrumb, the heading and the sentences without a time word are not quoted): the meeting 'on Tuesday, February 22, at 2:00 p.m.': 22 February 2005, 14:00 EST
    B(
        text="WASHINGTON - The next meeting of the U.S. Equal Employment Opportunity Commission (EEOC) will take place on Tuesday, February 22, at 2:00 p.m., in the Clarence M. Mitchell, Jr. Conference Room (9th floor), 1801 L Street, N.W.",
        due="2005-02-22 19:00:00",
        vague=False,
        said="2005-02-18 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EEOC_18FEB05,
        published="2005-02-18",
    ),
    # the same release: 'During the meeting', a session the sentence before dates: event; unsure: 22 February 2005, 14:00 EST
    B(
        text="During the meeting, the following matters will be considered:",
        due=None,
        vague=False,
        said="2005-02-18 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EEOC_18FEB05,
        published="2005-02-18",
    ),
    # the same release, a point of the agenda: the contract 'expires on March 31', a one-off end (CONVENTIONS 3.1), a date without a year read as its next occurrence: 31 March 2005, end of day EST
    B(
        text="The current contract expires on March 31.",
        due="2005-04-01 04:59:59",
        vague=False,
        said="2005-02-18 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EEOC_18FEB05,
        published="2005-02-18",
    ),
    # the same agenda point: a vote on the 'annual' allocation at the meeting dated above ('Fiscal Year 2005' names the allocation): event; unsure: 22 February 2005, 14:00 EST
    B(
        text="Fiscal Year 2005 Budget Allocation for Fair Employment Practices Agencies (FEPAs) - The Commission will vote on the annual allocation of funds to FEPA agencies.",
        due=None,
        vague=False,
        said="2005-02-18 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EEOC_18FEB05,
        published="2005-02-18",
    ),
    # the same release: an 'annual' appropriation on a standing arrangement sets no time for any act: no deadline
    B(
        text="FEPAs are state and local agencies with which EEOC maintains contractual worksharing agreements to process charges of employment discrimination, under an annual Congressional appropriation.",
        due=None,
        vague=False,
        said="2005-02-18 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EEOC_18FEB05,
        published="2005-02-18",
    ),
    # the same release: matters that 'may be carried over to a later meeting', a possibility (CONVENTIONS 4.2): no deadline
    B(
        text="NOTE TO NEWS MEDIA: Any matter not discussed or concluded may be carried over to a later meeting.",
        due=None,
        vague=False,
        said="2005-02-18 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EEOC_18FEB05,
        published="2005-02-18",
    ),
    # the same release: a call 'on the day of the Commission Meeting', a day the release dates above: event; unsure: 22 February 2005, end of day EST
    B(
        text="You may call (202) 663-7100 (voice) or (202) 663-4074 (TTY) on the day of the Commission Meeting to confirm the above schedule.",
        due=None,
        vague=False,
        said="2005-02-18 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EEOC_18FEB05,
        published="2005-02-18",
    ),
    # US Equal Employment Opportunity Commission, press release 'EEOC to hold public meeting on March 24' (3-24-05, its date line, the day of the meeting; the breadcrumb, the heading, the sentences without a time word, three sentences word for word those of the release of 18 February 2005 above and the line cut off at the end are not quoted): the meeting 'on Thursday, March 24, at 1 p.m.': 24 March 2005, 13:00 EST
    B(
        text="WASHINGTON - The U.S. Equal Employment Opportunity Commission (EEOC) will hold its next meeting on Thursday, March 24, at 1 p.m., at agency headquarters in the Clarence M. Mitchell, Jr. Conference Room (9th floor), 1801 L Street, N.W.",
        due="2005-03-24 18:00:00",
        vague=False,
        said="2005-03-24 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EEOC_24MAR05,
        published="2005-03-24",
    ),
    # the same release, a point of the agenda: 'the Spring of 2005' names the agenda: no deadline
    B(
        text="Proposed Regulatory Agenda for the Spring of 2005",
        due=None,
        vague=False,
        said="2005-03-24 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EEOC_24MAR05,
        published="2005-03-24",
    ),
    # the same release: what the agenda lists for 'the next 12 months (through March 2006)' is its content, no time for an act: no deadline; unsure: 31 March 2006, end of day EST (the period's end)
    B(
        text="The Regulatory Agenda lists all regulations expected to be under development or review in the next 12 months (through March 2006).",
        due=None,
        vague=False,
        said="2005-03-24 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EEOC_24MAR05,
        published="2005-03-24",
    ),
    # the same release: 'since 1983': past
    B(
        text="These fees have not increased since 1983, although the agency's costs have increased.",
        due=None,
        vague=False,
        said="2005-03-24 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EEOC_24MAR05,
        published="2005-03-24",
    ),
    # the same release: an agenda 'twice each year, in the Spring and Fall', a standing rule (CONVENTIONS 1.3; '12866' numbers an order): recurring
    B(
        text="All federal agencies subject to Executive Order 12866, Regulatory Planning and Review, are required to publish a regulatory agenda twice each year, in the Spring and Fall.",
        due=None,
        vague=False,
        said="2005-03-24 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_EEOC_24MAR05,
        published="2005-03-24",
    ),
    # the same release: 'a single day's issue' of a standing publication: recurring
    B(
        text='These agendas are published as part of a single day\'s issue of the Federal Register, under the title "Unified Agenda of Federal Regulatory and Deregulatory Actions."',
        due=None,
        vague=False,
        said="2005-03-24 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_EEOC_24MAR05,
        published="2005-03-24",
    ),
    # the same release: 'typically published ... by mid-May', a standing practice: recurring; unsure: 20 May 2005, end of day EDT (mid-May, days 11 to 20, this year's agenda)
    B(
        text="The Spring Unified Agenda is typically published in the Federal Register by mid-May, under the supervision of GSA and OMB.",
        due=None,
        vague=False,
        said="2005-03-24 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_EEOC_24MAR05,
        published="2005-03-24",
    ),
    # US Equal Employment Opportunity Commission, press release 'Next public Commission meeting to be held August 8' (08-05-2005, its date line; the breadcrumb, the heading, the points without a time word and a sentence word for word that of the release of 18 February 2005 are not quoted): the meeting 'on Monday, August 8, 2005, at 4:30 p.m. (Eastern Time)': 8 August 2005, 16:30 EDT
    B(
        text="WASHINGTON -  The U.S. Equal Employment Opportunity Commission (EEOC) will hold its next meeting on Monday, August 8, 2005, at 4:30 p.m. (Eastern Time), at agency headquarters in the Clarence M. Mitchell, Jr. Conference Room (9th floor), 1801 L Street, N.W.",
        due="2005-08-08 20:30:00",
        vague=False,
        said="2005-08-05 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EEOC_5AUG05,
        published="2005-08-05",
    ),
    # the same release: 'Following the announcement of Notation Votes', an undated moment of the meeting: event; unsure: 8 August 2005, 16:30 EDT
    B(
        text="Following the announcement of Notation Votes, the meeting will include presentations by EEOC staff on the following items (EEOC procedures require it to vote on the authorization of funding for contracts above a certain threshold):",
        due=None,
        vague=False,
        said="2005-08-05 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EEOC_5AUG05,
        published="2005-08-05",
    ),
    # the same release: notices and 'a full week in advance of such sessions', a standing practice: recurring
    B(
        text="NOTE TO NEWS MEDIA: Notice of EEOC Commission Meetings are also published in the Federal Register and a recorded announcement is provided a full week in advance of such sessions at the phone numbers listed below.",
        due=None,
        vague=False,
        said="2005-08-05 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_EEOC_5AUG05,
        published="2005-08-05",
    ),
    # the same release: 'may be carried over to a later meeting', a possibility (CONVENTIONS 4.2): no deadline
    B(
        text="Any matter not discussed or concluded may be carried over to a later meeting.",
        due=None,
        vague=False,
        said="2005-08-05 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EEOC_5AUG05,
        published="2005-08-05",
    ),
    # US Equal Employment Opportunity Commission, press release 'EEOC to hold public meeting on Sept. 7' (9-5-06, its date line; the breadcrumb, the headings, the agenda point without a time word, a sentence word for word that of the release of 18 February 2005 and the line cut off at the end are not quoted): the meeting 'on Thursday, Sept. 7, at 9:30 a.m. (Eastern Time)': 7 September 2006, 09:30 EDT
    B(
        text="WASHINGTON – The U.S. Equal Employment Opportunity Commission (EEOC) will hold its next meeting on Thursday, Sept. 7, at 9:30 a.m. (Eastern Time), at agency headquarters, 1801 L Street, N.W.",
        due="2006-09-07 13:30:00",
        vague=False,
        said="2006-09-05 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EEOC_5SEP06,
        published="2006-09-05",
    ),
    # the same release: 'During the meeting', dated in the sentence before: event; unsure: 7 September 2006, 09:30 EDT
    B(
        text="During the meeting, the following matters are scheduled for consideration:",
        due=None,
        vague=False,
        said="2006-09-05 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EEOC_5SEP06,
        published="2006-09-05",
    ),
    # the same release: a call 'on the day of the Commission Meeting' (a TTY number of its own): event; unsure: 7 September 2006, end of day EDT
    B(
        text="You may call (202) 663-7100 (voice) or (202) 663-4494 (TTY) on the day of the Commission Meeting to confirm the above schedule.",
        due=None,
        vague=False,
        said="2006-09-05 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EEOC_5SEP06,
        published="2006-09-05",
    ),
    # US Equal Employment Opportunity Commission, media advisory 'Next Commission meeting Wednesday, Feb. 13' (Monday, Feb. 11, 2008, its release line; as archived in the End of Term 2008 web archive; the release and contact lines, the heading, the sentences without a time word, three sentences word for word those quoted above and the page's 'last modified' line are not quoted): the meeting 'on Wednesday, Feb. 13, at 2:00 p.m. (Eastern Time)': 13 February 2008, 14:00 EST
    B(
        text="WASHINGTON – The U.S. Equal Employment Opportunity Commission (EEOC) will hold its next open meeting on Wednesday, Feb. 13, at 2:00 p.m. (Eastern Time), at agency headquarters, 1801 L Street, N.W.",
        due="2008-02-13 19:00:00",
        vague=False,
        said="2008-02-11 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EEOC_11FEB08,
        published="2008-02-11",
    ),
    # the same advisory: an 'annual' appropriation on a standing arrangement: no deadline
    B(
        text="FEPAs are state and local agencies with which the EEOC maintains contracts and worksharing agreements to process charges of employment discrimination under an annual Congressional appropriation.",
        due=None,
        vague=False,
        said="2008-02-11 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EEOC_11FEB08,
        published="2008-02-11",
    ),
    # US Equal Employment Opportunity Commission, press release 'Next Commission Meeting Wednesday, February 22' (Press Release 02-17-2012, its date line; the breadcrumb, the heading, the sentences without a time word and a sentence word for word that of the release of 5 August 2005 are not quoted): the meeting 'on Wednesday, February 22, at 9:30 a.m. (Eastern Time)': 22 February 2012, 09:30 EST
    B(
        text="WASHINGTON – The U.S. Equal Employment Opportunity Commission (EEOC) will hold a meeting on Wednesday, February 22, at 9:30 a.m. (Eastern Time), at agency headquarters, 131 M Street, N.E.",
        due="2012-02-22 14:30:00",
        vague=False,
        said="2012-02-17 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EEOC_17FEB12,
        published="2012-02-17",
    ),
    # the same release: 'during the open session of the meeting', a session of the meeting dated above: event; unsure: 22 February 2012, 09:30 EST
    B(
        text="The following matters are scheduled for consideration during the open session of the meeting:",
        due=None,
        vague=False,
        said="2012-02-17 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EEOC_17FEB12,
        published="2012-02-17",
    ),
    # the same release, a point of the agenda: 'Fiscal Years 2012-2016' names the plan: no deadline; unsure: event (the vote at the meeting of 22 February 2012)
    B(
        text="Vote on EEOC Strategic Plan for Fiscal Years 2012-2016.",
        due=None,
        vague=False,
        said="2012-02-17 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EEOC_17FEB12,
        published="2012-02-17",
    ),
    # the same release: arrive '30 minutes before the meeting', a meeting dated above: event; unsure: 22 February 2012, 09:00 EST
    B(
        text="For the open session, seating is limited and it is suggested that visitors arrive 30 minutes before the meeting in order to be processed through security and escorted to the meeting room.",
        due=None,
        vague=False,
        said="2012-02-17 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EEOC_17FEB12,
        published="2012-02-17",
    ),
    # the same release: posted 'when available', an undated event (CONVENTIONS 5.2): event
    B(
        text="Additional information about the hearing, when available, will be posted at http://www.eeoc.gov/eeoc/meetings/index.cfm.",
        due=None,
        vague=False,
        said="2012-02-17 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EEOC_17FEB12,
        published="2012-02-17",
    ),
    # US Office of the Comptroller of the Currency, News Release 2020-158 (November 23, 2020, its release line), as posted on marketswired.com (the release line, the points of the list without a time word and the media contact are not quoted): a rule 'today issued', an act done: past
    B(
        text="WASHINGTON—The Office of the Comptroller of the Currency (OCC) today issued a final rule that updates its rules for national bank and federal savings association activities and operations.",
        due=None,
        vague=False,
        said="2020-11-23 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_OCC_23NOV20,
        published="2020-11-23",
    ),
    # the same release: a 'continuous effort' sets no time: no deadline
    B(
        text="The rule is part of the OCC’s continuous effort to modernize its rules and remove unnecessary requirements to relieve banks of unnecessary burden, encourage economic opportunity, and promote the safe, sound, and fair operation of the federal banking system.",
        due=None,
        vague=False,
        said="2020-11-23 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_OCC_23NOV20,
        published="2020-11-23",
    ),
    # the same release: amendments that 'take effect April 1, 2021' (CONVENTIONS 3.1): 1 April 2021, end of day EDT
    B(
        text="The amendments take effect April 1, 2021.",
        due="2021-04-02 03:59:59",
        vague=False,
        said="2020-11-23 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_OCC_23NOV20,
        published="2020-11-23",
    ),
    # the same release: 'no longer', 'modern' and 'recent' set no time for any act: no deadline
    B(
        text="The final rule changes 12 CFR 7 to update or eliminate outdated regulatory requirements that no longer reflect the modern financial system and to clarify and codify recent OCC interpretations.",
        due=None,
        vague=False,
        said="2020-11-23 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_OCC_23NOV20,
        published="2020-11-23",
    ),
    # US Merit Systems Protection Board, Opinion and Order 2022 MSPB 20, Gary Davis v. Department of Defense (July 8, 2022, the order's date; as reproduced on cetient.com; the caption, the counsel lines, the record citations, the sentences without a time word, the page number and heading before paragraph 2 and the line cut off at the end are not quoted): a year in the name of an Act: no deadline
    B(
        text="¶1 The appellant has filed a petition for review of the initial decision, which dismissed his appeal for failure to state a claim upon which relief can be granted, and alternatively, denied his request for corrective action under the Veterans Employment Opportunities Act of 1998 (VEOA).",
        due=None,
        vague=False,
        said="2022-07-08 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_MSPB_DAVIS_8JUL22,
        published="2022-07-08",
    ),
    # the same order: 'in January 2010' and 'in February 2013': past
    B(
        text="¶2 The appellant began working for the Defense Contract Management Agency (DCMA) as a Safety and Occupational Health Specialist in January 2010, and he resigned for personal reasons in February 2013.",
        due=None,
        vague=False,
        said="2022-07-08 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_MSPB_DAVIS_8JUL22,
        published="2022-07-08",
    ),
    # the same order: 'In June 2013': past
    B(
        text="In June 2013, the appellant applied for the Safety and Occupational Health Specialist (Intern) position at the DCMA pursuant to vacancy announcement SWH813KS602704908202.",
        due=None,
        vague=False,
        said="2022-07-08 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_MSPB_DAVIS_8JUL22,
        published="2022-07-08",
    ),
    # US Merit Systems Protection Board, Opinion and Order 2022 MSPB 30, Cyril Oram v. Department of the Navy (August 31, 2022, the order's date; as reproduced on cetient.com; the caption, the counsel lines, the record citations, the sentences without a time word, a footnote run into a page heading and the line cut off at the end are not quoted): a year in the name of an Act: no deadline
    B(
        text="¶1 The appellant has filed a petition for review of the initial decision, which denied his request for corrective action pursuant to the Veterans Employment Opportunities Act of 1998 (VEOA) and dismissed for lack of jurisdiction his Uniformed Services Employment and Reemployment Rights Act (USERRA) appeal.",
        due=None,
        vague=False,
        said="2022-08-31 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_MSPB_ORAM_31AUG22,
        published="2022-08-31",
    ),
    # the same order: appointed 'effective May 1, 2017': past
    B(
        text="¶2 The appellant, a preference-eligible disabled veteran, was appointed by the agency to a GS-12 Information Technology (IT) Specialist position in the competitive service effective May 1, 2017.",
        due=None,
        vague=False,
        said="2022-08-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_MSPB_ORAM_31AUG22,
        published="2022-08-31",
    ),
    # the same order: 'On June 1, 2017': past
    B(
        text="On June 1, 2017, the agency posted a vacancy announcement for a GS-12 IT Specialist position.",
        due=None,
        vague=False,
        said="2022-08-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_MSPB_ORAM_31AUG22,
        published="2022-08-31",
    ),
    # the same order: 'current or former' names classes of employees: no deadline; unsure: past (a vacancy told as gone)
    B(
        text="The vacancy announcement was a merit promotion announcement open to current or former competitive service employees, and the agency accepted applications from individuals outside of its own workforce, including Federa l employees and veterans.",
        due=None,
        vague=False,
        said="2022-08-31 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_MSPB_ORAM_31AUG22,
        published="2022-08-31",
    ),
    # US Commission on Civil Rights, press release of Jan. 20, 2012 (its dateline; distributed through PR Newswire's US Newswire and reposted on travel-impact-newswire.com, whose own date line reads 21 Jan, 2012; the repost's date line and heading, the sentences without a time word and the line cut off at the end are not quoted): a vote 'at its monthly business meeting on January 13, 2012' told as done: past
    B(
        text="WASHINGTON, Jan. 20, 2012 /PRNewswire-USNewswire/ — The United States Commission on Civil Rights announces that at its monthly business meeting on January 13, 2012 the eight-member Commission voted in a bipartisan manner to hold four new briefings on important civil rights topics.",
        due=None,
        vague=False,
        said="2012-01-20 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USCCR_20JAN12,
        published="2012-01-20",
    ),
    # the same release: 'post-9/11' names a period, no time for any act: no deadline
    B(
        text="These topics include the effectiveness of the federal government’s post-9/11 civil rights engagement with the Arab and Muslim American communities to end prejudice and discrimination against them; the tension between associational freedoms of religious institutions and anti-discrimination laws; the impact that regulatory and other barriers have upon new and emerging small businesses, especially minority-owned businesses; and state compliance with provisions of the federal National Voter Registration Act.",
        due=None,
        vague=False,
        said="2012-01-20 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USCCR_20JAN12,
        published="2012-01-20",
    ),
    # the same release: 'historic' and 'timely' set no time: no deadline
    B(
        text="Commission Chairman Martin R. Castro stated, “We look forward to utilizing the Commission’s historic mandate and unique strengths in exploring these timely and diverse topics.",
        due=None,
        vague=False,
        said="2012-01-20 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USCCR_20JAN12,
        published="2012-01-20",
    ),
    # the same release: 'upcoming briefings' with no time: no deadline
    B(
        text="Each of these topics, along with our upcoming briefings on sex trafficking as a form of gender discrimination and whether state immigration enforcement laws violate persons’ civil rights, all constitute pressing national civil rights issues that ultimately affect everyone regardless of background.”",
        due=None,
        vague=False,
        said="2012-01-20 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USCCR_20JAN12,
        published="2012-01-20",
    ),
    # the same release: dates announced 'in the near future' (CONVENTIONS 5.1, the parser docstring's 60-day window): vague, 60 days from 20 January, 20 March 2012, end of day EDT
    B(
        text="The Commission will announce briefing dates of upcoming briefings in the near future to allow the public time to plan attendance and submit public comments if they choose.",
        due="2012-03-21 03:59:59",
        vague=True,
        said="2012-01-20 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCCR_20JAN12,
        published="2012-01-20",
    ),
    # US Commission on Civil Rights, announcement of its briefing of Friday, November 2, 2018, 'As shared by the US Commission on Civil Rights' in ANCOR's Capitol Correspondence of 10.29.18 (read at 29 October 2018, the newsletter's date; ANCOR's heading and lead-in, the date heading of the schedule, the address lines, the livestream note, the sentences without a time word, a sentence repeated word for word and the line cut off at the end are not quoted), a line of the schedule: hours of the day the heading above dates: event; unsure: 2 November 2018, 16:00 EDT
    B(
        text="9:00 a.m. – 4:00 p.m. Expert Panels",
        due=None,
        vague=False,
        said="2018-10-29 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=2,
        source=_USCCR_29OCT18,
        published="2018-10-29",
    ),
    # the same schedule, its next line: hours of the day dated above: event; unsure: 2 November 2018, 18:00 EDT
    B(
        text="5:00 p.m. – 6:00 p.m. Public Comment",
        due=None,
        vague=False,
        said="2018-10-29 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=2,
        source=_USCCR_29OCT18,
        published="2018-10-29",
    ),
    # the same announcement: the briefing has no time in this sentence ('established in 1957' past, 'Fiscal Years 2016 through 2018' the years examined): no deadline; unsure: 2 November 2018, 18:00 EDT (the briefing the heading dates)
    B(
        text="The U.S. Commission on Civil Rights [an independent, bipartisan, fact-finding federal agency established in 1957] will hold a public briefing to evaluate federal civil rights enforcement, examining in particular Fiscal Years 2016 through 2018.",
        due=None,
        vague=False,
        said="2018-10-29 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USCCR_29OCT18,
        published="2018-10-29",
    ),
    # the same announcement: 'current and former' officials: no deadline
    B(
        text="Commissioners will hear from current and former senior federal government officials, academic and legal experts, and advocates.",
        due=None,
        vague=False,
        said="2018-10-29 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USCCR_29OCT18,
        published="2018-10-29",
    ),
    # the same announcement: 'in advance of the briefing', a briefing dated in the heading: event; unsure: 2 November 2018, 09:00 EDT
    B(
        text="Detailed information on this open comment session will be announced on the Commission’s website (, Twitter (, and Facebook ( in advance of the briefing.",
        due=None,
        vague=False,
        said="2018-10-29 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USCCR_29OCT18,
        published="2018-10-29",
    ),
    # the same announcement: submissions 'no later than December 17, 2018': 17 December 2018, end of day EST
    B(
        text="Please submit such information to [email protected] no later than December 17, 2018.",
        due="2018-12-18 04:59:59",
        vague=False,
        said="2018-10-29 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCCR_29OCT18,
        published="2018-10-29",
    ),
    # US Commission on Civil Rights, Sunshine Act notice in the Federal Register (Vol. 83, No. 245, Friday, December 21, 2018, FR Doc 2018-27892), as reproduced on vlex (the line breaks of the copy joined; the Federal Register headers, the agency, action, address and contact lines and the line cut off at the end are not quoted): written comments 'Friday, December 10, 2019 through Monday, February 25, 2019' and in-person comments on 25 January at 1:30 p.m. ET, the window's written end: 25 February 2019, end of day EST; unsure: 10 December 2019, end of day EST (the later date written, a slip for 2018 that names no Friday in either year)
    B(
        text="DATES: Friday, December 10, 2019 through Monday, February 25, 2019 (written comments); Friday, January 25, 2019, 1:30 p.m. ET (in-person comments).",
        due="2019-02-26 04:59:59",
        vague=False,
        said="2018-12-21 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USCCR_FR_21DEC18,
        published="2018-12-21",
    ),
    # the same notice: 'In 2015': past
    B(
        text="SUPPLEMENTARY INFORMATION: In 2015, the Commission issued a report, ``With Liberty and Justice for All: The State of Civil Rights at Immigration Detention Facilities.''",
        due=None,
        vague=False,
        said="2018-12-21 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USCCR_FR_21DEC18,
        published="2018-12-21",
    ),
)
