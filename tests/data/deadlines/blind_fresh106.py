"""A HUNDRED-AND-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC) between about 09:25 and 09:45 by the machine's clock, by a
labelling helper (branch issue12l106-s46) that neither changed, imported nor ran the parser, working
at the same time as other labellers of stop 46, whose claims in the shared claims file were treated
as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in full (rule
6.4 on nights among them), the docstring, comments, some cases and README section of
`blind_fresh104.py`, and the top docstring of the parser package only; nothing else of
`bot/core/deadlines/` was opened. The brief asked for New Zealand government (beehive.govt.nz,
the Transport Agency, ministries and Crown agencies, each under a checked open licence) and
Australian state and federal agencies under CC BY (not the Parliament of Australia's Hansard), plus
a few others from the stop's list (here US federal works), at least eight publishers, none above a
fifth of the cases, several genres, at most a quarter from the United States.

The set is SHORT: 57 cases, below the brief's floor of 70. The searches of the session returned
many pages already used by earlier sets or claimed by labellers working at the same time (the
beehive-carried releases on the aggregator fifthestate.nz, the Attorney-General's Department and
Department of Health consultation hubs, a Ministry for the Environment hui report, a Department of
Conservation release, a Stats NZ release, a Police item on livenews.co.nz), and several fresh pages
were dropped because their licence could not be confirmed (Main Roads Western Australia, Tasmania's
Department of State Growth, the Ministry for Pacific Peoples' new mpp.govt.nz copy of the page
quoted here, and an MBIE page whose two cases were written and removed before the commit, because
another MBIE site, business.govt.nz, licenses its content CC BY-NC only). Newspaper pages carrying
agency notices (Queensland, Western Australia, Tasmania) were not used: the newspapers' copyright
is not open.

Sources: an NZ Transport Agency Auckland overnight motorway closures bulletin of 22 July 2022
(carried in full by livenews.co.nz under its source line), the Ministry for Pacific Peoples'
(mpia.govt.nz) FAQ on the Dawn Raids History Community Fund Round Two, two New Zealand Government
release teasers in the ministers' releases list of Manatū Taonga (mch.govt.nz), a New Zealand
Police release of 1 June 2020 carried by Scoop, an Australian Bureau of Statistics media release
on changes to its work program (2021) and the forward work program notes of its Corporate Plan
2025-26, two South Australian Department of Planning, Transport and Infrastructure news items
(September 2018, December 2019), two Ministry for Primary Industries consultation pages (the
yellow peach moth update of 24 July 2023; the grain and seeds notice of 7 September 2022, carried
by livenews.co.nz), two Federal Highway Administration Federal Register notices (2005,
2016) and two USDA Forest Service alerts (Tonto, Eldorado). 57 cases from 9 publishers: the
Australian Bureau of Statistics 11, South Australia's transport department 11, the NZ Transport
Agency 11, the Forest Service 6, the Ministry for Primary Industries 6, the Ministry for Pacific
Peoples 5, the Federal Highway Administration 3, the New Zealand Government (beehive teasers) 2,
New Zealand Police 2; none above a fifth (11 of 57 is 19.3%). 9 cases (16%) are from the United
States, 26 from New Zealand and 22 from Australia.

Every sentence quoted holds a time word of some kind; in each page, the sentences of the opening
that hold one were taken in page order (for the ABS release, the ABS plan notes, the NZTA bulletin
and the 2018 DPTI item, a leading run of them, stopping where the publisher's share would have
passed a fifth); titles, headings (the 2018 item's bold time headings among them), date lines,
labels before colons (the words after the Federal Register's "DATES:" are quoted), link lines,
speakers' names and teasers cut off by the end of an opening were skipped. List points are quoted
without their markers. No word was changed: the stray space of "24- 28 July", "there are no
diversion" and the ABS release's mixed quotation marks stay as printed. Every address was checked
with the lead's `fresh_check.py` and claimed (`fresh106`) in `/work/helper-brief/claims.txt`
before a quote was taken; every sentence was then checked whole with the same tool (skipping this
file), and five that were found used ("Please note this Traffic Bulletin is updated every Friday."
and the bulletin's default closing hours, stock wording of NZTA bulletins; three sentences of MPI's
standing consultation process) were dropped. Each label
was worked out by hand from the words, the publication date and the publisher's zone; conversion
to UTC wall time and the day counts were done with Python's zoneinfo and datetime in a scratch
script outside the repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the labels
were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh104.py`: the publisher's zone (New Zealand publishers Pacific/Auckland; the ABS
Australia/Sydney, for Canberra; South Australia Australia/Adelaide; the Federal Register
America/New_York; Tonto America/Phoenix; Eldorado America/Los_Angeles); the publication date at
10:00 local, and where a page carries no date in its opening, one its words give (each page's first
comment says which and why). A run of nights falls due under rule 6.4 (with a closing time, at it on
the morning after the last night; without one, at the end of the day the last night begins); a
clock time or day given only by another line is not used (rule 6.3, the page's instant written in
the comment). Refusals have `due=None` and a `refusal` kind; a sentence whose time words set no time
for any act has `due=None` and no refusal word. Clusters as in `blind_fresh104.py`: 1 no time set,
2 clock times, 3 ranges and several dates, 4 parts of the day, periods and vague windows, 5
refusals, 6 plain days and dates. 15 labels are refusals (past 6, recurring 5, event 2, negated 1,
earliest 1), 1 is vague; 4 labels are marked "unsure" and name the other reading; like every label here they
stay as committed, whatever the first run shows. First run: not yet taken (the lead runs it once,
after merging, and records it in README.md). Never edit these labels to fit the parser.

Licence audit of stop 48 (branch lic48-s48): 11 of these 44 cases, quoted from NZ Transport Agency Waka
Kotahi releases (on nzta.govt.nz or carried by Scoop, Live News, MIL-OSI mirrors and others), were
removed: the Agency's own terms found (https://www.journeys.nzta.govt.nz/about-this-site) allow
reproduction "for personal use" and ask permission for any other purpose, which is not an open licence.
33 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 48 (branch lic48-s48): 6 of these 33 cases, quoted from Ministry for Primary
Industries pages or releases (on mpi.govt.nz or carried by news mirrors), were removed: no terms of
mpi.govt.nz were found, and the Ministry's own site terms found
(https://farmsonline.mpi.govt.nz/About/CopyRight) reserve all rights (licence unclear). 27 cases remain;
see README.md, "Licence audit of stop 48".

Licence audit of stop 49 (branch lic49-s49): 2 cases, quoted from Manatū Taonga's ministers'
releases list (teasers of beehive.govt.nz releases), were removed: no copyright statement of
mch.govt.nz was found in the store; the Ministry's other sites found are not open (its Canterbury
earthquake memorial site is CC BY-NC 3.0 NZ), and the teasers are the Government's releases, whose
own terms allow personal or in-house use only. 25 cases remain; see README.md, "Licence audit
of stop 49".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_MPIA = "https://mpia.govt.nz/funding/dawn-raids-history-community-fund-2/faqs"
_MBIE = "https://www.mbie.govt.nz/business-and-employment/employment-and-skills/our-international-labour-relations/trade-and-labour/nz-uk-free-trade-agreement-labour-chapter-guidelines-for-public-submissions"
# Removed by the lead before the first run (licence audit of stop 46): the NZ Police and South
# Australian DPTI/DIT cases, 13 in all; their sites' own terms were not found.
_POL = "http://business.scoop.co.nz/2020/06/01/road-closure-due-to-flooding-on-sh25a-waikato/"
_ABSM = "https://www.abs.gov.au/media-centre/media-releases/changes-abs-statistical-work-program"
_ABSF = "https://www.abs.gov.au/about/our-organisation/corporate-reporting/abs-corporate-plan/2025-26/forward-work-program"
_DPTI19 = "https://dpti.sa.gov.au/news?a=613884"
_DPTI18 = "https://dit.sa.gov.au/news/feed?a=498529"
_FHWA16 = "https://thefederalregister.org/81-FR/63854"
_FHWA05 = "http://edocket.access.gpo.gov/2005/E5-8107.htm"
_TONTO = "https://www.fs.usda.gov/alerts/tonto/alerts-notices/?aid=50274"
_ELDO = "https://www.fs.usda.gov/alerts/eldorado/alerts-notices/?aid=50903"

FRESH106_CASES: tuple[BlindCase, ...] = (
    # Ministry for Pacific Peoples (site mpia.govt.nz) FAQ on the Dawn Raids History Community Fund Round Two; undated opening, marked closed: dated Monday 3 April 2023, after the 10 March close and the extension it reports, before the 31 May date it names; zone Pacific/Auckland, said 10:00 local. opened on a past date: past
    B(
        text="The Teu le Va - Dawn Raids History Community Fund Round Two opened on Saturday, 27 August 2022.",
        due=None,
        vague=False,
        said="2023-04-02 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_MPIA,
        published="2023-04-03",
    ),
    # the same page: the close is past; the promise left is to inform applicants by 31 May 2023: due then (the later time, CONVENTIONS 6.1) [local due 2023-05-31 23:59:59 Pacific/Auckland]
    B(
        text="Applications closed at 5pm, Friday, 10 March 2023 and applicants will be informed of the outcome by 31 May 2023 (date was extended recently due to volume of applications).",
        due="2023-05-31 11:59:59",
        vague=False,
        said="2023-04-02 22:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_MPIA,
        published="2023-04-03",
    ),
    # the same page: 'before we can process your application' hangs on an undated step: event (CONVENTIONS 1.3, 5.2)
    B(
        text="IMPORTANT: You'll be required to provide all supporting documents before we can process your application.",
        due=None,
        vague=False,
        said="2023-04-02 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_MPIA,
        published="2023-04-03",
    ),
    # the same page: 'Following your application' with 'may': a possibility tied to an undated step, no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give event
    B(
        text="Following your application, you may also be asked to provide further information.",
        due=None,
        vague=False,
        said="2023-04-02 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_MPIA,
        published="2023-04-03",
    ),
    # the same page: 'previously' sets no time for any act: due None, no refusal word
    B(
        text="If you are a previously funded applicant, you cannot duplicate your previous initiative, but you can expand upon it.",
        due=None,
        vague=False,
        said="2023-04-02 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_MPIA,
        published="2023-04-03",
    ),
    # Australian Bureau of Statistics media release 'Changes to ABS statistical work program'; undated opening: dated Tuesday 1 June 2021, written after 'the most recent review' and before the 1 July 2021 changes it announces; zone Australia/Sydney (Canberra), said 10:00 local. what was indicated in 2020 is told of the past: past
    B(
        text="“When we began publishing new COVID-19 statistics in March 2020, we indicated our intention to periodically review the new outputs to ensure they continued to meet people’s needs, and to refine our approach as necessary.",
        due=None,
        vague=False,
        said="2021-06-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABSM,
        published="2021-06-01",
    ),
    # the same release: changes made from a date, a one-off start: due that day (CONVENTIONS 3.1) [local due 2021-07-01 23:59:59 Australia/Sydney]
    B(
        text="“After the most recent review, we will make further changes to our statistical work program from 1 July 2021.”",
        due="2021-07-01 13:59:59",
        vague=False,
        said="2021-06-01 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABSM,
        published="2021-06-01",
    ),
    # the same release: 'monthly' names the indicators' frequency, no time set: due None, no refusal word
    B(
        text="The ABS is developing a suite of monthly indicators tracking household spending, business turnover and employee earnings.",
        due=None,
        vague=False,
        said="2021-06-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABSM,
        published="2021-06-01",
    ),
    # the same release: 'later this year' runs to the year's end (parser docstring: 'later this <period>'): due 31 December 2021 (AEDT) [local due 2021-12-31 23:59:59 Australia/Sydney]
    B(
        text="The release of these indicators is due to begin later this year.",
        due="2021-12-31 12:59:59",
        vague=False,
        said="2021-06-01 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABSM,
        published="2021-06-01",
    ),
    # the same release: 'monthly' and 'existing' set no time: due None, no refusal word; the mixed quotation marks stay as printed
    B(
        text='“These new monthly indicators will complement our existing statistics and make greater use of non-survey administrative and transactions data," Dr Gruen said.',
        due=None,
        vague=False,
        said="2021-06-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABSM,
        published="2021-06-01",
    ),
    # the same release: 'soon' as the speaker's undertaking: vague, 60 days (CONVENTIONS 5.1), from the assumed 1 June 2021; the sentence opens with a straight quotation mark and closes with a curly one, as printed. unsure only as to the day of speaking (undated opening), not the rule [local due 2021-07-31 23:59:59 Australia/Sydney]
    B(
        text='"We will be publishing more information on this soon.”',
        due="2021-07-31 13:59:59",
        vague=True,
        said="2021-06-01 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABSM,
        published="2021-06-01",
    ),
    # Australian Bureau of Statistics Corporate Plan 2025-26, 'Forward work program' notes (list points, markers left out); undated opening: dated Friday 29 August 2025, Commonwealth corporate plans being published by 31 August (the labels hold for any day from August to late October 2025); zone Australia/Sydney. a release denied for a period: negated (CONVENTIONS 4.1)
    B(
        text="Statistics from the 2023–24 Survey of Income and Housing will not be released in 2025–26 due to data collection issues.",
        due=None,
        vague=False,
        said="2025-08-29 00:00:00",
        tz="Australia/Sydney",
        refusal="negated",
        cluster=5,
        source=_ABSF,
        published="2025-08-29",
    ),
    # the same list: 'was upgraded' tells of a done act: past
    B(
        text="The Monthly Household Spending Indicator was upgraded from a tier 2 to a tier 1 release following the cessation of the Retail Trade survey in 2025–26.",
        due=None,
        vague=False,
        said="2025-08-29 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABSF,
        published="2025-08-29",
    ),
    # the same list: a publication on a date: due at its end (AEDT) [local due 2025-10-29 23:59:59 Australia/Sydney]
    B(
        text="The final standalone Quarterly CPI will be published on 29th October 2025 for the September quarter 2025 reference period.",
        due="2025-10-29 12:59:59",
        vague=False,
        said="2025-08-29 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABSF,
        published="2025-08-29",
    ),
    # the same list: an ongoing monthly publication given only its start: earliest (CONVENTIONS 3.2), 00:00 AEDT on 26 November 2025
    B(
        text="From 26th November 2025, the ABS will publish a complete Monthly Consumer Price Index (CPI).",
        due=None,
        vague=False,
        said="2025-08-29 00:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2025-11-25 13:00:00",
        cluster=5,
        source=_ABSF,
        published="2025-08-29",
    ),
    # the same list: every third month, a standing pattern: recurring (CONVENTIONS 1.3)
    B(
        text="Quarterly CPI data tables will be included in every third month of the complete Monthly CPI release.",
        due=None,
        vague=False,
        said="2025-08-29 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABSF,
        published="2025-08-29",
    ),
    # Federal Highway Administration notice 'Buy America Waiver Notification', Federal Register of Friday 16 September 2016 (81 FR 63854), as carried by thefederalregister.org; zone America/New_York, said 10:00 local; the words after 'DATES:' are quoted. an effective date: due at its end (CONVENTIONS 3.1) [local due 2016-09-19 23:59:59 America/New_York]
    B(
        text="The effective date of the waiver is September 19, 2016.",
        due="2016-09-20 03:59:59",
        vague=False,
        said="2016-09-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FHWA16,
        published="2016-09-16",
    ),
    # the same notice: office hours on a weekly pattern: recurring (CONVENTIONS 1.3, 6.3)
    B(
        text="Office hours for the FHWA are from 8:00 a.m. to 4:30 p.m., e.t., Monday through Friday, except Federal holidays.",
        due=None,
        vague=False,
        said="2016-09-16 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FHWA16,
        published="2016-09-16",
    ),
    # Federal Highway Administration notice on the Highways for LIFE Pilot Program, Federal Register of Friday 30 December 2005 (GPO edocket copy); zone America/New_York; the words after 'DATES:' are quoted. 'on or before' a date: its end (CONVENTIONS 3.5) [local due 2006-02-28 23:59:59 America/New_York]
    B(
        text="Comments must be received on or before February 28, 2006.",
        due="2006-03-01 04:59:59",
        vague=False,
        said="2005-12-30 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FHWA05,
        published="2005-12-30",
    ),
    # USDA Forest Service, Tonto National Forest alert 'Needle Rock Recreation Site Closed due to storm damage'; undated opening: dated 20 February 2019, after the February 2019 floods it calls recent and before the 31 March 2019 end it names (the labels hold for any such day); zone America/Phoenix. 'recent' sets no time: due None, no refusal word
    B(
        text="The purpose of this Order is to protect forest visitors and property from unsafe conditions caused by recent flood events and to allow for the safe and efficient restoration of these sites by Forest Service work crews.",
        due=None,
        vague=False,
        said="2019-02-20 17:00:00",
        tz="America/Phoenix",
        cluster=1,
        source=_TONTO,
        published="2019-02-20",
    ),
    # the same alert: in effect until a date: due at its end (CONVENTIONS 3.3) [local due 2019-03-31 23:59:59 America/Phoenix]
    B(
        text="Prohibitions contained in this Order become effective upon the signature date and will remain in effect until March 31, 2019.",
        due="2019-04-01 06:59:59",
        vague=False,
        said="2019-02-20 17:00:00",
        tz="America/Phoenix",
        cluster=6,
        source=_TONTO,
        published="2019-02-20",
    ),
    # the same alert: 'may be terminated ... prior to' a date, if work is complete: a possibility, no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give event (hung on the work being complete)
    B(
        text="The closure may be terminated by the Forest Supervisor prior to March 31, 2019, if restoration work is complete and the area is safe for public use.",
        due=None,
        vague=False,
        said="2019-02-20 17:00:00",
        tz="America/Phoenix",
        cluster=5,
        source=_TONTO,
        published="2019-02-20",
    ),
    # USDA Forest Service, Eldorado National Forest alert 'Seasonal Dirt Road Temporary Closure'; undated opening: dated 15 January 2019, within the closure it says is in effect (every label is recurring or undated, whatever the day); zone America/Los_Angeles. 'every year from January 1 through March 31': recurring (CONVENTIONS 1.3)
    B(
        text="The Seasonal Road and Trail closure is in effect every year from January 1 through March 31.",
        due=None,
        vague=False,
        said="2019-01-15 18:00:00",
        tz="America/Los_Angeles",
        refusal="recurring",
        cluster=5,
        source=_ELDO,
        published="2019-01-15",
    ),
    # the same alert (list point, marker left out): a hypothetical order, 'early' and 'at the time' set no time: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="A forest order would be issued to go into the closure early or extend the closure based on forest conditions at the time.",
        due=None,
        vague=False,
        said="2019-01-15 18:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_ELDO,
        published="2019-01-15",
    ),
    # the same alert: a ban during months that come every year: recurring (CONVENTIONS 1.3)
    B(
        text="During these winter and spring months vehicle use on dirt roads and trails is prohibited.",
        due=None,
        vague=False,
        said="2019-01-15 18:00:00",
        tz="America/Los_Angeles",
        refusal="recurring",
        cluster=5,
        source=_ELDO,
        published="2019-01-15",
    ),
)
