"""A HUNDRED-AND-FOURTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Lead's note (stop 45, before any run): the four cases of the Transport for NSW media release were
removed before the first run, because the licence of transport.nsw.gov.au could not be confirmed
(the labeller did not read its copyright page, nor could the lead find it stored); 87 cases remain.
The figures below are the labeller's, for the 91 first labelled.

Collected and labelled on 2026-12-05 (UTC), early in the morning (the machine's clock read 06:48 at
the start and about 07:00 when the labels were written), by a labelling helper (branch
issue12l104-s45) that neither changed, imported nor ran the parser, working at the same time as
other labellers of stop 45 (among them Scotland, Wales, Northern Ireland and Ireland; the EU,
GOV.UK, kremlin.ru and Wikinews), whose claims in the shared claims file were treated as used and
whose files and README sections were not opened. It read `CONVENTIONS.md` in full (rule 3.1a among
them), the docstring, comments, some cases and README section of `blind_fresh101.py`, and the top
docstring of the parser package only (parts of the day, the vague windows, weeks running Monday to
Sunday, a range falling due at its later end); nothing else of `bot/core/deadlines/` was opened. The
brief asked for New Zealand government (ministers' releases on beehive.govt.nz, the Transport
Agency, Health) and Australian state and federal agencies under CC BY (transport, health, emergency
services, regulators; not the Parliament of Australia's Hansard), Canadian provinces only under a
stated open licence, and at most a quarter of US federal material (public domain); at least eight
publishers, none above a fifth of the cases, several genres, at least half of the cases from outside
the United States.

The set quotes two beehive.govt.nz release lists (teasers of October 2011 and August 2014), the
Australian Treasury's consultation page on the Competition Policy Review exposure draft and the
ACCC's consultation on its misuse-of-market-power guidelines framework (September 2016), the ACCC's
list of closed consultations, an Assistant Treasurer's release on ministers.treasury.gov.au (March
2024), three South Australian Department for Infrastructure and Transport pages (as DPTI: a road
works schedule launch of October 2016 and a South Road works item of February 2017; a Torrens to
Darlington works notice of November 2023), a Transport for NSW media release on the Sydney Trains
timetable of October 2024, a NZ Transport Agency motorway closures release (September 2014) and its
consultation overview on the 2018 omnibus rule amendment, the Ministry of Transport's 2015/16 rules
programme page, a New Zealand Police district news item (May 2021, carried by a news aggregator with
its source line), the Ministry of Health's analysis-of-submissions page (April 2016), the Ministry
for the Environment's EEZ summary of submissions (December 2007), the Ministry for Primary
Industries' NES-PF submissions page, two USDA Forest Service pages (a California closure-order
release of September 2021 carried in full by a local site, an Angeles National Forest alert of May
2022) and a FEMA release of 23 December 2022 (carried by a federal court's feed aggregator): 91
cases from 13 publishers (the largest, the Treasury (Australia), holds 15, 16%; the New Zealand
Government's beehive.govt.nz and South Australia's transport department 13 each, 14%), 13 of them
(14%) from the United States. No Canadian page was taken: the one British Columbia release the
searches offered gave no open licence for news releases that could be checked, and was dropped.

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a part of
the day, a period, a span, a year, "now", "currently", "recent", "latest", "real time", "short-
term", "previously", "since", "until", "prior to", "each year", "weekly", "constantly", "during",
"while", "if and when"); the sentences of the openings read that hold none were skipped ("extended"
alone was not counted), as were titles, headings, date and status lines, navigation, labels before
colons (the words after the Angeles alert's "Date(s):" are quoted), speakers' names, contact lines,
links and teasers cut off by the end of an opening. One list point was quoted without its "- "
marker, and two sentences ending in a colon before a list as they stand. No word was changed:
"Submission are due", "it may impacts", "February,work" and the double space of the Ministry of
Health's sentence stay as the pages have them. The sentences were found with a search over stored
copies of public pages and taken as they came in the openings the search returns, in page order. See
README.md ("Hundred-and-fourth fresh blind set") for every address, publisher and licence. No
address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was
checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and
claimed (`fresh104`) in `/work/helper-brief/claims.txt` before a quote was taken; many pages the
searches offered were found used and dropped (NZ Transport Agency notices on nzta.govt.nz, on a
regional aggregator and on a Raglan community site, the Parliamentary Counsel Office's list of
legislation awaiting commencement, a beehive.govt.nz release list of 2015, Queensland ministerial
statement lists, a National Park Service release, FEMA releases of 2005 and 2024, ABS census pages,
two Department of Conservation releases, New Zealand Police releases on Scoop and an alerts feed, a
Ministry for the Environment discussion document). Every sentence was then checked whole with the
same tool (skipping this file): none was found used. Three claimed pages were read and left unquoted
(a beehive.govt.nz list of December 2016, which would have put that publisher above a fifth; a
Queensland statements list whose undated teasers could not be dated; the Victorian Department of
Health's budget item of May 2023, whose four cases were written in this branch's first commit and
dropped in its second, before the set was handed to the lead, because another Victorian government
site was found to reserve its rights, so that health.vic.gov.au's licence could not be taken for
granted). Each label was worked out by hand from the words, the publication date and the publisher's
zone; the conversion of local instants to UTC wall time, the weekdays and the day counts were done
with Python's zoneinfo and datetime in a scratch script outside the repository, never with code of
the project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests
touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 6.1"), then `blind_fresh101.py`: the publisher's zone (New Zealand publishers
Pacific/Auckland; Treasury, the ACCC and Transport for NSW Australia/Sydney; South Australia
Australia/Adelaide; the Forest Service's California pages America/Los_Angeles; FEMA's Boston release
America/New_York); the publication date at 10:00 local (FEMA's at the feed's 13:33 Eastern), and
where a page carries no date in its opening, the one its words or other facts give (each page's
first comment says which and why: Treasury 29 September 2016, between the extension it reports and
the 30 September close it names; the beehive lists 24 October 2011 and 6 August 2014, from the
events their teasers report; Transport for NSW 18 October 2024, the Friday before the timetable
change; the Torrens to Darlington notice 24 November 2023; the Forest Service release 14 September
2021 and the Angeles alert 27 May 2022; the Assistant Treasurer's release 28 March 2024, the day
after the bill it reports passed; the ACCC's closed list as the ACCC consultation, every label past;
the NZ Transport Agency release 26 September 2014 and its 2018 overview 27 August 2018 (the stored
copy is marked closed); the Ministry of Transport's page 1 October 2015; the Ministry for the
Environment's summary 1 December 2007 and MPI's page 1 March 2016, where every label is past or
undated whatever the day); a day falls due at 23:59:59 local; a range, a list or a window falls due
at its later end (CONVENTIONS 1.1, 6.1); the perfect and done acts with "today" are past
(CONVENTIONS 2.4); the present with "today" falls due that day (CONVENTIONS 2.1); an offer open
"now" is earliest (CONVENTIONS 3.2); standing practices ("each year", "weekly", "constantly",
nightly hours on a weekly pattern, "after 9am" as a daily pattern) are recurring (CONVENTIONS 1.3,
6.3); a time hung on an undated event ("prior to making a submission", "if and when the CCA is
amended", "while the closures are in place") is event; "over the coming weeks" takes the documented
4 weeks, "as soon as possible" and "in due course" 60 days, all vague (CONVENTIONS 5.1); refusals
have `due=None` and a `refusal` kind; a sentence whose time words set no time for any act
("currently", "recent", "latest", "now", a year in an Act's name) has `due=None` and no refusal
word. Clusters as in `blind_fresh101.py`: 1 no time set, 2 clock times, 3 ranges and several dates,
4 parts of the day, periods and vague windows, 5 refusals, 6 plain days and dates. 43 labels are
refusals (past 26, recurring 8, event 7, earliest 2), 3 are vague; 6 labels are marked "unsure" and
name the other reading; like every label here they stay as committed, whatever the first run shows.
First run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never
edit these labels to fit the parser.

Licence audit of stop 46 (branch lic46-s46): 16 cases removed, their publishers' licence not open
or unclear (13 of the South Australian government; 3 of the NZ Police, Commerce Commission, Waimakariri District Council); see README.md, "Licence audit of stop 46". The set now holds 71
cases; the counts above are those of the set as first labelled, and a first-run figure recorded
for it stands as measured.

Licence audit of stop 48 (branch lic48-s48): 13 of these 71 cases, quoted from New Zealand Government
ministerial releases, speeches or transcripts (beehive.govt.nz, directly or as carried by Scoop, MIL-OSI
or Order Paper), were removed: beehive.govt.nz/copyright allows reproduction only "for personal or
in-house use", which is not an open licence. 58 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 48 (branch lic48-s48): 10 of these 58 cases, quoted from NZ Transport Agency Waka
Kotahi releases (on nzta.govt.nz or carried by Scoop, Live News, MIL-OSI mirrors and others), were
removed: the Agency's own terms found (https://www.journeys.nzta.govt.nz/about-this-site) allow
reproduction "for personal use" and ask permission for any other purpose, which is not an open licence.
48 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 48 (branch lic48-s48): 4 of these 48 cases, quoted from Ministry for Primary
Industries pages or releases (on mpi.govt.nz or carried by news mirrors), were removed: no terms of
mpi.govt.nz were found, and the Ministry's own site terms found
(https://farmsonline.mpi.govt.nz/About/CopyRight) reserve all rights (licence unclear). 44 cases remain;
see README.md, "Licence audit of stop 48".

Licence audit of stop 48 (branch lic48-s48): 3 of these 44 cases, quoted from Ministry for the
Environment pages, were removed: no copyright or licence statement of mfe.govt.nz was found, only a
disclaimer (licence unclear). 41 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 49 (branch lic49-s49): 2 cases, quoted from a Ministry of Health
publication page, were removed: no copyright or licence statement of health.govt.nz was found in the
store (licence unclear). 39 cases remain; see README.md, "Licence audit of stop 49".

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 5 case(s) removed, Ministry of Transport NZ (the successor ministry statement names mcert.govt.nz only; the lead ruled it does not cover transport.govt.nz); 34 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_TREAS = "https://consult.treasury.gov.au/market-and-competition-policy-division/ed_competition_law_amendments"
_ACCC = "https://consultation.accc.gov.au/compliance-enforcement/consultation-on-draft-framework-for-misuse-of-mark"
_ACCCF = "https://consultation.accc.gov.au/consultation_finder/?_collection=eyJzb3J0X29uIjogImljb25zdWx0YWJsZV9lbmRkYXRlIiwgInNvcnRfb3JkZXIiOiAiZGVzY2VuZGluZyIsICJzdCI6ICJjbG9zZWQiLCAiY29sbGVjdGlvbl90aXRsZSI6ICJDbG9zZWQgQ29uc3VsdGF0aW9ucyJ9%3Ad84936f0f8e5f6adb0ab2637f9cb80c1c18408ce2768ad54baf05b229bb09abc&b_start=0&sort_on=iconsultable_modifieddate&sort_order=ascending"
_MENDO = "https://mendofever.com/2021/09/16/mendocino-national-forest-will-reopen-to-the-public-on-september-16"
_ANGELES = "https://www.fs.usda.gov/alerts/angeles/alerts-notices/?aid=73416"
_FEMA = "https://coop.mnb.uscourts.gov/aggregator/FEMA.gov/drc?page=184"
_TMIN = "https://ministers.treasury.gov.au/ministers/julie-collins-2022/media-releases/parliament-passes-labors-designated-complaints-measure"
_MOT = "https://transport.cwp.govt.nz/multi-modal/regulatory-stewardship/201516-transport-rules-programme/"

FRESH104_CASES: tuple[BlindCase, ...] = (
    # Treasury (Australia) consultation page on the Competition Policy Review exposure draft; undated opening, dated 29 September 2016 as a page written after the extension and before the 30 September close it names; zone Australia/Sydney, said at 10:00 local. a close at 5pm on a date: due then (AEST, daylight time not yet begun) [local due 2016-09-30 17:00:00 Australia/Sydney]
    B(
        text="Comments related to the drafting of Schedule 7 must be received by 5pm, 30 September 2016.",
        due="2016-09-30 07:00:00",
        vague=False,
        said="2016-09-29 00:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_TREAS,
        published="2016-09-29",
    ),
    # the same page: a window open until 5pm on a date: due then (AEDT) [local due 2016-10-28 17:00:00 Australia/Sydney]
    B(
        text="Stakeholders are welcome to provide feedback on schedules 1 to 6 and 8 to 13 until 5pm 28 October 2016.",
        due="2016-10-28 06:00:00",
        vague=False,
        said="2016-09-29 00:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_TREAS,
        published="2016-09-29",
    ),
    # the same page: 'that date' is given only by the sentence before; read from the sentence alone (as CONVENTIONS 6.3 reads a day another sentence gives) the window hangs on an undated referent: event. unsure: a careful reader could give due None with no refusal word [page: 28 October 2016 17:00 AEDT]
    B(
        text="Where submissions have already been provided, additional submissions (not related to Schedule 7) will continue to be accepted up to and including that date.",
        due=None,
        vague=False,
        said="2016-09-29 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_TREAS,
        published="2016-09-29",
    ),
    # the same page: '2016' is part of a bill's name and sets no time: due None, no refusal word
    B(
        text="The Government is seeking the views of interested parties on the design of Exposure Draft legislation: the Competition and Consumer Amendment (Competition Policy Review) Bill 2016.",
        due=None,
        vague=False,
        said="2016-09-29 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_TREAS,
        published="2016-09-29",
    ),
    # the same page: '2010' names an Act: due None, no refusal word
    B(
        text="This draft contains significant amendments to the Competition and Consumer Act 2010 (the CCA).",
        due=None,
        vague=False,
        said="2016-09-29 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_TREAS,
        published="2016-09-29",
    ),
    # the same page: 'no later than 5pm Friday 28 October 2016': due then (AEDT) [local due 2016-10-28 17:00:00 Australia/Sydney]
    B(
        text="Submissions on this Exposure Draft must be received no later than 5pm Friday 28 October 2016.",
        due="2016-10-28 06:00:00",
        vague=False,
        said="2016-09-29 00:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_TREAS,
        published="2016-09-29",
    ),
    # the same page: 'prior to making a submission' hangs on an undated act of the reader: event (CONVENTIONS 1.3)
    B(
        text="Please ensure you have read our information on confidentiality and personal information prior to making a submission.",
        due=None,
        vague=False,
        said="2016-09-29 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_TREAS,
        published="2016-09-29",
    ),
    # ACCC consultation hub page 'Draft framework for misuse of market power guidelines', opened 5 September 2016 (its status line); zone Australia/Sydney, said at 10:00 local. the announcement on the day of the page, told in the past tense; the consulting has no time of its own: past (CONVENTIONS 2.2 for the verb of speaking)
    B(
        text="On 5 September 2016 the Australian Government announced that it is consulting on an exposure draft of the Competition and Consumer Amendment (Competition Policy Review) Bill.",
        due=None,
        vague=False,
        said="2016-09-05 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACCC,
        published="2016-09-05",
    ),
    # the same page: '2010' names an Act: due None, no refusal word
    B(
        text="One area of reform included in the Bill is to amend the misuse of market power prohibition, section 46, of the Competition and Consumer Act 2010 (CCA).",
        due=None,
        vague=False,
        said="2016-09-05 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACCC,
        published="2016-09-05",
    ),
    # the same page: 'if and when the CCA is amended' hangs the publishing on an undated event: event (CONVENTIONS 1.3, 5.2)
    B(
        text="The ACCC invites feedback on this framework which it will take into account in preparing and publishing the guidelines if and when the CCA is amended.",
        due=None,
        vague=False,
        said="2016-09-05 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACCC,
        published="2016-09-05",
    ),
    # the same page: 'Submission' stays as the page has it; due 5pm Monday 3 October 2016 AEDT (daylight time began 2 October) [local due 2016-10-03 17:00:00 Australia/Sydney]
    B(
        text="Submission are due by 5pm, Monday 3 October 2016.",
        due="2016-10-03 06:00:00",
        vague=False,
        said="2016-09-05 00:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_ACCC,
        published="2016-09-05",
    ),
    # ACCC consultation hub, list of closed consultations (304 results, oldest first); the list is undated, dated here as the ACCC consultation above (5 September 2016), every label being past whatever the day; zone Australia/Sydney, said at 10:00 local. published after a past consultation; '1974' names an Act: past
    B(
        text="The Guidelines relating to deferral of arbitrations and backdating of determinations under Part IIIA of the Trade Practices Act 1974 were published following a consultation process.",
        due=None,
        vague=False,
        said="2016-09-05 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACCCF,
        published="2016-09-05",
    ),
    # the same page: a request on a past date: past
    B(
        text="On 22 January 2008 the then Assistant Treasurer requested an ACCC price inquiry into the price of groceries.",
        due=None,
        vague=False,
        said="2016-09-05 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACCCF,
        published="2016-09-05",
    ),
    # USDA Forest Service (Pacific Southwest Region) press release, carried in full by a local news site on 16 September 2021 under the line 'The following press release was issued by the United States Department of Agriculture Forest Service'; said dated 14 September 2021, before the end at 11:59 pm on 15 September it announces (the site's post is of 16 September); zone America/Los_Angeles, said at 10:00 local. the order ends at 11:59 pm on 15 September (PDT); 'the original end date of Sept. 17' is the one replaced (CONVENTIONS 4.1, a new time given) [local due 2021-09-15 23:59:00 America/Los_Angeles]
    B(
        text="The USDA Forest Service Pacific Southwest Region will end its closure order affecting California national forests at 11:59 pm on Wednesday, Sept. 15, two days prior to the original end date of Sept. 17.",
        due="2021-09-16 06:59:00",
        vague=False,
        said="2021-09-14 17:00:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_MENDO,
        published="2021-09-16",
    ),
    # the same page: the only time word dates past fires; the closure is given no end: past
    B(
        text="Select campgrounds, trails and trailheads remain closed on the Mendocino National Forest because of safety hazards created by last year’s August Complex wildfires.",
        due=None,
        vague=False,
        said="2021-09-14 17:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_MENDO,
        published="2021-09-16",
    ),
    # the same page: 'constantly evaluating': a standing practice (CONVENTIONS 1.3)
    B(
        text="“We are constantly evaluating weather and fire conditions in California, as well as regional and national firefighting resources available to us so that we can ensure the safety of the public and our firefighters,” Regional Forester Jennifer Eberlien said.",
        due=None,
        vague=False,
        said="2021-09-14 17:00:00",
        tz="America/Los_Angeles",
        refusal="recurring",
        cluster=5,
        source=_MENDO,
        published="2021-09-16",
    ),
    # the same page: 'now' sets no time for any act: due None, no refusal word
    B(
        text="“Some factors are more favorable now, which is why I decided to end the regional closure order.",
        due=None,
        vague=False,
        said="2021-09-14 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_MENDO,
        published="2021-09-16",
    ),
    # the same page: 'during these challenging times' sets no time: due None, no refusal word
    B(
        text="I want to thank the public and our partners for their patience and understanding during these challenging times.”",
        due=None,
        vague=False,
        said="2021-09-14 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_MENDO,
        published="2021-09-16",
    ),
    # the same page: 'early' sets no time: due None, no refusal word; quoted with its colon before a list
    B(
        text="Factors leading to the early termination of the regional closure order included:",
        due=None,
        vague=False,
        said="2021-09-14 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_MENDO,
        published="2021-09-16",
    ),
    # the same page: a list point (its '- ' marker left off); 'as the seasons change' sets no time: due None, no refusal word
    B(
        text="Regional weather systems becoming more variable as the seasons change, leading to less uniform conditions across California.",
        due=None,
        vague=False,
        said="2021-09-14 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_MENDO,
        published="2021-09-16",
    ),
    # USDA Forest Service, Angeles National Forest alert 'Regional Order 22-01: Additional Fire Restrictions'; dated Friday 27 May 2022, before the Memorial Day weekend it names; zone America/Los_Angeles, said at 10:00 local. the words after the alert's 'Date(s):' label: a range, due at its later end (CONVENTIONS 6.1); PDT [local due 2025-05-29 23:59:59 America/Los_Angeles]
    B(
        text="May 30, 2022 - May 29, 2025",
        due="2025-05-30 06:59:59",
        vague=False,
        said="2022-05-27 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_ANGELES,
        published="2022-05-27",
    ),
    # the same page: the reminder is for 'this Memorial Day weekend' (28-30 May 2022, Memorial Day included): due at its end, PDT. unsure: a careful reader could end the weekend on Sunday 29 May, or take the prohibition as a standing rule (recurring) [local due 2022-05-30 23:59:59 America/Los_Angeles]
    B(
        text="In order for visitors to continue to safely enjoy our national forests and reduce wildfire risk this Memorial Day weekend, the USDA Forest Service Pacific Southwest Region reminds everyone of the prohibition of any processing materials or substances to create an explosive, the use of any fireworks or pyrotechnics, or the use of any internal or external combustion engine without a spark arrestor.",
        due="2022-05-31 06:59:59",
        vague=False,
        said="2022-05-27 17:00:00",
        tz="America/Los_Angeles",
        cluster=4,
        source=_ANGELES,
        published="2022-05-27",
    ),
    # FEMA press release 'FEMA Awards Over $1.1 Million to City of Lawrence for COVID-19 Feeding Costs', carried by a federal court's feed aggregator with its line 'DHS News and Updates - Fri, 12/23/2022 - 13:33' (Eastern time; the posting line reads 18:33, UTC); zone America/New_York, said at 13:33 local. 'during the COVID-19 pandemic' dates the costs; the sending is given no time: due None, no refusal word
    B(
        text="BOSTON – The Federal Emergency Management Agency will be sending more than $1.1 million to the Commonwealth of Massachusetts to reimburse the City of Lawrence for the costs of providing meals and food for needy populations during the COVID-19 pandemic.",
        due=None,
        vague=False,
        said="2022-12-23 18:33:00",
        tz="America/New_York",
        cluster=1,
        source=_FEMA,
        published="2022-12-23",
    ),
    # the same page: 'between June 2020 and July 2021' dates past costs; the reimbursing has no time: past
    B(
        text="The $1,127,637 Public Assistance grant will reimburse the city for the cost of operating a food pantry and providing meals as well as contracting to deliver meals to those unable to access food due to quarantine, those deemed high risk and vulnerable, and those facing food insecurity as a result of the pandemic between June 2020 and July 2021.",
        due=None,
        vague=False,
        said="2022-12-23 18:33:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA,
        published="2022-12-23",
    ),
    # the same page: past tense, a past period: past
    B(
        text="During that time period, a total of 84,470 meals were provided to elderly, low income, homeless, and COVID positive individuals in Lawrence.",
        due=None,
        vague=False,
        said="2022-12-23 18:33:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA,
        published="2022-12-23",
    ),
    # the same page: 'So far' with the perfect: past
    B(
        text="So far, FEMA has provided more than $1.5 billion in Public Assistance grants to Massachusetts to reimburse the commonwealth for pandemic-related expenses.",
        due=None,
        vague=False,
        said="2022-12-23 18:33:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA,
        published="2022-12-23",
    ),
    # Treasury portfolio ministers' site (ministers.treasury.gov.au), media release of the Assistant Treasurer on the designated complaints measure; undated opening, dated Thursday 28 March 2024, the day after the Fair Go bill passed the Parliament ('Yesterday') and a fortnight before the 11 April close it names; zone Australia/Sydney, said at 10:00 local. 'Yesterday', past tense: past
    B(
        text="Yesterday the Parliament passed the Competition and Consumer Amendment (Fair Go for Consumers and Small Business) Bill 2024.",
        due=None,
        vague=False,
        said="2024-03-27 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_TMIN,
        published="2024-03-28",
    ),
    # the same page: a function established from a month: a one-off start (CONVENTIONS 3.1, 3.1a) given only to the month, due at the month's end (a range falls due at its later end); AEST. unsure: a careful reader could take 1 July 2024, the month's first day [local due 2024-07-31 23:59:59 Australia/Sydney]
    B(
        text="This reform, which forms part of the Albanese Government’s Better Competition election commitment, establishes a designated complaints function within the Australian Competition and Consumer Commission (ACCC) from July 2024.",
        due="2024-07-31 13:59:59",
        vague=False,
        said="2024-03-27 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_TMIN,
        published="2024-03-28",
    ),
    # the same page: the present with 'Today': due at the end of the day (CONVENTIONS 2.1); AEDT [local due 2024-03-28 23:59:59 Australia/Sydney]
    B(
        text="Today the Albanese Government releases the draft designated complaints determination.",
        due="2024-03-28 12:59:59",
        vague=False,
        said="2024-03-27 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_TMIN,
        published="2024-03-28",
    ),
    # the same page: 'every 12 months': a standing limit (CONVENTIONS 1.3)
    B(
        text="Initially a maximum of three complainants will be designated, with each able to lodge one designated complaint every 12 months.",
        due=None,
        vague=False,
        said="2024-03-27 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_TMIN,
        published="2024-03-28",
    ),
    # the same page: two years from the start of an operation this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="The function will be reviewed after two years of operation.",
        due=None,
        vague=False,
        said="2024-03-27 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_TMIN,
        published="2024-03-28",
    ),
    # the same page: the opening, a one-off act, expected in May: due at the month's end (CONVENTIONS 3.1); AEST. unsure: a careful reader could read an offer open from May, earliest (CONVENTIONS 3.2) [local due 2024-05-31 23:59:59 Australia/Sydney]
    B(
        text="An application process for consumer and small business advocates interested in becoming a designated complainant is expected to open in May.",
        due="2024-05-31 13:59:59",
        vague=False,
        said="2024-03-27 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_TMIN,
        published="2024-03-28",
    ),
    # the same page: 'in due course' as an undertaking: vague, 60 days (CONVENTIONS 5.1): 27 May 2024, AEST [local due 2024-05-27 23:59:59 Australia/Sydney]
    B(
        text="Further information on the application process, including how to apply, will be made available on the Treasury website in due course.",
        due="2024-05-27 13:59:59",
        vague=True,
        said="2024-03-27 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_TMIN,
        published="2024-03-28",
    ),
    # the same page: a window opening today and closing on a named day: due at its close (CONVENTIONS 1.1, 6.1); AEST (daylight time ended 7 April) [local due 2024-04-11 23:59:59 Australia/Sydney]
    B(
        text="Public consultation on the draft determination opens today and will close on Thursday 11 April 2024.",
        due="2024-04-11 13:59:59",
        vague=False,
        said="2024-03-27 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_TMIN,
        published="2024-03-28",
    ),
)
