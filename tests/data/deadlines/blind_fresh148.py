"""A HUNDRED-AND-FORTY-EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 10:32 and 10:50 by a labelling helper (branch
issue12l148-s55) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 55 (fresh144 to fresh147), whose claims in the shared claims file were treated as used
and whose files and README sections were not opened. It read `CONVENTIONS.md` in full, the docstring,
comments, some cases and the README section of `blind_fresh143.py`, the field list of `BlindCase` in
`blind_real.py`, the docstring of `tests/data/fresh_check.py`, and the top docstring of the parser
package only (the vague windows, "by" and "before" periods, weeks running Monday to Sunday, bare clock
times, "today" on the act); nothing else of `bot/core/deadlines/` was opened. The brief asked for US
health, veterans and census agencies (VA, CDC, NIH, FDA, Census Bureau), the European Commission and
the Council of the EU, No 10, FCDO and MoD, and NSW and Victorian Government pages under CC BY, at most
a third from the United States; at least eight publishers, none above a fifth of the cases; about 90
cases (at least 70) by 11:25 UTC.

The set quotes the European Commission (the Daily News of 22 October 2013 and the Top News of 14 March
2014 on europa.eu), the Council of the EU's press office (remarks and a statement of the Eurogroup
President posted on consilium.europa.eu on 12 February 2015, 12 July 2015 and 10 February 2017), the NSW
National Parks and Wildlife Service (local alerts on three nationalparks.nsw.gov.au pages, reviewed in
September 2023 and April to June 2025), the Department of Veterans Affairs (Federal Register meeting
notices of 14 March 2005 and 21 January 2010), the Census Bureau (Tip Sheet TP22-04 of 25 February 2022),
NSW Treasury (the Budget Speech 2025-26), the National Institutes of Health (the amendment notes of
PA-04-119, 3 January and 17 September 2007), the Victorian Department of Treasury and Finance (the
Treasurer's message of the Victorian Budget 2018/19 Overview) and the Food and Drug Administration (a
Federal Register notice of 13 March 2015). 73 cases from 9 publishers (the European Commission 14
(19.2%); NPWS 14 (19.2%); the Council of the EU 13 (17.8%); VA 12 (16.4%); the Census Bureau 7 (9.6%);
NSW Treasury 5 (6.8%); NIH 3 (4.1%); Victorian DTF 3 (4.1%); FDA 2 (2.7%)). 24 of the 73 (32.9%) are
from the United States (VA, Census Bureau, NIH, FDA); 49 are not. The Eurogroup President's words are
counted under the Council, whose press office publishes them on the Council's site.

Left out, and why. No 10, FCDO and MoD: three No 10 lobby briefings on gov.uk (17 January 2011, 22 March
2013, 25 June 2013) read fresh and were claimed (`fresh148`), but the store shows no licence statement
of GOV.UK's own (its stored pages end before the footer; searches returned only other Crown bodies'
statements), so under the brief's rule they were not used. CDC pages found read USED. No Victorian
Government page with its own licence statement was found fresh except the Budget 2018/19 Overview
(premier.vic.gov.au's statement is not in the store; OVIC's consultation page read USED). To keep the
Commission and NPWS at a fifth and the United States at a third, these claimed pages were left out
whole: the Commission's Top News of 15 May 2009 and its Irish representation's October 2013 archive,
NPWS's Coorabakh, Mount Kembla ring track and Country NSW alert pages, the Council press office's
background brief of 15 April 2021 (a docslib copy), three more Census tip sheets (TP05-06, TP21-20,
TP23-06), a second FDA notice (80 FR 49247) and VA's notice of 21 August 2008. So the set stops at 73,
short of 90.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock
time, "today", "tomorrow", "Monday", "the coming week", "this Friday", a month, a year, a range of days,
"sunset and sunrise", "for the past three years", "over the next five years", "the future", "sooner",
"currently", "temporarily", "no longer", "at this point", "a little longer", "timely", "after",
"before", "prior to", "in advance of", "during", "as soon as", "each"); sentences of the openings read
that hold none were skipped, as were titles, headings, date and signature lines, contact lines,
greetings ("Good evening."), sentences cut off by the end of an opening or by a list they lead into, and
sentences whose only year is part of a name ("the 2020 Census data products", "The Victorian Budget
2018/19 continues this momentum."). Within each page quoted, the other sentences holding a time word
were taken in page order, easy or hard, except a few whose only time words are general ("It was the
first opportunity", "I am already going to say", "work is still in progress", "current budget
allocations"). The labels ("SUMMARY:") and opening dates of notes
("January 3, 2007 - ") were left out of the quotes, the line breaks of the GPO text joined, and the
opening quotation mark of a quoted speaker dropped; the pages' slips ("is  on Monday", "October .")
stay as the pages have them.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh148`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used
and dropped (README.md lists some). Every kept sentence was then checked whole with the same tool
(skipping this file): two read used and were dropped (the Census Bureau's line "These products are
listed in the Census Bureau's online product calendar, ..." and FDA's "The Agency is taking this action
in response to a request for an extension ..."), none of the 73 reads used. Each label was worked out by
hand from the words, the publication date and the publisher's zone (America/New_York for the US
agencies, Europe/Brussels for the Commission and the Council, Australia/Sydney for NPWS and NSW
Treasury, Australia/Melbourne for Victoria's DTF); the conversion of local instants to UTC wall time,
weekdays and day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh143.py`: the publication date at 10:00 local time unless the page gives an hour (the
Council's postings print theirs, '12/02/2015 01:45'; each NPWS alert prints 'Last reviewed: <day>,
<time>', and its sentences are read at that instant); where a page carries no date of its own in its
opening, the one its address, document information or other facts give (the first comment of each
page says which and why); a day falls due at 23:59:59 local; "today" on the act as it is spoken at the
end of that day (CONVENTIONS 2.1); a window or closure at its end (CONVENTIONS 1.1, 3.3); a range or
several clock times at the later (CONVENTIONS 6.1); a clock time with no day of its own at its first
occurrence after the moment of speaking, the page's instant written in the comment (CONVENTIONS 6.3);
"before May 2014" on 30 April (CONVENTIONS 3.5); a duty that begins on a date falls due then
(CONVENTIONS 3.1a); an activity given only its start is earliest (CONVENTIONS 3.2); done acts are past
(CONVENTIONS 2.4); standing limits and nightly closures are recurring, and times hung on an undated
event ("after adoption", "at least 5 days prior to the meeting", "during this time" when only another
sentence dates the time, "as soon as they are considered safe") event (CONVENTIONS 1.3, 5.2, 6.3); a
possibility is no undertaking (CONVENTIONS 4.2); refusals have `due=None` and a `refusal` kind; a
sentence whose time words set no time for any act has `due=None` and no refusal word (10 such).
Clusters as in `blind_fresh143.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of
the day, periods and windows, 5 refusals, 6 plain days and dates. 30 labels are refusals (past 14, event
11, recurring 4, earliest 1); none is vague; 32 labels carry a due instant; 7 are marked "unsure" and
name the other reading; like every label here they stay as committed, whatever the first run shows.
First run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit
these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_CENSUS22 = "https://usatrade.census.gov/newsroom/tip-sheets/2022/tp22-04.html"
_FDACGMP15 = "http://www.gpo.gov/fdsys/pkg/FR-2015-03-13/html/2015-05674.htm"
_NIHPA04 = "https://grants.nih.gov/grants/guide/pa-files/PA-04-119.html"
_VANRAC10 = "http://federal.elaws.us/fr/1/21/2010/2010-991"
_VAEH05 = "http://federal.elaws.us/fr/3/14/2005/05-4895"
_ECDN13 = "http://europa.eu/rapid/press-release_MEX-13-1022_en.htm"
_ECTOP14 = "http://europa.eu/rapid/press-release_AGENDA-14-10_en.htm"
_EGFEB15 = (
    "http://www.consilium.europa.eu/en/press/press-releases/2015/02/150211-dijsselbloem-remarks/"
)
_EGJUL15 = (
    "http://www.consilium.europa.eu/en/press/press-releases/2015/07/11-jd-exit-remarks-eurogroup/"
)
_EGFEB17 = "http://www.consilium.europa.eu/fr/press/press-releases/2017/02/10-eurogroup-president-statement-greece/"
_NPWSHOM = "https://nationalparks.nsw.gov.au/things-to-do/walking-tracks/hominy-creek-walking-track/local-alerts"
_NPWSWAT = (
    "https://www.nationalparks.nsw.gov.au/visit-a-park/parks/watagan-flora-reserves/local-alerts"
)
_NPWSULO = "https://www.nationalparks.nsw.gov.au/things-to-do/walking-tracks/uloola-walking-track/local-alerts"
_NSWBUD25 = "https://www.budget.nsw.gov.au/2025-26/budget-papers/budget-speech"
_VICBUD18 = "https://info.5y1.org/2018-flu-statistics-by-state_1_b508a7.html"

FRESH148_CASES: tuple[BlindCase, ...] = (
    # U.S. Census Bureau (Tip Sheet Number 4, TP22-04, 'February 25, 2022' as the page's own date line; copy on usatrade.census.gov, a Census Bureau host; work of the US federal government, public domain, 17 U.S.C. 105); zone America/New_York (EST); no hour given, said 25 February 2022 10:00 EST. Section headings ('2022 Product Calendar', '1950 Census Records Release') are not taken; sentences whose only year is part of a name ('the 2020 Census data products', 'the Census Bureau's 1950 Census press kit') are passed over. the posting is done ('has posted'), and 'scheduled for release in 2022' describes the products: past (CONVENTIONS 2.4). unsure: a careful reader could take the products' release as due within 2022 (end of 2022)
    B(
        text="The U.S. Census Bureau has posted anticipated release dates for each regular and recurring statistical product scheduled for release in 2022.",
        due=None,
        vague=False,
        said="2022-02-25 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CENSUS22,
        published="2022-02-25",
    ),
    # a one-off meeting on a year-less date, its next occurrence (CONVENTIONS 3.1) [local due 2022-03-07 23:59:59 EST]
    B(
        text="The U.S. Census Bureau will host the National Advisory Committee Special Meeting on differential privacy on March 7.",
        due="2022-03-08 04:59:59",
        vague=False,
        said="2022-02-25 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CENSUS22,
        published="2022-02-25",
    ),
    # a two-day meeting, due at the later day (CONVENTIONS 6.1) [local due 2022-03-18 23:59:59 EDT]
    B(
        text="The U.S. Census Bureau will host the Census Scientific Advisory Committee virtual meeting March 17-18.",
        due="2022-03-19 03:59:59",
        vague=False,
        said="2022-02-25 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CENSUS22,
        published="2022-02-25",
    ),
    # a one-off release scheduled for a date (CONVENTIONS 3.1) [local due 2022-04-01 23:59:59 EDT]
    B(
        text="The National Archives and Records Administration (NARA) is scheduled to digitally release the 1950 Census population records on April 1, 2022.",
        due="2022-04-02 03:59:59",
        vague=False,
        said="2022-02-25 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CENSUS22,
        published="2022-02-25",
    ),
    # 'after 72 years' is the standing rule for every census; the date names the law: recurring (CONVENTIONS 1.3)
    B(
        text="This release is in accordance with the “72-Year Rule” (92 Stat. 915; Public Law 95-416; October 5, 1978) that states that after 72 years, NARA is responsible for releasing to the public decennial census records.",
        due=None,
        vague=False,
        said="2022-02-25 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_CENSUS22,
        published="2022-02-25",
    ),
    # the release line under the item; 1 April is its next occurrence (CONVENTIONS 3.1) [local due 2022-04-01 23:59:59 EDT]
    B(
        text="(Scheduled for release April 1.)",
        due="2022-04-02 03:59:59",
        vague=False,
        said="2022-02-25 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CENSUS22,
        published="2022-02-25",
    ),
    # a release set for a year-less date; the years name the surveys (CONVENTIONS 3.1) [local due 2022-03-10 23:59:59 EST]
    B(
        text="The U.S. Census Bureau is set to release preliminary results from the 2020 Post-Enumeration Survey (PES) along with additional results from the 2020 Demographic Analysis (DA) March 10.",
        due="2022-03-11 04:59:59",
        vague=False,
        said="2022-02-25 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CENSUS22,
        published="2022-02-25",
    ),
    # Food and Drug Administration (Federal Register notice FR Doc 2015-05674, 'Friday, March 13, 2015' in the page's own header, on gpo.gov; public domain); zone America/New_York (EDT from 8 March 2015); said 13 March 2015 10:00 EDT. Line breaks of the GPO text joined, the label 'SUMMARY:' left out, the GPO quote marks (``...'') kept as printed. the comment period is extended to a stated end, due then (CONVENTIONS 1.1) [local due 2015-04-29 23:59:59 EDT]
    B(
        text="The Food and Drug Administration (FDA) is extending the comment period by 30 days to April 29, 2015, for the notice entitled ``Current Good Manufacturing Practice Requirements for Combination Products; Draft Guidance for Industry and Food and Drug Administration Staff; Availability,'' that appeared in the Federal Register of January 27, 2015 (80 FR 4280).",
        due="2015-04-30 03:59:59",
        vague=False,
        said="2015-03-13 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FDACGMP15,
        published="2015-03-13",
    ),
    # 'by April 29, 2015' [local due 2015-04-29 23:59:59 EDT]
    B(
        text="Submit either electronic or written comments by April 29, 2015.",
        due="2015-04-30 03:59:59",
        vague=False,
        said="2015-03-13 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FDACGMP15,
        published="2015-03-13",
    ),
    # National Institutes of Health (NIH Guide, PA-04-119, released 23 June 2004, with dated amendment notes opening the page; grants.nih.gov; public domain); zone America/New_York. Each note is read on the date that opens it (as fresh143 read SSA's chronology), 10:00 local; the opening dates ('January 3, 2007 - ') are left out of the quotes as labels. the note of 17 September 2007 tells of an adjustment made: past (CONVENTIONS 2.4); said 17 September 2007 10:00 EDT
    B(
        text="Expiration Date adjusted to accommodate recent changes to standing submission deadlines, per NOT-OD-07-093.",
        due=None,
        vague=False,
        said="2007-09-17 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NIHPA04,
        published="2007-09-17",
    ),
    # the note of 3 January 2007: a duty that begins with a date falls due that date (CONVENTIONS 3.1a) [local due 2007-02-05 23:59:59 EST]
    B(
        text="Effective with the February 5, 2007 submission date, all R01 applications must be submitted through using the electronic SF424 (R&R) application.",
        due="2007-02-06 04:59:59",
        vague=False,
        said="2007-01-03 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NIHPA04,
        published="2007-01-03",
    ),
    # the same note: the expiry on the day of the note is a one-off event that day (CONVENTIONS 3.1) [local due 2007-01-03 23:59:59 EST]
    B(
        text="Accordingly, the R01 portion of this funding opportunity expires on January 3, 2007.",
        due="2007-01-04 04:59:59",
        vague=False,
        said="2007-01-03 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NIHPA04,
        published="2007-01-03",
    ),
    # Department of Veterans Affairs (Federal Register notice FR Doc 2010-991, National Research Advisory Council, 'Published: 01/21/2010' in the page's document information, copy on federal.elaws.us; public domain); zone America/New_York (the meeting is in Washington, DC); said 21 January 2010 10:00 EST. The signature block ('Dated: January 14, 2010.') and contact sentences are not taken. a meeting on a dated day (CONVENTIONS 3.1) [local due 2010-02-04 23:59:59 EST]
    B(
        text="The Department of Veterans Affairs (VA) gives notice under Public Law 92-463 (Federal Advisory Committee Act) that the National Research Advisory Council will hold a meeting on Thursday, February 4, 2010, in the second floor conference room of the Paralyzed Veterans of America Building, 801 18th Street, NW., Washington, DC.",
        due="2010-02-05 04:59:59",
        vague=False,
        said="2010-01-21 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VANRAC10,
        published="2010-01-21",
    ),
    # clock times with no day in the sentence: the first 3 p.m. after the moment of speaking, the later of the two times (CONVENTIONS 6.3, 6.1) [local due 2010-01-21 15:00:00 EST]; page: 4 February 2010 15:00 EST. unsure: read each time alone, the first 8:30 a.m. after 10:00 is the next day's, and a careful reader could take the whole meeting as next day's, due 2010-01-22 15:00:00 EST
    B(
        text="The meeting will convene at 8:30 a.m. and end at 3 p.m.",
        due="2010-01-21 20:00:00",
        vague=False,
        said="2010-01-21 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_VANRAC10,
        published="2010-01-21",
    ),
    # a clock time with no day: the first 2 p.m. after the moment of speaking (CONVENTIONS 6.3) [local due 2010-01-21 14:00:00 EST]; page: 4 February 2010 14:00 EST
    B(
        text="Time will be allocated for receiving public comments at 2 p.m.",
        due="2010-01-21 19:00:00",
        vague=False,
        said="2010-01-21 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_VANRAC10,
        published="2010-01-21",
    ),
    # a limit for every comment, with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="Public comments will be limited to three minutes each.",
        due=None,
        vague=False,
        said="2010-01-21 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_VANRAC10,
        published="2010-01-21",
    ),
    # 'at the time of the meeting', a meeting this sentence does not date: event (CONVENTIONS 1.3, 6.3)
    B(
        text="Individuals who speak are invited to submit 1-2 page summaries of their comments at the time of the meeting for inclusion in the official meeting record.",
        due=None,
        vague=False,
        said="2010-01-21 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_VANRAC10,
        published="2010-01-21",
    ),
    # Department of Veterans Affairs (Federal Register notice FR Doc 05-4895, Veterans' Advisory Committee on Environmental Hazards, published 14 March 2005 as the address ('fr/3/14/2005') gives, copy on federal.elaws.us; public domain); zone America/New_York (the meeting is in Washington, DC; EDT from 3 April 2005); said 14 March 2005 10:00 EST. Contact sentences are not taken. two days with hours each day: due at the later end, 4 p.m. on 15 April (CONVENTIONS 6.1) [local due 2005-04-15 16:00:00 EDT]
    B(
        text="The Department of Veterans Affairs (VA) gives notice under Public Law 92-463 (Federal Advisory Committee Act) that a meeting of the Veterans' Advisory Committee on Environmental Hazards will be held on Thursday and Friday, April 14-15, 2005, from 8 a.m. to 4 p.m. each day.",
        due="2005-04-15 20:00:00",
        vague=False,
        said="2005-03-14 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_VAEH05,
        published="2005-03-14",
    ),
    # 'both days' of a meeting this sentence does not date: event (CONVENTIONS 6.3)
    B(
        text="The major items on the agenda for both days will be discussions and analyses of medical and scientific papers concerning the health effects of exposure to ionizing radiation.",
        due=None,
        vague=False,
        said="2005-03-14 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_VAEH05,
        published="2005-03-14",
    ),
    # a one-off presentation on a year-less date (CONVENTIONS 3.1) [local due 2005-04-14 23:59:59 EDT]
    B(
        text="On April 14 there will be a presentation by VA's Public Health and Environmental Hazards Office.",
        due="2005-04-15 03:59:59",
        vague=False,
        said="2005-03-14 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VAEH05,
        published="2005-03-14",
    ),
    # the session named by its day (CONVENTIONS 3.1) [local due 2005-04-15 23:59:59 EDT]
    B(
        text="The April 15 session will include planning future Committee activities and assignment of tasks among the members.",
        due="2005-04-16 03:59:59",
        vague=False,
        said="2005-03-14 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VAEH05,
        published="2005-03-14",
    ),
    # 'in advance of the meeting', undated here: event (CONVENTIONS 1.3)
    B(
        text="Members of the public may submit written questions or prepared statements for review by the Committee in advance of the meeting.",
        due=None,
        vague=False,
        said="2005-03-14 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_VAEH05,
        published="2005-03-14",
    ),
    # 'at least 5 days prior to the meeting', a span from an undated event: event (CONVENTIONS 1.3)
    B(
        text="Statements should be sent to Ms. Green's attention at least 5 days prior to the meeting at the address shown above.",
        due=None,
        vague=False,
        said="2005-03-14 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_VAEH05,
        published="2005-03-14",
    ),
    # 'prior to its consideration by the Committee', undated: event (CONVENTIONS 1.3)
    B(
        text="Those who submit material may be asked to clarify it prior to its consideration by the Committee.",
        due=None,
        vague=False,
        said="2005-03-14 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_VAEH05,
        published="2005-03-14",
    ),
    # European Commission (Daily News 'EXME 13 / 22.10', dated '22 / 10 / 13' on the page, europa.eu/rapid; reuse under Commission Decision 2011/833/EU); zone Europe/Brussels (CEST); said 22 October 2013 10:00 CEST. Headings are not taken; the opening quotation mark of Commissioner Šemeta's quoted words is left off the quote. 'Today' on the promised act as it is spoken: due at the end of the day (CONVENTIONS 2.1) [local due 2013-10-22 23:59:59 CEST]
    B(
        text="Today, the European Commission will adopt its work programme for 2014.",
        due="2013-10-22 21:59:59",
        vague=False,
        said="2013-10-22 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_ECDN13,
        published="2013-10-22",
    ),
    # 'before the European Parliament elections in May 2014' read as before May 2014, the day before the period (CONVENTIONS 3.5) [local due 2014-04-30 23:59:59 CEST]. unsure: the deadline belongs to the co-legislators and hangs on the elections (held in late May), so a careful reader could call it event or take the end of May 2014, or take 'for 2014' (end of 2014)
    B(
        text="The Work Programme for 2014 will set out the key new initiatives for 2014 and will also highlight the priority items for adoption by the co-legislators before the European Parliament elections in May 2014.",
        due="2014-04-30 21:59:59",
        vague=False,
        said="2013-10-22 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_ECDN13,
        published="2013-10-22",
    ),
    # 'adopted on the 2nd October' tells of an act already done: past (CONVENTIONS 2.4)
    B(
        text="The work programme also identifies the further steps to be taken to implement the regulatory fitness programme of work adopted on the 2nd October .",
        due=None,
        vague=False,
        said="2013-10-22 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECDN13,
        published="2013-10-22",
    ),
    # 'after adoption', an undated event: event (CONVENTIONS 1.3)
    B(
        text="A press release and the work programme will be available after adoption.",
        due=None,
        vague=False,
        said="2013-10-22 08:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_ECDN13,
        published="2013-10-22",
    ),
    # a count at the end of 2012, told of the past: past
    B(
        text="There were fewer infringements open at the end of 2012 than in previous years.",
        due=None,
        vague=False,
        said="2013-10-22 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECDN13,
        published="2013-10-22",
    ),
    # counts of 2012 and 2009 told as done: past
    B(
        text="With around 1300 infringements opened in 2012, the overall situation has dramatically improved compared to 2009 (2900 infringements).",
        due=None,
        vague=False,
        said="2013-10-22 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECDN13,
        published="2013-10-22",
    ),
    # 2012 figures told of the past: past
    B(
        text="Still, situation varies enormously between Member States with Latvia, Lithuania, Estonia, Malta and Denmark having less than 30 pending cases in 2012, while Greece, Portugal, Spain, Belgium and Italy had between 80 and 99 infringements each.",
        due=None,
        vague=False,
        said="2013-10-22 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECDN13,
        published="2013-10-22",
    ),
    # 'published today': the report is already out: past (CONVENTIONS 2.4)
    B(
        text="Discover the facts and figures in the 30th Report on the application of EU Law published today.",
        due=None,
        vague=False,
        said="2013-10-22 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECDN13,
        published="2013-10-22",
    ),
    # 'Today's' names the present tax systems; no act is timed: due None, no refusal word
    B(
        text="Today's tax systems were conceived in a pre-computer age.",
        due=None,
        vague=False,
        said="2013-10-22 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_ECDN13,
        published="2013-10-22",
    ),
    # European Commission (Top News 15 March - 11 April 2014, 'Brussels, Friday 14 March 2014' on the page, europa.eu/rapid AGENDA/14/10; reuse under Commission Decision 2011/833/EU); zone Europe/Brussels (CET); said 14 March 2014 10:00 CET. The headings ('Wednesday 19 March: Macro Financial Assistance for Ukraine', 'The news:', 'The event:') and contact lines are not taken. the proposal has no time of its own; '12 March' dates the announcement already made: due None, no refusal word (CONVENTIONS 2.2)
    B(
        text="The Commission will formally propose an additional €1 billion of macro-financial assistance for Ukraine, as announced by President Barroso in the European Parliament on 12 March (see SPEECH/14/212).",
        due=None,
        vague=False,
        said="2014-03-14 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_ECTOP14,
        published="2014-03-14",
    ),
    # 'On 5 March 2014 ... presented': past
    B(
        text="On 5 March 2014, the European Commission therefore presented its firm contribution to a European and international effort to support Ukraine in its economic and political reforms.",
        due=None,
        vague=False,
        said="2014-03-14 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECTOP14,
        published="2014-03-14",
    ),
    # a weekday and date with a clock time (CONVENTIONS 3.1) [local due 2014-03-19 12:00:00 CET]
    B(
        text="Vice-President Rehn will present the proposal on macro-financial assistance to Ukraine on Wednesday 19 March at 12.00 in the Berlaymont press room.",
        due="2014-03-19 11:00:00",
        vague=False,
        said="2014-03-14 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_ECTOP14,
        published="2014-03-14",
    ),
    # 'on the day' of an event this sentence does not date: event (CONVENTIONS 6.3)
    B(
        text="Press release will be available on the day.",
        due=None,
        vague=False,
        said="2014-03-14 09:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_ECTOP14,
        published="2014-03-14",
    ),
    # a presentation expected on a year-less date (CONVENTIONS 3.1) [local due 2014-03-25 23:59:59 CET]
    B(
        text="On 25 March, the European Commission is expected to present a proposal for revised rules on organic farming.",
        due="2014-03-25 22:59:59",
        vague=False,
        said="2014-03-14 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_ECTOP14,
        published="2014-03-14",
    ),
    # Council of the EU press office (remarks by Eurogroup President Jeroen Dijsselbloem after the Eurogroup of 11 February 2015, posted on consilium.europa.eu '12/02/2015 01:45', statement 53/15; reuse under Council Decision (EU) 2017/1842); zone Europe/Brussels (CET); the page gives its hour, so said 12 February 2015 01:45 CET. The greeting ('Good evening.') is not taken. the extra Eurogroup is told as done, but the regular Eurogroup 'is on Monday', a one-off event (CONVENTIONS 3.1): Monday 16 February 2015 [local due 2015-02-16 23:59:59 CET]. unsure: the main clause is told in the past and a careful reader could call the whole sentence past (CONVENTIONS 2.4); the double space before 'on' is the page's
    B(
        text="Today, as you well know, we had an extra Eurogroup to start our talks with the new Greek colleague, to already cover some ground in advance of the regular Eurogroup, which is  on Monday.",
        due="2015-02-16 22:59:59",
        vague=False,
        said="2015-02-12 00:45:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EGFEB15,
        published="2015-02-12",
    ),
    # the discussion is told as done; 'at this point' adds no time: past
    B(
        text="We had an intense discussion and constructive, covering a lot of ground, also making progress, but not enough progress at this point to come to joint conclusions.",
        due=None,
        vague=False,
        said="2015-02-12 00:45:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EGFEB15,
        published="2015-02-12",
    ),
    # 'on Monday', the next Monday after Thursday 12 February 2015 [local due 2015-02-16 23:59:59 CET]
    B(
        text="So, we will continue our talks on Monday.",
        due="2015-02-16 22:59:59",
        vague=False,
        said="2015-02-12 00:45:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EGFEB15,
        published="2015-02-12",
    ),
    # 'On Monday' [local due 2015-02-16 23:59:59 CET]
    B(
        text="On Monday, we have a regular Eurogroup, with a number of items on the agenda, but we will also continue our talks on Greece and our current and future cooperation with Greece.",
        due="2015-02-16 22:59:59",
        vague=False,
        said="2015-02-12 00:45:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EGFEB15,
        published="2015-02-12",
    ),
    # 'a little longer' sets no time and is none of the documented vague words: due None, no refusal word
    B(
        text="You will have to bear with us a little longer.",
        due=None,
        vague=False,
        said="2015-02-12 00:45:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EGFEB15,
        published="2015-02-12",
    ),
    # 'on Monday' [local due 2015-02-16 23:59:59 CET]
    B(
        text="We will continue our talks on Monday.",
        due="2015-02-16 22:59:59",
        vague=False,
        said="2015-02-12 00:45:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EGFEB15,
        published="2015-02-12",
    ),
    # 'at this point' sets no time: due None, no refusal word
    B(
        text="And that is as far I can go, at this point.",
        due=None,
        vague=False,
        said="2015-02-12 00:45:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EGFEB15,
        published="2015-02-12",
    ),
    # Council of the EU press office (exit doorstep remarks by Jeroen Dijsselbloem after the Eurogroup of 11 July 2015, posted on consilium.europa.eu '12/07/2015 00:45', 577/15; Council Decision (EU) 2017/1842); zone Europe/Brussels (CEST); the page gives its hour, so said 12 July 2015 00:45 CEST. 'tomorrow at 11.00 am' read from the page's hour (00:45 on 12 July): 13 July 2015 11:00 CEST [local due 2015-07-13 11:00:00 CEST]. unsure: spoken at the end of the session of 11 July, the speaker's 'tomorrow' is 12 July 11:00 (the time the next sentence gives), and a careful reader would check then
    B(
        text="We have adjourned our meeting and will continue tomorrow at 11.00 am.",
        due="2015-07-13 09:00:00",
        vague=False,
        said="2015-07-11 22:45:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EGJUL15,
        published="2015-07-12",
    ),
    # a clock time with no day: the first 11:00 after 00:45 on 12 July (CONVENTIONS 6.3) [local due 2015-07-12 11:00:00 CEST]
    B(
        text="But we have not concluded our discussion and we will continue at 11.00 am.",
        due="2015-07-12 09:00:00",
        vague=False,
        said="2015-07-11 22:45:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EGJUL15,
        published="2015-07-12",
    ),
    # Council of the EU press office (statement by Eurogroup President Jeroen Dijsselbloem on Greece, posted on consilium.europa.eu '10/02/2017 20:20', 59/17, English text on the French-language page; Council Decision (EU) 2017/1842); zone Europe/Brussels (CET); the page gives its hour, so said 10 February 2017 20:20 CET. The statement's lines carry no full stop except the last; they are quoted as printed. 'Today ... had a constructive meeting': done: past (CONVENTIONS 2.4)
    B(
        text="Today the Greek minister of Finance, the institutions (European Commission, ECB, ESM and IMF) and I had a constructive meeting on the state of play of the second review",
        due=None,
        vague=False,
        said="2017-02-10 19:20:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EGFEB17,
        published="2017-02-10",
    ),
    # 'timely' sets no time: due None, no refusal word
    B(
        text="There is a clear understanding that a timely finalisation of the second review is in everybody's interest",
        due=None,
        vague=False,
        said="2017-02-10 19:20:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EGFEB17,
        published="2017-02-10",
    ),
    # being 'close to common ground for the mission to return' is no undertaking that it returns: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could take the return 'the coming week' as due at the end of next week, Sunday 19 February 2017 23:59:59 CET
    B(
        text="We made substantial progress today and are close to common ground for the mission to return to Athens the coming week",
        due=None,
        vague=False,
        said="2017-02-10 19:20:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EGFEB17,
        published="2017-02-10",
    ),
    # 'during the next Eurogroup', not dated here: event (CONVENTIONS 1.3)
    B(
        text="We will take stock of the further progress of the second review during the next Eurogroup.",
        due=None,
        vague=False,
        said="2017-02-10 19:20:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_EGFEB17,
        published="2017-02-10",
    ),
    # NSW National Parks and Wildlife Service (local alerts, Hominy Creek walking track page, nationalparks.nsw.gov.au; CC BY 4.0 under the site's own copyright statement); zone Australia/Sydney (AEST after 6 April 2025). The page is undated; each alert prints 'Last reviewed: <day>, <time>', and its sentences are read at that instant (the page gives the hour). Alert titles, 'Applies from ...' lines, lists and contact lines are not taken. said at the alert's 'Last reviewed: Thu 10 Apr 2025, 1.44pm'; a closure run to Sunday 13 April falls due at its end (CONVENTIONS 1.1, 3.3) [local due 2025-04-13 23:59:59 AEST]
    B(
        text="Popran National Park is closed for hazard reduction burning from Friday 11th April to Sunday 13th April 2025.",
        due="2025-04-13 13:59:59",
        vague=False,
        said="2025-04-10 03:44:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSHOM,
        published="2025-04-10",
    ),
    # 'during this time': the window is given only by the sentence before: event (CONVENTIONS 6.3, 1.3)
    B(
        text="No public access to the park is permitted during this time.",
        due=None,
        vague=False,
        said="2025-04-10 03:44:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSHOM,
        published="2025-04-10",
    ),
    # said at 'Last reviewed: Wed 9 Apr 2025, 3.50pm'; works running to Monday 14 April fall due at the end (CONVENTIONS 1.1) [local due 2025-04-14 23:59:59 AEST]
    B(
        text="Geohazard works commencing Wednesday 9 April to Monday 14 April 2025 along Devine's Hill and Finches Line Road, Dharug National Park.",
        due="2025-04-14 13:59:59",
        vague=False,
        said="2025-04-09 05:50:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSHOM,
        published="2025-04-09",
    ),
    # a possibility ('may occur'), and 'during scheduled works' is undated here: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="Traffic disruption may occur along Wiseman's Ferry Road during scheduled works.",
        due=None,
        vague=False,
        said="2025-04-09 05:50:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWSHOM,
        published="2025-04-09",
    ),
    # said at 'Last reviewed: Tue 8 Apr 2025, 3.07pm'; a burn (an activity) given only its start, 'commencing this Friday 11th April 2025': earliest, from the start of that day (CONVENTIONS 3.2) [local earliest 2025-04-11 00:00:00 AEST]. unsure: a careful reader could take the burn as a one-off event due that Friday (CONVENTIONS 3.1), 2025-04-11 23:59:59 AEST
    B(
        text="NPWS with the assistance of RFS is proposing to carry out the Coopers Ck hazard reduction burn in Marramarra National Park, Maroota, commencing this Friday 11th April 2025.",
        due=None,
        vague=False,
        said="2025-04-08 05:07:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2025-04-10 14:00:00",
        cluster=5,
        source=_NPWSHOM,
        published="2025-04-08",
    ),
    # NSW National Parks and Wildlife Service (local alerts, Watagan flora reserves page; CC BY 4.0, the site's own statement); zone Australia/Sydney (AEST); each alert's sentences read at its 'Last reviewed' instant. The lead-in to a list ('This closure will affect vehicle access to following areas until further notice due unsafe road conditions:') is cut off by its list and not taken; titles, lists and contact lines are not taken. said at 'Last reviewed: Tue 17 Jun 2025, 2.59pm'; works scheduled from 1 July to 1 September fall due at the window's end (CONVENTIONS 1.1) [local due 2025-09-01 23:59:59 AEST]
    B(
        text="Planned road repairs and maintenance is scheduled for Bangalow Road from 1 July 2025 to 1 September 2025.",
        due="2025-09-01 13:59:59",
        vague=False,
        said="2025-06-17 04:59:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSWAT,
        published="2025-06-17",
    ),
    # 'During this time': the window is in the sentence before only: event (CONVENTIONS 6.3, 1.3)
    B(
        text="During this time, Bangalow Road will be closed and pedestrian and vehicle access is not permitted.",
        due=None,
        vague=False,
        said="2025-06-17 04:59:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSWAT,
        published="2025-06-17",
    ),
    # said at 'Last reviewed: Thu 12 Jun 2025, 8.25pm'; 'temporarily' and 'no longer' set no time: due None, no refusal word
    B(
        text="Monkey Face Road is temporarily closed as it is no longer suitable for 2WD or 4WD vehicles.",
        due=None,
        vague=False,
        said="2025-06-12 10:25:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWSWAT,
        published="2025-06-12",
    ),
    # 'as soon as they are considered safe' hangs on an undated event: event (CONVENTIONS 5.2)
    B(
        text="The areas will re-open as soon as they are considered safe.",
        due=None,
        vague=False,
        said="2025-06-12 10:25:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSWAT,
        published="2025-06-12",
    ),
    # said at 'Last reviewed: Thu 29 May 2025, 8.14am'; 'currently' sets no time: due None, no refusal word
    B(
        text="Roads in Yengo National Park are currently not suitable for 2WD vehicles, 4WD is highly recommended.",
        due=None,
        vague=False,
        said="2025-05-28 22:14:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWSWAT,
        published="2025-05-29",
    ),
    # 'recent May flooding event' tells of the past: past
    B(
        text="Roads are rough and eroded due to recent May flooding event.",
        due=None,
        vague=False,
        said="2025-05-28 22:14:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_NPWSWAT,
        published="2025-05-29",
    ),
    # NSW National Parks and Wildlife Service (local alerts, Uloola walking track page; CC BY 4.0, the site's own statement); zone Australia/Sydney (AEST; AEDT from 1 October 2023); each alert's sentences read at its 'Last reviewed' instant. said at 'Last reviewed: Mon 18 Sep 2023, 10.41am'; nightly closures 'between sunset and sunrise' with no end in the sentence: recurring (CONVENTIONS 1.3)
    B(
        text="Some areas in Royal National Park are closed to the public between sunset and sunrise to enable a deer control operation to be carried out.",
        due=None,
        vague=False,
        said="2023-09-18 00:41:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_NPWSULO,
        published="2023-09-18",
    ),
    # 'during these times', the nightly closure hours: recurring (CONVENTIONS 1.3)
    B(
        text="If you have approved bookings to camp you can still access campsites during these times.",
        due=None,
        vague=False,
        said="2023-09-18 00:41:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_NPWSULO,
        published="2023-09-18",
    ),
    # said at 'Last reviewed: Mon 25 Sep 2023, 9.42am' (AEST); the program runs to Friday 13 October 2023, due at its end (CONVENTIONS 1.1); NSW summer time began on 1 October [local due 2023-10-13 23:59:59 AEDT]
    B(
        text="The program will take place from Thursday 14 September to Friday 13 October 2023 in Royal National Park.",
        due="2023-10-13 12:59:59",
        vague=False,
        said="2023-09-24 23:42:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSULO,
        published="2023-09-25",
    ),
    # NSW Treasury (Budget Paper, Budget Speech 2025-26 by the Treasurer, budget.nsw.gov.au; CC BY 3.0 AU under the site's own copyright statement); zone Australia/Sydney (AEST). The stored opening carries no date: the address names the 2025-26 Budget, which was delivered on Tuesday 24 June 2025 (the day other stored reports of that budget give), so said 24 June 2025 10:00 AEST. Headings ('Prologue', 'Housing', 'Pre-sale Finance Guarantee') are not taken. 'Today I set forth' the steps as the speech is given: due at the end of the day (CONVENTIONS 2.1) [local due 2025-06-24 23:59:59 AEST]
    B(
        text="Today I set forth the next steps the Minns Labor Government will take to build a better NSW.",
        due="2025-06-24 13:59:59",
        vague=False,
        said="2025-06-24 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_NSWBUD25,
        published="2025-06-24",
    ),
    # 'In 2023, I stood here': past
    B(
        text="In 2023, I stood here and made a record investment in housing for the State’s essential workers.",
        due=None,
        vague=False,
        said="2025-06-24 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_NSWBUD25,
        published="2025-06-24",
    ),
    # 'In 2024, I came back': past
    B(
        text="In 2024, I came back to launch the biggest investment in social housing since World War II.",
        due=None,
        vague=False,
        said="2025-06-24 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_NSWBUD25,
        published="2025-06-24",
    ),
    # 'Today, I am announcing' (CONVENTIONS 2.1) [local due 2025-06-24 23:59:59 AEST]
    B(
        text="Today, I am announcing a nation-leading market intervention to get the private sector to build, build, and build even more homes for our citizens to buy and rent.",
        due="2025-06-24 13:59:59",
        vague=False,
        said="2025-06-24 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_NSWBUD25,
        published="2025-06-24",
    ),
    # 'over the next five years' from the day of speaking, a span falling due at the end of its last day [local due 2030-06-24 23:59:59 AEST]
    B(
        text="I can announce the Minns Labor Government will become the guarantor of up to $1 billion worth of new housing projects on a rolling basis, bringing forward the construction of up to 15,000 extra market homes over the next five years.",
        due="2030-06-24 13:59:59",
        vague=False,
        said="2025-06-24 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_NSWBUD25,
        published="2025-06-24",
    ),
    # Victorian Department of Treasury and Finance (Victorian Budget 2018/19 Overview, treasurer's message; copy on info.5y1.org whose text carries the work's own notice: '(c) State of Victoria 2018 (Department of Treasury and Finance) You are free to re-use this work under a Creative Commons Attribution 4.0 licence'); zone Australia/Melbourne (AEST). The document says 'Published May 2018'; the 2018/19 Budget was delivered on 1 May 2018, so said 1 May 2018 10:00 AEST. Words run together by the copy's lost line breaks are read at their breaks; 'The Victorian Budget 2018/19 continues this momentum.' (a year only as the budget's name) is passed over. 'For the past three years, we've been getting things done': past
    B(
        text="For the past three years, we’ve been getting things done.",
        due=None,
        vague=False,
        said="2018-05-01 00:00:00",
        tz="Australia/Melbourne",
        refusal="past",
        cluster=5,
        source=_VICBUD18,
        published="2018-05-01",
    ),
    # 'sooner' is a comparison, no time set: due None, no refusal word
    B(
        text="Roads are being upgraded and widened to get people home sooner.",
        due=None,
        vague=False,
        said="2018-05-01 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_VICBUD18,
        published="2018-05-01",
    ),
    # 'the future' sets no time: due None, no refusal word
    B(
        text="Dozens of new schools are giving kids the education they need to set them up for the future.",
        due=None,
        vague=False,
        said="2018-05-01 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_VICBUD18,
        published="2018-05-01",
    ),
)
