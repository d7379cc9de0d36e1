"""A FORTY-FIRST fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 15:38 by the machine's clock, by a
labelling helper (branch issue12l1-s24) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py`, and the parser package's
docstring only as `blind_fresh34.py` reports it (the parts of the day, the vague windows,
the meteorological seasons); nothing of `bot/core/deadlines/` was opened. The brief allowed
any publisher but no one above a third of the cases, at least eight publishers and several
genres, and named the publishers and series earlier sets used up: Scottish Government
consultation hub pages, US Food and Drug Administration meeting pages and Federal Register
notices, US Centers for Disease Control and Prevention grant pages, Victorian Government
budget and pipeline pages, New Zealand Parliamentary Counsel Office pages, US Government
Accountability Office recommendation lists, NOAA Ocean Exploration expedition pages, GOV.UK
releases and a policy paper, and a US Department of the Interior list of Federal Register
abstracts. As in the twenty-seventh to fortieth sets, every sentence quoted holds a time
word of some kind (a date, a clock time, a day word, a period, a span, a year in a name,
"now", "currently", "still", "ongoing", "no longer", "future", "forthcoming", "in due
course", "on time", "deadline", "during", "before", "after", "when", "whilst", "until");
the sentences of the pages read that hold none were skipped, as were bare headings, titles,
date lines ("Page last updated: ...", "Released: ...", "As at ..."), bylines, link and file
names, map and photo captions, site and navigation text, bare form fields ("Date:",
"Time:"), list items the site itself cuts off with "... More", and lines cut off by the
start or end of an opening. Status lines with a verb ("Closes today", "Closed 28 September
2021", "Opened 15 December 2020") and table rows with a date ("CDER February 26, 2020 8:00
a.m. to 5:00 p.m.") were taken as the page has them. A point of a list was taken as its own
case (without its number); no word was changed, and quotation marks stay as the page has
them; a paragraph the page prints twice, or a page repeating another page's introduction,
was taken once. The sentences were found with a search over stored copies of public pages
and taken as they came in the openings the search returns, in page order. See README.md
("Forty-first fresh blind set") for every address, publisher and licence. No address listed
in README.md, in a `#` header or README under `tests/data/`, in the sources of the other set
files or in the shared claims file was used: each was checked against those lists (the
address and a distinctive phrase of the page) and claimed (`fresh41`) in
`/work/helper-brief/claims.txt` before a quote was taken; pages already used (among them
Wikinews stories on the Tunisian election of 2011, the Atlantis launch of 2008, the
Discovery launch date of 2005 and the 10,000th article of 2007, and a Federal Register
notice of November 2016 on regulations.justia.com) were dropped. Each label was worked out
by hand from the words, the publication date and the publisher's zone; the conversion of
local instants to UTC wall time, the day counts and the weekday checks were done with
Python's zoneinfo and datetime in a scratch script outside the repository, never with code
of the project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or
the tests touched these texts before the labels were committed; the helpers improving the
parser have not seen them. See README.md for the count and the composition by publisher and
by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (US federal publishers:
America/New_York; the Scottish Government and GOV.UK: Europe/London; the Victorian
Government: Australia/Melbourne; the New Zealand Parliamentary Counsel Office:
Pacific/Auckland); the publication date at 10:00 local; pages that show no date of their
own are read at a day the comment names, and the comment says for which days the labels
hold; a day falls due at 23:59:59 local (zoneinfo decides the offset); a clock time without
a zone word is in the publisher's zone; a range, a list or a window falls due at its later
end; the morning ends at 12:00 and the afternoon at 18:00, and seasons are meteorological
(the parser's docstring); vague words take the parser's documented windows (60 days for "in
due course", three months for "the coming months"), counted from the day of speaking; a
time that the sentence hangs on an undated event or on a session or meeting another
sentence dates ("after award", "before the meeting", "During the morning session", "when
the UK leaves the European Union") is `refusal='event'`, and where the page dates that
event elsewhere the label is marked "unsure" and names the instant; refusals have
`due=None` and a `refusal` kind (past | event | recurring | earliest; this set holds no
negated case); a sentence whose time words set no time for any act (a year in the name of
an Act, a regulation or an expedition, "now", "currently", "still" or "ongoing" on a present
state, "on time", "deadlines" or "additional time" of no date, "a forthcoming meeting")
has `due=None` and no refusal word. Labels marked "unsure" name the other reading; like
every label here they stay as committed, whatever the first run shows. First run: not yet
taken (the lead runs it once, after merging, and records it in README.md). Never edit these
labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_CDC_TB_NOFO_2022 = "https://www.cdc.gov/tb/education/funding-opportunity-notice.htm"
_CDC_HURRICANE_GRANTS_2017 = "http://med.iiab.me/modules/en-cdc/www.cdc.gov/grants/public-health-emergencies/hurricane-tropical-storms.html"
_SCOT_CONSULT_30SEP21 = (
    "https://webarchive.nrscotland.gov.uk/web/20210930170035/https://consult.gov.scot/"
)
_SCOT_WEASKED_2022 = "https://consult.gov.scot/we_asked_you_said/"
_SCOT_FINDER_DEC20 = "https://consult.gov.scot/consultation_finder/?b_start=360&sort_on=iconsultable_startdate&sort_order=descending"
_FR_ODAC_18APR17 = "https://thefederalregister.org/82-FR/18298"
_FDA_ODAC_14SEP16 = "https://public4.pagefreezer.com:443/content/FDA/23-11-2021T07:28/https://www.fda.gov/advisory-committees/advisory-committee-calendar/updated-location-information-september-14-2016-oncologic-drugs-advisory-committee-meeting"
_FDA_ODAC_26FEB20 = "https://public4.pagefreezer.com:443/content/FDA/12-01-2022T02:57/https://www.fda.gov/advisory-committees/advisory-committee-calendar/february-26-2020-meeting-oncologic-drugs-advisory-committee-meeting-announcement-02262020-02262020"
_FDA_PEDONC_20JUN19 = "https://www.einpresswire.com/article/617426576/june-20-2019-meeting-of-the-pediatric-oncology-subcommittee-of-the-oncologic-drugs-advisory-committee-06-20-2019"
_FR_ODAC_23AUG99 = "https://corpora.tika.apache.org/base/docs/govdocs1/275/275304.txt"
_NZ_PCO_CABPAPER_2021 = (
    "http://www.pco.govt.nz/cabinet-paper-legislation-act-2019-regulations-and-commencement-orders"
)
_NZ_PCO_QUARTERLY_2017 = "http://www.pco.govt.nz/pco-quarterly/"
_VIC_BIG_BUILD_2024 = "https://budget.vic.gov.au/our-big-build"
_VIC_PIPELINE_2023 = "https://www.vic.gov.au/victorian-major-projects-pipeline"
_VIC_PIPELINE_2024 = "https://vic.gov.au/victorian-major-projects-pipeline"
_GAO_RECS_PROGIMPL = "https://www.gao.gov/reports-testimonies/recommendations-database/?q=%22Program+implementation%22&field=thesaurus_ss&list=1&rec_type=all_open"
_GAO_RECS_INFOMGMT = "https://www.gao.gov/reports-testimonies/recommendations-database/?q=%22Information+management%22&field=thesaurus_ss&list=1&rec_type=all_open"
_GAO_RECS_GOALS = "https://www.gao.gov/reports-testimonies/recommendations-database/?q=%22Program+goals+or+objectives%22&field=thesaurus_ss&list=1&rec_type=all_open"
_NOAA_EX1605_2016 = (
    "https://oceanexplorer.noaa.gov./okeanos/explorations/ex1605/background/plan/welcome.html"
)
_NOAA_2021_OVERVIEW = (
    "https://oceanexplorer.noaa.gov./okeanos/explorations/2021-overview/welcome.html"
)
_NOAA_2019_OVERVIEW = (
    "https://www.oceanexplorer.noaa.gov/okeanos/explorations/2019-overview/welcome.html"
)
_GOVUK_PLANNING_24OCT18 = "http://government-world.com/public-health/page/436/?print=print-search"
_GOVUK_DCLG_OIOO_2012 = "https://www.gov.uk/government/publications/third-statement-of-new-regulation-of-one-in-one-out-regime"
_DOI_FR_OCT09 = "https://regulations.justia.com/regulations/fedreg/agencies/department-of-the-interior/2009/10?registers=between&min-day=1&max-day=31"

FRESH41_CASES: tuple[BlindCase, ...] = (
    # US Centers for Disease Control and Prevention, page 'Notice of Funding Opportunity (NOFO) – FY2022' on the Tuberculosis Elimination and Laboratory Cooperative Agreement's Ukraine supplement (the page shows no date of its own; read at Monday 1 August 2022, after the webinar of 28 July and before the funds of 15 August, and every label of this page holds for any day from 29 July to 15 August 2022; the headings 'Important Information', 'How to Apply', 'Application Deadline' and the like, and the question heading, are not quoted): an announcement 'On April 21, 2022', before the day of reading: past
    B(
        text="On April 21, 2022, President Biden announced Uniting for Ukraine, which provides a safe and orderly process for displaced Ukrainians who have been impacted by Russia’s invasion of Ukraine to come to the United States.",
        due=None,
        vague=False,
        said="2022-08-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CDC_TB_NOFO_2022,
        published="2022-08-01",
    ),
    # the same page: 'for a period of up to two years', a standing limit for a class of cases with no start of its own (CONVENTIONS 1.3): recurring
    B(
        text="Ukrainians who have a supporter in the United States may be considered for humanitarian parole, on a case-by-case basis, for a period of up to two years.",
        due=None,
        vague=False,
        said="2022-08-01 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_CDC_TB_NOFO_2022,
        published="2022-08-01",
    ),
    # the same page: funds 'previously awarded ... on January 1, 2022': past
    B(
        text="These funds are in addition to, and separate from, funds CDC previously awarded to jurisdictions through CDC-RFA-PS20-2001 on January 1, 2022.",
        due=None,
        vague=False,
        said="2022-08-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CDC_TB_NOFO_2022,
        published="2022-08-01",
    ),
    # the same page: a deadline '60 days after award', the award undated in this sentence (CONVENTIONS 1.3): event; unsure: 14 October 2022, end of day EDT (60 days after the 'on or around August 15, 2022' of a later sentence)
    B(
        text="The application deadline is 60 days after award.",
        due=None,
        vague=False,
        said="2022-08-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CDC_TB_NOFO_2022,
        published="2022-08-01",
    ),
    # the same page: a webinar that 'was held on July 28, 2022': past
    B(
        text="An informational webinar was held on July 28, 2022 from 3pm-4pm ET.",
        due=None,
        vague=False,
        said="2022-08-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CDC_TB_NOFO_2022,
        published="2022-08-01",
    ),
    # the same page: funds made available 'on or around August 15, 2022' (CONVENTIONS 3.1): 15 August 2022, end of day EDT
    B(
        text="The Ukraine supplemental funding will be made available to each recipient on or around August 15, 2022.",
        due="2022-08-16 03:59:59",
        vague=False,
        said="2022-08-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CDC_TB_NOFO_2022,
        published="2022-08-01",
    ),
    # the same page: 'Within five business days of receipt of this guidance', a limit running from an undated receipt (CONVENTIONS 1.3): event
    B(
        text="Within five business days of receipt of this guidance, the Principal Investigator (PI) or Authorized Official for each respective recipient is required to acknowledge receipt of this guidance as a Grant Note in GrantSolutions.",
        due=None,
        vague=False,
        said="2022-08-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CDC_TB_NOFO_2022,
        published="2022-08-01",
    ),
    # US Centers for Disease Control and Prevention, grants page 'Hurricane and Tropical Storms' (last updated Monday 11 September 2017, the date the page gives; as mirrored on med.iiab.me; the heading and the 'Page last reviewed' and 'Page last updated' lines are not quoted): emergencies that 'have' been declared after 'the recent series' of storms: past
    B(
        text="President Donald Trump and Health and Human Services Secretary Tom Price, M.D. have declared public health emergencies in multiple States and Territories in response to the recent series of hurricanes/tropical storms.",
        due=None,
        vague=False,
        said="2017-09-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CDC_HURRICANE_GRANTS_2017,
        published="2017-09-11",
    ),
    # the same page: 'on time' sets no time for any act: no deadline
    B(
        text="CDC understands that these hurricanes/tropical storms will affect some applicants’ and recipients’ ability to submit applications and/or reports on time due to their closure or ability to operate.",
        due=None,
        vague=False,
        said="2017-09-11 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CDC_HURRICANE_GRANTS_2017,
        published="2017-09-11",
    ),
    # the same page: 'beyond current deadlines' and 'late submissions' name no date: no deadline
    B(
        text="CDC will consider accepting applications beyond current deadlines for new awards, non-competing continuations, and supplemental awards, as well as late submissions of required reports, on a case-by-case basis.",
        due=None,
        vague=False,
        said="2017-09-11 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CDC_HURRICANE_GRANTS_2017,
        published="2017-09-11",
    ),
    # the same page: 'additional time' of no length: no deadline
    B(
        text="For applicants or current recipients (as applicable) adversely affected by a hurricane/tropical storm that need additional time for submission(s) please do the following:",
        due=None,
        vague=False,
        said="2017-09-11 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CDC_HURRICANE_GRANTS_2017,
        published="2017-09-11",
    ),
    # the same page: 'as soon as possible but prior to the closing date', the closing date of each notice undated here (CONVENTIONS 5.2): event
    B(
        text="Applicants to a new Notice of Funding Opportunity (NOFO) must review Part II D.4. Submission Dates and Times and Part II G. Agency Contacts, for the name of the CDC Grants Staff to contact for assistance as soon as possible but prior to the closing date to request an extension.",
        due=None,
        vague=False,
        said="2017-09-11 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CDC_HURRICANE_GRANTS_2017,
        published="2017-09-11",
    ),
    # the same page: 'a limit on the number of days' of no stated length: no deadline
    B(
        text="Please note that competitive awards may have a limit on the number of days an extension can be approved.",
        due=None,
        vague=False,
        said="2017-09-11 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CDC_HURRICANE_GRANTS_2017,
        published="2017-09-11",
    ),
    # the same page: 'within 10 days of the due date or as soon as you are able', hung on each recipient's undated due date (CONVENTIONS 1.3 and 5.2): event
    B(
        text="If further direction or clarification is needed, you must contact the assigned CDC Project Officer for programmatic concerns or Grants Management Specialist for administrative matters within 10 days of the due date or as soon as you are able to assess your needs to determine next steps for program execution and/or to discuss submission extensions.",
        due=None,
        vague=False,
        said="2017-09-11 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CDC_HURRICANE_GRANTS_2017,
        published="2017-09-11",
    ),
    # Scottish Government, consultation hub front page, as archived by the National Records of Scotland's web archive on Thursday 30 September 2021 (the capture's date; the list items the site cuts off with '... More', the headings and the link texts are not quoted): a consultation's status line 'Closes today', a day word on the act (CONVENTIONS 2.1): 30 September 2021, end of day BST
    B(
        text="Closes today",
        due="2021-09-30 22:59:59",
        vague=False,
        said="2021-09-30 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_SCOT_CONSULT_30SEP21,
        published="2021-09-30",
    ),
    # the same page: a consultation's status line 'Closed 28 September 2021': past
    B(
        text="Closed 28 September 2021",
        due=None,
        vague=False,
        said="2021-09-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_CONSULT_30SEP21,
        published="2021-09-30",
    ),
    # the same page: 'has now closed': past
    B(
        text="This consultation has now closed.",
        due=None,
        vague=False,
        said="2021-09-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_CONSULT_30SEP21,
        published="2021-09-30",
    ),
    # the same page: 'in due course', a vague window of 60 days (CONVENTIONS 5.1): 29 November 2021, end of day GMT
    B(
        text="A full analysis of responses will be published in due course.",
        due="2021-11-29 23:59:59",
        vague=True,
        said="2021-09-30 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_SCOT_CONSULT_30SEP21,
        published="2021-09-30",
    ),
    # the same page: 'Closed 24 September 2021': past
    B(
        text="Closed 24 September 2021",
        due=None,
        vague=False,
        said="2021-09-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_CONSULT_30SEP21,
        published="2021-09-30",
    ),
    # the same page: 'Closed 22 September 2021': past
    B(
        text="Closed 22 September 2021",
        due=None,
        vague=False,
        said="2021-09-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_CONSULT_30SEP21,
        published="2021-09-30",
    ),
    # the same page: 'the current system', a present state: no deadline
    B(
        text="In relation to ETROs, many individuals, organisations and local authorities are not content with the current system (71%).",
        due=None,
        vague=False,
        said="2021-09-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_CONSULT_30SEP21,
        published="2021-09-30",
    ),
    # the same page: 'When considering responses', a finding of an analysis already made: past
    B(
        text="When considering responses to Loading Bays and Redetermination Orders there was clear division in the types of responses received.",
        due=None,
        vague=False,
        said="2021-09-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_CONSULT_30SEP21,
        published="2021-09-30",
    ),
    # the same page: 'now underway' on a present state, and no time for the new regulations: no deadline
    B(
        text="Preparations are now underway for new regulations and the feedback received from this consultation will help shape that process.",
        due=None,
        vague=False,
        said="2021-09-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_CONSULT_30SEP21,
        published="2021-09-30",
    ),
    # the same page: a consultation that 'took place between 15 March 2021 and 25 June 2021': past
    B(
        text="A public consultation took place between 15 March 2021 and 25 June 2021.",
        due=None,
        vague=False,
        said="2021-09-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_CONSULT_30SEP21,
        published="2021-09-30",
    ),
    # Scottish Government, consultation hub page 'We Asked, You Said, We Did' (the page shows no date of its own; read at Friday 1 April 2022, and every label of this page holds for any day up to 30 October 2022; the headings and the sentences without a time word are not quoted): a year in the name of an Act: no deadline
    B(
        text="We asked for your views on draft proposals to extend the effects of a coronavirus related modification to the Public Health etc. (Scotland) Act 2008.",
        due=None,
        vague=False,
        said="2022-04-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_WEASKED_2022,
        published="2022-04-01",
    ),
    # the same page: a duty that 'was suspended ... during the pandemic': past
    B(
        text="This duty was suspended by the UK Coronavirus Act 2020 on a temporary basis as part of legislative modifications deemed necessary during the pandemic.",
        due=None,
        vague=False,
        said="2022-04-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_WEASKED_2022,
        published="2022-04-01",
    ),
    # the same page: a duty that 'was ... developed', and what 'would have been required throughout' the pandemic: past
    B(
        text="The compensation duty in the 2008 Act was predominantly developed to address the support people who find themselves isolating would require where there was small-scale outbreaks of notifiable infectious diseases rather than to provide support at the scale that would have been required throughout Covid-19 pandemic.",
        due=None,
        vague=False,
        said="2022-04-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_WEASKED_2022,
        published="2022-04-01",
    ),
    # the same page: a point of the list: 'whilst isolating' sets no time for any act: no deadline
    B(
        text="the National Assistance Helpline (NAH), a central support phone line that people self-isolating can call to engage the relevant local authority team who can triage their need for support whilst isolating; and",
        due=None,
        vague=False,
        said="2022-04-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_WEASKED_2022,
        published="2022-04-01",
    ),
    # the same page: a point of the list of what the proposed legislation would do: the effects kept 'to 30 October 2022' (CONVENTIONS 3.3 and 3.4): 30 October 2022, end of day GMT (the clocks went back that morning); unsure: no deadline (a proposal put to consultation, no undertaking)
    B(
        text="extend the effects of the existing modification to the 2008 Act relating to compensation from the date the legislation was in force to 30 October 2022;",
        due="2022-10-30 23:59:59",
        vague=False,
        said="2022-04-01 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_SCOT_WEASKED_2022,
        published="2022-04-01",
    ),
    # Scottish Government, consultation hub finder, a page of consultations sorted by opening date (the page shows no date of its own; read at Tuesday 1 June 2021, and every label of this page holds for any day from 16 December 2020 to 31 December 2023; the titles and the items the site cuts off with '... More' are not quoted): an item's status line 'Opened 15 December 2020': past
    B(
        text="Opened 15 December 2020",
        due=None,
        vague=False,
        said="2021-06-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_FINDER_DEC20,
        published="2021-06-01",
    ),
    # the same page: a standing rule for new buildings 'from 2024', only a start (CONVENTIONS 3.2): earliest 1 January 2024, 00:00 GMT
    B(
        text="The Scottish Government is committed to ensuring that, from 2024, new buildings must use heating systems which produce zero direct emissions at the point of use.",
        due=None,
        vague=False,
        said="2021-06-01 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2024-01-01 00:00:00",
        cluster=5,
        source=_SCOT_FINDER_DEC20,
        published="2021-06-01",
    ),
    # the same page: 'currently' on work under way: no deadline
    B(
        text="We are currently developing our New Build Heat Standard to achieve this, and this initial Scoping Consultation aims to set out our high-level vision for the new Standard - which has been underpinned by a series of key outcomes.",
        due=None,
        vague=False,
        said="2021-06-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_FINDER_DEC20,
        published="2021-06-01",
    ),
    # the same page: 'Opened 9 December 2020': past
    B(
        text="Opened 9 December 2020",
        due=None,
        vague=False,
        said="2021-06-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_FINDER_DEC20,
        published="2021-06-01",
    ),
    # the same page: 'Opened 8 December 2020': past
    B(
        text="Opened 8 December 2020",
        due=None,
        vague=False,
        said="2021-06-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_FINDER_DEC20,
        published="2021-06-01",
    ),
    # the same page: 'during' in the title of an opinion: no deadline
    B(
        text="We are seeking views on the recommendations made by the Farm Animal Welfare Committee in their ‘Opinion on the Welfare of Animals during Transport’.",
        due=None,
        vague=False,
        said="2021-06-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_FINDER_DEC20,
        published="2021-06-01",
    ),
    # the same page: 'Opened 4 December 2020': past
    B(
        text="Opened 4 December 2020",
        due=None,
        vague=False,
        said="2021-06-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_FINDER_DEC20,
        published="2021-06-01",
    ),
    # US Food and Drug Administration, Federal Register notice 82 FR 18298, 'Oncologic Drugs Advisory Committee; Notice of Meeting; Establishment of a Public Docket; Request for Comments' (Tuesday 18 April 2017; the title, the header lines and the docket lines are not quoted; the summary, printed twice, is taken once; the 'DATES' line is cut off by the end of the opening): 'a forthcoming ... meeting' of no date: no deadline
    B(
        text="The Food and Drug Administration (FDA or Agency) announces a forthcoming public advisory committee meeting of the Oncologic Drugs Advisory Committee.",
        due=None,
        vague=False,
        said="2017-04-18 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FR_ODAC_18APR17,
        published="2017-04-18",
    ),
    # US Food and Drug Administration, advisory committee calendar page 'UPDATED LOCATION INFORMATION: September 14, 2016: Oncologic Drugs Advisory Committee Meeting Announcement' (the calendar entry is dated Tuesday 13 September 2016, read at that day; as archived by FDA's PageFreezer archive; the breadcrumbs, the title, the bare 'Date:' and 'Time:' fields and the headings are not quoted): a location that 'has been changed', the perfect of an act done (CONVENTIONS 2.4): past; unsure: 14 September 2016, end of day EDT (the meeting the sentence dates)
    B(
        text="The location has been changed for the September 14, 2016, meeting of the Oncologic Drugs Advisory Committee to the; Tommy Douglas Conference Center, 10000 New Hampshire Avenue, Silver Spring, Maryland 20903.",
        due=None,
        vague=False,
        said="2016-09-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FDA_ODAC_14SEP16,
        published="2016-09-13",
    ),
    # the same page: the table row, run together as the page has it: a range of clock times on 14 September 2016, its later end (CONVENTIONS 6.1): 13:00 EDT
    B(
        text="CDERSeptember 14, 20168:00 a.m. to 1:00 p.mTommy Douglas Conference Center",
        due="2016-09-14 17:00:00",
        vague=False,
        said="2016-09-13 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FDA_ODAC_14SEP16,
        published="2016-09-13",
    ),
    # the same page: 'immediate' names a kind of treatment, no time for any act: no deadline
    B(
        text="The proposed indication (use) for this product is for immediate intravesical instillation post-transurethral resection of bladder tumors in patients with non-muscle invasive bladder cancer.",
        due=None,
        vague=False,
        said="2016-09-13 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FDA_ODAC_14SEP16,
        published="2016-09-13",
    ),
    # the same page: 'no later than 2 business days before the meeting', the meeting undated in this sentence: event; unsure: 12 September 2016, end of day EDT (two business days before the 14 September meeting)
    B(
        text="FDA intends to make background material available to the public no later than 2 business days before the meeting.",
        due=None,
        vague=False,
        said="2016-09-13 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FDA_ODAC_14SEP16,
        published="2016-09-13",
    ),
    # the same page: 'prior to the meeting' and 'after the meeting', hung on the meeting: event
    B(
        text="If FDA is unable to post the background material on its Web site prior to the meeting, the background material will be made publicly available at the location of the advisory committee meeting, and the background material will be posted on FDA’s Web site after the meeting.",
        due=None,
        vague=False,
        said="2016-09-13 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FDA_ODAC_14SEP16,
        published="2016-09-13",
    ),
    # the same page: a year in the name of a link: no deadline
    B(
        text="Background material is available at: 2016 Meeting Materials, Oncologic Drugs Advisory Committee",
        due=None,
        vague=False,
        said="2016-09-13 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FDA_ODAC_14SEP16,
        published="2016-09-13",
    ),
    # US Food and Drug Administration, advisory committee calendar page 'February 26, 2020: Meeting of the Oncologic Drugs Advisory Committee Meeting Announcement' (the page shows no date of publication; read at Monday 3 February 2020, and every label of this page holds for any day from then to 24 February 2020; as archived by FDA's PageFreezer archive; the breadcrumbs, the title, the bare 'Date:' and 'Time:' fields, the headings and the sentences on indications without a time word are not quoted): the table row: a range of clock times on 26 February 2020, its later end (CONVENTIONS 6.1): 17:00 EST
    B(
        text="CDER February 26, 2020 8:00 a.m. to 5:00 p.m.",
        due="2020-02-26 22:00:00",
        vague=False,
        said="2020-02-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FDA_ODAC_26FEB20,
        published="2020-02-03",
    ),
    # the same page: 'During the morning session' of a meeting this sentence does not date: event; unsure: 26 February 2020, 12:00 EST (the end of the morning of the meeting's day)
    B(
        text="During the morning session, the committee will discuss new drug application 212578 for padeliporfin di-potassium powder for solution for injection, submitted by STEBA Biotech, S.A.",
        due=None,
        vague=False,
        said="2020-02-03 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FDA_ODAC_26FEB20,
        published="2020-02-03",
    ),
    # the same page: 'During the afternoon session', the same: event; unsure: 26 February 2020, 18:00 EST (the end of the afternoon, the parser's docstring)
    B(
        text="During the afternoon session, the committee will discuss supplemental biologics license application 125477/S-034, for CYRAMZA (ramucirumab) injection for intravenous use, submitted by Eli Lilly and Company.",
        due=None,
        vague=False,
        said="2020-02-03 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FDA_ODAC_26FEB20,
        published="2020-02-03",
    ),
    # the same page: 'no later than two (2) business days before the meeting': event; unsure: 24 February 2020, end of day EST
    B(
        text="FDA intends to make background material available to the public no later than two (2) business days before the meeting.",
        due=None,
        vague=False,
        said="2020-02-03 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FDA_ODAC_26FEB20,
        published="2020-02-03",
    ),
    # US Food and Drug Administration, meeting announcement 'June 20, 2019 Meeting of the Pediatric Oncology Subcommittee of the Oncologic Drugs Advisory Committee', updated 'as of May 24, 2019' and read at that day (Friday 24 May 2019), as reposted on einpresswire.com in 2023 (only FDA's words are quoted; the 'UPDATED INFORMATION: (as of May 24, 2019)' line is a date line and is not quoted): the date and time line: a range of clock times on 20 June 2019, its later end (CONVENTIONS 6.1): 15:30 EDT
    B(
        text="Date: June 20, 2019 Time: 9:00 AM - 3:30 PM ET",
        due="2019-06-20 19:30:00",
        vague=False,
        said="2019-05-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FDA_PEDONC_20JUN19,
        published="2019-05-24",
    ),
    # the same page: portions that 'have been changed', the perfect of an act done (CONVENTIONS 2.4): past; unsure: 20 June 2019, end of day EDT (the meeting the sentence dates)
    B(
        text="The meeting time, agenda, and public participation portions have been changed for the June 20, 2019 Meeting of the Pediatric Oncology Subcommittee of the Oncologic Drugs Advisory Committee.",
        due=None,
        vague=False,
        said="2019-05-24 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FDA_PEDONC_20JUN19,
        published="2019-05-24",
    ),
    # the same page: clock times of a meeting this sentence does not date: event; unsure: 20 June 2019, 15:30 EDT (the meeting's day, from the line above)
    B(
        text="The meeting time has changed to 9:00 a.m. to 3:30 p.m.",
        due=None,
        vague=False,
        said="2019-05-24 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FDA_PEDONC_20JUN19,
        published="2019-05-24",
    ),
    # the same page: 'During the morning session' of the meeting: event; unsure: 20 June 2019, 12:00 EDT
    B(
        text="During the morning session, the particular matter for this meeting will be review and discussion of the FDA Reauthorization Act of 2017 (FDARA) mandated Relevant Pediatric Molecular Target List now posted on the FDA website: https://www.fda.gov/about-fda/oncology-center-excellence/pediatric-oncology.",
        due=None,
        vague=False,
        said="2019-05-24 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FDA_PEDONC_20JUN19,
        published="2019-05-24",
    ),
    # the same page: 'previously' on lists already published, and no time for the review: no deadline
    B(
        text="FDA is required by statute to review and update the previously approved and published lists.",
        due=None,
        vague=False,
        said="2019-05-24 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FDA_PEDONC_20JUN19,
        published="2019-05-24",
    ),
    # the same page: 'During the afternoon session': event; unsure: 20 June 2019, 18:00 EDT (the end of the afternoon; the meeting itself ends at 15:30)
    B(
        text="During the afternoon session, information will be presented to gauge investigator interest in exploring potential pediatric development plans for two products in various stages of development for adult cancer indications.",
        due=None,
        vague=False,
        said="2019-05-24 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FDA_PEDONC_20JUN19,
        published="2019-05-24",
    ),
    # US Food and Drug Administration, Federal Register notice 'Oncologic Drugs Advisory Committee; Notice of Meeting' (Monday 23 August 1999, the date of its header), as stored in the govdocs1 corpus (the header lines, the title, the bare field names and the location line are not quoted; the last agenda sentence is cut off by the end of the opening): 'a forthcoming meeting' of no date in this sentence: no deadline
    B(
        text="This notice announces a forthcoming meeting of a public advisory committee of the Food and Drug Administration (FDA).",
        due=None,
        vague=False,
        said="1999-08-23 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FR_ODAC_23AUG99,
        published="1999-08-23",
    ),
    # the same page: a meeting on two days with a range of clock times, the later end (CONVENTIONS 6.1): 17 September 1999, 17:00 EDT
    B(
        text="Date and Time: The meeting will be held on September 16 and 17, 1999, 8 a.m. to 5 p.m.",
        due="1999-09-17 21:00:00",
        vague=False,
        said="1999-08-23 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FR_ODAC_23AUG99,
        published="1999-08-23",
    ),
    # the same page: 'up-to-date' sets no time for any act: no deadline
    B(
        text="Please call the Information Line for up-to-date information on this meeting.",
        due=None,
        vague=False,
        said="1999-08-23 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FR_ODAC_23AUG99,
        published="1999-08-23",
    ),
    # the same page: a discussion 'On September 16, 1999' (CONVENTIONS 3.1): 16 September 1999, end of day EDT
    B(
        text="Agenda: On September 16, 1999, the committee will discuss: (1) New drug application (NDA) 21-053, UFT (tegafur and uracil) Capsules, Bristol-Myers Squibb Co., indicated, with leucovorin calcium tablets, for the first-line treatment of metastatic colorectal cancer; and (2) NDA 50-772, EvacetTM (doxorubicin HCl liposome injection), The Liposome Co., Inc., indicated for the first-line treatment of metastatic breast cancer in combination with cyclophosphamide.",
        due="1999-09-17 03:59:59",
        vague=False,
        said="1999-08-23 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FR_ODAC_23AUG99,
        published="1999-08-23",
    ),
    # New Zealand Parliamentary Counsel Office, proactively released Cabinet paper 'Legislation Act 2019—Regulations and Commencement Orders' of the Attorney-General (released 15 September 2021, read at that day; the 'Released' and 'Lodged' date lines, the coversheet's headings and the licence line are not quoted; the points of the list are taken without their numbers; the last paragraph is cut off by the end of the opening): a point of the list: a year in the name of regulations: no deadline
    B(
        text="Legislation (Publication) Regulations 2021;",
        due=None,
        vague=False,
        said="2021-09-14 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_PCO_CABPAPER_2021,
        published="2021-09-15",
    ),
    # the same page: the next point, the same: no deadline
    B(
        text="Legislation Act (Sub-delegated Secondary Legislation) Regulations 2021;",
        due=None,
        vague=False,
        said="2021-09-14 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_PCO_CABPAPER_2021,
        published="2021-09-15",
    ),
    # the same page: the next point, the same: no deadline
    B(
        text="Legislation Act (Amendments to Legislation) Regulations 2021; and",
        due=None,
        vague=False,
        said="2021-09-14 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_PCO_CABPAPER_2021,
        published="2021-09-15",
    ),
    # the same page: the last point: years in the names of orders: no deadline
    B(
        text="3 Commencement Orders – the Legislation Act 2019 Commencement Order 2021, Secondary Legislation Act Commencement Order 2021, and Legislation (Repeals and Amendments) Act Commencement Order 2021.",
        due=None,
        vague=False,
        said="2021-09-14 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_PCO_CABPAPER_2021,
        published="2021-09-15",
    ),
    # the same page: a policy 'approved on 20 May 2021': past
    B(
        text="The regulations implement the policy that Cabinet approved on 20 May 2021 [LEG-21-MIN-0072; CAB-21-MIN-0178].",
        due=None,
        vague=False,
        said="2021-09-14 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_PCO_CABPAPER_2021,
        published="2021-09-15",
    ),
    # the same page: 'after commencement' describes a class of provisions, and no time is set for the regulations: no deadline
    B(
        text="The Legislation (Publication) Regulations 2021 will set publication and notification requirements for secondary legislation drafted by agencies under new empowering provisions enacted after commencement of the Legislation Act 2019 (the Act).",
        due=None,
        vague=False,
        said="2021-09-14 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_PCO_CABPAPER_2021,
        published="2021-09-15",
    ),
    # the same page: 'before the Act’s commencement' describes a class of provisions: no deadline
    B(
        text="The Act will preserve the publication and notification requirements for secondary legislation made under empowering provisions that existed before the Act’s commencement.",
        due=None,
        vague=False,
        said="2021-09-14 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_PCO_CABPAPER_2021,
        published="2021-09-15",
    ),
    # the same page: a year in the name of regulations: no deadline
    B(
        text="The Legislation Act (Sub-delegated Secondary Legislation) Regulations 2021 consequentially amend secondary legislation that sub-delegates powers to make legislation, to state that the sub-delegated instruments are secondary legislation.",
        due=None,
        vague=False,
        said="2021-09-14 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_PCO_CABPAPER_2021,
        published="2021-09-15",
    ),
    # New Zealand Parliamentary Counsel Office, page 'PCO Quarterly' (the page shows no date of its own; its latest item is of October 2017; read at Wednesday 1 November 2017; the subtitle, the list of issues, the item headings, a photo caption and the sentences without a time word are not quoted; the last point is cut off by the end of the opening): 'Quarterly' in the name of a newsletter: no deadline
    B(
        text="The PCO Quarterly is intended for anyone involved in instructing the PCO.",
        due=None,
        vague=False,
        said="2017-10-31 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_PCO_QUARTERLY_2017,
        published="2017-11-01",
    ),
    # the same page: help that 'has been' given to members 'newly elected': past
    B(
        text="The PCO has been helping Members newly elected to Parliament in their orientation.",
        due=None,
        vague=False,
        said="2017-10-31 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_PCO_QUARTERLY_2017,
        published="2017-11-01",
    ),
    # the same page: changes that 'came into effect from 30 June 2017': past
    B(
        text="These came into effect from 30 June 2017 with the issue of Cabinet Office Circular CO (17) 3 Impact Analysis Requirements.",
        due=None,
        vague=False,
        said="2017-10-31 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_PCO_QUARTERLY_2017,
        published="2017-11-01",
    ),
    # Victorian Government, Budget 2024-25 page 'Our Big Build' (the page shows no date of its own; the budget of which it is part was delivered on Tuesday 7 May 2024, read at that day; the headings and the sentences without a time word are not quoted; the last sentence is cut off by the end of the opening): 'now' and 'the future' set no time for any act: no deadline
    B(
        text="The Victorian Government is building the road and rail Victorians need now, and for the future.",
        due=None,
        vague=False,
        said="2024-05-07 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_VIC_BIG_BUILD_2024,
        published="2024-05-07",
    ),
    # the same page: work that ramps up 'as more of our projects come to completion', an undated event: event
    B(
        text="And as more of our projects come to completion, work on North East Link and Suburban Rail Loop will ramp up – providing the opportunity for skilled workers to use their talents on our next big transport projects, energy projects and housing.",
        due=None,
        vague=False,
        said="2024-05-07 00:00:00",
        tz="Australia/Melbourne",
        refusal="event",
        cluster=5,
        source=_VIC_BIG_BUILD_2024,
        published="2024-05-07",
    ),
    # the same page: the Metro Tunnel 'Opening next year' (CONVENTIONS 3.1): 31 December 2025, end of day AEDT
    B(
        text="Opening next year, it will be the biggest and most transformational public transport project since the City Loop opened more than 40 years ago.",
        due="2025-12-31 12:59:59",
        vague=False,
        said="2024-05-07 00:00:00",
        tz="Australia/Melbourne",
        cluster=4,
        source=_VIC_BIG_BUILD_2024,
        published="2024-05-07",
    ),
    # the same page: readiness 'for day one', the undated opening: event; unsure: 31 December 2025 (the 'next year' of the sentence before)
    B(
        text="This year’s Budget provides $233 million for activities to get us ready for day one – recruiting and training drivers, timetabling, completing final testing, preparing customer information and education, and training a dedicated customer service team.",
        due=None,
        vague=False,
        said="2024-05-07 00:00:00",
        tz="Australia/Melbourne",
        refusal="event",
        cluster=5,
        source=_VIC_BIG_BUILD_2024,
        published="2024-05-07",
    ),
    # the same page: 'from the get go' sets no time for any act: no deadline
    B(
        text="Getting Victorians familiar with how to use the Metro Tunnel from the get go, this Budget funds a dedicated team of people deployed across the project to improve customer experience and ensure things run smoothly.",
        due=None,
        vague=False,
        said="2024-05-07 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_VIC_BIG_BUILD_2024,
        published="2024-05-07",
    ),
    # the same page: a tunnel 'set to open in 2025' (CONVENTIONS 3.1): 31 December 2025, end of day AEDT
    B(
        text="We’re also getting ready for the West Gate Tunnel – also set to open in 2025.",
        due="2025-12-31 12:59:59",
        vague=False,
        said="2024-05-07 00:00:00",
        tz="Australia/Melbourne",
        cluster=6,
        source=_VIC_BIG_BUILD_2024,
        published="2024-05-07",
    ),
    # the same page: '24/7 truck bans', a standing rule: recurring
    B(
        text="New camera technology will enforce our legislated 24/7 truck bans on roads across our inner west communities – taking 9,000 trucks off local roads.",
        due=None,
        vague=False,
        said="2024-05-07 00:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_VIC_BIG_BUILD_2024,
        published="2024-05-07",
    ),
    # the same page: a promise to remove crossings 'by 2030', the promise told in the past but the act still to come (CONVENTIONS 2.2 and 3.5): 31 December 2030, end of day AEDT
    B(
        text="We promised to remove 110 dangerous and congested level crossings by 2030.",
        due="2030-12-31 12:59:59",
        vague=False,
        said="2024-05-07 00:00:00",
        tz="Australia/Melbourne",
        cluster=6,
        source=_VIC_BIG_BUILD_2024,
        published="2024-05-07",
    ),
    # Victorian Government, page 'Victorian Major Projects Pipeline' listing the new projects of 2023-24 (the page shows no date of its own; read at Saturday 1 July 2023, and every label of this page holds for any day of 2023; the headings, the link texts, the project names, the table's range cells and the sentences without a time word are not quoted; the last row is cut off by the end of the opening): 'over the next decade and beyond', a span with no end: no deadline
    B(
        text="The Victorian Major Projects Pipeline has been designed to make it easier for businesses, suppliers and contractors to contribute to the major projects that will transform the state over the next decade and beyond.",
        due=None,
        vague=False,
        said="2023-07-01 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_VIC_PIPELINE_2023,
        published="2023-07-01",
    ),
    # the same page: facilities 'to open in 2026 and 2027', the later year (CONVENTIONS 6.1): 31 December 2027, end of day AEDT
    B(
        text="This initiative will contribute to building new facilities across the state to open in 2026 and 2027, including new early learning facilities on government school sites and low-fee non-government school sites, and expanding existing services.",
        due="2027-12-31 12:59:59",
        vague=False,
        said="2023-07-01 00:00:00",
        tz="Australia/Melbourne",
        cluster=3,
        source=_VIC_PIPELINE_2023,
        published="2023-07-01",
    ),
    # Victorian Government, the same address without 'www', stored in its later version listing the new projects of 2024-25 (the page shows no date of its own; read at Monday 1 July 2024, and every label of this page holds for any day of 2024-25; the link text, the headings, the project names, the range cells and the cells without a time word are not quoted; the last cell is cut off by the end of the opening): 'the current' system, a present state: no deadline
    B(
        text="Maintain the current Digital Train Radio System to ensure the safe operation of Victoria’s metropolitan train network and investigate options to modernise Victoria’s metropolitan train network telecommunication systems.",
        due=None,
        vague=False,
        said="2024-07-01 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_VIC_PIPELINE_2024,
        published="2024-07-01",
    ),
    # the same page: a year in the name of a statement: no deadline
    B(
        text="This initiative contributes to the delivery of the Government’s election commitment, ‘A Hospital Plan for our growing Northern suburbs’ as published in Labor’s Financial Statement 2022.",
        due=None,
        vague=False,
        said="2024-07-01 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_VIC_PIPELINE_2024,
        published="2024-07-01",
    ),
    # US Government Accountability Office, recommendations database, open recommendations under the subject term 'Program implementation' (the page gives its data 'As of October 25, 2020' and is read at Monday 26 October 2020; the headings, the contact lines, the report number and date lines, the agency and status fields and the sentences without a time word are not quoted; the last comment is cut off by the end of the opening): 'still' on a present state: no deadline
    B(
        text="GAO’s recommendations database contains report recommendations that still need to be addressed.",
        due=None,
        vague=False,
        said="2020-10-26 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_GAO_RECS_PROGIMPL,
        published="2020-10-26",
    ),
    # the same page: 'when implemented', an undated event: event
    B(
        text="Moreover, when implemented, some of our priority recommendations can save large amounts of money, help Congress make decisions on major issues, and substantially improve or transform major government programs or agencies, among other benefits.",
        due=None,
        vague=False,
        said="2020-10-26 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_GAO_RECS_PROGIMPL,
        published="2020-10-26",
    ),
    # the same page: a count 'As of October 25, 2020', a day before the reading: past
    B(
        text="As of October 25, 2020, there are 4812 open recommendations, of which 473 are priority recommendations.",
        due=None,
        vague=False,
        said="2020-10-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GAO_RECS_PROGIMPL,
        published="2020-10-26",
    ),
    # the same page: 'until they are designated', an undated event of each recommendation (CONVENTIONS 1.3): event
    B(
        text="Recommendations remain open until they are designated as Closed-implemented or Closed-not implemented.",
        due=None,
        vague=False,
        said="2020-10-26 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_GAO_RECS_PROGIMPL,
        published="2020-10-26",
    ),
    # the same page: a release DOD 'expected ... in late 2019', a time gone by the day of reading: past
    B(
        text="Comments: DOD concurred with this recommendation, and stated that it planned to determine performance metrics in coordination with its release of its final guidance on middle-tier programs, which DOD expected to release in late 2019.",
        due=None,
        vague=False,
        said="2020-10-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GAO_RECS_PROGIMPL,
        published="2020-10-26",
    ),
    # the same page: 'In December 2019, Congress passed': past
    B(
        text="In December 2019, Congress passed the fiscal year 2020 National Defense Authorization Act.",
        due=None,
        vague=False,
        said="2020-10-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GAO_RECS_PROGIMPL,
        published="2020-10-26",
    ),
    # US Government Accountability Office, recommendations database, open recommendations under the subject term 'Information management' (read at Monday 26 October 2020, as the page above; its introduction repeats that page's words and is not quoted again; the report line and the fields are not quoted): actions expected 'by the end of calendar year 2018', gone by the day of reading: past
    B(
        text="Comments: DOD agreed with this recommendation and stated that the department expected to complete actions to address it by the end of calendar year 2018.",
        due=None,
        vague=False,
        said="2020-10-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GAO_RECS_INFOMGMT,
        published="2020-10-26",
    ),
    # the same page: 'In August 2019, Navy officials told us': past
    B(
        text="In August 2019, Navy officials told us that they had reviewed data on reverse auctions to determine a root cause of single bidders, and describing the factors that indicate that conducting a reverse auction are appropriate.",
        due=None,
        vague=False,
        said="2020-10-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GAO_RECS_INFOMGMT,
        published="2020-10-26",
    ),
    # the same page: 'not yet ... as of July 2020', a state at a past month: past
    B(
        text="However, they had not yet provided this information to contracting officials as of July 2020.",
        due=None,
        vague=False,
        said="2020-10-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GAO_RECS_INFOMGMT,
        published="2020-10-26",
    ),
    # US Government Accountability Office, recommendations database, open recommendations under the subject term 'Program goals or objectives' (read at Monday 26 October 2020, as the pages above; the repeated introduction, the report line and the fields are not quoted; the last sentence is cut off by the end of the opening): 'As of September 2019', a meeting 'held in April 2018': past
    B(
        text="As of September 2019, DOD officials stated that the Armed Forces Sports Council approved performance measures for the Armed Forces Sports Program at a council meeting held in April 2018.",
        due=None,
        vague=False,
        said="2020-10-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GAO_RECS_GOALS,
        published="2020-10-26",
    ),
    # the same page: measures that 'went into effect in January 2019': past
    B(
        text="Officials said the approved performance measures went into effect in January 2019 in conjunction with the Armed Forces Sports Program's 2019 calendar year.",
        due=None,
        vague=False,
        said="2020-10-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GAO_RECS_GOALS,
        published="2020-10-26",
    ),
    # US National Oceanic and Atmospheric Administration, Office of Ocean Exploration and Research, expedition plan page for the 2016 Deepwater Exploration of the Marianas (the page shows no date of publication; read at Friday 15 April 2016, before the expedition's start, and every label of this page holds for any day up to 19 April 2016; the bylines, the date heading 'April 20 – July 10, 2016' and the sentences without a time word are not quoted; the last sentence is cut off by the end of the opening): an expedition 'From April 20 to July 10, 2016', the later end (CONVENTIONS 6.1): 10 July 2016, end of day EDT
    B(
        text="From April 20 to July 10, 2016, NOAA and partners will conduct a three-cruise expedition on NOAA Ship Okeanos Explorer to collect critical baseline information of unknown and poorly known areas in and around the Marianas Trench Marine National Monument (MTMNM) and the Commonwealth of the Northern Mariana Islands (CNMI).",
        due="2016-07-11 03:59:59",
        vague=False,
        said="2016-04-15 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NOAA_EX1605_2016,
        published="2016-04-15",
    ),
    # the same page: 'In the coming months', a vague window of three months (the parser's docstring): 15 July 2016, end of day EDT; unsure: 10 July 2016 (the expedition's end, of the sentence before)
    B(
        text="In the coming months, we expect to explore bottomfish habitats, new hydrothermal vent sites, mud volcanoes, deep-sea coral and sponge communities, and seamounts, as well as subduction zone and trench areas.",
        due="2016-07-16 03:59:59",
        vague=True,
        said="2016-04-15 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NOAA_EX1605_2016,
        published="2016-04-15",
    ),
    # the same page: 'decades of previous work': past
    B(
        text="Despite decades of previous work in the region, much of the Monument and surrounding areas remain unexplored.",
        due=None,
        vague=False,
        said="2016-04-15 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NOAA_EX1605_2016,
        published="2016-04-15",
    ),
    # the same page: a year in the name of an expedition: no deadline
    B(
        text="The three-leg 2016 Deepwater Exploration of the Marianas expedition will help us identify and better understand new geological phenomena and habitats – such as extreme life living in the deepest oceanic trench on the planet, enormous mud volcanoes, active hydrothermal vents, chemosynthetic communities, and possibly deep-sea coral and sponge habitats – for which the Marianas Trench Marine National Monument was designated.",
        due=None,
        vague=False,
        said="2016-04-15 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NOAA_EX1605_2016,
        published="2016-04-15",
    ),
    # US National Oceanic and Atmospheric Administration, Office of Ocean Exploration and Research, overview page of the 2021 field season (the page shows no date of publication; read at Thursday 1 April 2021, and every label of this page holds for any day of April 2021; the date heading 'April 2021 – September 2021', the section heading and the sentences without a time word are not quoted; the last sentence is cut off by the end of the opening): 'ongoing' on a present state: no deadline
    B(
        text="Due to the ongoing COVID-19 global pandemic, the ship will be operating with a limited number of personnel following strict COVID-19 mitigation protocols in accordance with CDC and NOAA health and safety guidance.",
        due=None,
        vague=False,
        said="2021-04-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NOAA_2021_OVERVIEW,
        published="2021-04-01",
    ),
    # the same page: work 'From April through September 2021', the later end (CONVENTIONS 6.1): 30 September 2021, end of day EDT
    B(
        text="From April through September 2021, the NOAA Office of Ocean Exploration and Research (OER) will embark on NOAA Ship Okeanos Explorer to conduct exploration work in the North Atlantic Ocean (Figure 1).",
        due="2021-10-01 03:59:59",
        vague=False,
        said="2021-04-01 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NOAA_2021_OVERVIEW,
        published="2021-04-01",
    ),
    # the same page: '134 days at sea', a count of days that sets no time: no deadline
    B(
        text="A total of seven expeditions are planned, for a combined 134 days at sea.",
        due=None,
        vague=False,
        said="2021-04-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NOAA_2021_OVERVIEW,
        published="2021-04-01",
    ),
    # the same page: 'following' a repair period already over gives the work no time of its own: no deadline
    B(
        text="This work will occur following an intensive dry dock repair period in Pascagoula, Mississippi, that accomplished essential improvements to the vessel.",
        due=None,
        vague=False,
        said="2021-04-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NOAA_2021_OVERVIEW,
        published="2021-04-01",
    ),
    # the same page: 'The early portion of the field season', a part of a season this sentence does not date: event
    B(
        text="The early portion of the field season will be focused on reinstallation and testing of mission-critical science equipment following dry dock repairs, acceptance testing of a new state-of-the-art multibeam sonar system (Kongsberg EM 304), and reintegration and engineering tests of OER’s dual-body remotely operated vehicles (ROVs) Seirios and Deep Discoverer.",
        due=None,
        vague=False,
        said="2021-04-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NOAA_2021_OVERVIEW,
        published="2021-04-01",
    ),
    # the same page: 'exploration work in 2021' (CONVENTIONS 3.1): 31 December 2021, end of day EST; unsure: 30 September 2021 (the season's end, of a sentence before)
    B(
        text="The geographic focus of exploration work in 2021 will encompass the Blake Plateau (U.S. waters) as well as the New England Seamounts and the Corner Rise Seamounts (international waters).",
        due="2022-01-01 04:59:59",
        vague=False,
        said="2021-04-01 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NOAA_2021_OVERVIEW,
        published="2021-04-01",
    ),
    # US National Oceanic and Atmospheric Administration, Office of Ocean Exploration and Research, page 'NOAA Ship Okeanos Explorer: 2019 Expeditions Overview' (the page shows no date of publication; read at Monday 1 October 2018, the first day of the period it plans, and its label holds for any day of October 2018; the title, the date heading and the two map captions are not quoted; the last sentence is cut off by the end of the opening): expeditions 'From October 2018 to September 2019', the later end (CONVENTIONS 6.1): 30 September 2019, end of day EDT
    B(
        text="From October 2018 to September 2019, the NOAA Office of Ocean Exploration and Research will lead nine expeditions on NOAA Ship Okeanos Explorer, for a combined 173 days-at-sea, including one expedition focused on sea trails and shakedown operations in the Gulf of Mexico and five expeditions focused on exploring deepwater areas in the North Atlantic Ocean and Caribbean Sea.",
        due="2019-10-01 03:59:59",
        vague=False,
        said="2018-10-01 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NOAA_2019_OVERVIEW,
        published="2018-10-01",
    ),
    # GOV.UK, Ministry of Housing, Communities and Local Government, press release 'Continuity of planning (environmental) requirements when the UK leaves the European Union' (Wednesday 24 October 2018, the date its text names), as reposted on government-world.com (only the release's words are quoted; the title and the points of the list without a time word are not quoted; the last sentence is cut off by the end of the opening): 'has today (24 October 2018) published', the perfect with a day word (CONVENTIONS 2.4): past
    B(
        text="The government has today (24 October 2018) published statutory instruments in relation to environmental assessments and the planning regime.",
        due=None,
        vague=False,
        said="2018-10-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GOVUK_PLANNING_24OCT18,
        published="2018-10-24",
    ),
    # the same page: 'when the UK leaves the European Union', undated in this sentence: event; unsure: 29 March 2019, end of day GMT (the date a later sentence gives)
    B(
        text="These instruments make no substantive changes of policy, but when the UK leaves the European Union (EU) these instruments will ensure the continued smooth operation of the following regimes relating to the environment and the planning system:",
        due=None,
        vague=False,
        said="2018-10-24 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_GOVUK_PLANNING_24OCT18,
        published="2018-10-24",
    ),
    # the same page: 'no longer' on a present state: no deadline
    B(
        text="These instruments also make a small number of amendments to other planning legislation, for example where there are references to obligations in EU law which are redundant or no longer appropriate.",
        due=None,
        vague=False,
        said="2018-10-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_PLANNING_24OCT18,
        published="2018-10-24",
    ),
    # the same page: a point of the list: 'as they did before the date we leave' describes how the regimes run and sets no time: no deadline
    B(
        text="will ensure that these regimes will continue to operate as they did before the date we leave the EU",
        due=None,
        vague=False,
        said="2018-10-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_PLANNING_24OCT18,
        published="2018-10-24",
    ),
    # the same page: the next point: 'retrospective' and decisions 'made before our EU exit' set no time for any act: no deadline
    B(
        text="will not be retrospective, and so there will be no need to re-examine any decisions made before our EU exit purely as a result of these changes",
        due=None,
        vague=False,
        said="2018-10-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_PLANNING_24OCT18,
        published="2018-10-24",
    ),
    # the same page: provisions that 'come into force on 31 December 2018' (CONVENTIONS 3.1): 31 December 2018, end of day GMT
    B(
        text="Those provisions come into force on 31 December 2018.",
        due="2018-12-31 23:59:59",
        vague=False,
        said="2018-10-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_GOVUK_PLANNING_24OCT18,
        published="2018-10-24",
    ),
    # the same page: provisions in force 'on 29 March 2019' (CONVENTIONS 3.1): 29 March 2019, end of day GMT
    B(
        text="All other provisions come into force at the point the UK leaves the European Union on 29 March 2019.",
        due="2019-03-29 23:59:59",
        vague=False,
        said="2018-10-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_GOVUK_PLANNING_24OCT18,
        published="2018-10-24",
    ),
    # the same page: 'Before these statutory instruments are formally laid', an undated event: event
    B(
        text="Before these statutory instruments are formally laid in Parliament, they have to go through a sifting process.",
        due=None,
        vague=False,
        said="2018-10-24 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_GOVUK_PLANNING_24OCT18,
        published="2018-10-24",
    ),
    # GOV.UK, Department for Communities and Local Government, policy paper 'DCLG third statement of new regulation: January to June 2012' (the stored text shows no date of publication; read at Tuesday 3 January 2012, and every label of this page holds for any day of the first half of 2012; the title, the history banner and the sentence without a time word are not quoted): regulations to implement or remove 'between 1 January and 30 June 2012', the later end (CONVENTIONS 6.1): 30 June 2012, end of day BST
    B(
        text="An overview of the regulations DCLG plans to implement or remove between 1 January and 30 June 2012.",
        due="2012-06-30 22:59:59",
        vague=False,
        said="2012-01-03 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_GOVUK_DCLG_OIOO_2012,
        published="2012-01-03",
    ),
    # the same page: the same range: 30 June 2012, end of day BST
    B(
        text="They’re scheduled to come into force between 1 January 2012 and 30 June 2012.",
        due="2012-06-30 22:59:59",
        vague=False,
        said="2012-01-03 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_GOVUK_DCLG_OIOO_2012,
        published="2012-01-03",
    ),
    # the same page: 'a year' is a rate, and the reduction has no time: no deadline; unsure: 31 December 2012, end of day GMT (the measures introduced 'this year')
    B(
        text="The headline figures show that the measures we’re introducing this year will reduce burdens on businesses by an estimated £230,000 a year.",
        due=None,
        vague=False,
        said="2012-01-03 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_DCLG_OIOO_2012,
        published="2012-01-03",
    ),
    # US Department of the Interior, Federal Register notices of October 2009 as listed on regulations.justia.com (abstracts of notices of the Bureau of Indian Affairs and the Bureau of Land Management dated Friday 30 October 2009, read at that day; the list's title, the document numbers, types, dates and agencies and the titles of the notices are not quoted; the last abstract is cut off by the end of the opening): a year in the name of an Act: no deadline
    B(
        text="The Office of Facilities, Environmental, and Cultural Resources (OFECR) is soliciting applications for allocations of the $400,000,000 in Tax Credit Bonding Authority granted to the Secretary of the Interior (``Secretary'') as a result of the American Reinvestment and Recovery Act (ARRA) of 2009.",
        due=None,
        vague=False,
        said="2009-10-30 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOI_FR_OCT09,
        published="2009-10-30",
    ),
    # the same page: two tranches 'in calendar year 2009 and ... in calendar year 2010', the later (CONVENTIONS 6.1): 31 December 2010, end of day EST
    B(
        text="Distribution of the $400,000,000 of tax credit bonds will be in two tranches $200,000,000 in calendar year 2009 and $200,000,000 in calendar year 2010.",
        due="2011-01-01 04:59:59",
        vague=False,
        said="2009-10-30 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_DOI_FR_OCT09,
        published="2009-10-30",
    ),
    # the same page: 'deadlines' of no date and 'interim guidance': no deadline
    B(
        text="This Notice also provides related guidance on the following: (1) Eligibility requirements that a project must meet to be considered for an allocation; (2) application requirements, deadlines, and forms for requests for allocations; (3) the method that the Secretary will use to make the allocations; and (4) certain interim guidance in this area.",
        due=None,
        vague=False,
        said="2009-10-30 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOI_FR_OCT09,
        published="2009-10-30",
    ),
    # the same page: plats that 'has officially filed ... effective 9 a.m., on the dates specified', the perfect of an act done on dates not given: past
    B(
        text="The Bureau of Land Management (BLM) has officially filed the plats of survey of the lands described below in the BLM Idaho State Office, Boise, Idaho, effective 9 a.m., on the dates specified.",
        due=None,
        vague=False,
        said="2009-10-30 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOI_FR_OCT09,
        published="2009-10-30",
    ),
)
