"""A HUNDRED-AND-THIRTEENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), around midday (the machine's clock read 12:28 at the
start and about 12:35 when the labels were written), by a labelling helper (branch issue12l113-s47)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 47, whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full (rule 6.4 among them), the docstring,
comments, some cases and README section of `blind_fresh108.py`, and the top docstring of the parser
package only (the vague windows, "before"/"by" periods, a range falling due at its later end, a
result more than a day before the reference being past); nothing else of `bot/core/deadlines/` was
opened. The brief asked for UK regulators and statistics bodies (each only where its own terms page
states the Open Government Licence), Australian federal agencies whose own copyright page states a
Creative Commons Attribution licence (not the Parliament of Australia, not Western Australian,
Queensland, Tasmanian or South Australian state material) and at most a fifth from US federal
agencies (public domain); at least eight publishers, none above a fifth of the cases; about 70 to 90
cases, in less time than usual.

The set quotes an Australian Bureau of Statistics media release a year before the 2021 Census (10
August 2020), two Australian Communications and Media Authority pages (its upcoming-consultations
list of late 2017 and its online-consultation FAQ), two Office of Rail and Road consultation lists
(items of 2015 and 2016), two Office for National Statistics statements (release dates moved to avoid
public holidays, early 2020; the release timetable after pre-release access ended, 2017), two
Department of Social Services grants pages (the 2014 grant selection process, late 2015; general
information on funding), two Australian Building and Construction Commission pages on the Building
Code 2016 and its transition, two Insolvency Service items (a gov.uk news story of 27 March 2015 on the
new Insolvency Rules; its Spring 2016 stakeholder newsletter, sent through GovDelivery) and two FEMA
news releases (Florida, 3 February 2005, in the UNT End of Term web archive; New York, 27 October
2011, fema.gov): 92 cases from 8 publishers (the ABCC 15, 16%; the ACMA 14; the ONS 13; the
Insolvency Service 12; FEMA 11; the DSS 10; the ABS 9; the ORR 8). 11 cases (12%) are from the United
States, 48 from Australia and 33 from the United Kingdom.

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a weekday, a
month, a year, a period, a span, "now", "currently", "current", "recent", "already", "still",
"ongoing", "long-term", "regularly", "latest", "future", "late", "soon", "timing", "until", "before",
"after", "post", "prior to", "once", "when", "while", "as ... are revised", "for the life of"); the
sentences of the openings read that hold none were skipped ("new" and "interim" alone were not
counted, nor "modern" or "swift"), as were titles, headings, date and status lines ("Date published:",
"Content archived on", "Release Date:"), navigation, labels before colons (the words after "Closing
date:" are quoted), datelines ("ORLANDO, Fla. --", "ALBANY, N.Y. –"), names of laws and codes,
contact lines and sentences cut off by the end of an opening. Five list points, four table cells or
answer lines, three closing dates (the words after "Closing date:") and one line without a full stop
are quoted as they stand; six questions with a time word are quoted. No word was changed: "to the those" (ONS) and "becomes" (ABCC, after a plural
subject) stay as the pages have them, and trailing spaces were dropped. The sentences were found with
a search over stored copies of public pages and taken as they came in the openings the search
returns, in page order. See README.md ("Hundred-and-thirteenth fresh blind set") for every address,
publisher and licence. No address listed in README.md, in a README or file under `tests/data/` (the
blind material the brief names excepted, which the freshness tool skips) or in the shared claims file
was used: each was checked with the lead's `fresh_check.py` (the address and a distinctive phrase of
the page) and claimed (`fresh113`) in `/work/helper-brief/claims.txt` before a quote was taken; pages
found used were dropped (a Companies House coronavirus guidance page on gov.uk, an ONS statement on
delays to GDP and retail sales releases, the farmers.gov program deadlines page, two MMO marine
licensing pages, a communications department consultation page and four FEMA releases or lists).
Every sentence was then checked whole with the same tool (before this file existed, so nothing of it
was searched): one was found used ("4 March 2016", an ORR closing date) and dropped. Claimed but left
unquoted: the AEC's enrolment FAQ (no copyright page of aec.gov.au itself was found), an ONS theme-days
news item and an ONS release announcement on gov.uk (they would have put the ONS above a fifth), and a
third FEMA release (Tropical Storm Fay, 2008; the US share was kept near an eighth). Each label was
worked out by hand from the words, the publication date and the publisher's zone (Australia/Sydney for
the Canberra agencies, Europe/London, America/New_York); the conversion of local instants to UTC wall
time and the day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh108.py`: the publication date at 10:00 local time; where a page carries no date in its
opening, a date its words bound, named "assumed" in the page's first comment with the span over which
no label changes (the ORR lists are read item by item, each at its own "Date published" or list
date); a day falls due at 23:59:59 local; a month or year named alone at its end, a range or a list at
its later end (CONVENTIONS 6.1, 6.2); a moved release at its new day (CONVENTIONS 4.1); a duty or
procedure beginning on a day is due that day (CONVENTIONS 3.1, 3.1a), an offer merely open from a day
is earliest (CONVENTIONS 3.2); done acts and dates already gone are past (CONVENTIONS 2.4, the parser's
docstring); standing practices ("generally open for four to six weeks", "within 24–48 hours from
receipt", "on the day of release", weekday schedules, opening hours "until further notice") are
recurring, times hung on an undated event ("as they become available", "Once you become subject",
"for the life of the project") event (CONVENTIONS 1.3, 5.2); "as soon as possible" takes 60 days,
vague (CONVENTIONS 5.1); refusals have `due=None` and a `refusal` kind; a sentence whose time words
set no time for any act has `due=None` and no refusal word. No sentence holds nights of work
(CONVENTIONS 6.4 decides none). Clusters as in `blind_fresh108.py`: 1 no time set, 2 clock times, 3
ranges and several dates, 4 parts of the day, periods, spans and vague windows, 5 refusals, 6 plain
days and dates. 38 labels are refusals (past 21, recurring 11, event 5, earliest 1), 1 is vague; 15
labels are marked "unsure" and name the other reading; like every label here they stay as committed,
whatever the first run shows. First run: not yet taken (the lead runs it once, after merging, and
records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_ABS = "https://www.abs.gov.au/media-centre/media-releases/countdown-census"
_ACMAUP = "http://beta.acma.gov.au/theACMA/upcoming-consultations"
_ACMAFAQ = "https://www.acma.gov.au/theACMA/~/~/link.aspx?_id=956316ABD25D44FB960BF40C53959BA9&_z=z"
_ORRA = "https://www.orr.gov.uk/search-consultations?f%5B0%5D=authored_on%3A2011&f%5B1%5D=authored_on%3A2015&f%5B2%5D=authored_on%3A2021"
_ORRB = "https://orr.gov.uk/search-consultations?f%255B0%255D=authored_on%253A2011&f%255B1%255D=authored_on%253A2019&page=4"
_ONSHOL = "https://www.ons.gov.uk/news/statementsandletters/statementonchangingthereleasedatesofonsstatisticstoavoidpublicholidays"
_ONSTT = "https://cy.ons.gov.uk/news/statementsandletters/changestoonsreleasetimetable"
_DSS14 = "https://www.dss.gov.au/grants/overview/2014-grant-selection-process"
_DSSGEN = "http://www.dss.gov.au/grants-funding/general-information-on-funding"
_ABCC = "https://www.abcc.gov.au/building-code/building-code-2016"
_ABCCTR = "https://www.abcc.gov.au/building-code/transitional-arrangements-%E2%80%93-interaction-between-building-code-2013-and-building-code-2016"
_INSOL = "https://www.gov.uk/government/news/modernisation-of-insolvency-rules-publication-of-further-working-draft"
_INSNEWS = "http://content.govdelivery.com/accounts/UKIS/bulletins/13a133b"
_FEMA05 = "https://webarchive.library.unt.edu/eot2008/20090507155412/http:/www.fema.gov/news/newsrelease.fema?id=16382"
_FEMA11 = "http://www.fema.gov/news-release/2011/10/27/five-days-left-register-fema-disaster-aid"

FRESH113_CASES: tuple[BlindCase, ...] = (
    # ABS media release 'Countdown to Census', dated by its words (exactly one year before Census night, Tuesday 10 August 2021): 10 August 2020; zone Australia/Sydney (Canberra), said at 10:00 local. The Census is a one-off event a year from speaking: due one year on, end of day (CONVENTIONS 3.1; the docstring's spans)
    B(
        text="It is exactly one year to go until Australia’s 18th national Census.",
        due="2021-08-10 13:59:59",
        vague=False,
        said="2020-08-10 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS,
        published="2020-08-10",
    ),
    # the same page: 'for the first time', 'a window of time' and 'a single night' set no time for any act (the window's dates are not given): due None, no refusal word
    B(
        text="Australian Statistician Dr David Gruen explained: “for the first time in Australia’s Census history, there will be a window of time to complete the Census, rather than a single night.",
        due=None,
        vague=False,
        said="2020-08-10 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS,
        published="2020-08-10",
    ),
    # the same page: 'at a time that best suits them' sets no time: due None
    B(
        text="This will make it easier for people to fill in their form at a time that best suits them.",
        due=None,
        vague=False,
        said="2020-08-10 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS,
        published="2020-08-10",
    ),
    # the same page: '2021 Census' names the collection and 'on track' reports progress, no act is given a time: due None. unsure: a careful reader could give the end of 2021 (the year of the Census)
    B(
        text="The 2021 Census is on track to do just that.”",
        due=None,
        vague=False,
        said="2020-08-10 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS,
        published="2020-08-10",
    ),
    # the same page: the new questions are promised for the 2021 Census; the sentence dates it only by its year, so the year's end (CONVENTIONS 3.1, a range at its later end). unsure: the page dates Census night to 10 August 2021 (not in the sentence)
    B(
        text="The ABS will also introduce new questions in the 2021 Census; the first changes to questions collected in the Census since 2006.",
        due="2021-12-31 12:59:59",
        vague=False,
        said="2020-08-10 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS,
        published="2020-08-10",
    ),
    # the same page: 'long-term' describes the conditions, no time set: due None
    B(
        text="The new questions are on long-term health conditions, such as arthritis and diabetes, and on defence force participation.",
        due=None,
        vague=False,
        said="2020-08-10 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS,
        published="2020-08-10",
    ),
    # the same page: the 'recent release' is done: past
    B(
        text="The ABS’ commitment to privacy is reflected in the recent release of two independent privacy impact assessments.",
        due=None,
        vague=False,
        said="2020-08-10 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS,
        published="2020-08-10",
    ),
    # the same page: a question, no time given: due None
    B(
        text="When is the Census night?",
        due=None,
        vague=False,
        said="2020-08-10 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS,
        published="2020-08-10",
    ),
    # the same page, the answer line quoted as it stands (no verb): the Census night, end of that day local (CONVENTIONS 3.1)
    B(
        text="Tuesday, 10 August 2021.",
        due="2021-08-10 13:59:59",
        vague=False,
        said="2020-08-10 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS,
        published="2020-08-10",
    ),
    # ACMA 'Upcoming consultations' (beta.acma.gov.au), undated in its opening; dated 2 October 2017 (assumed: its table lists only October-December 2017 items, so the page stood in late 2017; no label below changes for any day from January to December 2017); zone Australia/Sydney. 'timing' sets no time: due None
    B(
        text="You’ve told us that you need more information about the timing of our consultations, so we’re fine-tuning our activities to make it easier for you to engage with us.",
        due=None,
        vague=False,
        said="2017-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACMAUP,
        published="2017-10-02",
    ),
    # the same page, a list point quoted as it stands: a standing practice for every consultation, with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="allow reasonable time frames to make a submission—consultations are generally open for four to six weeks",
        due=None,
        vague=False,
        said="2017-10-01 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ACMAUP,
        published="2017-10-02",
    ),
    # the same page: 'upcoming ... for the year' and 'timings' describe a list, no act is given a time: due None. unsure: a careful reader could give the end of 2017
    B(
        text="Below is a list of upcoming consultations for the year, as well as indicative timings.",
        due=None,
        vague=False,
        said="2017-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACMAUP,
        published="2017-10-02",
    ),
    # the same page: topics added 'throughout the year' (2017) are kept up to its end (CONVENTIONS 3.3, a period at its end). unsure: 'as dates are known' hangs the additions on undated events (event, CONVENTIONS 5.2)
    B(
        text="Additional consultation topics will be added throughout the year, as dates are known.",
        due="2017-12-31 12:59:59",
        vague=False,
        said="2017-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACMAUP,
        published="2017-10-02",
    ),
    # the same page, the table's timing cell quoted as it stands: a range falls due at its later end (CONVENTIONS 6.1)
    B(
        text="October–December 2017",
        due="2017-12-31 12:59:59",
        vague=False,
        said="2017-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_ACMAUP,
        published="2017-10-02",
    ),
    # the same page, a table cell: '2016–17' is the year assessed, not a time for the report: due None. unsure: a reader of the period alone would give 30 June 2017 (past)
    B(
        text="The ACMA’s assessment of its performance for 2016–17 under the RPF",
        due=None,
        vague=False,
        said="2017-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACMAUP,
        published="2017-10-02",
    ),
    # the same page, a table cell: publication hung on the undated moment the details become available: event (CONVENTIONS 5.2)
    B(
        text="Ongoing work program—details of the relevant LAP work program will be published as they become available",
        due=None,
        vague=False,
        said="2017-10-01 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACMAUP,
        published="2017-10-02",
    ),
    # the same page, the table's footnote: 'dates' sets no time: due None
    B(
        text="*These dates are indicative and may change depending on operational requirements.",
        due=None,
        vague=False,
        said="2017-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACMAUP,
        published="2017-10-02",
    ),
    # ACMA 'FAQs—online consultations', undated in its opening; dated 2 October 2017 like the ACMA page above (assumed; every label here is recurring or none, so the day changes none); zone Australia/Sydney. A question: due None
    B(
        text="Will I receive confirmation after I make a comment or submission?",
        due=None,
        vague=False,
        said="2017-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACMAFAQ,
        published="2017-10-02",
    ),
    # the same page: a question: due None
    B(
        text="Will comments or submissions be visible while the consultation period is open?",
        due=None,
        vague=False,
        said="2017-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACMAFAQ,
        published="2017-10-02",
    ),
    # the same page: 'within 24–48 hours from receipt' and 'until the end of the period' are a standing practice for every consultation: recurring (CONVENTIONS 1.3)
    B(
        text="Depending on the nature of the consultation, the ACMA may choose to display all comments and submissions as they come in (generally within 24–48 hours from receipt) or may decide to hold all submissions until the end of the period, when they can be published.",
        due=None,
        vague=False,
        said="2017-10-01 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ACMAFAQ,
        published="2017-10-02",
    ),
    # the same page: 'timings' sets no time: due None
    B(
        text="Each consultation will indicate the timings.",
        due=None,
        vague=False,
        said="2017-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACMAFAQ,
        published="2017-10-02",
    ),
    # the same page: a question: due None
    B(
        text="Can I choose not to have my comment or submission displayed while the consultation is still open?",
        due=None,
        vague=False,
        said="2017-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACMAFAQ,
        published="2017-10-02",
    ),
    # the same page: a standing step for every submission: recurring (CONVENTIONS 1.3). unsure: event (hung on the undated moment of a submission)
    B(
        text="When you make a comment or submission, you’ll be asked to indicate if it is confidential.",
        due=None,
        vague=False,
        said="2017-10-01 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ACMAFAQ,
        published="2017-10-02",
    ),
    # ORR consultations list (orr.gov.uk, filtered to 2011/2015/2021; the list version was archived on 23 April 2024), each item quoted at its own 'Date published' (10:00 London): the Deep Sea Container commitments consultation, published 19 November 2015; the words after 'Closing date:' quoted as they stand: the closing day, end of day (CONVENTIONS 3.1)
    B(
        text="27 November 2015",
        due="2015-11-27 23:59:59",
        vague=False,
        said="2015-11-19 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ORRA,
        published="2015-11-19",
    ),
    # the same page, the item dated 13 November 2015: a beginning told in the past: past
    B(
        text="In late 2015, we began preparing for reviews of Schedules 4 and 8 of the track access contract (the possessions and performance regimes, respectively) for the 2018 periodic review of Network Rail (PR18).",
        due=None,
        vague=False,
        said="2015-11-13 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ORRA,
        published="2015-11-13",
    ),
    # the same page, the Freightliner commitments consultation, published 3 September 2015: the words after 'Closing date:' as they stand: 17:00 on that day, London (CONVENTIONS 3.1)
    B(
        text="1 October 2015 (17:00)",
        due="2015-10-01 16:00:00",
        vague=False,
        said="2015-09-03 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_ORRA,
        published="2015-09-03",
    ),
    # the same item: 'currently' names the body; the opening is done: past
    B(
        text="The Office of Rail Regulation (ORR) [currently operating as the Office of Rail and Road] opened a consultation on commitments proposed by Freightliner Group Limited and Freightliner Limited (Freightliner) to address ORR's competition concerns.",
        due=None,
        vague=False,
        said="2015-09-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ORRA,
        published="2015-09-03",
    ),
    # ORR consultations list (orr.gov.uk, filtered to 2011/2019, page 4), items quoted at their own dates: the new General Approval for freight track access contracts, 'Date published: 30 September 2016'; the words after 'Closing date:': 5pm on that day, London (CONVENTIONS 3.1). unsure: the list dates the item 19 September 2016 and its body speaks of the consultation in the past ('was to seek views'); read at a date after the close it would be past
    B(
        text="11 November 2016, 5pm",
        due="2016-11-11 17:00:00",
        vague=False,
        said="2016-09-30 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_ORRB,
        published="2016-09-30",
    ),
    # the same page, the general approvals review dated 25 August 2016: 'now' tells a state, no time set: due None
    B(
        text="This consultation is now closed.",
        due=None,
        vague=False,
        said="2016-08-25 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ORRB,
        published="2016-08-25",
    ),
    # the same page, the PR18 item dated 10 August 2016: a publication of May 2016: past
    B(
        text="In May 2016, we published our first major consultation on the 2018 periodic review (PR18).",
        due=None,
        vague=False,
        said="2016-08-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ORRB,
        published="2016-08-10",
    ),
    # the same item: CP6 runs from 1 April 2019 to 31 March 2024, a range falling due at its later end (CONVENTIONS 6.1, 3.4). unsure: the act of the sentence is the determination, which must come before CP6 starts (by 31 March 2019)
    B(
        text="PR18 would determine Network Rail Infrastructure Limited’s (Network Rail’s) outputs and funding in control period 6 (CP6, which will run from 1 April 2019 to 31 March 2024).",
        due="2024-03-31 22:59:59",
        vague=False,
        said="2016-08-10 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_ORRB,
        published="2016-08-10",
    ),
    # ONS statement on changing release dates to avoid public holidays, undated in its opening; dated 3 February 2020 (assumed: its future tense for 'from April 2020' and the July 2020 move puts it early in 2020; no label changes for any day in January to March 2020); zone Europe/London. A standing practice for every release: recurring (CONVENTIONS 1.3); 'to the those' as the page has it
    B(
        text="To ensure that there is adequate access, the Office for National Statistics (ONS) avoids publishing statistics on England and Wales public holidays so that there is access to the those who release them on the day of release should there be any queries from the media or other users.",
        due=None,
        vague=False,
        said="2020-02-03 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_ONSHOL,
        published="2020-02-03",
    ),
    # the same page: 'public holidays' sets no time for any act: due None
    B(
        text="However, Northern Ireland and Scotland have their own public holidays which differ from those for England and Wales.",
        due=None,
        vague=False,
        said="2020-02-03 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSHOL,
        published="2020-02-03",
    ),
    # the same page: a duty that begins in April 2020 is the rule taking effect (CONVENTIONS 3.1a), dated only by the month, so the month's end (a range at its later end, CONVENTIONS 6.1). unsure: a careful reader could give 1 April 2020, the day the duty begins
    B(
        text="To ensure equal treatment across the UK, from April 2020, ONS will ensure that any release which contains data for the constituent countries of the UK is not published on a day when government offices are closed in one of the countries.",
        due="2020-04-30 22:59:59",
        vague=False,
        said="2020-02-03 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ONSHOL,
        published="2020-02-03",
    ),
    # the same page (no full stop on the page): 'future release dates' sets no time for the involvement: due None
    B(
        text="ONS will therefore involve the devolved administrations in the process of setting the relevant future release dates",
        due=None,
        vague=False,
        said="2020-02-03 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSHOL,
        published="2020-02-03",
    ),
    # the same page: a release moved from Tuesday 14 July to Thursday 16 July: the new day counts (CONVENTIONS 4.1), end of day
    B(
        text="The initial impact of this policy is to move the release date of Labour Market Statistics in July 2020 from Tuesday 14 July (when Northern Ireland government buildings are closed) to Thursday 16 July.",
        due="2020-07-16 22:59:59",
        vague=False,
        said="2020-02-03 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_ONSHOL,
        published="2020-02-03",
    ),
    # the same page: moved from 13 to 15 July 2021: the new day counts (CONVENTIONS 4.1)
    B(
        text="The release date in July 2021 will also move from 13 to 15 July.",
        due="2021-07-15 22:59:59",
        vague=False,
        said="2020-02-03 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_ONSHOL,
        published="2020-02-03",
    ),
    # the same page: 'on the day of release' holds for every release: recurring (CONVENTIONS 1.3)
    B(
        text="This change will ensure that users across the UK have the same access to advice from the teams who produce the statistics on the day of release.",
        due=None,
        vague=False,
        said="2020-02-03 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_ONSHOL,
        published="2020-02-03",
    ),
    # ONS statement 'Changes to ONS release timetable' (cy.ons.gov.uk), undated in its opening; after 1 July 2017 by its words ('Following this, we have considered'); dated 2 October 2017 (assumed; every label here is past, recurring or none for any day after 2 July 2017); zone Europe/London. The end from 1 July 2017 is gone at the page's date: past (CONVENTIONS 2.2, the announcing day is not the deadline)
    B(
        text="On 15 June 2017, the National Statistician announced that routine pre-release access to Office for National Statistics (ONS) statistics would end from 1 July 2017.",
        due=None,
        vague=False,
        said="2017-10-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONSTT,
        published="2017-10-02",
    ),
    # the same page: a done act ('have considered'): past (CONVENTIONS 2.4)
    B(
        text="Following this, we have considered the dates of our publications to ensure that they continue to meet user needs.",
        due=None,
        vague=False,
        said="2017-10-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONSTT,
        published="2017-10-02",
    ),
    # the same page: 'on the day of' and 'before they can be debated' describe a risk, no act is given a time: due None
    B(
        text="Publication of labour market statistics on the day of Prime Minister’s Questions – one of the most important and most widely covered parliamentary occasions – means there is a risk that these detailed statistics are not fully understood by Parliamentarians on both sides of the House before they can be debated.",
        due=None,
        vague=False,
        said="2017-10-02 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSTT,
        published="2017-10-02",
    ),
    # the same page: a weekly schedule moved from Wednesdays to Tuesdays, with no date of change: recurring (CONVENTIONS 1.3)
    B(
        text="To ensure that there is greater time to understand these statistics and promote public debate and scrutiny, we are bringing forward publication of labour market statistics from Wednesdays to Tuesdays.",
        due=None,
        vague=False,
        said="2017-10-02 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_ONSTT,
        published="2017-10-02",
    ),
    # the same page: 'Currently ... is published on Tuesday' is the habitual day of every bulletin: recurring (CONVENTIONS 1.3)
    B(
        text="Currently, the Consumer price inflation bulletin is published on Tuesday.",
        due=None,
        vague=False,
        said="2017-10-02 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_ONSTT,
        published="2017-10-02",
    ),
    # the same page: 'theme day' names a day of the schedule, no time set: due None
    B(
        text="This bulletin is highly topical as it includes the headline measure of inflation; along with the publication of business prices and house prices, it forms the prices theme day.",
        due=None,
        vague=False,
        said="2017-10-02 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSTT,
        published="2017-10-02",
    ),
    # DSS '2014 Grant Selection Process', undated in its opening; between 16 September 2015 and February 2016 by its words; dated 1 December 2015 (assumed; no label changes for any day in that span); zone Australia/Sydney. A release of 16 September 2015: past
    B(
        text="On 16 September 2015, the Senate Community Affairs References Committee (the Committee) released their final report for the inquiry into the ‘Impact on service quality, efficiency and sustainability of recent Commonwealth community service tendering processes by the Department of Social Services’.",
        due=None,
        vague=False,
        said="2015-11-30 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_DSS14,
        published="2015-12-01",
    ),
    # the same page: the tabling is dated February 2016 (the resumption is dated by the month), so the month's end (CONVENTIONS 3.1, a range at its later end)
    B(
        text="The Australian Government’s response to all recommendations included in both the interim and final reports was presented to the Senate out of session and will be tabled upon resumption of Parliament in February 2016.",
        due="2016-02-29 12:59:59",
        vague=False,
        said="2015-11-30 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_DSS14,
        published="2015-12-01",
    ),
    # the same page: the engagement is done; 'future' sets no time: past
    B(
        text="The Department engaged Nous Group (Nous) to undertake a high level review of the 2014 grant selection process to capture key lessons that can inform future grants management activities.",
        due=None,
        vague=False,
        said="2015-11-30 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_DSS14,
        published="2015-12-01",
    ),
    # the same page: dates of 2014 and 2015 already gone: past
    B(
        text="Outcomes for the funding rounds that closed on 24 July 2014 have been finalised with most grant agreements commencing on 1 March 2015.",
        due=None,
        vague=False,
        said="2015-11-30 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_DSS14,
        published="2015-12-01",
    ),
    # the same page: 'at the time of advertising' is in the past: past
    B(
        text="These applications sought more than $3.9 billion in funding, with approximately $800 million in grants available at the time of advertising.",
        due=None,
        vague=False,
        said="2015-11-30 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_DSS14,
        published="2015-12-01",
    ),
    # DSS 'General Information on Funding', undated in its opening; after the department's creation (18 September 2013); dated 15 January 2014 (assumed; every label here is past or none for any later day); zone Australia/Sydney. 'regularly', 'latest', 'current' and 'closing dates' set no time for any act: due None
    B(
        text="DSS encourages all potential applicants to check the DSS website regularly for the latest information on programs, current selection processes and closing dates for applications.",
        due=None,
        vague=False,
        said="2014-01-14 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DSSGEN,
        published="2014-01-15",
    ),
    # the same page: the practice began on 1 July 2011, long gone at the page's date: past (the parser's docstring: a result more than a day before the reference). unsure: earliest (CONVENTIONS 3.2, an ongoing practice given only its start)
    B(
        text="For new grants entered into from 1 July 2011, DSS will accept financial information from not-for-profit organisations as defined in the National Standard Charter of Accounts.",
        due=None,
        vague=False,
        said="2014-01-14 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_DSSGEN,
        published="2014-01-15",
    ),
    # the same page, a list point quoted as it stands: 'when' names a decision still to be made, no time set: due None
    B(
        text="when applicants are to lodge their applications,",
        due=None,
        vague=False,
        said="2014-01-14 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DSSGEN,
        published="2014-01-15",
    ),
    # the same page, a list point: 'late' sets no time: due None
    B(
        text="how late or incomplete applications will be treated,",
        due=None,
        vague=False,
        said="2014-01-14 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DSSGEN,
        published="2014-01-15",
    ),
    # the same page, a list point: 'when funding will commence' sets no time: due None
    B(
        text="what funds are available and when funding will commence, and",
        due=None,
        vague=False,
        said="2014-01-14 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DSSGEN,
        published="2014-01-15",
    ),
    # ABCC 'The Building Code 2016', undated in its opening; after 21 February 2017 by its words; dated 15 March 2017 (assumed; every label here is past, event or none for any later day); zone Australia/Sydney. A commencement of 2 December 2016: past
    B(
        text="The Building Code 2016 is the Code for the Tendering and Performance of Building Work 2016 (the Building Code) which commenced on 2 December 2016.",
        due=None,
        vague=False,
        said="2017-03-14 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABCC,
        published="2017-03-15",
    ),
    # the same page: a commencement already gone: past
    B(
        text="Amendments to the Code commenced operation on 21 February 2017.",
        due=None,
        vague=False,
        said="2017-03-14 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABCC,
        published="2017-03-15",
    ),
    # the same page ('becomes' as the page has it): coverage starts from each participant's first tender, an undated event of each case: event (CONVENTIONS 1.3)
    B(
        text="Building contractors and Building industry participants that can be required to comply with the Building Code by section 34 of the Building and Construction Industry (Improving Productivity) Act 2016, becomes subject to the Building Code 2016 from the first time they submit an expression of interest (EOI) or tender (howsoever described) for Commonwealth funded building work on or after 2 December 2016.",
        due=None,
        vague=False,
        said="2017-03-14 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABCC,
        published="2017-03-15",
    ),
    # the same page: the only date (before 2 December 2016) is gone and no end is set for 'continues': past
    B(
        text="The Building Code 2013 continues to apply in relation to building work to which it applied immediately before 2 December 2016.",
        due=None,
        vague=False,
        said="2017-03-14 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABCC,
        published="2017-03-15",
    ),
    # the same page: a duty hung on the undated moment one becomes subject: event (CONVENTIONS 1.3, 5.2)
    B(
        text="Once you become subject to the Building Code, you will be required to comply with the Building Code on all new privately funded projects.",
        due=None,
        vague=False,
        said="2017-03-14 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABCC,
        published="2017-03-15",
    ),
    # the same page: 'at the time' another undated event happens: event (CONVENTIONS 1.3)
    B(
        text="A related entity of a code covered entity becomes subject to the Building Code at the time the code covered entity becomes subject to the Building Code.",
        due=None,
        vague=False,
        said="2017-03-14 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABCC,
        published="2017-03-15",
    ),
    # ABCC 'Transitional Arrangements – interaction between Building Code 2013 and Building Code 2016', undated in its opening; written for the change of 2 December 2016 ('post 2 December'); dated 5 December 2016 (assumed). unsure for the page: read before 2 December 2016, its dates would fall due rather than be past. The only date is gone: past
    B(
        text="The Building Code 2013 continues to operate in relation to building work to which it applied prior to 2 December 2016.",
        due=None,
        vague=False,
        said="2016-12-04 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABCCTR,
        published="2016-12-05",
    ),
    # the same page: the rule took effect on 2 December 2016 (CONVENTIONS 3.1a), gone at the page's date: past
    B(
        text="The Building Code 2016 applies to contractors who submit an EOI or tender for Commonwealth funded building work on or after 2 December 2016.",
        due=None,
        vague=False,
        said="2016-12-04 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABCCTR,
        published="2016-12-05",
    ),
    # the same page: tenders before a past date: past
    B(
        text="For the purpose of these scenarios, “Building Code 2013 projects” are projects where the head contractor submitted their tender prior to 2 December 2016.",
        due=None,
        vague=False,
        said="2016-12-04 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABCCTR,
        published="2016-12-05",
    ),
    # the same page: a question; '2 December' is the day of 2016 just gone: due None
    B(
        text="What happens if I engage subcontractors to undertake building work on that project post 2 December?",
        due=None,
        vague=False,
        said="2016-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABCCTR,
        published="2016-12-05",
    ),
    # the same page: the rule's start (2 December 2016) is gone: past
    B(
        text="Subcontractors who express interest in or tender for the project post 2 December 2016 become subject to the Building Code 2016 (code covered entities).",
        due=None,
        vague=False,
        said="2016-12-04 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABCCTR,
        published="2016-12-05",
    ),
    # the same page: 'for the life of the project' ends at an undated event: event (CONVENTIONS 1.3)
    B(
        text="The Building Code 2013 continues to apply to you as the head contractor for the life of the project.",
        due=None,
        vague=False,
        said="2016-12-04 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABCCTR,
        published="2016-12-05",
    ),
    # the same page: a question: due None
    B(
        text="As a head contractor, what should I do when calling for EOIs or tenders for building work on a Building Code 2013 project post 2 December 2016?",
        due=None,
        vague=False,
        said="2016-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABCCTR,
        published="2016-12-05",
    ),
    # the same page: a standing instruction for every call for tenders: recurring (CONVENTIONS 1.3)
    B(
        text="When calling for or receiving an EOI or tender on a Building Code 2013 project post 2 December 2016, you should do the following:",
        due=None,
        vague=False,
        said="2016-12-04 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABCCTR,
        published="2016-12-05",
    ),
    # the same page, a list point quoted as it stands: a standing step for every call: recurring (CONVENTIONS 1.3)
    B(
        text="provide this information statement (Word - 70KB | PDF - 244KB) to respondents when calling for or receiving expressions of interest or tenders on or after 2 December 2016 to inform them they will become code covered entities.",
        due=None,
        vague=False,
        said="2016-12-04 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABCCTR,
        published="2016-12-05",
    ),
    # Insolvency Service news story on gov.uk, 'Published 27 March 2015'; zone Europe/London (GMT that day). A consultation of 2013-14: past
    B(
        text="The Insolvency Service consulted on an earlier draft between September 2013 and January 2014.",
        due=None,
        vague=False,
        said="2015-03-27 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_INSOL,
        published="2015-03-27",
    ),
    # the same page: an engagement going on 'as' the rules are revised, no time set: due None
    B(
        text="We have also been engaging with a group of stakeholders, as Parts of the rules are revised, to ensure that the provisions will work as intended.",
        due=None,
        vague=False,
        said="2015-03-27 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_INSOL,
        published="2015-03-27",
    ),
    # the same page: 'ongoing' sets no time: due None
    B(
        text="This process of revision and engagement is ongoing.",
        due=None,
        vague=False,
        said="2015-03-27 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_INSOL,
        published="2015-03-27",
    ),
    # the same page: rules coming into force in April 2016, dated by the month only: the month's end (CONVENTIONS 3.1, a range at its later end)
    B(
        text="The intention is that the new rules will come into force in April 2016.",
        due="2016-04-30 22:59:59",
        vague=False,
        said="2015-03-27 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_INSOL,
        published="2015-03-27",
    ),
    # Insolvency Service Stakeholder Newsletter (Spring 2016), sent through GovDelivery, undated in its opening; before 6 April 2016 by its words ('April will soon be here'); dated 15 March 2016 (assumed; no label changes for any day from January to 4 April 2016); zone Europe/London. The outlining is past, but the changes are 'due in April' (2016): the month's end (as CONVENTIONS 2.2, the telling is not the deadline)
    B(
        text="In the last newsletter we outlined the changes to debtor bankruptcy due in April.",
        due="2016-04-30 22:59:59",
        vague=False,
        said="2016-03-15 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_INSNEWS,
        published="2016-03-15",
    ),
    # the same page: 'soon' is said of April's coming, not an undertaking, and the finalising is given no time: due None. unsure: a careful reader could give April's end (the steps must be ready for April)
    B(
        text="April will soon be here and the practical steps to transfer debtor petitions out of the courts to the Insolvency Service are being finalised.",
        due=None,
        vague=False,
        said="2016-03-15 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_INSNEWS,
        published="2016-03-15",
    ),
    # the same page: the new procedure takes effect on 6 April 2016 (CONVENTIONS 3.1a), end of day
    B(
        text="From 6th April 2016, instead of going to court, individuals wanting to apply for bankruptcy will apply online via the central UK Government website, GOV.UK.",
        due="2016-04-06 22:59:59",
        vague=False,
        said="2016-03-15 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_INSNEWS,
        published="2016-03-15",
    ),
    # the same page: 'has already gone live': past (CONVENTIONS 2.4)
    B(
        text="Our new smart answers page has already gone live on GOV.UK, providing information on the different options available to help people deal with unmanageable debt.",
        due=None,
        vague=False,
        said="2016-03-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_INSNEWS,
        published="2016-03-15",
    ),
    # the same page: a form merely open from 6 April (2016): earliest, from the start of that day (CONVENTIONS 3.2, not 3.1a)
    B(
        text="From 6th April, people will also be able to access the online bankruptcy form on this site, if they decide that is the most appropriate solution for their circumstances.",
        due=None,
        vague=False,
        said="2016-03-15 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2016-04-05 23:00:00",
        cluster=5,
        source=_INSNEWS,
        published="2016-03-15",
    ),
    # the same page: 'when exploring' sets no time: due None
    B(
        text="The intention is to provide information in one place, on a trusted government website which people visit when exploring what government services exist to help them with problem debt.",
        due=None,
        vague=False,
        said="2016-03-15 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_INSNEWS,
        published="2016-03-15",
    ),
    # the same page: 'current' sets no time: due None
    B(
        text="The new online form will be easier to access and use than the current paper application.",
        due=None,
        vague=False,
        said="2016-03-15 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_INSNEWS,
        published="2016-03-15",
    ),
    # the same page: 'still' and 'when they believe' set no time: due None
    B(
        text="Applying for bankruptcy will still be a big step and one which people in financial distress generally only contemplate when they believe no other option is available to them.",
        due=None,
        vague=False,
        said="2016-03-15 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_INSNEWS,
        published="2016-03-15",
    ),
    # FEMA news release 1539-367, 'Release Date: February 3, 2005' (fema.gov, in the UNT End of Term web archive), Orlando; zone America/New_York (EST); the dateline 'ORLANDO, Fla. --' left out. Registration before the period ends at 6 p.m. on 28 February 2005: due then
    B(
        text="Floridians are encouraged to register for disaster assistance before the registration period ends on Feb. 28, 2005, at 6 p.m.",
        due="2005-02-28 23:00:00",
        vague=False,
        said="2005-02-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FEMA05,
        published="2005-02-03",
    ),
    # the same page: lines kept open through Saturday 5 February to 7 p.m.: due at the end of that schedule (CONVENTIONS 3.3, 6.1)
    B(
        text="Telephone lines are open from 7 a.m. to 7 p.m. through Saturday, Feb. 5.",
        due="2005-02-06 00:00:00",
        vague=False,
        said="2005-02-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FEMA05,
        published="2005-02-03",
    ),
    # the same page: the one-off closure on Sunday 6 February is the dated act (CONVENTIONS 3.1), end of day; the hours from 7 February are an ongoing schedule given only its start. unsure: earliest, 7 February 08:00 EST (CONVENTIONS 3.2)
    B(
        text="The registration lines will be closed Sunday, Feb. 6 and starting Feb. 7, the registration and helpline number will operate Monday through Saturday from 8 a.m. to 6 p.m. (EST).",
        due="2005-02-07 04:59:59",
        vague=False,
        said="2005-02-03 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FEMA05,
        published="2005-02-03",
    ),
    # the same page: a standing duration of every registration: recurring (CONVENTIONS 1.3)
    B(
        text="The registration process normally takes less than half an hour.",
        due=None,
        vague=False,
        said="2005-02-03 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA05,
        published="2005-02-03",
    ),
    # the same page: 'current', 'pre-disaster' and 'annual' set no time: due None
    B(
        text="Applicants will need to provide a social security number, current and pre-disaster address and phone number, insurance information/type and total household annual income.",
        due=None,
        vague=False,
        said="2005-02-03 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FEMA05,
        published="2005-02-03",
    ),
    # FEMA news release 4020-111, 'Release date: October 27, 2011' (fema.gov), Albany; zone America/New_York (EDT); the dateline 'ALBANY, N.Y. –' left out. 'five days left' from the moment of speaking: a limit of five days, landing on 1 November (CONVENTIONS 1.2; the docstring's spans). unsure: the page's deadline is 31 October (the five days counted with the day of speaking)
    B(
        text="New York State and federal officials remind those who were affected by Hurricane Irene that they have only five days left to register with the Federal Emergency Management Agency (FEMA) for possible federal disaster assistance.",
        due="2011-11-02 03:59:59",
        vague=False,
        said="2011-10-27 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_FEMA11,
        published="2011-10-27",
    ),
    # the same page: 'as soon as possible', the agency urging registration: vague, 60 days (CONVENTIONS 5.1)
    B(
        text="It’s important that those who may need to register for aid do so as soon as possible.",
        due="2011-12-27 04:59:59",
        vague=True,
        said="2011-10-27 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_FEMA11,
        published="2011-10-27",
    ),
    # the same page: the deadline of 31 October 2011, end of day
    B(
        text="Registrations cannot be accepted after the October 31, 2011 deadline.",
        due="2011-11-01 03:59:59",
        vague=False,
        said="2011-10-27 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA11,
        published="2011-10-27",
    ),
    # the same page: registration before 'the October 31 deadline' is registration by it (time counted down to a deadline, as the docstring's exception for 'before the Jan. 31 deadline'). unsure: CONVENTIONS 3.5 read strictly would give 30 October
    B(
        text="“If you are waiting for an insurance settlement, it is still necessary to register with FEMA before the October 31 deadline in order to be considered for assistance,” said Philip E. Parr, FEMA Federal Coordinating Officer.",
        due="2011-11-01 03:59:59",
        vague=False,
        said="2011-10-27 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA11,
        published="2011-10-27",
    ),
    # the same page: standing daily hours with no end ('until further notice'): recurring (CONVENTIONS 1.3)
    B(
        text="Phone lines are open from 7 a.m. to 10 p.m. ET, seven days a week until further notice.",
        due=None,
        vague=False,
        said="2011-10-27 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA11,
        published="2011-10-27",
    ),
    # the same page: the only date is the signing on 31 August (2011), gone: past
    B(
        text="The registration period and the deadline apply to the major federal disaster declaration signed by President Barack Obama on August 31 that enabled residents and business owners in Albany, Bronx, Clinton, Columbia, Delaware, Dutchess, Essex, Greene, Herkimer, Kings, Montgomery, Nassau, Orange, Otsego, Putnam, Queens, Rensselaer, Richmond, Rockland, Saratoga, Schenectady, Schoharie, Suffolk, Sullivan, Ulster, Warren, Washington and Westchester counties to register for federal recovery aid.",
        due=None,
        vague=False,
        said="2011-10-27 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA11,
        published="2011-10-27",
    ),
)
