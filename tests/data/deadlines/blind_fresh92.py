"""A NINETY-SECOND fresh blind set of real deadline phrasings (issue 12), labelled by hand before the
parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), just after midnight (the machine's clock read 00:36 at the
start and about 00:45 when the labels were written), by a labelling helper (branch issue12l92-s43)
that neither changed, imported nor ran the parser, working at the same time as other labellers
(UK government and agencies; EU institutions, kremlin.ru and Wikinews; parliamentary records: their
territory was left alone, their claims were treated as used and their files and README sections were
not opened). It read `CONVENTIONS.md` in full (the labelling rules, which win over any earlier set's
comment, rule 6.3 among them), the docstring, comments, some cases and README section of
`blind_fresh90.py`, and the top docstring of the parser package only (for the parts of the day,
close of business at 17:00, the vague windows, early/mid/late as thirds of a year, weeks running
Monday to Sunday, a range falling due at its later end and "a date without a year is its next
occurrence"); nothing else of `bot/core/deadlines/` was opened. The brief allowed only public-domain
or openly licensed publishers, at least eight publishers, none above a fifth of the cases, several
genres, at least half of the cases from outside the United States and no more than a quarter from
it, and asked this labeller to prefer Ireland (gov.ie and Irish agencies, CC BY 4.0), the New Zealand
government and its agencies (CC BY 4.0) and Australian state governments and agencies under CC BY
(not the Parliament of Australia's Hansard). The set quotes the Tasmanian Government's COVID-19
community updates (two openings of the page) and a Department of Justice news page, the Government of
South Australia's consultation pages (the Department for Infrastructure and Transport, two openings;
YourSAy; the Attorney-General's Department), the Australian Government's page on the review of the
ACMA, a Queensland Government media statement of 2007, five Government of Western Australia media
statements (one page in two openings), two Australian Competition and Consumer Commission inquiry
pages, three pages of the Irish Government's news releases list (MerrionStreet), two pages of the
New Zealand Government's releases list (beehive.govt.nz), a NZ Transport Agency release carried by
livenews.co.nz, and two Victorian Government pages (Regional Roads Victoria, the West Gate Tunnel
Project): 125 cases from 10 publishers (the largest, the Government of Western Australia and the
Government of Ireland, hold 21 each, 17%), all of them from outside the United States (no US
federal page was taken: the searches for one offered only news sites). Every sentence quoted holds a
time word of some kind (a date, a clock time, a day word, a part of the day, a period, a span, a
year, "now", "currently", "recently", "recent", "future", "contemporary", "former", "previous",
"temporary", "always", "often", "regularly", "immediately", "as soon as possible", "as quickly as",
"To date", "As of", "since", "until", "before", "prior to", "after", "when", "while", "during",
"ever before", "early", "next", "phase", "halfway point", "at short notice", "the dates and times"); the sentences of
the openings read that hold none were skipped, as were titles, headings, date, posting and update
lines, metadata stamps, dot points, list points and table cells, minister and portfolio tags, labels
before quotations ("Comments attributed to ..."), links, contact lines, the list after a colon, and
sentences cut off by the end of an opening. No word was changed: "wo develops", "-in the 14 days",
double spaces ("Tasmania,  and", "support  nursing"), "(Friday),announced", mismatched quotation
marks, opening quotation marks with no closing one, the list's own "..." and "...." after
MerrionStreet items, and a sentence with no closing stop ("On 30 August 2019, the SAPC released its
draft report") stay as the pages have them; headings glued after a stop ("...COB 10 June 2016.What
will be ...") are cut at the stop, and three sentences end at a colon before a list or a link. The sentences were
found with a search over stored copies of public pages and taken as they came in the openings the
search returns, in page order. See README.md ("Ninety-second fresh blind set") for every address,
publisher and licence. No address listed in README.md, in a README or file under `tests/data/` (the
blind material the brief names excepted, which the freshness tool skips) or in the shared claims file
was used: each was checked with the lead's `fresh_check.py` (the address and a distinctive phrase of
the page) and claimed (`fresh92`) in `/work/helper-brief/claims.txt` before a quote was taken; many
pages the searches offered were found used and dropped. Every sentence was then checked whole with
the same tool: none was found used. Each label was worked out by hand from the words, the
publication date and the publisher's zone; the conversion of local instants to UTC wall time, the
weekdays and the day counts were done with Python's zoneinfo and datetime in a scratch script
outside the repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the labels were
committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 6.3"), then `blind_fresh90.py`: the publisher's zone (the Tasmanian Government:
Australia/Hobart; South Australia: Australia/Adelaide; the Australian Government department and the
ACCC (Canberra): Australia/Sydney; Queensland: Australia/Brisbane; Western Australia: Australia/Perth;
the Government of Ireland: Europe/Dublin; the New Zealand Government and the NZ Transport Agency:
Pacific/Auckland; Victoria: Australia/Melbourne); the moment of speaking is the page's own stamp where
it gives one (the Western Australian statements' UTC stamps, the Queensland statement's "10:20 AM"),
else the publication date at 10:00 local; an undated list page's item is said on the day its own
words or its neighbours give, and an undated page on a day its own facts place it (the comment says
which and marks it "as understood"); a day falls due at 23:59:59 local; a range, a series or a
window falls due at its later end (CONVENTIONS 6.1); a state or activity given only its start is
`refusal='earliest'` with `earliest` set (CONVENTIONS 3.2); "today" on an act as it is being spoken
falls due at the end of that day (CONVENTIONS 2.1), the perfect or the simple past with "today" is
past (CONVENTIONS 2.4); standing rules, habits and hours are `refusal='recurring'` (CONVENTIONS 1.3),
instructions to a class of people ("must self-isolate immediately") among them; a span or a word
hung on an undated event ("until they receive a negative result", "as soon as possible" asked of
whoever has symptoms, "when it is safe") is `refusal='event'` (CONVENTIONS 1.3, 5.2); a sentence
whose only time is before the moment of speaking, told as done, is `refusal='past'`; a sentence
whose time words set no time for any act ("now", "currently", "the future", a year naming an Act or a
plan, the times of someone's exposure) has `due=None` and no refusal word. Rule 6.3 (a clock time with
no day of its own, read from the sentence and its moment, the page's instant written in a "page:"
comment): four cases hold such a time (a clinic's "from 10am to 4pm" over Easter, a vaccination van's
"from 10.30am to 1.30pm", a family day's "from 9am to 3.30pm" and a road agency's "another update by
around 6pm"); two of their pages give another day, which the comments say. No case is vague. Clusters
as in `blind_fresh90.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day
and periods, 5 refusals, 6 plain days and dates. 22 labels are marked "unsure" and name the other
reading; like every label here they stay as committed, whatever the first run shows. First run: not
yet taken (the lead runs it once, after merging, and records it in README.md). Never edit these
labels to fit the parser.

Licence audit of stop 46 (branch lic46-s46): 67 cases removed, their publishers' licence not open
or unclear (21 of the Western Australian government; 19 of the Tasmanian government; 15 of the South Australian government; 7 of the Victorian agencies other than DPC, DTF and EPA; 5 of the Queensland Government); see README.md, "Licence audit of stop 46". The set now holds 58
cases; the counts above are those of the set as first labelled, and a first-run figure recorded
for it stands as measured.

Licence audit of stop 48 (branch lic48-s48): 15 of these 58 cases, quoted from New Zealand Government
ministerial releases, speeches or transcripts (beehive.govt.nz, directly or as carried by Scoop, MIL-OSI
or Order Paper), were removed: beehive.govt.nz/copyright allows reproduction only "for personal or
in-house use", which is not an open licence. 43 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 48 (branch lic48-s48): 7 of these 43 cases, quoted from NZ Transport Agency Waka
Kotahi releases (on nzta.govt.nz or carried by Scoop, Live News, MIL-OSI mirrors and others), were
removed: the Agency's own terms found (https://www.journeys.nzta.govt.nz/about-this-site) allow
reproduction "for personal use" and ask permission for any other purpose, which is not an open licence.
36 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 21 case(s) removed, Irish Government material without an open statement of its publisher (MerrionStreet, gov.ie pages of the Department of the Taoiseach and others, taoiseach.gov.ie, the Department of Housing); 15 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_YOURSAY = (
    "https://yoursay.sa.gov.au/council-participation-elections/news_feed/consultation-outcome"
)
_ACMAREV = "https://infrastructure.gov.au/have-your-say/acma-review-draft-report?page=1"
_ACCCDP = "https://www.accc.gov.au/inquiries-and-consultations/digital-platform-services-inquiry-2020-25/interim-reports"
_ACCCSM = "https://www.accc.gov.au/inquiries-and-consultations/supermarkets-inquiry-2024-25/interim-report"
_MS476 = "https://merrionstreet.ie/merrionstreet/en/news-room/releases/?pageNumber=476&utm_profileid=enjoywurk"
_MS395 = "https://merrionstreet.ie/en/news-room/releases?=sthash.HeDBoYpf.mjjo&pageNumber=395"
_MS440 = "https://merrionstreet.ie/en/news-room/releases/?id=1&pageNumber=440"

FRESH92_CASES: tuple[BlindCase, ...] = (
    # Australian Government, Department of Infrastructure, Transport, Regional Development, Communications and the Arts ('Have your say': Review of the ACMA, draft report published 6 May 2016, said 10:00 AEST); zone Australia/Sydney (Canberra): 'COB' is close of business, 17:00 by the parser's documented part of the day, 10 June 2016 17:00 AEST (the heading glued after the stop is not quoted)
    B(
        text="You can provide a written submission by COB 10 June 2016.",
        due="2016-06-10 07:00:00",
        vague=False,
        said="2016-05-06 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACMAREV,
        published="2016-05-06",
    ),
    # the same page: 'mid-2016' is the middle third of the year (May to August) by the parser's documented split, due at its end, 31 August 2016 23:59:59 AEST
    B(
        text="Feedback from the consultation will be used to inform the development of the final report which we will provide to Government in mid-2016.",
        due="2016-08-31 13:59:59",
        vague=False,
        said="2016-05-06 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACMAREV,
        published="2016-05-06",
    ),
    # the same page: told as done: past
    B(
        text="On 12 June 2015, the then Minister for Communications, the Hon Malcolm Turnbull MP, announced a review of the ACMA.",
        due=None,
        vague=False,
        said="2016-05-06 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACMAREV,
        published="2016-05-06",
    ),
    # the same page: 'contemporary and future' set no time: no deadline, no refusal word
    B(
        text="The purpose of the review is to examine the objectives, function, structure, governance and resource base of the ACMA to ensure it remains fit-for-purpose for both the contemporary and future communications regulatory environment.",
        due=None,
        vague=False,
        said="2016-05-06 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACMAREV,
        published="2016-05-06",
    ),
    # the same page: the only time ('in July 2015') is of a release told as done: past
    B(
        text="We are leading the Review and released an issues paper in July 2015, which invited responses from interested parties.",
        due=None,
        vague=False,
        said="2016-05-06 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACMAREV,
        published="2016-05-06",
    ),
    # the same page: 'future' sets no time: no deadline, no refusal word
    B(
        text="We are particularly interested in your views on our assessment of the operating environment, and what implications this has for a future regulator and regulatory regime.",
        due=None,
        vague=False,
        said="2016-05-06 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACMAREV,
        published="2016-05-06",
    ),
    # the same page: past
    B(
        text="The initial consultation period ended on 10 August 2015.",
        due=None,
        vague=False,
        said="2016-05-06 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACMAREV,
        published="2016-05-06",
    ),
    # Australian Competition and Consumer Commission, 'Interim reports' page of the digital platform services inquiry 2020-25, dated 23 Oct 2020 (said 10:00 AEDT); zone Australia/Sydney (Canberra): a series of reports to 31 March 2025 falls due at its later end (CONVENTIONS 6.1), 31 March 2025 23:59:59 AEDT; the first date is already past; unsure: 'every six months' could make it recurring
    B(
        text="The Ministerial Direction requires the ACCC to provide its first interim report to the Treasurer by 30 September 2020, and subsequent interim reports every six months until 31 March 2025.",
        due="2025-03-31 12:59:59",
        vague=False,
        said="2020-10-22 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_ACCCDP,
        published="2020-10-23",
    ),
    # the same page: 'when public submissions are invited' hangs on an undated event: event
    B(
        text="The areas of focus for interim reports will be announced by the ACCC as appropriate, including when public submissions are invited from interested parties.",
        due=None,
        vague=False,
        said="2020-10-22 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACCCDP,
        published="2020-10-23",
    ),
    # Australian Competition and Consumer Commission, 'Interim report' page of the supermarkets inquiry 2024-25, dated 27 Sep 2024 (said 10:00 AEST); zone Australia/Sydney (Canberra): the release told as done (simple past): past
    B(
        text="On 27 September 2024, the ACCC released its interim report for the supermarkets inquiry.",
        due=None,
        vague=False,
        said="2024-09-27 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACCCSM,
        published="2024-09-27",
    ),
    # the same page: 'the halfway point of the 12-month inquiry' places the report, it sets no deadline for an act: no deadline, no refusal word
    B(
        text="The interim report outlines what the ACCC has heard from consumers, suppliers and other interested parties at the halfway point of the 12-month inquiry.",
        due=None,
        vague=False,
        said="2024-09-27 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACCCSM,
        published="2024-09-27",
    ),
    # the same page: 'next steps' and 'the second phase' set no time: no deadline, no refusal word
    B(
        text="The interim report identifies key issues and next steps for the second phase of the ACCC’s inquiry.",
        due=None,
        vague=False,
        said="2024-09-27 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACCCSM,
        published="2024-09-27",
    ),
    # the same page: 'before making findings' hangs on an undated event: event
    B(
        text="We invite feedback on the key issues set out in box 1.1 of the interim report, or any other aspect of the interim report, which we will consider before making findings or recommendations in our final report.",
        due=None,
        vague=False,
        said="2024-09-27 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACCCSM,
        published="2024-09-27",
    ),
    # the same page: 18 October 2024 23:59:59 AEDT (daylight time from 6 October)
    B(
        text="The closing date for submissions is 18 October 2024.",
        due="2024-10-18 12:59:59",
        vague=False,
        said="2024-09-27 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ACCCSM,
        published="2024-09-27",
    ),
    # the same page: 28 February 2025 23:59:59 AEDT
    B(
        text="The final report is due to the Treasurer by 28 February 2025.",
        due="2025-02-28 12:59:59",
        vague=False,
        said="2024-09-27 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ACCCSM,
        published="2024-09-27",
    ),
)
