"""A TWENTY-NINTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 08:43 by the machine's clock, by a
labelling helper (branch issue12l4-s21) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstrings of `blind_real.py` and `blind_fresh28.py`, the latter's comments and README
section, and the parser package's docstring only (for the thirds of "early / mid / late",
meteorological seasons, "a date without a year is its next occurrence" and the zone words);
nothing else of `bot/core/deadlines/` was opened. As in the twenty-seventh and twenty-eighth
sets, every sentence quoted holds a time word of some kind (a date, a clock time, a day
word, a period, a span, a year in a name, an anniversary, "since", "during" or "throughout"
a process, "in the future", "year round"); the sentences of the pages read that hold none
were skipped, as were bare headings, titles, date lines and "Last Updated" stamps, site,
feed and letterhead text around the quoted item, contact lines, telephone numbers and
addresses, lines cut off by the start or end of an opening, the words "current", "new",
"again" and "still" on their own, and a sentence that one publisher's pages repeat word for
word (taken once; so were the Federal Register summaries that repeat the first paragraph of
their notice). Runs of spaces in a notice's header were read as one space and a note's
leading number was left out; no word was changed. The sentences were found with a search
over stored copies of public pages and taken as they came in the openings the search
returns, in page order; where the store held several copies of one address (the Bureau of
Reclamation's two news feeds), the first copy returned was read. See README.md ("Twenty-ninth
fresh blind set") for every address, publisher and licence. No address listed in README.md,
in a `#` header or README under `tests/data/`, in the sources of the other set files or in
the shared claims file was used: each was checked against those lists (the address and a
distinctive phrase of the page) and claimed (`fresh29`) in `/work/helper-brief/claims.txt`
before a quote was taken. Every sentence was checked by a text search over the files under
`tests/data/` (the whole sentence and its first and last runs of six words); none was found
there (only stock openings such as "In accordance with the National Environmental" recur).
Each label was worked out by hand from the words, the publication date and the publisher's
zone; the conversion of local instants to UTC wall time, the day counts and the weekday
checks were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed; the
helpers improving the parser have not seen them. See README.md for the count and the
composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.3"), then `blind_real.py` and `blind_fresh28.py`: the publisher's zone (every
US federal publisher here, the Bureau of Land Management's field pages in Alaska and
Colorado included: America/New_York, whatever the office; GOV.UK: Europe/London); the
publication date at 10:00 local, except the two ePlanning pages of the Bureau of Land
Management that stamp their last update ("05/13/2016 16:19:56 MDT", "01/20/2017 00:49:56
MST"), read at that instant; four pages that show no date of their own (three ePlanning
pages and the HMRC release) are read at a day the comment names, and the comment says for
which days the labels hold; two US Mint releases are dated by their addresses; a day falls
due at 23:59:59 local (zoneinfo decides the offset); a clock time without a zone word, and
one with "ET", is in the publisher's zone, while "MST" and "EDT" are the fixed offsets they
name; US numeric dates ("4/24/2026") are read month first (`day_first=False`); a date
without a year is its next occurrence; a range, a list or a window falls due at its later
end; "mid" and "late" are the middle and last thirds of a month; seasons are
meteorological; a span or period that the sentence hangs on an undated event or stage ("for
the first week of sales", "During this period", "within 45 days following the date the
Environmental Protection Agency publishes its Notice") is `refusal='event'`, and where the
same page dates that event elsewhere the label is marked "unsure" and names the instant;
refusals have `due=None` and a `refusal` kind (past | event | recurring | earliest; this set
holds no negated case); standing hours, "every day except December 25", "year round", "per
month" and what a process does in general are `recurring`; a start or reopening said of a
change ("winter hours will resume", "will begin accepting orders ... at noon") falls due at
that time (CONVENTIONS 3.1) and is marked unsure against the earliest-only reading, while a
state given only its start ("Beginning July 5, 2001, ... will be temporarily closed") and a
lower bound ("no sooner than Aug. 1, 1998") are `earliest`; a sentence whose time words set
no time for any act (a year in the name of an Act, a coin or a programme, an anniversary,
"For the first time", "at a critical moment", "until it's too late", "in the future") has
`due=None` and no refusal word. Labels marked "unsure" name the other reading; like every
label here they stay as committed, whatever the first run shows. First run: not yet taken
(the lead runs it once, after merging, and records it in README.md). Never edit these labels
to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_BLM_EI_13MAY16 = "https://eplanning.blm.gov/epl-front-office/eplanning/planAndProjectSite.do?methodName=dispatchToPatternPage&currentPageId=10156"
_BLM_GSG_20JAN17 = "https://eplanning.blm.gov/epl-front-office/eplanning/planAndProjectSite.do?methodName=dispatchToPatternPage&currentPageId=53491"
_BLM_FR_26APR19 = "https://regulations.justia.com/regulations/fedreg/2019/04/26/2019-08281.html"
_BLM_EA_2026 = "https://eplanning.blm.gov/Project-Home?id=3d9a2bfc-a7f2-f011-8407-001dd803d067"
_BLM_PROJ_2026 = "https://eplanning.blm.gov/project-home?id=D3C235F0-A7F2-F011-8407-001DD803D067"
_BLM_SCOPING_2024 = "https://eplanning.blm.gov/How-to-get-Involved/?id=4fb96ce4-a7f2-f011-8406-001dd8008d46&spid=591a198f-a8f2-f011-8407-001dd80c29f3"
_BLM_FR_6JUL18 = "https://thefederalregister.org/83-FR/31565"
_BLM_FR_4MAY18 = "https://thefederalregister.org/83-FR/19808"
_BLM_FR_29SEP15 = "https://thefederalregister.org/80-FR/58501"
_FWS_11SEP12 = "https://www.fws.gov/pacific/news/news.cfm?id=2144375109"
_USACE_NAB_23NOV20 = "https://www.nab.usace.army.mil/Missions/Regulatory/Public-Notices/Public-Notice-View/Article/2425059/spn-20-66-nab-2020-00415-mdspgp-6/"
_USBR_FEED_22MAY19 = "https://www.usbr.gov/newsroom/rssxml/rssfeed.cfm"
_USBR_FEED_26AUG16 = "http://www.usbr.gov/newsroom/rssxml/rssfeed.cfm"
_NRC_FR_18MAR19 = "https://www.govinfo.gov/content/pkg/FR-2019-03-18/html/2019-04960.htm"
_MINT_14FEB12 = "https://www.usmint.gov/news/press-releases/20120214-united-states-mint-to-open-sales-for-the-2012-infantry-soldier-silver-dollar-on-february-16"
_MINT_31JUL12 = "https://www.usmint.gov/news/press-releases/20120731-united-states-mint-and-the-bureau-of-engraving-and-printing-mark-centuries-of-service-to-the-nation-with-coin-and-currency-set"
_MINT_27APR15 = "https://www.usmint.gov/news/press-releases/20150427-mint-opens-sales-for-march-of-dimes-special-silver-set"
_MINT_1SEP23 = "https://www.einpresswire.com/article/653255403/united-states-mint-opens-sales-for-2023-american-eagle-one-ounce-palladium-uncirculated-coin-on-september-7"
_LOC_20NOV97 = "https://webarchive.library.unt.edu/eot2008/20090115153429/http:/www.loc.gov/today/pr/1997/97-202.html"
_LOC_2NOV22 = "https://newsroom.loc.gov/news/library-seeks-applicants-for-2023-junior-fellows-program/s/a843e336-2243-4fb3-8787-310d4501cfb3"
_LOC_6NOV23 = "https://www.einpresswire.com/article/666683709/latest-news-library-seeks-applicants-for-the-2024-junior-fellows-program"
_LOC_KLUGE_19FEB21 = "https://agenparl.eu/news-from-the-john-w-kluge-centercorrected-link-new-article-one-fellowship-open-for-applications/"
_NARA_11AUG00 = "https://www.archives.gov/press/press-releases/2000/nr00-90.html"
_NARA_27MAR01 = "https://www.archives.gov/press/press-releases/2001-44"
_HMRC_JAN16 = "https://www.gov.uk/government/news/tens-of-thousands-ring-in-the-new-year-by-submitting-tax-returns"

FRESH29_CASES: tuple[BlindCase, ...] = (
    # Bureau of Land Management, ePlanning page 'How to get Involved' of the Eastern Interior Resource Management Plan (Alaska), stamped 'Last Updated: 05/13/2016 16:19:56 MDT' (taken as the time of publishing; the site's menu, headings and the stamp itself are not quoted): 'during the planning process' names when the chances arise, no time for any act: no deadline
    B(
        text="There are several opportunities for public involvement during the planning process.",
        due=None,
        vague=False,
        said="2016-05-13 22:19:56",
        tz="America/New_York",
        cluster=6,
        source=_BLM_EI_13MAY16,
        published="2016-05-13",
    ),
    # the same page: what the BLM does 'During the scoping phase' of any plan, told in the present as its practice: recurring
    B(
        text="During the scoping phase, the BLM asks for public input on what issues the Resource Management Plan should address.",
        due=None,
        vague=False,
        said="2016-05-13 22:19:56",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_BLM_EI_13MAY16,
        published="2016-05-13",
    ),
    # the same page: meetings held 'from April through June 2008': past
    B(
        text="For the Eastern Interior RMP, the BLM held scoping meetings from April through June 2008.",
        due=None,
        vague=False,
        said="2016-05-13 22:19:56",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_BLM_EI_13MAY16,
        published="2016-05-13",
    ),
    # the same page: 'During the public comment phase' the draft 'is available', the practice of any plan: recurring
    B(
        text="During the public comment phase, the Draft RMP/EIS is available for public comment period.",
        due=None,
        vague=False,
        said="2016-05-13 22:19:56",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_BLM_EI_13MAY16,
        published="2016-05-13",
    ),
    # the same page: a period that began on 'March 2, 2012' and 'ended on April 11, 2013': past
    B(
        text="The public comment period on the Draft RMP/EIS began with publication of the Environmental Protection Agency's Notice of Availability in the Federal Register on March 2, 2012 and ended on April 11, 2013.",
        due=None,
        vague=False,
        said="2016-05-13 22:19:56",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_BLM_EI_13MAY16,
        published="2016-05-13",
    ),
    # the same page: meetings held 'from April through early June 2012': past
    B(
        text="The BLM held public meetings in communities throughout the planning area from April through early June 2012.",
        due=None,
        vague=False,
        said="2016-05-13 22:19:56",
        tz="America/New_York",
        refusal="past",
        cluster=4,
        source=_BLM_EI_13MAY16,
        published="2016-05-13",
    ),
    # the same page: a round held 'from November 2012 through March 2013': past
    B(
        text="A second round of meetings was held from November 2012 through March 2013.",
        due=None,
        vague=False,
        said="2016-05-13 22:19:56",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_BLM_EI_13MAY16,
        published="2016-05-13",
    ),
    # the same page: a notice published 'in January 2015' for a '60-day' period: past
    B(
        text="The BLM published a notice on potential changes to areas of critical environmental concern for 60-day public in January 2015.",
        due=None,
        vague=False,
        said="2016-05-13 22:19:56",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_BLM_EI_13MAY16,
        published="2016-05-13",
    ),
    # the same page: a future reply given 'in the Proposed RMP/Final EIS', a document the sentence does not date, and a 'comment period' named: no time for the act: no deadline; unsure: event (the reply waits for an undated document)
    B(
        text="The BLM will summarize and respond to substantive public comments from the Draft RMP, Supplement, and area of critical environmental concern comment period in the Proposed RMP/Final EIS.",
        due=None,
        vague=False,
        said="2016-05-13 22:19:56",
        tz="America/New_York",
        cluster=5,
        source=_BLM_EI_13MAY16,
        published="2016-05-13",
    ),
    # the same page: 'the protest period' is named, not dated: no deadline
    B(
        text="The final opportunity for public input is the protest period.",
        due=None,
        vague=False,
        said="2016-05-13 22:19:56",
        tz="America/New_York",
        cluster=6,
        source=_BLM_EI_13MAY16,
        published="2016-05-13",
    ),
    # Bureau of Land Management, ePlanning page 'How to get Involved' of the Gunnison Sage-Grouse RMP Amendments and EIS, stamped 'Last Updated: 01/20/2017 00:49:56 MST' (the heading 'Draft Review & Comment Period - Closed January 9, 2017' and the stamp are not quoted): a notice published 'on August 12, 2016' for a period that 'ran through January 9, 2017': past
    B(
        text="The BLM published a Notice of Availability in the Federal Register on August 12, 2016 announcing the opening of a public comment period for the Draft RMP Amendment/Draft EIS (Draft) that ran through January 9, 2017.",
        due=None,
        vague=False,
        said="2017-01-20 07:49:56",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_BLM_GSG_20JAN17,
        published="2017-01-20",
    ),
    # the same page: the comments 'will help ... during preparation of the Proposed RMP Amendment/Final EIS', a stage the page does not date: event; unsure: past ('received during this phase')
    B(
        text="The BLM appreciates the public comments received during this phase, which will help the BLM refine management prescriptions during preparation of the Proposed RMP Amendment/Final EIS.",
        due=None,
        vague=False,
        said="2017-01-20 07:49:56",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_BLM_GSG_20JAN17,
        published="2017-01-20",
    ),
    # Bureau of Land Management notice in the Federal Register of Friday 26 April 2019 (84 FR 17886, FR Doc. 2019-08281, as shown on Justia; the page header run into the text is not quoted): 'the Act of 1969' is a name; 'announcing the opening of the 45-day public comment period' opens a window now for 45 days (CONVENTIONS 1.1): 10 June 2019, end of day EDT; unsure: event (the next sentence counts the 45 days from the EPA's notice, which the page does not date)
    B(
        text="In accordance with the National Environmental Policy Act of 1969, as amended, the Bureau of Land Management (BLM) has prepared a Draft Supplemental Environmental Impact Statement (EIS), analyzing the potential impacts of hydraulic fracturing on oil and gas leases within the Bakersfield Field Office planning area, and by this notice the BLM is announcing the opening of the 45-day public comment period.",
        due="2019-06-11 03:59:59",
        vague=False,
        said="2019-04-26 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BLM_FR_26APR19,
        published="2019-04-26",
    ),
    # the same notice: 'within 45 days following the date the Environmental Protection Agency publishes its Notice of Availability', a publication of another agency that the notice does not date (CONVENTIONS 1.3): event; unsure: counted from this notice's own day, 10 June 2019, end of day EDT
    B(
        text="DATES: To ensure consideration, the BLM must receive written comments on the Bakersfield Field Office Hydraulic Fracturing Draft Supplemental EIS within 45 days following the date the Environmental Protection Agency publishes its Notice of Availability in the Federal Register.",
        due=None,
        vague=False,
        said="2019-04-26 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_BLM_FR_26APR19,
        published="2019-04-26",
    ),
    # the same notice: 'at least 15 days in advance' of meetings not yet dated: event
    B(
        text="The BLM will announce future meetings or hearings and any other public involvement activities at least 15 days in advance through public notices, media releases, and/or mailings.",
        due=None,
        vague=False,
        said="2019-04-26 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_BLM_FR_26APR19,
        published="2019-04-26",
    ),
    # the same notice: 'during regular business hours', standing hours: recurring
    B(
        text="Copies of the Bakersfield Field Office Hydraulic Fracturing Draft Supplemental EIS are available during regular business hours in the Bakersfield Field Office.",
        due=None,
        vague=False,
        said="2019-04-26 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_BLM_FR_26APR19,
        published="2019-04-26",
    ),
    # Bureau of Land Management, ePlanning project page of a draft environmental assessment (the page shows no date of its own; read at Monday 4 May 2026, the first day of the period it announces; every label of this page holds for any day from 4 May to 3 June 2026): a period 'open from May 4 to June 3, 2026', kept open to a date (CONVENTIONS 3.3), the range's later end: 3 June 2026, end of day EDT
    B(
        text="A public comment period on the draft EA is open from May 4 to June 3, 2026.",
        due="2026-06-04 03:59:59",
        vague=False,
        said="2026-05-04 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_BLM_EA_2026,
        published="2026-05-04",
    ),
    # the same page: 'on or before the closing date' names a date this sentence does not give: event; unsure: the sentence before dates the close, 3 June 2026, end of day EDT
    B(
        text="Please submit your written comments on or before the closing date using the ePlanning public comment tool.",
        due=None,
        vague=False,
        said="2026-05-04 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_BLM_EA_2026,
        published="2026-05-04",
    ),
    # the same page: a notice 'published ... on May 1, 2026': past
    B(
        text="A Notice of Realty Action was published in the Federal Register on May 1, 2026.",
        due=None,
        vague=False,
        said="2026-05-04 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=6,
        source=_BLM_EA_2026,
        published="2026-05-04",
    ),
    # the same page: updates 'Throughout the NEPA process', a process the page does not date the end of: event
    B(
        text="Throughout the NEPA process, this website will be updated to include background documents, maps, meeting announcements, published bulletins, and other documents as applicable.",
        due=None,
        vague=False,
        said="2026-05-04 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_BLM_EA_2026,
        published="2026-05-04",
    ),
    # Bureau of Land Management, ePlanning project page of another environmental assessment (no date of its own; read at Friday 24 April 2026, the day of the upload it reports; the same sentence on updates 'Throughout the NEPA process' that the page repeats from the one above is taken once): a description 'attached ... on April 8, 2026': past
    B(
        text="The BLM attached an updated project description on April 8, 2026.",
        due=None,
        vague=False,
        said="2026-04-24 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=6,
        source=_BLM_PROJ_2026,
        published="2026-04-24",
    ),
    # the same page: a decision 'planned for May 2026' falls due at the month's end, 31 May 2026, end of day EDT (the page's last sentence reports the decision already uploaded; the words of this sentence decide)
    B(
        text="An anticipated decision date is planned for May 2026, with implementation following.",
        due="2026-06-01 03:59:59",
        vague=False,
        said="2026-04-24 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_BLM_PROJ_2026,
        published="2026-04-24",
    ),
    # the same page: 'uploaded ... on 4/24/2026' (month first, the only reading), told in the past: past
    B(
        text="The final signed Environmental Assessment, Decision Record, and Finding of No Significant Impact was uploaded to ePlanning on 4/24/2026 and the project closed out in EPlanning.",
        due=None,
        vague=False,
        said="2026-04-24 14:00:00",
        tz="America/New_York",
        day_first=False,
        refusal="past",
        cluster=1,
        source=_BLM_PROJ_2026,
        published="2026-04-24",
    ),
    # Bureau of Land Management, ePlanning page 'How to Get Involved' of a scoping package (no date of its own; read at Thursday 27 June 2024, the day it names for the release; the headings and the bullet marks are not quoted): 'until 2359 MST on July 19, 2024', a clock time with its zone word (MST, UTC-7): 2024-07-20 06:59 UTC
    B(
        text="Scoping materials were made available to the public on June 27, 2024, and comments can be made until 2359 MST on July 19, 2024 by using the green “Participate Now” link on the left side of this page.",
        due="2024-07-20 06:59:00",
        vague=False,
        said="2024-06-27 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_BLM_SCOPING_2024,
        published="2024-06-27",
    ),
    # the same page, a point of a list: information that 'may be used during the permitting or consultation process', a possibility tied to an undated process: no deadline (CONVENTIONS 4.2)
    B(
        text="Generate information that may be used during the permitting or consultation process.",
        due=None,
        vague=False,
        said="2024-06-27 14:00:00",
        tz="America/New_York",
        cluster=5,
        source=_BLM_SCOPING_2024,
        published="2024-06-27",
    ),
    # the same page, a point of a list: 'past, present, and reasonably foreseeable actions' sorts actions by time, no time for any act: no deadline
    B(
        text="Identify cumulative effects from other past, present, and reasonably foreseeable actions.",
        due=None,
        vague=False,
        said="2024-06-27 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BLM_SCOPING_2024,
        published="2024-06-27",
    ),
    # Bureau of Land Management notice of intent in the Federal Register of Friday 6 July 2018 (83 FR 31565, on thefederalregister.org; its title and header lines are not quoted, and the summary that repeats this sentence below them is taken once): the years are parts of the names of two Acts; 'the beginning of the scoping process' is announced with no time of its own: no deadline
    B(
        text="In compliance with the National Environmental Policy Act of 1969, as amended (NEPA), and the Federal Land Policy and Management Act of 1976, as amended (FLPMA), the Bureau of Land Management (BLM) Colorado River Valley Field Office (CRVFO), Silt, Colorado, intends to prepare a Resource Management Plan (RMP) Amendment with an associated Environmental Assessment (EA) to develop the Sutey Ranch and Haines Management Plan and by this Notice is announcing the beginning of the scoping process to solicit public comments and identify issues.",
        due=None,
        vague=False,
        said="2018-07-06 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BLM_FR_6JUL18,
        published="2018-07-06",
    ),
    # Bureau of Land Management notice of availability in the Federal Register of Friday 4 May 2018 (83 FR 19808, on thefederalregister.org; title and header lines not quoted, the repeated summary taken once): years in the names of Acts; 'the opening of the comment period' is given no length here: no deadline
    B(
        text="In accordance with the National Environmental Policy Act of 1969, as amended (NEPA), and the Federal Land Policy and Management Act of 1976, as amended (FLPMA), the Bureau of Land Management (BLM) has prepared a Draft Resource Management Plan (RMP) Amendment and Draft Environmental Impact Statement (EIS) for Colorado Greater-Sage-Grouse (GRSG) Conservation and by this notice is announcing the opening of the comment period.",
        due=None,
        vague=False,
        said="2018-05-04 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BLM_FR_4MAY18,
        published="2018-05-04",
    ),
    # Bureau of Land Management notice of intent in the Federal Register of Tuesday 29 September 2015 (80 FR 58501, on thefederalregister.org; title and header lines not quoted, the repeated summary taken once): years in the names of Acts, a scoping process begun with no time: no deadline
    B(
        text="In compliance with the National Environmental Policy Act of 1969, as amended (NEPA), and the Federal Land Policy and Management Act of 1976, as amended, the Bureau of Land Management (BLM) Mount Lewis Field Office, Battle Mountain, Nevada, intends to prepare an Environmental Impact Statement (EIS) and by this notice is announcing the beginning of the scoping process to solicit public comments and identify issues.",
        due=None,
        vague=False,
        said="2015-09-29 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BLM_FR_29SEP15,
        published="2015-09-29",
    ),
    # US Fish and Wildlife Service, Pacific Region news release of Tuesday 11 September 2012 (the date line, title and media contacts are not quoted): 'today announced' is the speaking (CONVENTIONS 2.2), the expansion gets no time: past
    B(
        text="The U.S. Fish and Wildlife Service today announced the expansion of hunting activities at 16 national wildlife refuges in 14 states.",
        due=None,
        vague=False,
        said="2012-09-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FWS_11SEP12,
        published="2012-09-11",
    ),
    # the same release: the notice 'published ... on September 11, 2012', the day of the release, told as done: past (as CONVENTIONS 2.4)
    B(
        text="Notice of the 2012-2013 Refuge-Specific Hunting and Sport Fishing Regulations published in the Federal Register on September 11, 2012.",
        due=None,
        vague=False,
        said="2012-09-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_FWS_11SEP12,
        published="2012-09-11",
    ),
    # the same release: 'the ... Act of 1997' is a name: no deadline
    B(
        text="The rule provides additional public hunting opportunities in fulfillment of the National Wildlife Refuge System Improvement Act of 1997.",
        due=None,
        vague=False,
        said="2012-09-11 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FWS_11SEP12,
        published="2012-09-11",
    ),
    # the same release: published 'on July 11, 2012', comments 'accepted through August 10, 2012': past
    B(
        text="Notice of the proposed rule change was published in the Federal Register on July 11, 2012; public comments were accepted through August 10, 2012.",
        due=None,
        vague=False,
        said="2012-09-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_FWS_11SEP12,
        published="2012-09-11",
    ),
    # the same release: a heritage 'handed down from generations': past
    B(
        text="“By expanding hunting in our National Wildlife Refuge System, we are supporting a heritage that has been handed down from generations and helping to achieve the goal of President Obama’s America’s Great Outdoors initiative to connect Americans to the natural world through outdoor recreation,” said Secretary of the Interior Ken Salazar.",
        due=None,
        vague=False,
        said="2012-09-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FWS_11SEP12,
        published="2012-09-11",
    ),
    # the same release: 'for more than 100 years' looks back and 'in the future' sets no time: no deadline; unsure: past
    B(
        text="“Hunters have been a mainstay of conservation in America for more than 100 years, and expanding hunting opportunities helps ensure that we will have the resources to care for our wildlife and its habitat in the future.”",
        due=None,
        vague=False,
        said="2012-09-11 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FWS_11SEP12,
        published="2012-09-11",
    ),
    # US Army Corps of Engineers, Baltimore District, special public notice SPN-20-66 'Published Nov. 23, 2020' (Monday; the 'Published' and 'Expiration date' lines and the letterhead are not quoted; runs of spaces in the notice's header are read as one): the comment period of '30 Days (November 23, 2020 to December 23, 2020)', a window kept open to its later end (CONVENTIONS 3.3): 23 December 2020, end of day EST
    B(
        text="Comment Period: 30 Days (November 23, 2020 to December 23, 2020)",
        due="2020-12-24 04:59:59",
        vague=False,
        said="2020-11-23 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USACE_NAB_23NOV20,
        published="2020-11-23",
    ),
    # the same notice: 'NO DECISION HAS BEEN MADE ... AT THIS TIME' tells the present state, no time for any act: no deadline; unsure: negated (CONVENTIONS 4.1)
    B(
        text="NO DECISION HAS BEEN MADE AS TO WHETHER OR NOT A PERMIT WILL BE ISSUED AT THIS TIME.",
        due=None,
        vague=False,
        said="2020-11-23 15:00:00",
        tz="America/New_York",
        cluster=5,
        source=_USACE_NAB_23NOV20,
        published="2020-11-23",
    ),
    # the same notice: a permit reissued 'for a five year period' from a reissuance the notice does not date: event
    B(
        text="SUBJECT: The U.S. Army Corps of Engineers, Baltimore District, is proposing to reissue with modifications, the Maryland State Programmatic General Permit-5 (MDSPGP-5) as the Maryland State Programmatic General Permit-6 (MDSPGP-6) for a five year period.",
        due=None,
        vague=False,
        said="2020-11-23 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=1,
        source=_USACE_NAB_23NOV20,
        published="2020-11-23",
    ),
    # the same notice: 'went into effect on October 1, 2016' is past; the permit 'will expire on September 30, 2021', a one-off event (CONVENTIONS 3.1), 'unless' it is revoked 'by or before that date': 30 September 2021, end of day EDT
    B(
        text="The MDSPGP-5 went into effect on October 1, 2016 and will expire on September 30, 2021, unless a decision is made to suspend or revoke it by or before that date.",
        due="2021-10-01 03:59:59",
        vague=False,
        said="2020-11-23 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USACE_NAB_23NOV20,
        published="2020-11-23",
    ),
    # the same notice: 'the Rivers and Harbors Act of 1899' is a name: no deadline
    B(
        text="In accordance with 33 CFR 325.5(c), MDSPGP-6 would authorize the various proposed activities described herein, pursuant to Section 10 of the Rivers and Harbors Act of 1899 (33 U.S.C. 403) and/or Section 404 of the Clean Water Act (CWA) (33 U.S.C. 1344).",
        due=None,
        vague=False,
        said="2020-11-23 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USACE_NAB_23NOV20,
        published="2020-11-23",
    ),
    # Bureau of Reclamation news feed (the stored copy whose first item is stamped '2019-05-22 13:15:00.0', a Wednesday; the feed's title lines, the item's title and the '<P>' marks are not quoted; read at 22 May 2019): 'Wednesday issued' is the day of the release, told as done: past
    B(
        text="SACRAMENTO, Calif. – The Bureau of Reclamation Wednesday issued updated Central Valley Project South-of-Delta allocations for the 2019 contract year.",
        due=None,
        vague=False,
        said="2019-05-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USBR_FEED_22MAY19,
        published="2019-05-22",
    ),
    # the same item: allocations raised 'With this month’s update', done as the release speaks: past
    B(
        text="With this month’s update, South-of-Delta agricultural water service contractors’ allocations are increased to 70% of their contract total.",
        due=None,
        vague=False,
        said="2019-05-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=4,
        source=_USBR_FEED_22MAY19,
        published="2019-05-22",
    ),
    # the same item: storms 'during the past week', 'this late in the year': past
    B(
        text="“The storms experienced in the Central Valley during the past week are unusual this late in the year, bringing the month’s precipitation to over twice its average,” said Mid-Pacific Regional Director Ernest Conant.",
        due=None,
        vague=False,
        said="2019-05-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=4,
        source=_USBR_FEED_22MAY19,
        published="2019-05-22",
    ),
    # the same item: the storms 'provided' a boost to the precipitation 'for 2019': past
    B(
        text="“The late storms provided an added boost to the already above average precipitation for 2019.",
        due=None,
        vague=False,
        said="2019-05-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_USBR_FEED_22MAY19,
        published="2019-05-22",
    ),
    # the same item: 'for this time of year' measures the snowpack, no time for any act: no deadline
    B(
        text="Snowpack throughout the state is still about 150% of average for this time of year.”",
        due=None,
        vague=False,
        said="2019-05-22 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USBR_FEED_22MAY19,
        published="2019-05-22",
    ),
    # the same item: a period 'extended to June 14', kept going to a date (CONVENTIONS 3.3), a year-less date read as its next occurrence: 14 June 2019, end of day EDT
    B(
        text="However, the period for uncontrolled season deliveries to Class 2 contractors has been extended to June 14.",
        due="2019-06-15 03:59:59",
        vague=False,
        said="2019-05-22 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USBR_FEED_22MAY19,
        published="2019-05-22",
    ),
    # the same item: increases made 'previously ... in recent months': past
    B(
        text="All other CVP contractors’ allocations were previously increased to 100% of their contract totals in recent months.",
        due=None,
        vague=False,
        said="2019-05-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=4,
        source=_USBR_FEED_22MAY19,
        published="2019-05-22",
    ),
    # the same item: what the conditions 'this year have allowed': past
    B(
        text="The wet conditions this year have allowed Reclamation to meet full allocations for most CVP water users.",
        due=None,
        vague=False,
        said="2019-05-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=4,
        source=_USBR_FEED_22MAY19,
        published="2019-05-22",
    ),
    # the same item: challenges 'in recent decades': past
    B(
        text="However, Reclamation has had ongoing challenges in providing higher allocations for South-of-Delta water service contractors in recent decades in part due to regulatory restrictions.",
        due=None,
        vague=False,
        said="2019-05-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=4,
        source=_USBR_FEED_22MAY19,
        published="2019-05-22",
    ),
    # Bureau of Reclamation news feed, the other address (the stored copy whose first item is stamped '2016-08-26 10:46:00.0', a Friday; feed title lines, the item's title and '<P>' marks not quoted; read at 26 August 2016): 'will begin the annual “flip-flop” operation' gives the start no time in this sentence: no deadline; unsure: recurring ('annual'); the page dates the first step 'on or about September 6'
    B(
        text="YAKIMA, Washington - The Bureau of Reclamation announced that it will begin the annual “flip-flop” operation in the Yakima Basin by gradually reducing flows out of Cle Elum Reservoir in the upper Yakima River basin and increasing flows from Rimrock Reservoir affecting flows in the Tieton and Naches Rivers.",
        due=None,
        vague=False,
        said="2016-08-26 14:00:00",
        tz="America/New_York",
        cluster=5,
        source=_USBR_FEED_26AUG16,
        published="2016-08-26",
    ),
    # the same item: 'spring Chinook salmon' names a run of fish by its season: no deadline
    B(
        text="The purpose of the “flip-flop” operation is to achieve and maintain relatively low flows in the upper Yakima, Cle Elum, and Bumping rivers where the spring Chinook salmon spawn.",
        due=None,
        vague=False,
        said="2016-08-26 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USBR_FEED_26AUG16,
        published="2016-08-26",
    ),
    # the same item: what the operation does 'throughout the winter' for 'the coming season', told of it in general: recurring
    B(
        text="This operation also reduces impacts on irrigation water supply by allowing for lower flow releases throughout the winter to improve reservoir storage for the coming season.",
        due=None,
        vague=False,
        said="2016-08-26 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=4,
        source=_USBR_FEED_26AUG16,
        published="2016-08-26",
    ),
    # the same item: 'on or about September 6', a year-less date read as its next occurrence: 6 September 2016, end of day EDT
    B(
        text="As part of the process, on or about September 6, Reclamation will begin to divert water down the Kittitas Reclamation District’s Spillway 1146 into the Yakima River near Thorp.",
        due="2016-09-07 03:59:59",
        vague=False,
        said="2016-08-26 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USBR_FEED_26AUG16,
        published="2016-08-26",
    ),
    # the same item: buoys 'in place from Sept. 6 until about Oct. 21', kept to a date (CONVENTIONS 3.3), the range's later end: 21 October 2016, end of day EDT
    B(
        text="Reclamation will install buoys that will be in place from Sept. 6 until about Oct. 21.",
        due="2016-10-22 03:59:59",
        vague=False,
        said="2016-08-26 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USBR_FEED_26AUG16,
        published="2016-08-26",
    ),
    # the same item: 'since Aug. 20' is past; the decline to 'a low ... in mid-September' falls due at the end of the month's middle third (days 11-20): 20 September 2016, end of day EDT
    B(
        text="Flows out of Cle Elum Reservoir have been gradually decreasing since Aug. 20 from a high of 2,870 cfs and will continue to decline to a low of about 220 cfs in mid-September.",
        due="2016-09-21 03:59:59",
        vague=False,
        said="2016-08-26 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USBR_FEED_26AUG16,
        published="2016-08-26",
    ),
    # the same item: 'by Sept. 1' and 'by mid to late September', the later counts (CONVENTIONS 6.1): late September ends on the 30th, 30 September 2016, end of day EDT
    B(
        text="Flows from Rimrock Reservoir are expected to be in the 900 to 1,200 cfs range by Sept. 1 and increase to between 2,000 and 2,500 cfs by mid to late September depending on irrigation demands and weather conditions.",
        due="2016-10-01 03:59:59",
        vague=False,
        said="2016-08-26 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USBR_FEED_26AUG16,
        published="2016-08-26",
    ),
    # Nuclear Regulatory Commission notice in the Federal Register of Monday 18 March 2019 (84 FR 9841, FR Doc. 2019-04960, on govinfo.gov; header lines, summary and addresses, which hold no time word, not quoted): 'must be filed by April 17, 2019': end of day EDT
    B(
        text="DATES: Requests for a public meeting conducted in accordance with NEIMA must be filed by April 17, 2019.",
        due="2019-04-18 03:59:59",
        vague=False,
        said="2019-03-18 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NRC_FR_18MAR19,
        published="2019-03-18",
    ),
    # United States Mint press release of Tuesday 14 February 2012 (title and date line not quoted): sales opening 'on February 16 at noon Eastern Time (ET)', a one-off event at a clock time (CONVENTIONS 3.1): 12:00 EST, 17:00 UTC; unsure: earliest (CONVENTIONS 3.2, sales run on from then)
    B(
        text="WASHINGTON — The United States Mint will open sales for the 2012 Infantry Soldier Silver Dollar on February 16 at noon Eastern Time (ET).",
        due="2012-02-16 17:00:00",
        vague=False,
        said="2012-02-14 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_MINT_14FEB12,
        published="2012-02-14",
    ),
    # the same release: '2012' is part of the coin's name, no time for the offer: no deadline
    B(
        text="The United States Mint will offer the 2012 Infantry Soldier Silver Dollar in both proof and uncirculated qualities.",
        due=None,
        vague=False,
        said="2012-02-14 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_MINT_14FEB12,
        published="2012-02-14",
    ),
    # the same release: the line before the price table, '2012' in the name: no deadline
    B(
        text="Pricing for the 2012 Infantry Soldier Silver Dollar product options is as follows:",
        due=None,
        vague=False,
        said="2012-02-14 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_MINT_14FEB12,
        published="2012-02-14",
    ),
    # the same release: the introductory period 'ends on March 19, 2012, at 5 p.m. ET' (daylight time had begun on 11 March): 17:00 EDT, 21:00 UTC
    B(
        text="*The introductory sales period ends on March 19, 2012, at 5 p.m. ET, at which time regular pricing takes effect.",
        due="2012-03-19 21:00:00",
        vague=False,
        said="2012-02-14 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_MINT_14FEB12,
        published="2012-02-14",
    ),
    # the same release: '2012' in the name: no deadline
    B(
        text="Mintage for the 2012 Infantry Soldier Silver Dollar is limited to 350,000 units across all product options.",
        due=None,
        vague=False,
        said="2012-02-14 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_MINT_14FEB12,
        published="2012-02-14",
    ),
    # the same release: a limit 'for the first week of sales', a week from a start this sentence does not date: event; unsure: the page dates the start (16 February), the week's last day 22 February 2012, end of day EST, 2012-02-23 04:59:59 UTC
    B(
        text="Orders for the Defenders of Freedom Set will be limited to 100 sets per household for the first week of sales.",
        due=None,
        vague=False,
        said="2012-02-14 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_MINT_14FEB12,
        published="2012-02-14",
    ),
    # the same release: 'At the end of this period' names an end the sentence does not date: event
    B(
        text="At the end of this period, the United States Mint will re–evaluate this limit and extend, adjust or remove it.",
        due=None,
        vague=False,
        said="2012-02-14 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_MINT_14FEB12,
        published="2012-02-14",
    ),
    # United States Mint press release dated by its address (20120731, Tuesday 31 July 2012; no date line in the text read): the release of the set 'on August 7 at noon Eastern Time (ET)', a one-off event (CONVENTIONS 3.1): 12:00 EDT, 16:00 UTC
    B(
        text="WASHINGTON — The United States Mint and the Bureau of Engraving and Printing – the sole producers of our Nation’s legal tender coins and paper currency – are pleased to announce the release of the Making American History Coin and Currency Set on August 7 at noon Eastern Time (ET).",
        due="2012-08-07 16:00:00",
        vague=False,
        said="2012-07-31 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_MINT_31JUL12,
        published="2012-07-31",
    ),
    # the same release: two anniversaries and the years in the names of a coin and a note: no deadline
    B(
        text="The set, which marks the United States Mint’s 220th anniversary and the Bureau of Engraving and Printing’s 150th anniversary, includes one 2012 American Eagle Silver Proof Coin and one Series 2009 $5 note.",
        due=None,
        vague=False,
        said="2012-07-31 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_MINT_31JUL12,
        published="2012-07-31",
    ),
    # the same release: '2012' in the coin's name: no deadline
    B(
        text="The 2012 American Eagle Silver Proof Coin honors the artistry and design of our Nation’s coins and the heritage of coin production at the United States Mint at San Francisco.",
        due=None,
        vague=False,
        said="2012-07-31 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_MINT_31JUL12,
        published="2012-07-31",
    ),
    # the same release: a design 'originally prepared ... in 1916': past
    B(
        text="The coin’s obverse (heads side) features a modern rendition of sculptor Adolph Weinman’s “Walking Liberty” design, originally prepared for the circulating half–dollar in 1916.",
        due=None,
        vague=False,
        said="2012-07-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_MINT_31JUL12,
        published="2012-07-31",
    ),
    # the same release: 'as it appeared on earlier coins' looks back: past
    B(
        text="The coin’s reverse (tails side), by former United States Mint Sculptor–Engraver John Mercanti, features a design reminiscent of the heraldic eagle as it appeared on earlier coins.",
        due=None,
        vague=False,
        said="2012-07-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_MINT_31JUL12,
        published="2012-07-31",
    ),
    # the same release: 'Series 2009' names the note and a 'century–and–a–half of service' is commemorated, no time for any act: no deadline
    B(
        text="The Series 2009 $5 note commemorates the Bureau of Engraving and Printing’s century–and–a–half of service with a serial number beginning with “150.”",
        due=None,
        vague=False,
        said="2012-07-31 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_MINT_31JUL12,
        published="2012-07-31",
    ),
    # the same release: a portrait 'engraved in 1998': past
    B(
        text="The face of the Series 2009 $5 note features the portrait of President Lincoln engraved in 1998 by William Fleishell III and Thomas Hipschen.",
        due=None,
        vague=False,
        said="2012-07-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_MINT_31JUL12,
        published="2012-07-31",
    ),
    # the same release: 'also engraved ... in 1998': past
    B(
        text="The back of the note features a vignette of the east façade of the Lincoln Memorial, also engraved by Hipschen in 1998.",
        due=None,
        vague=False,
        said="2012-07-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_MINT_31JUL12,
        published="2012-07-31",
    ),
    # United States Mint press release dated by its address (20150427, Monday 27 April 2015): 'will begin accepting orders ... on May 4 at noon Eastern Daylight Time (EDT)', the start as a one-off event at a clock time with its zone word (CONVENTIONS 3.1): 12:00 EDT, 16:00 UTC; unsure: earliest (CONVENTIONS 3.2, orders taken from then on)
    B(
        text="WASHINGTON — The United States Mint will begin accepting orders for the 2015 March of Dimes Special Silver Set (product code DM5) on May 4 at noon Eastern Daylight Time (EDT).",
        due="2015-05-04 16:00:00",
        vague=False,
        said="2015-04-27 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_MINT_27APR15,
        published="2015-04-27",
    ),
    # the same release: 'For the first time' marks a first, not a time: no deadline
    B(
        text="For the first time, the United States Mint will issue both a reverse proof silver dime from the United States Mint at Philadelphia and a proof silver dime from the United States Mint at West Point.",
        due=None,
        vague=False,
        said="2015-04-27 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_MINT_27APR15,
        published="2015-04-27",
    ),
    # the same release: 'the 75th anniversary' is commemorated: no deadline
    B(
        text="These coins are only available in this special silver coin set commemorating the 75th anniversary of the March of Dimes.",
        due=None,
        vague=False,
        said="2015-04-27 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_MINT_27APR15,
        published="2015-04-27",
    ),
    # the same release: 'over the period this set is available for sale', a period the sentence does not date: event
    B(
        text="The bureau will re–evaluate the order limit over the period this set is available for sale.",
        due=None,
        vague=False,
        said="2015-04-27 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_MINT_27APR15,
        published="2015-04-27",
    ),
    # the same release: '2015' in the set's name: no deadline
    B(
        text="The 2015 March of Dimes Special Silver Set is priced at $61.95.",
        due=None,
        vague=False,
        said="2015-04-27 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_MINT_27APR15,
        published="2015-04-27",
    ),
    # the same release, its closing note (the run-in heading 'About the United States Mint' not quoted): 'created ... in 1792' and 'became part ... in 1873': past
    B(
        text="The United States Mint was created by Congress in 1792 and became part of the Department of the Treasury in 1873.",
        due=None,
        vague=False,
        said="2015-04-27 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_MINT_27APR15,
        published="2015-04-27",
    ),
    # United States Mint release of Friday 1 September 2023 (GlobeNewswire, carried by EIN Presswire; the dateline is part of the first sentence as printed): orders taken 'on September 7 at noon EDT', the start as a one-off event at a clock time with its zone word (CONVENTIONS 3.1): 16:00 UTC; unsure: earliest (CONVENTIONS 3.2)
    B(
        text="Washington, DC, Sept. 01, 2023 (GLOBE NEWSWIRE) -- The United States Mint (Mint) will begin accepting orders for the 2023 American Eagle One Ounce Palladium Uncirculated Coin (product code 23EK) on September 7 at noon EDT.",
        due="2023-09-07 16:00:00",
        vague=False,
        said="2023-09-01 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_MINT_1SEP23,
        published="2023-09-01",
    ),
    # the same release: a bullion coin 'which launched in 2017': past
    B(
        text="The coin contains one ounce of 99.95 percent palladium and is the collector version of the official United States Mint American Eagle One Ounce Palladium Bullion Coin, which launched in 2017.",
        due=None,
        vague=False,
        said="2023-09-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_MINT_1SEP23,
        published="2023-09-01",
    ),
    # the same release: finishes that 'may alternate each year': recurring
    B(
        text="Finishes on collector coins in this program may alternate each year.",
        due=None,
        vague=False,
        said="2023-09-01 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_MINT_1SEP23,
        published="2023-09-01",
    ),
    # the same release: 'In 2018' and 'in 2019': past
    B(
        text="In 2018, the Mint issued a proof finish palladium coin, followed by a reverse proof finish coin in 2019.",
        due=None,
        vague=False,
        said="2023-09-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_MINT_1SEP23,
        published="2023-09-01",
    ),
    # the same release: offers 'in 2020', 'in 2021' and 'in 2022': past
    B(
        text="This collector coin was offered in uncirculated finish in 2020, in a proof finish in 2021, and a reverse proof finish in 2022.",
        due=None,
        vague=False,
        said="2023-09-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_MINT_1SEP23,
        published="2023-09-01",
    ),
    # the same release: '“2023,”' is an inscription on the coin: no deadline
    B(
        text="In keeping with the original coin, inscriptions are “LIBERTY,” “IN GOD WE TRUST,” “2023,” and Weinman’s distinct initials.",
        due=None,
        vague=False,
        said="2023-09-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_MINT_1SEP23,
        published="2023-09-01",
    ),
    # the same release: 'Weinman’s 1907 ... Gold Medal' names a medal by its year: no deadline
    B(
        text="The coin’s reverse (tails) features a high-relief version of Weinman’s 1907 American Institute of Architects Gold Medal reverse design, which includes an eagle and a branch.",
        due=None,
        vague=False,
        said="2023-09-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_MINT_1SEP23,
        published="2023-09-01",
    ),
    # Library of Congress news release of Thursday 20 November 1997 (University of North Texas web archive of loc.gov; letterhead, contact lines, date line and title not quoted): 'Jan. 15, 1998', end of day EST
    B(
        text="The deadline for submission of applications is Jan. 15, 1998.",
        due="1998-01-16 04:59:59",
        vague=False,
        said="1997-11-20 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_LOC_20NOV97,
        published="1997-11-20",
    ),
    # the same release: fellowships that 'can begin no sooner than Aug. 1, 1998', only a lower bound (CONVENTIONS 3.2); 'from five to 11 months' is their possible length: earliest 1 August 1998, 00:00 EDT
    B(
        text="Fellowships may last from five to 11 months and can begin no sooner than Aug. 1, 1998.",
        due=None,
        vague=False,
        said="1997-11-20 15:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="1998-08-01 04:00:00",
        cluster=5,
        source=_LOC_20NOV97,
        published="1997-11-20",
    ),
    # the same release: stipends 'per month' for up to '11 months', a standing rate: recurring
    B(
        text="Stipends of $3,000 per month, up to a maximum of $33,000 for 11 months, will be awarded; they may be used to extend the research period supported by other funds.",
        due=None,
        vague=False,
        said="1997-11-20 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=1,
        source=_LOC_20NOV97,
        published="1997-11-20",
    ),
    # the same release: 'at a critical moment in their careers' describes the scholars, no time for any act: no deadline
    B(
        text='"These fellowships are for newer scholars who at a critical moment in their careers are undertaking a major study that will sustain our understanding of other cultures," said the Director of Scholarly Programs, Prosser Gifford.',
        due=None,
        vague=False,
        said="1997-11-20 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_LOC_20NOV97,
        published="1997-11-20",
    ),
    # the same release: 'during occasional gatherings': recurring
    B(
        text="He noted that fellows will be presenting their research and sharing their insights and experiences during occasional gatherings.",
        due=None,
        vague=False,
        said="1997-11-20 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_LOC_20NOV97,
        published="1997-11-20",
    ),
    # the same release: 'first announced in January 1997': past
    B(
        text="They were first announced in January 1997, and five awards resulted from the first competition.",
        due=None,
        vague=False,
        said="1997-11-20 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=4,
        source=_LOC_20NOV97,
        published="1997-11-20",
    ),
    # Library of Congress newsroom release of Wednesday 2 November 2022 ('Release Date: 02 Nov 2022'; the date line and headings are not quoted): an internship 'held from May 22, 2023, to July 28, 2023', a window that falls due at its later end (CONVENTIONS 1.1): 28 July 2023, end of day EDT
    B(
        text="The Library of Congress is seeking applicants for its Junior Fellows Program, a summer internship held from May 22, 2023, to July 28, 2023.",
        due="2023-07-29 03:59:59",
        vague=False,
        said="2022-11-02 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_LOC_2NOV22,
        published="2022-11-02",
    ),
    # the same release: a '10-week' internship, its start not given in this sentence: event; unsure: the sentence before dates it, ending 28 July 2023
    B(
        text="This 10-week, full-time paid internship is open to undergraduate and graduate students interested in learning and conducting research using the resources of the world’s largest library.",
        due=None,
        vague=False,
        said="2022-11-02 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=1,
        source=_LOC_2NOV22,
        published="2022-11-02",
    ),
    # the same release: 'Monday, Nov. 28, 2022' (a Monday), end of day EST (the sentence ends without a full stop on the page)
    B(
        text="The deadline to apply is Monday, Nov. 28, 2022",
        due="2022-11-29 04:59:59",
        vague=False,
        said="2022-11-02 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_LOC_2NOV22,
        published="2022-11-02",
    ),
    # the same release: a 'multiyear initiative' is named, no time for any act: no deadline
    B(
        text="Of the People: Widening the Path is a multiyear initiative to connect more deeply with Black, Hispanic, Indigenous and communities of color by expanding collections, using technology to enable storytelling, and offering more internship and fellowship opportunities.",
        due=None,
        vague=False,
        said="2022-11-02 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_LOC_2NOV22,
        published="2022-11-02",
    ),
    # Library of Congress release of Monday 6 November 2023 (carried by EIN Presswire; the title is not quoted): the internship 'held from May 20, 2024, to July 26, 2024' falls due at its later end (CONVENTIONS 1.1): 26 July 2024, end of day EDT
    B(
        text="The Library of Congress is seeking applicants for its next Junior Fellows Program, a summer internship held from May 20, 2024, to July 26, 2024.",
        due="2024-07-27 03:59:59",
        vague=False,
        said="2023-11-06 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_LOC_6NOV23,
        published="2023-11-06",
    ),
    # the same release: a '10-week' internship without its start in this sentence: event; unsure: dated by the sentence before, ending 26 July 2024
    B(
        text="This 10-week, full-time paid internship is open to undergraduate and graduate students, and recent graduates interested in learning and conducting research using the resources of the largest library in the world.",
        due=None,
        vague=False,
        said="2023-11-06 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=1,
        source=_LOC_6NOV23,
        published="2023-11-06",
    ),
    # the same release: 'Monday, Nov. 27, 2023' (a Monday), end of day EST
    B(
        text="The deadline to apply is Monday, Nov. 27, 2023.",
        due="2023-11-28 04:59:59",
        vague=False,
        said="2023-11-06 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_LOC_6NOV23,
        published="2023-11-06",
    ),
    # the same release: '2024' in the programme's name, no time of its own for hosting: no deadline
    B(
        text="The 2024 Junior Fellows Program will host approximately 46 Junior Fellow interns working on 31 projects across the Library of Congress.",
        due=None,
        vague=False,
        said="2023-11-06 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_LOC_6NOV23,
        published="2023-11-06",
    ),
    # the same release: 'For a fourth year' counts years of support, no time for any act: no deadline
    B(
        text="For a fourth year, the program is supported by an investment from the Mellon Foundation through the Library’s Of the People: Widening the Path initiative, which provides new opportunities for more Americans to engage with the Library and add their perspectives to the Library’s collections.",
        due=None,
        vague=False,
        said="2023-11-06 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_LOC_6NOV23,
        published="2023-11-06",
    ),
    # the same release: 'The multiyear initiative' is named: no deadline
    B(
        text="The multiyear initiative is designed to connect the Library more deeply with Black, Hispanic, Indigenous and communities of color by expanding collections, using technology to enable storytelling, and offering more internship and fellowship opportunities.",
        due=None,
        vague=False,
        said="2023-11-06 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_LOC_6NOV23,
        published="2023-11-06",
    ),
    # Library of Congress, John W. Kluge Center e-mail bulletin of Friday 19 February 2021 (reposted by Agenparl; the repost's header and the bulletin's heading are not quoted): 'is now open' tells the present state: no deadline
    B(
        text="The John W. Kluge Center is pleased to announce the new Library of Congress Article One Fellowship is now open for applications.",
        due=None,
        vague=False,
        said="2021-02-19 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_LOC_KLUGE_19FEB21,
        published="2021-02-19",
    ),
    # the same bulletin: 'open until June 15, 2021', kept open to a date (CONVENTIONS 3.3): end of day EDT
    B(
        text="Applications will be open until June 15, 2021.",
        due="2021-06-16 03:59:59",
        vague=False,
        said="2021-02-19 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_LOC_KLUGE_19FEB21,
        published="2021-02-19",
    ),
    # the same bulletin: a degree received 'within the past seven years', a standing condition for a class of applicants (CONVENTIONS 1.3): recurring; unsure: past
    B(
        text="Scholars who have received a terminal advanced degree within the past seven years in the humanities, social sciences, or in a professional field such as law are eligible.",
        due=None,
        vague=False,
        said="2021-02-19 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_LOC_KLUGE_19FEB21,
        published="2021-02-19",
    ),
    # National Archives and Records Administration press release of Friday 11 August 2000 (title and date line not quoted): winter hours that 'will resume' on 'Tuesday, September 5, the day after Labor Day' (5 September 2000 is a Tuesday), a change taking effect (CONVENTIONS 3.1): end of day EDT; unsure: earliest (CONVENTIONS 3.2, a state given only its start)
    B(
        text="On Tuesday, September 5, the day after Labor Day, winter hours will resume at the Exhibition Hall of the National Archives and Records Administration.",
        due="2000-09-06 03:59:59",
        vague=False,
        said="2000-08-11 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NARA_11AUG00,
        published="2000-08-11",
    ),
    # the same release: daily hours kept 'through March 31, 2001', open to a date (CONVENTIONS 3.3): 31 March 2001, end of day EST; unsure: recurring (the daily hours)
    B(
        text="The Exhibition Hall, located on Constitution Avenue between 7th and 9th Streets, NW, will be open to the public from 10 A.M. to 5:30 P.M. seven days a week, through March 31, 2001.",
        due="2001-04-01 04:59:59",
        vague=False,
        said="2000-08-11 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NARA_11AUG00,
        published="2000-08-11",
    ),
    # the same release: 'will resume April 1, 2000' names a day already gone when the release appeared (August 2000): past; unsure: a slip for 1 April 2001, end of day EDT
    B(
        text="Summer hours of 10 A.M. to 9 P.M. will resume April 1, 2000.",
        due=None,
        vague=False,
        said="2000-08-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_NARA_11AUG00,
        published="2000-08-11",
    ),
    # the same release: 'open every day except December 25': recurring
    B(
        text="The Exhibition Hall is open every day except December 25.",
        due=None,
        vague=False,
        said="2000-08-11 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NARA_11AUG00,
        published="2000-08-11",
    ),
    # the same release: 'Beginning July 5, 2001, ... will be temporarily closed', a state given only its start (CONVENTIONS 3.2): earliest 5 July 2001, 00:00 EDT; unsure: due that day (CONVENTIONS 3.1, the closing as a one-off event)
    B(
        text="Beginning July 5, 2001, the Exhibition Hall will be temporarily closed for renovation.",
        due=None,
        vague=False,
        said="2000-08-11 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2001-07-05 04:00:00",
        cluster=5,
        source=_NARA_11AUG00,
        published="2000-08-11",
    ),
    # the same release: 'It will reopen in 2003': the year's end, 31 December 2003, end of day EST
    B(
        text="It will reopen in 2003.",
        due="2004-01-01 04:59:59",
        vague=False,
        said="2000-08-11 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NARA_11AUG00,
        published="2000-08-11",
    ),
    # the same release: research room hours by weekday: recurring
    B(
        text="The Microfilm and Central Research Rooms at the downtown building, and the Research Complex at the National Archives at College Park, Maryland, are open to the public Monday and Wednesday, 8:45 A.M.- 5 P.M.; Tuesday, Thursday and Friday, 8:45 A.M.- 9 P.M.; and Saturday, 8:45 A.M. - 4:45 P.M.",
        due=None,
        vague=False,
        said="2000-08-11 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_NARA_11AUG00,
        published="2000-08-11",
    ),
    # the same release: hours 'the same year round': recurring
    B(
        text="These hours are the same year round.",
        due=None,
        vague=False,
        said="2000-08-11 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NARA_11AUG00,
        published="2000-08-11",
    ),
    # the same release: 'closed on Sundays and all Federal holidays': recurring
    B(
        text="The research rooms are closed on Sundays and all Federal holidays.",
        due=None,
        vague=False,
        said="2000-08-11 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NARA_11AUG00,
        published="2000-08-11",
    ),
    # the same release: closed for research 'on Labor Day', this year's (Monday 4 September 2000), a one-off closure on a day (CONVENTIONS 3.1): end of day EDT
    B(
        text="Please note that the National Archives will be closed for research on Labor Day.",
        due="2000-09-05 03:59:59",
        vague=False,
        said="2000-08-11 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NARA_11AUG00,
        published="2000-08-11",
    ),
    # the same release: 'On permanent display' tells a standing state, no time for any act: no deadline
    B(
        text="On permanent display in the Rotunda of the Exhibition Hall are the Charters of Freedom - the original Declaration of Independence, Constitution, and Bill of Rights.",
        due=None,
        vague=False,
        said="2000-08-11 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NARA_11AUG00,
        published="2000-08-11",
    ),
    # the same release: 'The 1297 version' names a document by its year, 'on indefinite loan' sets no time: no deadline
    B(
        text="The 1297 version of the Magna Carta, on indefinite loan from the Perot Foundation, is also on display.",
        due=None,
        vague=False,
        said="2000-08-11 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NARA_11AUG00,
        published="2000-08-11",
    ),
    # the same release: 'the 200th anniversary' and 'crucial turning points in American history' set no time for any act: no deadline
    B(
        text="Celebrating the 200th anniversary of the move of the Congress to Washington, DC, the exhibition showcases the central roles that the House and Senate have played, by taking visitors behind the scenes into the halls and conference rooms of the Capitol during crucial turning points in American history.",
        due=None,
        vague=False,
        said="2000-08-11 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NARA_11AUG00,
        published="2000-08-11",
    ),
    # the same release: 'on display through February 19, 2001', kept to a date (CONVENTIONS 3.3): end of day EST
    B(
        text='"Treasures of Congress" will be on display through February 19, 2001.',
        due="2001-02-20 04:59:59",
        vague=False,
        said="2000-08-11 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NARA_11AUG00,
        published="2000-08-11",
    ),
    # National Archives and Records Administration press release of Tuesday 27 March 2001 (headings, date lines and title not quoted): summer hours that 'will resume' 'On Sunday, April 1' (a Sunday in 2001), a change taking effect (CONVENTIONS 3.1): end of day EDT (daylight time began that morning); unsure: earliest (CONVENTIONS 3.2)
    B(
        text="Washington, DC . . . On Sunday, April 1, summer hours will resume at the Exhibition Hall of the National Archives.",
        due="2001-04-02 03:59:59",
        vague=False,
        said="2001-03-27 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NARA_27MAR01,
        published="2001-03-27",
    ),
    # the same release: open 'seven days a week through July 4, 2001', kept open to a date (CONVENTIONS 3.3): end of day EDT; unsure: the day's closing time, 21:00 EDT on 4 July 2001, 2001-07-05 01:00:00 UTC
    B(
        text="The Exhibition Hall, located on Constitution Avenue between 7th and 9th Streets, NW, will be open to the public from 10 A.M. to 9 P.M. seven days a week through July 4, 2001.",
        due="2001-07-05 03:59:59",
        vague=False,
        said="2001-03-27 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NARA_27MAR01,
        published="2001-03-27",
    ),
    # the same release: 'will close for renovation on July 5, 2001 and reopen in 2003', a schedule of two acts that falls due at its end (CONVENTIONS 6.1): 31 December 2003, end of day EST; unsure: 5 July 2001 (the closing)
    B(
        text="The Exhibition Hall of the National Archives Building in downtown Washington, DC, will close for renovation on July 5, 2001 and reopen in 2003.",
        due="2004-01-01 04:59:59",
        vague=False,
        said="2001-03-27 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NARA_27MAR01,
        published="2001-03-27",
    ),
    # the same release: 'During this period' names a period this sentence does not date: event; unsure: the sentence before dates it, to the end of 2003
    B(
        text="During this period, when the Declaration of Independence, Constitution, and Bill of Rights are off public display, they will continue to be available online and the research side of the building will remain open.",
        due=None,
        vague=False,
        said="2001-03-27 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NARA_27MAR01,
        published="2001-03-27",
    ),
    # the same release: 'this June' and 'in the fall', acts given in turn; the later counts (CONVENTIONS 6.2): autumn ends on 30 November (meteorological seasons), 30 November 2001, end of day EST
    B(
        text="In addition, the National Archives will launch a new web portal this June, and in the fall, will begin a major nationwide tour of documentary treasures from its holdings.",
        due="2001-12-01 04:59:59",
        vague=False,
        said="2001-03-27 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NARA_27MAR01,
        published="2001-03-27",
    ),
    # the same release: 'will remain on display ... through July 4, 2001', kept to a date (CONVENTIONS 3.3): end of day EDT
    B(
        text='The major exhibition "Picturing the Century: Part II" will remain on display in the Circular Gallery through July 4, 2001.',
        due="2001-07-05 03:59:59",
        vague=False,
        said="2001-03-27 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NARA_27MAR01,
        published="2001-03-27",
    ),
    # GOV.UK press release of HM Revenue and Customs on Self Assessment returns sent over the holidays (the page shows no date; its figures run to New Year's Day 2016, so it is read at Monday 4 January 2016, and every label holds for any day from 2 to 31 January 2016; headings and the image caption are not quoted): 'on New Year’s Eve': past
    B(
        text="A record-breaking 24,546 people submitted their tax return online on New Year’s Eve, HM Revenue and Customs (HMRC) has revealed.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRC_JAN16,
        published="2016-01-04",
    ),
    # the same release: 'one year ago' and 'on New Year’s Day 2016': past
    B(
        text="These latest numbers represent a 2.8% rise on one year ago, while more than 11,467 people sent off their Self Assessment tax return on New Year’s Day 2016 itself.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRC_JAN16,
        published="2016-01-04",
    ),
    # the same release: 'the first hours of 2016', 'between midnight and 10am on New Year’s Day': past
    B(
        text="Hundreds of people decided to spend the first hours of 2016 completing their Self Assessment, with more than 600 people submitting their tax return between midnight and 10am on New Year’s Day.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=2,
        source=_HMRC_JAN16,
        published="2016-01-04",
    ),
    # the same release: 'on Christmas Day' and '25 December 2014': past
    B(
        text="The data also show that the number of people completing their tax return on Christmas Day broke records, with 2,044 customers submitting their tax return – an increase of 13% on 25 December 2014.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=3,
        source=_HMRC_JAN16,
        published="2016-01-04",
    ),
    # the same release: 'On Boxing Day': past
    B(
        text="On Boxing Day, 5,402 customers ignored the temptation of the sales and instead chose to find their inner peace by completing their Self Assessment online.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRC_JAN16,
        published="2016-01-04",
    ),
    # the same release, HMRC's Director General: 'the 31 January deadline will be here', a year-less date read as its next occurrence, 31 January 2016, end of day GMT
    B(
        text="As we all enjoy the festive season it’s easy to see how completing your tax return can be forgotten, but the 31 January deadline will be here quicker than we think.",
        due="2016-01-31 23:59:59",
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMRC_JAN16,
        published="2016-01-04",
    ),
    # the same release: 'until it’s too late' sets no time: no deadline
    B(
        text="Our advice is don’t leave it until it’s too late.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMRC_JAN16,
        published="2016-01-04",
    ),
    # the same release: a service available 'any time of the year, whether that’s on Christmas Day, or even New Year’s Eve': recurring
    B(
        text="Make sure you give yourself plenty of time and remember our online service is available with helpful advice and handy tips any time of the year, whether that’s on Christmas Day, or even New Year’s Eve.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HMRC_JAN16,
        published="2016-01-04",
    ),
    # the same release: 'is 31 January 2016' for the 2014-15 returns: 31 January 2016, end of day GMT
    B(
        text="The deadline for sending 2014-15 tax returns to HMRC, and paying any tax owed, is 31 January 2016.",
        due="2016-01-31 23:59:59",
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMRC_JAN16,
        published="2016-01-04",
    ),
    # the same release, its notes to editors (the note's number not quoted): a condition on a first filing for the '2014-15' year, no time for any act: no deadline
    B(
        text="If you are completing your 2014-15 Self Assessment return online for the first time, you will need to register for SA Online.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMRC_JAN16,
        published="2016-01-04",
    ),
)
