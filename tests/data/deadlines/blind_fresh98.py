"""A NINETY-EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before the
parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the small hours (the machine's clock read 03:40 at the
start and about 03:48 when the labels were written), by a labelling helper (branch issue12l98-s44)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 44 (UK and Ireland; the EU, kremlin.ru and Wikinews; transport and local notices), whose claims
were treated as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in
full (the labelling rules, which win over any earlier set's comment; rule 3.1a, new this stop, among
them), the docstring, comments, some cases and README section of `blind_fresh96.py`, and the top
docstring of the parser package only (for the vague windows, a range falling due at its later end,
spans of days landing on a calendar day's end and "a date without a year is its next occurrence");
nothing else of `bot/core/deadlines/` was opened. The brief allowed only public-domain or openly
licensed publishers, at least eight publishers, none above a fifth of the cases, several genres, at
least half of the cases from outside the United States and no more than a quarter from it, and put
the emphasis on Australian state and federal agencies under CC BY (not the Parliament of Australia's
Hansard) and the New Zealand government and its agencies under CC BY 4.0, with up to a quarter of US
federal works and EU institutions allowed. The set quotes two Tasmanian Department of Premier and
Cabinet pages on the Review of the State Service, a Tasmanian Department of State Growth consultation
page, three Western Australian Government media statements, a Queensland Government media statements
list, a Victorian Government release (carried by National Tribune), a NSW Independent Local Government
Review Panel page, an SA Health COVID-19 page, a Veterans SA update, an Australian Taxation Office
release (carried by Medianet), EPA Victoria's works approvals pages (its own site and Engage
Victoria), the New Zealand Department of the Prime Minister and Cabinet's guidance on Cabinet paper
consultation, the New Zealand Treasury's Regulatory Impact Analysis handbook, a Department of
Conservation release (carried by Public), a beehive.govt.nz page of 2015 releases and a New Zealand
Government release (carried by MIL-OSI): 100 cases from 14 publishers (the largest, the New Zealand
Government, holds 16, 16%), none of them from the United States (the searches for US federal releases
offered only pages already used or carried by news sites, and the quarter is a ceiling). Every
sentence quoted holds a time word of some kind (a date, a clock time, a day word, a part of the day, a
period, a span, a year, a year in an Act's title, "now", "currently", "current", "recent", "future",
"to date", "yet", "early on", "then", "regularly", "usually", "daily", "each year", "per fortnight",
"On occasion", "the time it takes", "wait times", "before", "after", "until", "when", "while",
"during", "as ... is being developed", "as information comes to hand"); the sentences of the openings
read that hold none were skipped, as were titles, headings, subtitles, date, stamp and "Reviewed"
lines, "Read More" and link lines (the SA Health link text "More about COVID-19 update 22 January
2021" run into the next sentence on the stored page is left out), labels before colons, list points,
contact lines, sentences cut off by the end of an opening, sentences that end in a colon before a
list, and the archive banner of a page. No word was changed: the doubled full stop of "by 31 October
2020.." stays as the page has it. The sentences were found with a search over stored copies of
public pages and taken as they came in the openings the search returns, in page order. See README.md
("Ninety-eighth fresh blind set") for every address, publisher and licence. No address listed in
README.md, in a README or file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with the
lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh98`)
in `/work/helper-brief/claims.txt` before a quote was taken; pages the searches offered that were
found used were dropped (see README.md). Every sentence was then checked whole with the same tool
(skipping this file). Each label was worked out by hand from the words, the publication date and the
publisher's zone; the conversion of local instants to UTC wall time, the weekdays and the day counts
were done with Python's zoneinfo and datetime in a scratch script outside the repository, never with
code of the project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the
tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 6.1"), then `blind_fresh96.py`: the publisher's zone (Tasmanian bodies:
Australia/Hobart; Western Australia: Australia/Perth; Queensland: Australia/Brisbane; Victoria and
EPA Victoria: Australia/Melbourne; the NSW panel and the ATO (Canberra): Australia/Sydney; SA Health
and Veterans SA: Australia/Adelaide; New Zealand bodies: Pacific/Auckland); the publication date at
10:00 local, except where the page gives its own moment (the WA statements' stamps, the Department
of Conservation release's distribution stamp), and where a page carries no date the one its words
give (the comment says which, and whether it moves a label); a day falls due at 23:59:59 local; a
range, a list or a window falls due at its later end (CONVENTIONS 6.1, 1.1); "before 31 October"
falls due at the end of 30 October (CONVENTIONS 3.5); a rule changing on a date is due that day
(CONVENTIONS 3.1, 3.1a); "at least until" a date is due that date (CONVENTIONS 3.3); "today" with the
perfect or the simple past is past (CONVENTIONS 2.4); a day word on the verb of speaking is not the
deadline (CONVENTIONS 2.2); standing rules, hours, rates and practices are `refusal='recurring'`
(CONVENTIONS 1.3); a time hung on an undated event is `refusal='event'`; an activity open from a day
with only its start given is `refusal='earliest'` with `earliest` at the start of that day
(CONVENTIONS 3.2); vague words take the parser's documented windows (CONVENTIONS 5.1: "in due
course" 60 days; "the coming months" 3 months); refusals have `due=None` and a `refusal` kind; a
sentence whose time words set no time for any act ("currently", "recent", "the future", "to date", a
year in an Act's title) has `due=None` and no refusal word. One case holds clock times without a day
of its own (Veterans SA's "staffed from 8am to 8pm"): standing hours, so the refusal comes first
(CONVENTIONS 6.3, 1.3: recurring). Clusters as in `blind_fresh96.py`: 1 no time set, 2 clock times, 3
ranges and several dates, 4 parts of the day, periods, spans and vague windows, 5 refusals, 6 plain
days and dates. 53 labels are refusals (recurring 24, past 21, event 6, earliest 2), 2 are vague;
14 labels are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.

Licence audit of stop 46 (branch lic46-s46): 46 cases removed, their publishers' licence not open
or unclear (14 of the Tasmanian government; 13 of the South Australian government; 9 of the Western Australian government; 6 of the Queensland Government; 3 of the NSW agencies other than nsw.gov.au and Planning; 1 of the Victorian agencies other than DPC, DTF and EPA); see README.md, "Licence audit of stop 46". The set now holds 54
cases; the counts above are those of the set as first labelled, and a first-run figure recorded
for it stands as measured.

Licence audit of stop 48 (branch lic48-s48): 16 of these 54 cases, quoted from New Zealand Government
ministerial releases, speeches or transcripts (beehive.govt.nz, directly or as carried by Scoop, MIL-OSI
or Order Paper), were removed: beehive.govt.nz/copyright allows reproduction only "for personal or
in-house use", which is not an open licence. 38 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 48 (branch lic48-s48): 5 of these 38 cases, quoted from Department of the Prime
Minister and Cabinet pages (dpmc.govt.nz, Unite against COVID-19 notices), were removed: no copyright or
licence statement of DPMC's sites was found (licence unclear). 33 cases remain; see README.md, "Licence
audit of stop 48".

Licence audit of stop 49 (branch lic49-s49): 4 cases, quoted from the Treasury's Regulatory
Impact Analysis Handbook, were removed: no copyright or licence statement of treasury.govt.nz was
found in the store (licence unclear). 29 cases remain; see README.md, "Licence audit of stop
49".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DPAC1 = (
    "http://www.dpac.tas.gov.au/divisions/policy/review_of_the_tasmanian_state_service/consultation"
)
_ATO = "https://newshub.medianet.com.au/2024/10/tax-return-due-date-looms-for-more-than-1-5-million-taxpayers/73197"
_DOC = "https://www.publicnow.com/view/507343367B9465B88A4D99EA0DD75C61BE8CEC77"
_EPA = "https://www.epa.vic.gov.au/for-business/find-a-topic/works-approval/how-epa-assesses-works-approvals-applications"
_ENG = "https://engage.vic.gov.au/epa-works-approvals"

FRESH98_CASES: tuple[BlindCase, ...] = (
    # Australian Taxation Office media release 'Tax return due date looms for more than 1.5 million taxpayers', as carried by Medianet (October 2024; no day in the stored copy: '1 million lodgments so far this month' at 'almost 60 thousand' a day puts it near 17 October, said taken as Thursday 17 October 2024 10:00 AEDT); zone Australia/Sydney (Canberra). Lodge 'before 31 October': 'before' a day falls due at the end of the day before it (CONVENTIONS 3.5), 30 October 2024 23:59:59 AEDT
    B(
        text="The Australian Taxation Office (ATO) is urging Australians who have not yet lodged their income tax returns to lodge, or get on the books with a registered tax practitioner before 31 October, to avoid potential penalties.",
        due="2024-10-30 12:59:59",
        vague=False,
        said="2024-10-16 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ATO,
        published="2024-10-17",
    ),
    # the same release: taxpayers 'expected to need to lodge this year': the act's period is the year, 31 December 2024 23:59:59 AEDT ('said' is the verb of speaking, CONVENTIONS 2.2). unsure: a reader could call an expectation no undertaking (due None)
    B(
        text="ATO Assistant Commissioner Rob Thomson said over 9.4 million Australians have already lodged, with a further 1.5 million self-preparer taxpayers expected to need to lodge this year.",
        due="2024-12-31 12:59:59",
        vague=False,
        said="2024-10-16 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ATO,
        published="2024-10-17",
    ),
    # the same release: a daily average 'in October as the deadline approaches' describes the current rate; no time set for an act: due None
    B(
        text="‘The ATO is receiving a spike of lodgments, with an average of almost 60 thousand individuals lodging each day in October as the deadline approaches.",
        due=None,
        vague=False,
        said="2024-10-16 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ATO,
        published="2024-10-17",
    ),
    # the same release: 'so far this month' of lodgments received: past
    B(
        text="In fact, we’ve had over 1 million lodgments so far this month alone.’",
        due=None,
        vague=False,
        said="2024-10-16 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ATO,
        published="2024-10-17",
    ),
    # the same release: 'now’s the time to log back in' urges a class of people, with no time for the act beyond the moment; 'until pre-filled information is available' tells why they waited: due None. unsure: a reader could take 'now' as the day of speaking (17 October 2024 23:59:59 AEDT)
    B(
        text="‘Firstly, a reminder to those who’ve done the right thing and deliberately held off finalising their tax return until pre-filled information is available, now’s the time to log back into the App or myTax, finalise and press lodge.’",
        due=None,
        vague=False,
        said="2024-10-16 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ATO,
        published="2024-10-17",
    ),
    # the same release: 'haven’t yet started' sets no time: due None
    B(
        text="‘For those who haven’t yet started, it’s not scary or complicated.",
        due=None,
        vague=False,
        said="2024-10-16 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ATO,
        published="2024-10-17",
    ),
    # the same release: 'in the time it takes to cook a frozen pizza' is a length of work, no deadline: due None
    B(
        text="People with simple affairs will find that you should be able to lodge your tax return in the time it takes to cook a frozen pizza,’ Mr Thomson said.",
        due=None,
        vague=False,
        said="2024-10-16 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ATO,
        published="2024-10-17",
    ),
    # the same release: 'half an hour this weekend': the weekend falls due at its end, Sunday 20 October 2024 23:59:59 AEDT ('the last minute' and 'the long run' set no time). unsure: the release's day is inferred; advice, not a pledge, so a reader could set due None
    B(
        text="‘We’re all guilty of sometimes leaving things to the last minute, but taking half an hour this weekend to complete your tax return will save you time and money in the long run, as penalties can apply if you lodge late.’",
        due="2024-10-20 12:59:59",
        vague=False,
        said="2024-10-16 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ATO,
        published="2024-10-17",
    ),
    # the same release: 'before 31 October' (CONVENTIONS 3.5), 30 October 2024 23:59:59 AEDT
    B(
        text="‘If you’re going to engage a registered tax professional and you’re not already on their books, you should do this before 31 October,’ Mr Thomson said.",
        due="2024-10-30 12:59:59",
        vague=False,
        said="2024-10-16 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ATO,
        published="2024-10-17",
    ),
    # the same release: '$60,000 or less each year' is a standing eligibility rule: recurring (CONVENTIONS 1.3)
    B(
        text="Additionally, the Tax Help program is a free and confidential service open to people who earn $60,000 or less each year and have simple tax affairs.",
        due=None,
        vague=False,
        said="2024-10-16 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ATO,
        published="2024-10-17",
    ),
    # New Zealand Department of Conservation press release 'Severe weather across the country', 'Date: 09 February 2023', as distributed by Public (its stamp 02/08/2023 20:04 UTC, 9 February 09:04 NZDT: said that instant); zone Pacific/Auckland. 'Until we have been able to fully assess the damage', an undated event: event
    B(
        text="Until we have been able to fully assess the damage, we are encouraging people to use common sense before accessing public conservation land in these regions.",
        due=None,
        vague=False,
        said="2023-02-08 20:04:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOC,
        published="2023-02-09",
    ),
    # the same release: updates 'as information comes to hand', an undated event: event
    B(
        text="We will also be updating this webpage as information comes to hand.",
        due=None,
        vague=False,
        said="2023-02-08 20:04:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOC,
        published="2023-02-09",
    ),
    # the same release: 'current' and 'recent' name states: due None
    B(
        text="There are no current track, campsite or hut closures in Northland due to the recent severe weather.",
        due=None,
        vague=False,
        said="2023-02-08 20:04:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC,
        published="2023-02-09",
    ),
    # the same release: 'before accessing' is standing advice to every visitor: recurring (CONVENTIONS 1.3)
    B(
        text="We advise using common sense before accessing public conservation land in Northland and check the alerts on the track or site web page.",
        due=None,
        vague=False,
        said="2023-02-08 20:04:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC,
        published="2023-02-09",
    ),
    # the same release: 'before setting out', standing advice: recurring (CONVENTIONS 1.3)
    B(
        text="Check the relevant DOC webpage for track alerts before setting out.",
        due=None,
        vague=False,
        said="2023-02-08 20:04:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC,
        published="2023-02-09",
    ),
    # the same release: 'when accessing tracks', standing advice: recurring (CONVENTIONS 1.3)
    B(
        text="Some open tracks may have minor damage or branches down, so take care when accessing tracks.",
        due=None,
        vague=False,
        said="2023-02-08 20:04:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC,
        published="2023-02-09",
    ),
    # the same release: campsites 'remain unavailable ... until at least 16 February': a state kept to a date 'at least until' falls due at that date (CONVENTIONS 3.3, its example 'at least until 30 July'), 16 February 2023 23:59:59 NZDT. unsure: a reader could read only a lower bound on the reopening (earliest)
    B(
        text="All campsites in the northern Coromandel remain unavailable due to access issues, until at least 16 February.",
        due="2023-02-16 10:59:59",
        vague=False,
        said="2023-02-08 20:04:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_DOC,
        published="2023-02-09",
    ),
    # Environment Protection Authority Victoria, 'How EPA assesses works approvals applications' ('Reviewed 8 September 2020': said that day 10:00 AEST); zone Australia/Melbourne. Comments 'within 21 days of advertising': a standing rule for every application: recurring (CONVENTIONS 1.3). unsure: the limit runs from an undated advertisement (event)
    B(
        text="Members of the public may lodge comments with EPA within 21 days of advertising.",
        due=None,
        vague=False,
        said="2020-09-08 00:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_EPA,
        published="2020-09-08",
    ),
    # the same page: 'early on' and 'prompt' describe the standing process: recurring (CONVENTIONS 1.3)
    B(
        text="This process is designed to identify any community concerns early on and allow prompt resolution.",
        due=None,
        vague=False,
        said="2020-09-08 00:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_EPA,
        published="2020-09-08",
    ),
    # the same page: 'then', after the assessment, a step of the standing process: recurring (CONVENTIONS 1.3)
    B(
        text="EPA will then decide whether to issue a works approval and whether to attach any conditions to the approval.",
        due=None,
        vague=False,
        said="2020-09-08 00:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_EPA,
        published="2020-09-08",
    ),
    # the same page: a decision 'within four months of receiving a complete application', a statutory standing limit: recurring (CONVENTIONS 1.3)
    B(
        text="The Environment Protection Act 1970 requires that EPA makes a decision on works approval applications within four months of receiving a complete application.",
        due=None,
        vague=False,
        said="2020-09-08 00:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_EPA,
        published="2020-09-08",
    ),
    # the same page: what EPA 'may' do 'during the process' is a possibility, no undertaking (CONVENTIONS 4.2): due None
    B(
        text="EPA may request further information from the applicant during the process or require an extension of time to complete the assessment.",
        due=None,
        vague=False,
        said="2020-09-08 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_EPA,
        published="2020-09-08",
    ),
    # EPA Victoria on Engage Victoria, 'EPA works approvals' (undated; said taken as 1 January 2021 10:00 AEDT, which moves no label); zone Australia/Melbourne. 'regularly' receives: recurring (CONVENTIONS 1.3)
    B(
        text="EPA regularly receives and assesses applications to issue works approvals or licences.",
        due=None,
        vague=False,
        said="2020-12-31 23:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_ENG,
        published="2021-01-01",
    ),
    # the same page: 'for a period of 21 days after they are lodged', the standing comment period of every application: recurring (CONVENTIONS 1.3)
    B(
        text="Works approval applications and some types of licence applications are open to public comment for a period of 21 days after they are lodged, starting when an application is advertised.",
        due=None,
        vague=False,
        said="2020-12-31 23:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_ENG,
        published="2021-01-01",
    ),
    # the same page: 'during the public comment period' of each application: recurring (CONVENTIONS 1.3)
    B(
        text="You can submit comments in writing to EPA during the public comment period.",
        due=None,
        vague=False,
        said="2020-12-31 23:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_ENG,
        published="2021-01-01",
    ),
    # the same page: 'usually' made available: a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="These will usually be made available on the website.",
        due=None,
        vague=False,
        said="2020-12-31 23:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_ENG,
        published="2021-01-01",
    ),
    # the same page: information kept 'after the public comment period has closed' when interest is high: a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="When we believe an application has high community interest, or if it is subject to an appeal, we keep information available after the public comment period has closed.",
        due=None,
        vague=False,
        said="2020-12-31 23:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_ENG,
        published="2021-01-01",
    ),
    # the same page: 'recent' names applications: due None
    B(
        text="This page lists recent works approval applications.",
        due=None,
        vague=False,
        said="2020-12-31 23:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_ENG,
        published="2021-01-01",
    ),
    # the same page: 'Older ones', 'not yet' approved: states, no time for an act: due None
    B(
        text="Older ones that have not yet been approved or rejected are on our website.",
        due=None,
        vague=False,
        said="2020-12-31 23:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_ENG,
        published="2021-01-01",
    ),
)
