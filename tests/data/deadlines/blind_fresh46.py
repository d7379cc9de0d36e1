"""A FORTY-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 17:01 by the machine's clock, by a
labelling helper (branch issue12l6-s24) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py`, and the parser package's
docstring only (for the parts of the day, the vague windows, the meteorological seasons and
"a date without a year is its next occurrence"); nothing else of `bot/core/deadlines/` was
opened. The brief allowed any publisher but no one above a third of the cases, at least
eight publishers and several genres, and named the publishers and series the earlier sets
used up; none of them was taken. The set holds 16 publishers: the US Federal Election
Commission's FEC Record articles, Transportation Security Administration releases, US
Election Assistance Commission Federal Register notices and a media advisory, communiqués of
the Australian Agriculture Ministers' Forum, Congressional Budget Office blog posts, an
Australian Electoral Commission page, a Veterans Affairs national release, a Bonneville Power
Administration release (as posted by BPA on FlashAlert), Northern Ireland Department for
Infrastructure statements (as quoted by two newspapers, only the quoted words taken),
Consumer Financial Protection Bureau Federal Register notices, Missile Defense Agency
releases, an Interior Secretary's Senate testimony, a US Army Garrison Hawaii notice, an
AbilityOne Federal Register notice, a Marine Corps Base Quantico advisory (as quoted in full
by a local news site) and an NTIA Federal Register notice. As in the twenty-seventh to
forty-fifth sets, every sentence quoted holds a time word of some kind (a date, a clock
time, a day word, a period, a span, a year in a name, "now", "current", "recent", "earlier",
"future", "daily", "annually", "typically", "during", "before", "after", "when",
"until further notice"); the sentences of the pages read that hold none were skipped, as
were bare titles and headings, date and update lines, field names before a colon, bylines,
addresses, photo captions, site and navigation text around the quoted item, a greeting, a
news site's own sentences around quoted words, and lines cut off by the start or end of an
opening. A point of a list, a list heading and a field line of a notice ("DATES: ...",
"When: ...") were taken as their own cases; line breaks inside a Federal Register sentence
were joined (a word broken by a hyphen at a line's end is joined whole); no word was
changed, and quotation marks stay as the page has them. A sentence printed twice on a page,
or the same words on two pages, was taken once. The sentences were found with a search over
stored copies of public pages and taken as they came in the openings the search returns, in
page order. See README.md ("Forty-sixth fresh blind set") for every address, publisher and
licence. No address listed in README.md, in a `#` header or README under `tests/data/`, in
the sources of the other set files or in the shared claims file was used: each was checked
against those lists (the address and a distinctive phrase of the page) and claimed
(`fresh46`) in `/work/helper-brief/claims.txt` before a quote was taken; pages already used
(among them a COAG communiqué of 2008, two TSA holiday releases of 2015 and 2018 and a
Vermont National Guard release of 2021) were dropped. Each label was worked out by hand from
the words, the publication date and the publisher's zone; the conversion of local instants
to UTC wall time, the day counts and the weekday checks were done with Python's zoneinfo and
datetime in a scratch script outside the repository, never with code of the project. No run
of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these
texts before the labels were committed; the helpers improving the parser have not seen
them. See README.md for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (US federal publishers:
America/New_York, except Bonneville Power Administration in Portland: America/Los_Angeles,
and US Army Garrison Hawaii: Pacific/Honolulu; the Australian Government and the Australian
Electoral Commission in Canberra: Australia/Sydney; the Northern Ireland Department for
Infrastructure: Europe/London); the publication date at 10:00 local (also where a page gives
an earlier hour of release or update, as the comment says); a day falls due at 23:59:59
local (zoneinfo decides the offset); a clock time without a zone word is in the publisher's
zone, even for a meeting held elsewhere (the comment names the other reading); a zone
abbreviation ("EDT", "CDT") is the fixed offset it names, also out of its season; a range, a
list or a window falls due at its later end, and of alternatives the later counts; the
afternoon ends at 18:00; vague words take the parser's documented windows ("without delay" 7
days), counted from the day of speaking; a time that the sentence hangs on an undated event
or on a meeting, window or report another sentence dates ("on election day", "before
arriving at the airport", "During periods of closure", "When the full report is released",
"12 days before the new election date", floor time "allotted 5 minutes") is
`refusal='event'`, and where the page dates that event elsewhere the label is marked
"unsure" and names the instant; a period a report "covers" is measured, not due; a forecast
of a dated day or period ("expected ... Nov. 16 through Nov. 26") falls due then, while one
the sentence gives only as a possibility ("could", "may") is no deadline (CONVENTIONS 4.2);
refusals have `due=None` and a `refusal` kind (past | event | recurring; this set holds no
negated or earliest-only case); a sentence whose time words set no time for any act (a year
or date in the name of an act, a survey or a report, "now" or "current" on a present state,
"the future", "recent" or "earlier" naming things, "extra time") has `due=None` and no
refusal word. Labels marked "unsure" name the other reading; like every label here they stay
as committed, whatever the first run shows. First run: not yet taken (the lead runs it once,
after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_AGMIN_FEB19 = (
    "http://www.agriculture.gov.au/about/media-centre/communiques/ag-ministers-forum-feb-2019"
)
_AGMIN_JUL17 = (
    "http://agriculture.gov.au/about/media-centre/communiques/ag-ministers-forum-july-2017"
)
_CFPB_21APR17 = "https://thefederalregister.org/82-FR/18687"
_CFPB_2APR18 = "https://regulations.vlex.com/vid/request-for-information-regarding-707267781"
_CFPB_9MAR18 = "http://federal.elaws.us/fr/3/9/2018/2018-04824"
_ABILITYONE_9MAR18 = "https://regulations.justia.com/regulations/fedreg/2018/03/09/2018-04824.html"
_TSA_17NOV22 = "https://www.tsa.gov/news/press/releases/2022/11/17/tsa-prepared-more-travelers-airport-security-checkpoints-holiday"
_TSA_13NOV18 = "https://www.tsa.gov/news/releases/2018/11/13/tsa-administrator-2018-holiday-travel-period-expected-be-busiest-travel"
_VA_28MAY10 = "https://www1.va.gov/opa/pressrel/pressrelease.cfm?id=1902"
_BPA_19MAR20 = "https://flashalert.net/id/BonnevillePowerAdministration"
_QUANTICO_29MAR17 = (
    "http://potomaclocal.com/2017/03/29/marine-corps-museum-will-used-tonight-quantico-exercise/"
)
_AEC_MEDIA_NOV14 = "https://aec.gov.au/media/media-services.htm"
_NTIA_17MAR03 = "https://webarchive.library.unt.edu/eot2008/20081009070757/http://edocket.access.gpo.gov/2003/03-6233.htm"
_MDA_31JAN10 = "http://www.mda.mil/news/10news0001.html"
_MDA_29MAY21 = "https://www.mda.mil/news/21news0007.html"
_FEC_18MAR20 = "https://www.fec.gov/updates/fec-adjusts-report-deadlines-for-postponed-elections/"
_FEC_26SEP18 = "https://fec-prod-proxy.app.cloud.gov/updates/october-reporting-reminder-2018/"
_FEC_1OCT05 = "https://www.fec.gov/updates/october-reporting-reminder/"
_EAC_6FEB15 = "http://www.federalregister.com/Browse/Document/usa/na/fr/2015/2/6/2015-02569"
_EAC_24JUN10 = "http://edocket.access.gpo.gov/2010/2010-15535.htm"
_EAC_15APR16 = "http://www.gpo.gov/fdsys/pkg/FR-2016-04-15/html/2016-08677.htm"
_EAC_21MAY10 = "http://edocket.access.gpo.gov/2010/2010-12332.htm"
_EAC_10AUG17 = "https://eac.gov/news/2017/08/10/eac-aug-16-public-meeting-feature-cybersecurity-eavs-grants-work"
_DOI_JEWELL_15MAY13 = "https://doi.gov/ocl/hearings/113/biadepartmentalpriorities_051513"
_DFI_NI_18APR24 = "https://www.northernirelandworld.com/news/transport/royal-hillsborough-motorists-advised-of-ps380k-resurfacing-scheme-on-stretch-of-dromore-road-4596533"
_DFI_NI_26OCT22 = "https://www.newsletter.co.uk/news/transport/motorists-face-potential-delays-in-ps590000-resurfacing-scheme-starting-on-october-27-3894524"
_USAGHI_23AUG18 = "http://www.hawaiiarmyweekly.com/2018/08/23/directorate-of-emergency-services-to-close-gates-at-usag-hi-installations/"
_CBO_8MAY13 = "https://www.cbo.gov/publication/44158"
_CBO_19JAN16 = "https://www.cbo.gov/publication/51149"

FRESH46_CASES: tuple[BlindCase, ...] = (
    # Australian Government, Department of Agriculture and Water Resources, communiqué of the Agriculture Ministers' Forum (8 February 2019; the heading and the date line are not quoted): a meeting held 'on 8 February 2019', told as done on the day it is read (the zone of the Canberra department, though the meeting sat in Adelaide): past
    B(
        text="Agricultural ministers and representatives from Australia and New Zealand met in Adelaide, South Australia on 8 February 2019 for the seventh meeting of the Agriculture Ministers’ Forum.",
        due=None,
        vague=False,
        said="2019-02-07 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AGMIN_FEB19,
        published="2019-02-08",
    ),
    # the same communiqué: 'the current flood crisis' names a present state and sets no time for any act: no deadline
    B(
        text="Members noted the current flood crisis in Queensland and bushfires in Tasmania and acknowledged the valuable assistance provided between jurisdictions in these events.",
        due=None,
        vague=False,
        said="2019-02-07 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AGMIN_FEB19,
        published="2019-02-08",
    ),
    # the same communiqué: a meeting that 'began with an update' on 'recent activities', told as done: past
    B(
        text="Ministers addressed a number of key priorities for the agriculture portfolio and began with an update on the National Drought Agreement and recent activities to support drought effected farmers and communities.",
        due=None,
        vague=False,
        said="2019-02-07 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AGMIN_FEB19,
        published="2019-02-08",
    ),
    # the same communiqué: a report to be provided 'by 30 June 2019': 30 June 2019, end of day AEST
    B(
        text="The first report on progress under the agreement will be provided to the Council of Australian Governments by 30 June 2019.",
        due="2019-06-30 13:59:59",
        vague=False,
        said="2019-02-07 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AGMIN_FEB19,
        published="2019-02-08",
    ),
    # the same communiqué: an agreement 'recently signed' (past) that 'comes into effect as each premier and chief minister signs it', a start hung on undated signatures: event
    B(
        text="Ministers discussed the new Intergovernmental Agreement for Biosecurity recently signed by the Prime Minister and noted it comes into effect as each premier and chief minister signs it.",
        due=None,
        vague=False,
        said="2019-02-07 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AGMIN_FEB19,
        published="2019-02-08",
    ),
    # the same communiqué: 'earlier activities' name past work and set no time for the programme: no deadline
    B(
        text="This builds on earlier activities and focuses on a collective work program to be delivered by all jurisdictions to support Australia’s important biosecurity system.",
        due=None,
        vague=False,
        said="2019-02-07 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AGMIN_FEB19,
        published="2019-02-08",
    ),
    # the same communiqué: indicators 'reviewed annually', a standing rule with no start of its own (CONVENTIONS 1.3): recurring
    B(
        text="New performance indicators and a reporting framework are being developed which will be reviewed annually.",
        due=None,
        vague=False,
        said="2019-02-07 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_AGMIN_FEB19,
        published="2019-02-08",
    ),
    # Australian Government, Department of Agriculture and Water Resources, communiqué of the Agriculture Ministers' Forum (26 July 2017; the heading and the date line are not quoted): a meeting held 'on 26 July 2017', told as done on the day it is read: past
    B(
        text="Agricultural ministers and representatives from Australia and New Zealand met in Melbourne, Victoria on 26 July 2017 for the fifth meeting of the Agriculture Ministers’ Forum.",
        due=None,
        vague=False,
        said="2017-07-26 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AGMIN_JUL17,
        published="2017-07-26",
    ),
    # the same communiqué: 'future challenges' sets no time for any act: no deadline
    B(
        text="Ministers agreed this report provides a roadmap to guide their commitment to ensuring the national biosecurity system evolves to respond to future challenges - Agriculture Ministers' Joint Statement.",
        due=None,
        vague=False,
        said="2017-07-26 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AGMIN_JUL17,
        published="2017-07-26",
    ),
    # the same communiqué: a review 'completed in 2016' (past) and 'The 10-year program' (a length naming the programme, no start given): past
    B(
        text="The 10-year program supports recommendations from an independent review completed in 2016.",
        due=None,
        vague=False,
        said="2017-07-26 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=1,
        source=_AGMIN_JUL17,
        published="2017-07-26",
    ),
    # the same communiqué: restrictions 'during incidents', a span of undated events of a kind, told as a topic of the discussion: no deadline; unsure: event (during the undated incidents)
    B(
        text="This included the importance of finalising an Aquatic Deed between industry and government for responses to aquatic emergency animal disease outbreaks and the development of protocols for jurisdictions to share information on biosecurity breaches and minimise the impact of market access restrictions during incidents.",
        due=None,
        vague=False,
        said="2017-07-26 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AGMIN_JUL17,
        published="2017-07-26",
    ),
    # US Consumer Financial Protection Bureau, Federal Register rule 82 FR 18687, 'Policy on Ex Parte Presentations in Rulemaking Proceedings' (Friday 21 April 2017, as reproduced on thefederalregister.org; the title, the header and billing lines are not quoted; the summary, printed twice, is taken once; the 'DATES' line is cut off by the end of the opening): a policy 'posted ... on August 16, 2011': past
    B(
        text="The original policy was posted on the CFPB's Web site on August 16, 2011.",
        due=None,
        vague=False,
        said="2017-04-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CFPB_21APR17,
        published="2017-04-21",
    ),
    # US Consumer Financial Protection Bureau, Federal Register notice 2018-06674, 'Request for Information Regarding Bureau Guidance and Implementation Support' (Monday 2 April 2018, as reproduced on regulations.vlex.com; the title, the header lines and the docket lines are not quoted): comments 'received by July 2, 2018': 2 July 2018, end of day EDT
    B(
        text="DATES: Comments must be received by July 2, 2018.",
        due="2018-07-03 03:59:59",
        vague=False,
        said="2018-04-02 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CFPB_2APR18,
        published="2018-04-02",
    ),
    # the same notice: 'the early submission' is encouraged, with no time set: no deadline
    B(
        text="Instructions: The Bureau encourages the early submission of comments.",
        due=None,
        vague=False,
        said="2018-04-02 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CFPB_2APR18,
        published="2018-04-02",
    ),
    # US Consumer Financial Protection Bureau, Federal Register notice 2018-04824, 'Request for Information Regarding Bureau Rulemaking Processes' (Friday 9 March 2018, the date in the address, as reproduced on federal.elaws.us; the agency, action and address lines are not quoted; its 'Instructions' sentence on early submission, the same words as in the notice of 2 April 2018 above, is not taken twice): comments 'received by June 7, 2018': 7 June 2018, end of day EDT
    B(
        text="Comments must be received by June 7, 2018.",
        due="2018-06-08 03:59:59",
        vague=False,
        said="2018-03-09 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CFPB_9MAR18,
        published="2018-03-09",
    ),
    # the same notice: inspection 'on official business days between the hours of 10 a.m. and 5 p.m. eastern time', standing hours (CONVENTIONS 1.3): recurring
    B(
        text="In addition, comments will be available for public inspection and copying at 1700 G Street NW, Washington, DC 20552, on official business days between the hours of 10 a.m. and 5 p.m. eastern time.",
        due=None,
        vague=False,
        said="2018-03-09 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_CFPB_9MAR18,
        published="2018-03-09",
    ),
    # Committee for Purchase From People Who Are Blind or Severely Disabled (AbilityOne), Federal Register notice 'Procurement List; Deletions' (Friday 9 March 2018, printed on the same Federal Register page as the CFPB notice above, as reproduced on regulations.justia.com; the title, the agency, action and contact lines are not quoted): the day a deletion takes effect, 'April 8, 2018' (CONVENTIONS 3.1): 8 April 2018, end of day EDT
    B(
        text="DATES: Date deleted from the Procurement List: April 8, 2018.",
        due="2018-04-09 03:59:59",
        vague=False,
        said="2018-03-09 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ABILITYONE_9MAR18,
        published="2018-03-09",
    ),
    # the same notice: a notice 'published' 'On 2/2/2018': past
    B(
        text="On 2/2/2018 (83 FR 23), the Committee for Purchase From People Who Are Blind or Severely Disabled published notice of proposed deletions from the Procurement List.",
        due=None,
        vague=False,
        said="2018-03-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ABILITYONE_9MAR18,
        published="2018-03-09",
    ),
    # the same notice: 'has determined' (done) that products are 'no longer suitable': past
    B(
        text="After consideration of the relevant matter presented, the Committee has determined that the products listed below are no longer suitable for procurement by the Federal Government under 41 U.S.C. 8501–8506 and 41 CFR 51–2.4.",
        due=None,
        vague=False,
        said="2018-03-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ABILITYONE_9MAR18,
        published="2018-03-09",
    ),
    # US Transportation Security Administration, national press release 'TSA is prepared for more travelers at airport security checkpoints this holiday travel season' (Thursday 17 November 2022; the heading and the date line are not quoted): 'this year' (gone) and a forecast for 'this holiday travel season', a season with no end given: no deadline
    B(
        text="WASHINGTON – The Transportation Security Administration (TSA) has seen an increase in travel this year and anticipates airport security checkpoints nationwide will be very busy this holiday travel season.",
        due=None,
        vague=False,
        said="2022-11-17 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TSA_17NOV22,
        published="2022-11-17",
    ),
    # the same release: a travel period that 'begins Friday, Nov. 18 and concludes Sunday, Nov. 27', its later end (CONVENTIONS 6.1): 27 November 2022, end of day EST
    B(
        text="The season kicks off with Thanksgiving travel, which begins Friday, Nov. 18 and concludes Sunday, Nov. 27.",
        due="2022-11-28 04:59:59",
        vague=False,
        said="2022-11-17 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_TSA_17NOV22,
        published="2022-11-17",
    ),
    # the same release, the Administrator quoted: 'this year than last year at this time', a comparison that sets no time for any act: no deadline
    B(
        text="“We expect to be busier this year than last year at this time, and probably very close to pre-pandemic levels,” said TSA Administrator David Pekoske.",
        due=None,
        vague=False,
        said="2022-11-17 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TSA_17NOV22,
        published="2022-11-17",
    ),
    # the same quote: the agency 'prepared to handle' the increase 'next week' (the week of Monday 21 November): 27 November 2022, end of day EST; unsure: no deadline (a state of readiness, not an act)
    B(
        text="“We are prepared to handle the projected increase in travel volumes next week.",
        due="2022-11-28 04:59:59",
        vague=False,
        said="2022-11-17 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_TSA_17NOV22,
        published="2022-11-17",
    ),
    # the same quote: 'going forward' and 'our ability in 2023', a need stated, no undertaking: no deadline; unsure: 31 December 2023
    B(
        text="However, going forward, making the TSA pay levels equal to other federal agencies is critical to our ability in 2023 to recruit, train, equip and retain a highly skilled and professional workforce on the frontlines of transportation security.",
        due=None,
        vague=False,
        said="2022-11-17 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TSA_17NOV22,
        published="2022-11-17",
    ),
    # the same quote: Congress to act 'without delay', a time limit given to a named actor from now (CONVENTIONS 1.2) in a documented vague word (CONVENTIONS 5.1): vague, 7 days, 24 November 2022, end of day EST; unsure: no deadline (a call on another, not the speaker's undertaking)
    B(
        text="It is up to Congress to act on the President’s budget request without delay, enabling TSA to address the current pay gap, which is up to 30% compared with other federal employees.”",
        due="2022-11-25 04:59:59",
        vague=True,
        said="2022-11-17 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TSA_17NOV22,
        published="2022-11-17",
    ),
    # the same release: 'this year' (gone) and volumes that 'may reach' levels 'this Thanksgiving travel period', a possibility (CONVENTIONS 4.2): no deadline
    B(
        text="Travel volumes this year have been notably higher leading up to holiday weekends, and this Thanksgiving travel period, travel volumes may reach pre-pandemic levels.",
        due=None,
        vague=False,
        said="2022-11-17 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TSA_17NOV22,
        published="2022-11-17",
    ),
    # the same release: the busiest days 'typically', a pattern of every year (CONVENTIONS 1.3): recurring
    B(
        text="The three busiest days during the Thanksgiving travel period are typically Tuesday and Wednesday prior to Thanksgiving and Sunday after the holiday.",
        due=None,
        vague=False,
        said="2022-11-17 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TSA_17NOV22,
        published="2022-11-17",
    ),
    # the same release: volumes TSA 'could' screen and 'may surpass' on two dated days, possibilities, no undertaking (CONVENTIONS 4.2): no deadline; unsure: 27 November 2022, end of day EST (the later day, read as a forecast to check)
    B(
        text="TSA could screen as many as 2.5 million passengers at checkpoints nationwide on Wednesday, Nov. 23, and may surpass 2.5 million passengers on Sunday, Nov. 27.",
        due=None,
        vague=False,
        said="2022-11-17 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_TSA_17NOV22,
        published="2022-11-17",
    ),
    # the same release: a record 'recorded' on a Sunday 'in 2019': past
    B(
        text="TSA recorded the heaviest passenger screening volume in its history on the Sunday following Thanksgiving in 2019, where Transportation Security Officers (TSOs) screened nearly 2.9 million passengers at checkpoints nationwide.",
        due=None,
        vague=False,
        said="2022-11-17 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TSA_17NOV22,
        published="2022-11-17",
    ),
    # the same release: 'On that same day in 2021', told as done: past
    B(
        text="On that same day in 2021, TSOs screened nearly 2.5 million passengers nationwide.",
        due=None,
        vague=False,
        said="2022-11-17 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TSA_17NOV22,
        published="2022-11-17",
    ),
    # the same release: tips to keep in mind 'before arriving at the airport', an undated arrival: event
    B(
        text="Travelers should keep these top tips in mind before arriving at the airport:",
        due=None,
        vague=False,
        said="2022-11-17 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_TSA_17NOV22,
        published="2022-11-17",
    ),
    # US Transportation Security Administration, national press release 'TSA Administrator: 2018 holiday travel period expected to be the busiest travel season on record' (Tuesday 13 November 2018; the heading, the archive notice and the date line are not quoted): passengers expected 'Nov. 16 through Nov. 26', a forecast period, its later end (CONVENTIONS 6.1; '2017' is the year compared with): 26 November 2018, end of day EST; unsure: no deadline (an expectation, not an act)
    B(
        text="WASHINGTON – The Transportation Security Administration is expecting a record breaking number of flyers this upcoming Thanksgiving holiday travel period with more than 25 million passengers traveling through security screening checkpoints nationwide Nov. 16 through Nov. 26, an increase of 5 percent from 2017.",
        due="2018-11-27 04:59:59",
        vague=False,
        said="2018-11-13 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_TSA_13NOV18,
        published="2018-11-13",
    ),
    # the same release, the Administrator quoted: 'As Thanksgiving and the holiday travel seasons arrive' and passengers 'traveling daily', a priority that 'remains', no time set for any act: no deadline
    B(
        text="“As Thanksgiving and the holiday travel seasons arrive, ensuring the safety and security of the millions of passengers traveling daily remains TSA’s top priority,” said TSA Administrator David Pekoske.",
        due=None,
        vague=False,
        said="2018-11-13 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TSA_13NOV18,
        published="2018-11-13",
    ),
    # the same quote: records 'marked ... over the spring and summer travel periods this year', told as done: past
    B(
        text="“We marked several records over the spring and summer travel periods this year, screening more than 525 million passengers and crew.",
        due=None,
        vague=False,
        said="2018-11-13 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TSA_13NOV18,
        published="2018-11-13",
    ),
    # the same quote: 'This upcoming season' and officers on duty 'over the holidays', a season and holidays with no end the sentence dates: no deadline; unsure: the end of the holiday season (a date the release does not give)
    B(
        text="This upcoming season will be very busy as more passengers choose to fly, and TSA officers will be on duty over the holidays so travelers can enjoy theirs.”",
        due=None,
        vague=False,
        said="2018-11-13 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TSA_13NOV18,
        published="2018-11-13",
    ),
    # the same release: the busiest days 'the Friday and Wednesday before the holiday' (Thanksgiving, Thursday 22 November 2018: Friday 16 and Wednesday 21 November), the later of the two (CONVENTIONS 6.1): 21 November 2018, end of day EST
    B(
        text="The busiest travel days leading up to Thanksgiving will be the Friday and Wednesday before the holiday, with 2.6 million passengers and crew expected on each of those days.",
        due="2018-11-22 04:59:59",
        vague=False,
        said="2018-11-13 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_TSA_13NOV18,
        published="2018-11-13",
    ),
    # the same release: travellers expected 'On Nov. 25, the Sunday after Thanksgiving': 25 November 2018, end of day EST
    B(
        text="On Nov. 25, the Sunday after Thanksgiving, more than 2.7 million travelers are expected to be flying home.",
        due="2018-11-26 04:59:59",
        vague=False,
        said="2018-11-13 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TSA_13NOV18,
        published="2018-11-13",
    ),
    # the same release: 'On a typical weekday' (CONVENTIONS 1.3): recurring
    B(
        text="On a typical weekday, TSA screens about 2.1 million passengers.",
        due=None,
        vague=False,
        said="2018-11-13 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TSA_13NOV18,
        published="2018-11-13",
    ),
    # US Department of Veterans Affairs, Office of Public and Intergovernmental Affairs, news release 'VA Honors Military Sacrifice on Memorial Day' (Friday 28 May 2010, 08:00; the site's help text, the heading and the date line are not quoted; 'said' kept at 10:00 as in the other sets): Americans to recall the sacrifices 'on Memorial Day, Monday, May 31': 31 May 2010, end of day EDT
    B(
        text="WASHINGTON – From parades to somber ceremonies and a moment of silence, Americans will recall the sacrifices of military personnel who paid the ultimate price for freedom on Memorial Day, Monday, May 31.",
        due="2010-06-01 03:59:59",
        vague=False,
        said="2010-05-28 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VA_28MAY10,
        published="2010-05-28",
    ),
    # the same release, the Secretary quoted: heroes 'we honor this Memorial Day' who 'answered' (past); the honour names the day, the act told is past: no deadline; unsure: 31 May 2010, end of day EDT
    B(
        text="“Those fallen heroes we honor this Memorial Day answered their call to duty, and in so doing, they honored us,” said Secretary of Veterans Affairs Eric K. Shinseki.",
        due=None,
        vague=False,
        said="2010-05-28 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_VA_28MAY10,
        published="2010-05-28",
    ),
    # the same release: 'its annual tradition' of services (CONVENTIONS 1.3): recurring
    B(
        text="The Department of Veterans Affairs (VA) will continue its annual tradition of hosting services at most of its national cemeteries and many other facilities nationwide.",
        due=None,
        vague=False,
        said="2010-05-28 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_VA_28MAY10,
        published="2010-05-28",
    ),
    # the same release: 'Memorial Day events' names the events and members 'who die on active duty' is timeless: no deadline
    B(
        text="The programs, which are the focus of Memorial Day events in many communities, honor the service of deceased Veterans and military members who die on active duty.",
        due=None,
        vague=False,
        said="2010-05-28 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_VA_28MAY10,
        published="2010-05-28",
    ),
    # the same release: the President to speak 'on Monday' (31 May; a cemetery near Chicago, read in the publisher's zone): 31 May 2010, end of day EDT
    B(
        text="President Obama will speak at VA’s Abraham Lincoln National Cemetery in Elwood, Ill., near Chicago, on Monday.",
        due="2010-06-01 03:59:59",
        vague=False,
        said="2010-05-28 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VA_28MAY10,
        published="2010-05-28",
    ),
    # the same release: men and women 'who died in the military during wartime', the past: past
    B(
        text="Events will honor about one million men and women who died in the military during wartime, including about 655,000 battle deaths.",
        due=None,
        vague=False,
        said="2010-05-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VA_28MAY10,
        published="2010-05-28",
    ),
    # Bonneville Power Administration, news release 'CRSO EIS phone-in meetings for public comments continue' (19 March 2020, as posted by BPA on its FlashAlert news page, read at Portland's zone; the page's status lines, the heading and the numbers to call are not quoted): 'the recently released' draft, a past release, and opportunities that 'remain': no deadline
    B(
        text="Four public comment opportunities remain for interested and concerned Pacific Northwest citizens to provide comments and listen to others’ input on the recently released Columbia River System Operations draft Environmental Impact Statement.",
        due=None,
        vague=False,
        said="2020-03-19 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_BPA_19MAR20,
        published="2020-03-19",
    ),
    # the same release: phone meetings added 'to provide comments on the draft EIS through April 13, 2020', the comment window's end (CONVENTIONS 3.3): 13 April 2020, end of day PDT
    B(
        text="The U.S. Army Corps of Engineers, Bureau of Reclamation and Bonneville Power Administration added phone meetings to methods to provide comments on the draft EIS through April 13, 2020.",
        due="2020-04-14 06:59:59",
        vague=False,
        said="2020-03-19 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_BPA_19MAR20,
        published="2020-03-19",
    ),
    # the same release: comments 'up to 3 minutes', a standing limit of each call (CONVENTIONS 1.3): recurring
    B(
        text="Callers can listen to others' comments and can provide comments up to 3 minutes.",
        due=None,
        vague=False,
        said="2020-03-19 17:00:00",
        tz="America/Los_Angeles",
        refusal="recurring",
        cluster=5,
        source=_BPA_19MAR20,
        published="2020-03-19",
    ),
    # the same release: the days of the meetings, a list, its last day (CONVENTIONS 6.1): 31 March 2020, end of day PDT
    B(
        text="When:   March 19, 25, 26 and 31",
        due="2020-04-01 06:59:59",
        vague=False,
        said="2020-03-19 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_BPA_19MAR20,
        published="2020-03-19",
    ),
    # the same release: clock times with zone words of meetings this sentence does not date (the line before dates them): event; unsure: 31 March 2020, 20:00 PDT (the end of the last meeting)
    B(
        text="All teleconferences start at 4 pm Pacific/5 pm Mountain time and are scheduled to end at 8 pm Pacific/9 pm Mountain time.",
        due=None,
        vague=False,
        said="2020-03-19 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=2,
        source=_BPA_19MAR20,
        published="2020-03-19",
    ),
    # the same release: 'at any time' of a call sets no time: no deadline
    B(
        text="Callers can join a call at any time.",
        due=None,
        vague=False,
        said="2020-03-19 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_BPA_19MAR20,
        published="2020-03-19",
    ),
    # US Marine Corps Base Quantico, Public Affairs Office advisory, as quoted in full by Potomac Local on Wednesday 29 March 2017 (the news site's heading and attribution line are not quoted): an exercise 'on Wednesday, March 29 from 5 – 9:00 p.m.', its later end (CONVENTIONS 6.1): 29 March 2017, 21:00 EDT
    B(
        text="A FORCE PROTECTION EXERCISE will be conducted at the National Museum of the Marine Corps on Wednesday, March 29 from 5 – 9:00 p.m.",
        due="2017-03-30 01:00:00",
        vague=False,
        said="2017-03-29 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_QUANTICO_29MAR17,
        published="2017-03-29",
    ),
    # the same advisory: the exercise to begin 'after the museum is closed', an event of the day the advisory's earlier line dates: event; unsure: 29 March 2017, 17:00 EDT
    B(
        text="The exercise will begin after the museum is closed to the public.",
        due=None,
        vague=False,
        said="2017-03-29 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_QUANTICO_29MAR17,
        published="2017-03-29",
    ),
    # the same advisory: hours '9 a.m. to 5 p.m. daily' (CONVENTIONS 1.3): recurring
    B(
        text="The museum is open 9 a.m. to 5 p.m. daily.",
        due=None,
        vague=False,
        said="2017-03-29 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_QUANTICO_29MAR17,
        published="2017-03-29",
    ),
    # Australian Electoral Commission, page 'Media services' (updated 25 November 2014, the page's own date, the day it is read; the headings and the list of media-centre items without a time word are not quoted): releases 'throughout the election period' of an election not dated: event
    B(
        text="The AEC will be distributing media releases throughout the election period with information for the public and media.",
        due=None,
        vague=False,
        said="2014-11-24 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AEC_MEDIA_NOV14,
        published="2014-11-25",
    ),
    # the same page: statistics 'during the election period', undated: event
    B(
        text="A range of statistics will be made available on the AEC website during the election period.",
        due=None,
        vague=False,
        said="2014-11-24 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AEC_MEDIA_NOV14,
        published="2014-11-25",
    ),
    # the same page, a point of the list: 'daily enrolment counts during the close of rolls period', counts kept each day of an undated period: recurring; unsure: event (the undated close of rolls)
    B(
        text="daily enrolment counts during the close of rolls period.",
        due=None,
        vague=False,
        said="2014-11-24 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_AEC_MEDIA_NOV14,
        published="2014-11-25",
    ),
    # the same page: access 'on election day', an undated day: event
    B(
        text="Should any media representatives wish to gain access to a polling place on election day they will need to obtain prior permission from the AEC and be fully across the AEC guidelines.",
        due=None,
        vague=False,
        said="2014-11-24 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AEC_MEDIA_NOV14,
        published="2014-11-25",
    ),
    # the same page: 'on the day' (election day): event
    B(
        text="Media seeking access to a polling place on the day without prior AEC permission will not be admitted.",
        due=None,
        vague=False,
        said="2014-11-24 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AEC_MEDIA_NOV14,
        published="2014-11-25",
    ),
    # the same page: counting 'on election night' and results 'until the final outcome is declared', undated events: event
    B(
        text="The AEC's official results centre, the Virtual Tally Room (VTR), enables you to follow vote counting on election night and progressive results until the final outcome is declared.",
        due=None,
        vague=False,
        said="2014-11-24 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AEC_MEDIA_NOV14,
        published="2014-11-25",
    ),
    # the same page: 'on election night from 6pm', a clock time on an undated night: event
    B(
        text="The VTR can be accessed on election night from 6pm and pages are updated as results from individual polling places are entered into AEC systems.",
        due=None,
        vague=False,
        said="2014-11-24 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=2,
        source=_AEC_MEDIA_NOV14,
        published="2014-11-25",
    ),
    # the same page: counts 'on election night', a rule of any election: event; unsure: recurring (a standing rule with no start of its own)
    B(
        text="Counts conducted in polling places on election night provide indicative results only.",
        due=None,
        vague=False,
        said="2014-11-24 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AEC_MEDIA_NOV14,
        published="2014-11-25",
    ),
    # the same page: 'in the weeks following election night', a span from an undated event: event
    B(
        text="As counting continues in the weeks following election night updates will be made to the VTR as results become available.",
        due=None,
        vague=False,
        said="2014-11-24 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AEC_MEDIA_NOV14,
        published="2014-11-25",
    ),
    # US Department of Commerce, National Telecommunications and Information Administration, Federal Register notice 03-6233, 'Technology Opportunities Program' (Monday 17 March 2003, as kept by the UNT web archive of the GPO copy; the header lines, the title and the summary without a time word are not quoted): applications 'postmarked no later than April 23, 2003, or hand-delivered no later than 5 P.M. Eastern Daylight Time on April 23, 2003', the later of the alternatives (CONVENTIONS 6.2; 'the Fiscal Year 2003 ... program' names the round): 23 April 2003, end of day EDT
    B(
        text="DATES: Complete applications for the Fiscal Year 2003 TOP grant program must be either postmarked no later than April 23, 2003, or hand-delivered no later than 5 P.M. Eastern Daylight Time on April 23, 2003, to the respective addresses listed in the ADDRESSES section of this notice.",
        due="2003-04-24 03:59:59",
        vague=False,
        said="2003-03-17 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NTIA_17MAR03,
        published="2003-03-17",
    ),
    # the same notice: 'on the date they are submitted to the carrier', the undated day of each application: event
    B(
        text="Applications submitted through guaranteed carrier services will be considered postmarked on the date they are submitted to the carrier.",
        due=None,
        vague=False,
        said="2003-03-17 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NTIA_17MAR03,
        published="2003-03-17",
    ),
    # US Department of Defense, Missile Defense Agency, news release 'Missile Defense Test Conducted' (31 January 2010; the address block, the heading and the date line are not quoted): a test 'conducted ... today', told as done (CONVENTIONS 2.4): past
    B(
        text="The Missile Defense Agency conducted a flight test today of the Ground-based Midcourse Defense System.",
        due=None,
        vague=False,
        said="2010-01-31 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_MDA_31JAN10,
        published="2010-01-31",
    ),
    # the same release: a launch 'at approximately 3:40 p.m. PST', told as done: past
    B(
        text="A target missile was successfully launched at approximately 3:40 p.m. PST from the U.S. Army’s Reagan Test Site at Kwajalein Atoll in the Republic of the Marshall Islands.",
        due=None,
        vague=False,
        said="2010-01-31 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_MDA_31JAN10,
        published="2010-01-31",
    ),
    # the same release: 'Approximately six minutes later', told as done: past
    B(
        text="Approximately six minutes later, a Ground-Based Interceptor was successfully launched from Vandenberg Air Force Base, Calif.",
        due=None,
        vague=False,
        said="2010-01-31 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_MDA_31JAN10,
        published="2010-01-31",
    ),
    # the same release: 'after launch', told as done: past
    B(
        text="Both the target missile and Ground-Based Interceptor performed nominally after launch.",
        due=None,
        vague=False,
        said="2010-01-31 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_MDA_31JAN10,
        published="2010-01-31",
    ),
    # US Department of Defense, Missile Defense Agency, news release 'MDA Test Does Not Intercept Target' (29 May 2021; the site name, the address block, the heading and the date line are not quoted): a test 'conducted ... on May 29, 2021', the day it is read, told as done: past
    B(
        text="The U.S. Missile Defense Agency, in cooperation with the U.S. Navy, conducted Flight Test Aegis Weapon System 31 Event 1 on May 29, 2021.",
        due=None,
        vague=False,
        said="2021-05-29 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_MDA_29MAY21,
        published="2021-05-29",
    ),
    # US Federal Election Commission, FEC Record article 'FEC adjusts report deadlines for postponed elections' (18 March 2020; the site banner, the heading, the date line and the author block are not quoted): 'the reporting dates and deadlines' being updated, no date given: no deadline
    B(
        text="As states postpone congressional and presidential primary elections to limit possible COVID-19 exposure, the Commission is updating the reporting dates and deadlines associated with those elections.",
        due=None,
        vague=False,
        said="2020-03-18 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FEC_18MAR20,
        published="2020-03-18",
    ),
    # the same article: '48-Hour Notices' names a kind of report and the 'periods' are not dated: no deadline
    B(
        text="These postponements affect pre-election reports (including 48-Hour Notices for candidate committees), as well as the coordinated communications, electioneering communications, Federal Election Activity and independent expenditure periods for primary elections.",
        due=None,
        vague=False,
        said="2020-03-18 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FEC_18MAR20,
        published="2020-03-18",
    ),
    # the same article: 'until the date of their rescheduled elections', undated: event
    B(
        text="Additionally, affected campaigns may continue to accept primary contributions until the date of their rescheduled elections.",
        due=None,
        vague=False,
        said="2020-03-18 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FEC_18MAR20,
        published="2020-03-18",
    ),
    # the same article: a report 'due 12 days before the new election date', a span from an undated election (CONVENTIONS 1.3): event
    B(
        text="Please note, if a state postpones its election after the deadline for the applicable pre-election report, participating committees must file an additional pre-election report due 12 days before the new election date.",
        due=None,
        vague=False,
        said="2020-03-18 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FEC_18MAR20,
        published="2020-03-18",
    ),
    # the same article: 'the pre-election report for the new election date', undated: event
    B(
        text="Otherwise, committees need only file the pre-election report for the new election date.",
        due=None,
        vague=False,
        said="2020-03-18 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FEC_18MAR20,
        published="2020-03-18",
    ),
    # the same article: 'the latest reporting updates' and a page named 'Dates and deadlines' set no time: no deadline
    B(
        text="For the latest reporting updates, please visit the Commission’s Dates and deadlines web page.",
        due=None,
        vague=False,
        said="2020-03-18 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FEC_18MAR20,
        published="2020-03-18",
    ),
    # US Federal Election Commission, FEC Record article 'October reporting reminder (2018)' (26 September 2018, as served by the FEC's cloud.gov proxy of fec.gov; the site banner, the heading and the date line are not quoted): reports 'due in October': 31 October 2018, end of day EDT
    B(
        text="The following reports are due in October:",
        due="2018-11-01 03:59:59",
        vague=False,
        said="2018-09-26 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_FEC_26SEP18,
        published="2018-09-26",
    ),
    # the same article, a point of the list: a report 'by October 15, 2018': 15 October 2018, end of day EDT
    B(
        text="All authorized committees of House and Senate candidates must file a quarterly report by October 15, 2018.",
        due="2018-10-16 03:59:59",
        vague=False,
        said="2018-09-26 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEC_26SEP18,
        published="2018-09-26",
    ),
    # the same point: the period a report 'covers', 'from July 1 ... through September 30', measured, not an act to do: no deadline; unsure: 30 September 2018, end of day EDT
    B(
        text="The report covers financial activity from July 1 (or the day after the closing date of the last report) through September 30;",
        due=None,
        vague=False,
        said="2018-09-26 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FEC_26SEP18,
        published="2018-09-26",
    ),
    # the same article, the next point: 'by October 15' or 'by October 20' for two kinds of filer, the later of the alternatives (CONVENTIONS 6.2): 20 October 2018, end of day EDT
    B(
        text="Authorized committees of presidential candidates must file a report by October 15, if they are quarterly filers (the report covers financial activity from July 1 through September 30), or by October 20, if they are monthly filers (the report covers activity for the month of September);",
        due="2018-10-21 03:59:59",
        vague=False,
        said="2018-09-26 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FEC_26SEP18,
        published="2018-09-26",
    ),
    # the same article, the next point: a monthly report 'by October 20': 20 October 2018, end of day EDT
    B(
        text="National party committees and other political committees following a monthly filing schedule must file a monthly report by October 20.",
        due="2018-10-21 03:59:59",
        vague=False,
        said="2018-09-26 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEC_26SEP18,
        published="2018-09-26",
    ),
    # the same point: the report 'covers activity for the month of September', a period measured: no deadline; unsure: 30 September 2018, end of day EDT
    B(
        text="The report covers activity for the month of September; and",
        due=None,
        vague=False,
        said="2018-09-26 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FEC_26SEP18,
        published="2018-09-26",
    ),
    # the same article, the next point: a quarterly report 'by October 15', the period covered given after it: 15 October 2018, end of day EDT
    B(
        text="PACs and party committees following a quarterly reporting schedule must file a quarterly report by October 15, covering activity from July 1 (or the day after the closing date of the last report) through September 30.",
        due="2018-10-16 03:59:59",
        vague=False,
        said="2018-09-26 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FEC_26SEP18,
        published="2018-09-26",
    ),
    # the same article, the next point: reports 'due on October 25 (close of books, October 17)', the due day counts: 25 October 2018, end of day EDT
    B(
        text="Pre-General reports are due on October 25 (close of books, October 17).",
        due="2018-10-26 03:59:59",
        vague=False,
        said="2018-09-26 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FEC_26SEP18,
        published="2018-09-26",
    ),
    # US Federal Election Commission, FEC Record article 'October reporting reminder (2005)' (1 October 2005; the site banner, the heading and the date line are not quoted; the footnote marks stay as the page has them): reports 'due in October': 31 October 2005, end of day EST
    B(
        text="The following reports are due in October:1",
        due="2005-11-01 04:59:59",
        vague=False,
        said="2005-10-01 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_FEC_1OCT05,
        published="2005-10-01",
    ),
    # the same article: a quarterly report 'by October 15': 15 October 2005, end of day EDT
    B(
        text="All principal campaign committees of House and Senate candidates must file a quarterly report by October 15.",
        due="2005-10-16 03:59:59",
        vague=False,
        said="2005-10-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEC_1OCT05,
        published="2005-10-01",
    ),
    # the same article: the period covered, 'from July 1 ... through September 30', ended the day before: past
    B(
        text="The report covers financial activity from July 1 (or the day after the closing date of the last report) through September 30.",
        due=None,
        vague=False,
        said="2005-10-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEC_1OCT05,
        published="2005-10-01",
    ),
    # the same article: 'by October 15' or 'by October 20', the later of the alternatives (CONVENTIONS 6.2): 20 October 2005, end of day EDT
    B(
        text="Principal campaign committees of presidential candidates must file a report by October 15, if they are quarterly filers (the report covers financial activity from July 1 through September 30), or by October 20, if they are monthly filers (the report covers activity for the month of September).",
        due="2005-10-21 03:59:59",
        vague=False,
        said="2005-10-01 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FEC_1OCT05,
        published="2005-10-01",
    ),
    # the same article: a monthly report 'by October 20': 20 October 2005, end of day EDT
    B(
        text="All national party committees, PACs and state and local party committees that elect to following a monthly filing schedule and state and local party committees required to file monthly because they engage in reportable federal election activity must file a monthly report by October 20.",
        due="2005-10-21 03:59:59",
        vague=False,
        said="2005-10-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEC_1OCT05,
        published="2005-10-01",
    ),
    # the same article: 'activity for the month of September', a month ended the day before: past
    B(
        text="This report covers activity for the month of September.",
        due=None,
        vague=False,
        said="2005-10-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEC_1OCT05,
        published="2005-10-01",
    ),
    # the same article: 'the October 15 reporting deadline' that 'falls on a weekend' (Saturday): 15 October 2005, end of day EDT; unsure: no deadline (a fact about the deadline's weekday)
    B(
        text="Note that the October 15 reporting deadline falls on a weekend.",
        due="2005-10-16 03:59:59",
        vague=False,
        said="2005-10-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEC_1OCT05,
        published="2005-10-01",
    ),
    # the same article: deadlines 'not extended when they fall on weekends', a standing rule (CONVENTIONS 1.3): recurring
    B(
        text="Filing deadlines are not extended when they fall on weekends.",
        due=None,
        vague=False,
        said="2005-10-01 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEC_1OCT05,
        published="2005-10-01",
    ),
    # the same article: amounts 'in a calendar year', a standing rule (CONVENTIONS 1.3): recurring
    B(
        text="Under the Commission’s mandatory electronic filing regulations, individuals and organizations2 who receive contributions or make expenditures in excess of $50,000 in a calendar year—or expect to do so—must file all reports and statements with the FEC electronically.",
        due=None,
        vague=False,
        said="2005-10-01 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEC_1OCT05,
        published="2005-10-01",
    ),
    # US Election Assistance Commission, Federal Register notice 2015-02569, 'Sunshine Act Meetings' (Friday 6 February 2015, as reproduced on federalregister.com; the header lines, the field names, the place and the list of items are not quoted): the meeting's 'DATE AND TIME', 'Wednesday, February 18, 2015 at 10:00 a.m.': 18 February 2015, 10:00 EST
    B(
        text="Wednesday, February 18, 2015 at 10:00 a.m.",
        due="2015-02-18 15:00:00",
        vague=False,
        said="2015-02-06 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EAC_6FEB15,
        published="2015-02-06",
    ),
    # the same notice: requests 'no later than 5:00 p.m. EDT on Thursday, February 12, 2015' (a Thursday; 'EDT' read as the fixed offset it names, UTC-4, though February keeps EST): 12 February 2015, 21:00 UTC
    B(
        text="Members of the public who wish to speak at the meeting on proposed changes to the Voluntary Voting Systems Guidelines VVSG 1.1 may send a request to participate to the EAC no later than 5:00 p.m. EDT on Thursday, February 12, 2015.",
        due="2015-02-12 21:00:00",
        vague=False,
        said="2015-02-06 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EAC_6FEB15,
        published="2015-02-06",
    ),
    # the same notice: 'allotted 5 minutes' each at the meeting, floor time from an undated turn: event
    B(
        text="Each of those selected will be allotted 5 minutes.",
        due=None,
        vague=False,
        said="2015-02-06 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EAC_6FEB15,
        published="2015-02-06",
    ),
    # the same notice: confirmation 'by 12:00 p.m. EDT on Thursday, February 13, 2015' (13 February 2015 was a Friday; the date is taken over the weekday; 'EDT' as UTC-4): 13 February 2015, 16:00 UTC; unsure: Thursday 12 February 2015, 16:00 UTC (the weekday's reading)
    B(
        text="Participants will receive confirmation by 12:00 p.m. EDT on Thursday, February 13, 2015.",
        due="2015-02-13 16:00:00",
        vague=False,
        said="2015-02-06 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EAC_6FEB15,
        published="2015-02-06",
    ),
    # US Election Assistance Commission, Federal Register notice 2010-15535, 'Sunshine Act Notice' (Thursday 24 June 2010, as served by GPO's edocket; the header lines, the agency and action lines and the place are not quoted; the notice's line breaks are joined): sessions '10 a.m.--12 p.m. CDT' and '1-4 p.m. CDT' on 28 June, the latest time (CONVENTIONS 6.1): 28 June 2010, 16:00 CDT
    B(
        text="DATE & TIME: Monday, June 28, 2010, 10 a.m.--12 p.m. CDT (Morning Session), 1-4 p.m. CDT (Afternoon Session).",
        due="2010-06-28 21:00:00",
        vague=False,
        said="2010-06-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EAC_24JUN10,
        published="2010-06-24",
    ),
    # the same notice: a request 'by 12 Noon CDT June 28, 2010' ('pre-election' and 'post-election' name kinds of test and audit): 28 June 2010, 12:00 CDT
    B(
        text="Members of the public who wish to speak at the hearing, regarding voting system pre-election logic and accuracy testing and post-election audit grants may send a request to participate to the EAC by 12 Noon CDT June 28, 2010.",
        due="2010-06-28 17:00:00",
        vague=False,
        said="2010-06-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EAC_24JUN10,
        published="2010-06-24",
    ),
    # the same notice: 'three-minutes each', floor time from an undated turn: event
    B(
        text="The selected volunteers will be allotted three-minutes each to share their viewpoint.",
        due=None,
        vague=False,
        said="2010-06-24 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EAC_24JUN10,
        published="2010-06-24",
    ),
    # US Election Assistance Commission, Federal Register notice 2016-08677, 'Meeting Notice' (Friday 15 April 2016, as served by GPO's FDsys; the header lines, the agency and action lines and the place are not quoted): two days of meetings, the later end, 'Thursday, May 5, 2016, ... 12:20 p.m.' (CONVENTIONS 6.1), with no zone word, read in the publisher's zone although the meeting sits in Chicago: 5 May 2016, 12:20 EDT; unsure: 12:20 CDT (the meeting's own zone)
    B(
        text="Date and Time: Wednesday, May 4, 2016, 9:00 a.m.-4:30 p.m. and Thursday, May 5, 2016, 8:15 a.m.-12:20 p.m.",
        due="2016-05-05 16:20:00",
        vague=False,
        said="2016-04-15 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EAC_15APR16,
        published="2016-04-15",
    ),
    # the same notice: 'the Help America Vote Act of 2002' names the act; the meeting's time is given by the line before: no deadline
    B(
        text="Purpose: In accordance with the Federal Advisory Committee Act (FACA), Public Law 92-463, as amended (5 U.S.C. Appendix 2), the U.S. Election Assistance Commission (EAC) Board of Advisors will meet to address its responsibilities under the Help America Vote Act of 2002 (HAVA), to present its views on issues in the administration of Federal elections, formulate recommendations to the EAC, and receive updates on EAC activities.",
        due=None,
        vague=False,
        said="2016-04-15 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EAC_15APR16,
        published="2016-04-15",
    ),
    # US Election Assistance Commission, Federal Register notice 2010-12332, 'Sunshine Act Notice' (Friday 21 May 2010, as served by GPO's edocket; the header lines, the agency and action lines, the place and the agenda without a time word are not quoted): sessions '10 a.m.-12 p.m. EDT' and '1-3 p.m. EDT' on 27 May, the latest time (CONVENTIONS 6.1): 27 May 2010, 15:00 EDT
    B(
        text="DATE & TIME: Thursday, May 27, 2010: 10 a.m.-12 p.m. EDT (Morning Session). 1-3 p.m. EDT (Afternoon Session).",
        due="2010-05-27 19:00:00",
        vague=False,
        said="2010-05-21 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EAC_21MAY10,
        published="2010-05-21",
    ),
    # US Election Assistance Commission, media advisory 'EAC Aug. 16 public meeting to feature cybersecurity, EAVS, grants work' (10 August 2017, the date in the address; the 'MEDIA ADVISORY' heading and its time line, the field names and the contacts are not quoted): a meeting 'at 2 p.m. on Wed, Aug. 16': 16 August 2017, 14:00 EDT
    B(
        text="Silver Spring, Md. – The U.S. Election Assistance Commission will host a public meeting at 2 p.m. on Wed, Aug. 16.",
        due="2017-08-16 18:00:00",
        vague=False,
        said="2017-08-10 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EAC_10AUG17,
        published="2017-08-10",
    ),
    # the same advisory: 'the commission’s 2016 Election Administration Voting Survey' names the survey: no deadline
    B(
        text="The meeting will include cybersecurity comments from Cook County, Ill. Director of Elections Noah Praetz and a discussion of the commission’s 2016 Election Administration Voting Survey (EAVS) featuring Fors Marsh’s Thad Hall.",
        due=None,
        vague=False,
        said="2017-08-10 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EAC_10AUG17,
        published="2017-08-10",
    ),
    # the same advisory: 'upcoming 2017 Election Awards' and 'the latest reports' name things, no time set: no deadline
    B(
        text="The meeting will also feature agency updates related to its cybersecurity working group, payments and grants work, upcoming 2017 Election Awards and the latest reports from the EAC Inspector General.",
        due=None,
        vague=False,
        said="2017-08-10 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EAC_10AUG17,
        published="2017-08-10",
    ),
    # the same advisory, the 'WHEN' line: '2:00-3:00 EDT p.m. on Wed., Aug. 16, 2017', its later end (CONVENTIONS 6.1): 16 August 2017, 15:00 EDT
    B(
        text="2:00-3:00 EDT p.m. on Wed., Aug. 16, 2017",
        due="2017-08-16 19:00:00",
        vague=False,
        said="2017-08-10 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EAC_10AUG17,
        published="2017-08-10",
    ),
    # the same advisory, the closing boilerplate: established by an act 'of 2002': past
    B(
        text="The U.S. Election Assistance Commission (EAC) was established by the Help America Vote Act of 2002 (HAVA).",
        due=None,
        vague=False,
        said="2017-08-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EAC_10AUG17,
        published="2017-08-10",
    ),
    # US Department of the Interior, Office of Congressional and Legislative Affairs, testimony of Secretary Sally Jewell before the Senate Committee on Indian Affairs, 'BIA Departmental Priorities' (15 May 2013; the title block and the opening greeting are not quoted): thanks for 'inviting me to be here today', no act to come: no deadline
    B(
        text="I would like to thank my friend and fellow Washingtonian Senator Cantwell for inviting me to be here today.",
        due=None,
        vague=False,
        said="2013-05-15 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOI_JEWELL_15MAY13,
        published="2013-05-15",
    ),
    # the same testimony: 'over these past few weeks', told as done: past
    B(
        text="As I have become more familiar with the details of the Department's many missions and programs over these past few weeks, I have come to see the truly astonishing breadth of the issues and responsibilities located within this one agency.",
        due=None,
        vague=False,
        said="2013-05-15 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOI_JEWELL_15MAY13,
        published="2013-05-15",
    ),
    # the same testimony: 'my 19 years in commercial banking from 1981 to 2000': past
    B(
        text="My familiarity with Native American issues developed through my 19 years in commercial banking from 1981 to 2000.",
        due=None,
        vague=False,
        said="2013-05-15 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOI_JEWELL_15MAY13,
        published="2013-05-15",
    ),
    # the same testimony: 'During that time' and 'for several years', told as done: past
    B(
        text="During that time, I worked with a number of Indian tribes in the Northwest, and served for several years as the lead banker for NANA, an Alaska Regional Corporation.",
        due=None,
        vague=False,
        said="2013-05-15 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOI_JEWELL_15MAY13,
        published="2013-05-15",
    ),
    # Northern Ireland Department for Infrastructure, statement on the Dromore Road resurfacing scheme, Royal Hillsborough, as quoted by Northern Ireland World on 18 April 2024 (only the Department's quoted words are taken; the news site's own sentences and a photo caption are not): weekday closures 'between the hours of 8.00am and 5.00pm' in three windows, the last 'until Friday 2 August 2024', its latest time (CONVENTIONS 6.1): 2 August 2024, 17:00 BST; unsure: 2 August 2024, end of day (the works' last day)
    B(
        text="“To facilitate the scheme, it will be necessary to implement weekday road closures between the hours of 8.00am and 5.00pm for the duration of the works along this stretch from Monday 22 April 2024 until Friday 10 May 2024, from Monday 20 May 2024 until Friday 5 July 2024 and from Monday 22 July 2024 until Friday 2 August 2024.",
        due="2024-08-02 16:00:00",
        vague=False,
        said="2024-04-18 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_DFI_NI_18APR24,
        published="2024-04-18",
    ),
    # the same statement: a diversion 'During periods of closure', periods the sentence before dates: event
    B(
        text="“During periods of closure a diversion will operate via A1 - Hillsborough Road, Dromore - B2 Ballynahinch Road and vice versa.",
        due=None,
        vague=False,
        said="2024-04-18 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_DFI_NI_18APR24,
        published="2024-04-18",
    ),
    # the same statement: 'additional time' and 'temporary traffic restrictions' set no time: no deadline
    B(
        text="“The Department has programmed the work operations and traffic management arrangements to minimise inconvenience however, while steps have been taken to accommodate local access, road users should expect some delays and are advised to allow additional time when travelling in the vicinity of the works and to comply with all temporary traffic restrictions.",
        due=None,
        vague=False,
        said="2024-04-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFI_NI_18APR24,
        published="2024-04-18",
    ),
    # the same statement: works 'substantially complete by Friday 2 August 2024', under a weather condition: 2 August 2024, end of day BST
    B(
        text="“Subject to favourable weather conditions, the works will be substantially complete by Friday 2 August 2024, however the Department will keep the public informed of any change.",
        due="2024-08-02 22:59:59",
        vague=False,
        said="2024-04-18 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFI_NI_18APR24,
        published="2024-04-18",
    ),
    # Northern Ireland Department for Infrastructure, release on a resurfacing scheme near Cladymilltown Road, as quoted by the News Letter on 26 October 2022 (only the release's quoted words are taken; the paper's own sentences and paraphrases are not): a lane closure on 27 and 28 October, then weekday closures 'from 0800 to 17:00 commencing on Monday 31 October 2022 until Friday 2 December 2022', the last time (CONVENTIONS 6.1): 2 December 2022, 17:00 GMT
    B(
        text="‘To help ensure the safety of those using the road and to facilitate the works, it will be necessary to operate a lane closure controlled by traffic signals, from 09:30 to 16:00 on the 27 and 28 October 2022 followed by a road closure, weekdays, excluding evenings and weekends, from 0800 to 17:00 commencing on Monday 31 October 2022 until Friday 2 December 2022.",
        due="2022-12-02 17:00:00",
        vague=False,
        said="2022-10-26 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_DFI_NI_26OCT22,
        published="2022-10-26",
    ),
    # the same release: 'extra time' for a journey sets no time: no deadline
    B(
        text="‘Road users are advised to allow extra time for their journey.’",
        due=None,
        vague=False,
        said="2022-10-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFI_NI_26OCT22,
        published="2022-10-26",
    ),
    # US Army Garrison Hawaii, Public Affairs, notice on gate closures for Hurricane Lane (23 August 2018, updated 10:52 a.m., in Hawaii Army Weekly, the garrison's paper; photo captions, the update line and the lists of gate names are not quoted; 'said' kept at 10:00 HST): gates closed 'effective today, Aug 23, at 4 p.m.' (CONVENTIONS 3.1): 23 August 2018, 16:00 HST
    B(
        text="In preparation for Hurricane Lane, U.S. Army Garrison Hawaii’s Directorate of Emergency Services will close the following gates effective today, Aug 23, at 4 p.m.:",
        due="2018-08-24 02:00:00",
        vague=False,
        said="2018-08-23 20:00:00",
        tz="Pacific/Honolulu",
        cluster=2,
        source=_USAGHI_23AUG18,
        published="2018-08-23",
    ),
    # the same notice, a list heading: 'CLOSED AT 4 P.M., UNTIL FURTHER NOTICE', a bare time read on the day of the notice (its next occurrence): 23 August 2018, 16:00 HST; unsure: no deadline (a closure with no end)
    B(
        text="CLOSED AT 4 P.M., UNTIL FURTHER NOTICE",
        due="2018-08-24 02:00:00",
        vague=False,
        said="2018-08-23 20:00:00",
        tz="Pacific/Honolulu",
        cluster=2,
        source=_USAGHI_23AUG18,
        published="2018-08-23",
    ),
    # the same notice, a list heading: 'CLOSED NOW', a present state: no deadline
    B(
        text="CLOSED NOW",
        due=None,
        vague=False,
        said="2018-08-23 20:00:00",
        tz="Pacific/Honolulu",
        cluster=1,
        source=_USAGHI_23AUG18,
        published="2018-08-23",
    ),
    # the same notice, a list heading: 'OPEN 24 HOURS', standing hours (CONVENTIONS 1.3): recurring
    B(
        text="OPEN 24 HOURS (manning will be based on the storm):",
        due=None,
        vague=False,
        said="2018-08-23 20:00:00",
        tz="Pacific/Honolulu",
        refusal="recurring",
        cluster=5,
        source=_USAGHI_23AUG18,
        published="2018-08-23",
    ),
    # US Congressional Budget Office, blog post 'CBO to Release Updated Baseline Projections, Analysis of the President’s FY 2014 Budget Next Week' (8 May 2013; the heading and the byline are not quoted): a release 'on Tuesday, May 14': 14 May 2013, end of day EDT
    B(
        text="CBO plans to release its updated 10-year baseline projections of federal spending, revenues, and budget deficits on Tuesday, May 14.",
        due="2013-05-15 03:59:59",
        vague=False,
        said="2013-05-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CBO_8MAY13,
        published="2013-05-08",
    ),
    # the same post: a report 'issued in February' (past; 'Fiscal Years 2013-2023' names it) and projections available 'Tuesday afternoon' (14 May; the afternoon ends at 18:00): 14 May 2013, 18:00 EDT
    B(
        text="The projections reflect new information obtained since The Budget and Economic Outlook: Fiscal Years 2013-2023 was issued in February and will be available on CBO’s website Tuesday afternoon.",
        due="2013-05-14 22:00:00",
        vague=False,
        said="2013-05-08 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CBO_8MAY13,
        published="2013-05-08",
    ),
    # the same post: 'each year', a practice (CONVENTIONS 1.3): recurring
    B(
        text="Also, each year, CBO works together with the staff of the Joint Committee on Taxation to estimate the budgetary impact of the changes to spending programs and the tax code that were proposed in the President’s budget.",
        due=None,
        vague=False,
        said="2013-05-08 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_CBO_8MAY13,
        published="2013-05-08",
    ),
    # the same post: an analysis available 'Friday afternoon, May 17': 17 May 2013, 18:00 EDT
    B(
        text="That analysis of the budgetary outlook under the President’s proposals will be available on CBO’s website Friday afternoon, May 17.",
        due="2013-05-17 22:00:00",
        vague=False,
        said="2013-05-08 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CBO_8MAY13,
        published="2013-05-08",
    ),
    # US Congressional Budget Office, blog post 'CBO to Issue Summary of Updated Projections Today at 11 a.m., Full Report January 25' (19 January 2016; the heading and the byline are not quoted): a summary published 'at 11 a.m. today' (CONVENTIONS 2.3): 19 January 2016, 11:00 EST
    B(
        text="CBO will publish a summary of its annual Budget and Economic Outlook report at 11 a.m. today on the agency’s website.",
        due="2016-01-19 16:00:00",
        vague=False,
        said="2016-01-19 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CBO_19JAN16,
        published="2016-01-19",
    ),
    # the same post: projections released 'typically ... in late January', a practice of every year (CONVENTIONS 1.3), with the summary released 'early this year' (today's release, the sentence before; 'the 2017 budget resolution' names it): recurring; unsure: 19 January 2016, end of day EST (this year's early release)
    B(
        text="CBO typically releases its updated budget and economic projections in late January but is releasing the summary of the report early this year to aid the Congress in its work on the 2017 budget resolution.",
        due=None,
        vague=False,
        said="2016-01-19 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_CBO_19JAN16,
        published="2016-01-19",
    ),
    # the same post: projections 'spanning the period from 2016 to 2026', a period measured, not an act to do: no deadline
    B(
        text="The brief summary will include updated budget and economic projections spanning the period from 2016 to 2026, but will not include the extensive discussion of those projections that is included in the full report.",
        due=None,
        vague=False,
        said="2016-01-19 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CBO_19JAN16,
        published="2016-01-19",
    ),
    # the same post: the report 'released next week on Monday, January 25, at 2 p.m.': 25 January 2016, 14:00 EST
    B(
        text="The complete report, including detailed tables and supplemental data, will be released next week on Monday, January 25, at 2 p.m. on the agency’s website.",
        due="2016-01-25 19:00:00",
        vague=False,
        said="2016-01-19 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CBO_19JAN16,
        published="2016-01-19",
    ),
    # the same post: 'When the full report is released', an event the sentence does not date (the sentence before does): event; unsure: 25 January 2016, 14:00 EST
    B(
        text="When the full report is released, CBO will be able to discuss its projections in more detail.",
        due=None,
        vague=False,
        said="2016-01-19 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CBO_19JAN16,
        published="2016-01-19",
    ),
    # the same post: a report 'released last August' ('2015 to 2025' names it): past
    B(
        text="CBO’s most recent economic and budget projections can be found in An Update to the Budget and Economic Outlook: 2015 to 2025, which was released last August.",
        due=None,
        vague=False,
        said="2016-01-19 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CBO_19JAN16,
        published="2016-01-19",
    ),
)
