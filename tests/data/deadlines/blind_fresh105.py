"""A HUNDRED-AND-FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), early in the morning (the machine's clock read 07:02 at
the start and about 07:10 when the labels were written), by a labelling helper (branch
issue12l105-s45) that neither changed, imported nor ran the parser, working at the same time as other
labellers of stop 45 (Scotland, Wales, Northern Ireland and Ireland; the EU, HMRC, kremlin.ru,
Wikinews and NASA; Australia, New Zealand and Canada), whose claims in the shared claims file were
treated as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in
full (rule 3.1a among them), the docstring, comments, some cases and README section of
`blind_fresh101.py`, and the top docstring of the parser package only (parts of the day, the vague
windows, early / mid / late, weeks Monday to Sunday, a range falling due at its later end); nothing
else of `bot/core/deadlines/` was opened. The brief asked for UK agencies and arm's-length bodies
under the Open Government Licence (National Highways / Highways England, the Environment Agency,
DVLA/DVSA, the Met Office's news, NHS England, Ofsted, the Charity Commission, Companies House, the
courts' and tribunals' notices, UK Parliament committees under the Open Parliament Licence) and at
most a quarter of US federal agencies (FAA, NOAA, FEMA, NPS); at least eight publishers, none above
a fifth of the cases, several genres, at least half of the cases from outside the United States.
The set quotes three Highways England weekly roadworks summaries (East of England, November 2016;
West Midlands, January 2017; Yorkshire and the Humber, February 2017), an Environment Agency flood
press release (December 2015) and rod-licence press release (2024), an NHS England London news item (31 March 2017), a House of Lords
Liaison Committee letter inviting inquiry proposals (autumn 2020), a chapter of the Commons Justice
Committee's report on court and tribunal reforms (2019; the courts' estate, in place of HMCTS's own
notices, which the searches did not offer), a Charity Commission press release on the January
filing deadline (2015), Companies House's coronavirus guidance (March 2020), two Ofsted statements
on the return to inspection (December 2020, January 2021), three Federal Aviation Administration
Federal Register documents (2015, 2019, 2024) and NOAA Fisheries' Federal Register summaries of
March 2016: 96 cases from 9 publishers (the largest, Highways England, holds 17, 17.7%; UK
Parliament 15, Ofsted 14, the Charity Commission 13, the Environment Agency 13), 10 of them (10.4%)
from the United States. Every sentence quoted holds a time word of some kind (a date, a clock
time, a day word, a part of the day, a period, a span, a year, a term, "now", "currently",
"current", "already", "previously", "ongoing", "long-term", "regularly", "overnight", "sooner",
"on time", "over the years", "season", "annual", "until", "before", "ahead of"); the sentences of the openings read that hold none were
skipped, as were titles, headings, date lines, labels before colons (the words after "DATES:" and
"Hand Delivery or Courier:" are quoted), speakers' names, links, source lines, figure captions,
sign-off lines and sentences cut off by the end of an opening. Paragraph numbers ("89.") and an
omission mark ("[…]") in front of a sentence were left out, footnote numbers and reference marks
("system.142", "centres[1]") kept as the pages have them; no word was changed ("saving and
additional 5,000 lives", and "Englands", "UKs" and the lost pound signs of the govwire copy, stay). The sentences were found with a search over stored copies of public
pages and taken as they came in the openings the search returns, in page order; to keep Highways
England at a fifth, the Yorkshire summary is quoted up to its fourth sentence with a time word, the
rest of that opening left unread for the set. See README.md ("Hundred-and-fifth fresh blind set")
for every address, publisher and licence. No address listed in README.md, in a README or file
under `tests/data/` or in the shared claims file was used: each was checked with the lead's
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh105`) in
`/work/helper-brief/claims.txt` before a quote was taken; pages the searches offered that were found
used and dropped: an Environment Agency weekend flood outlook of 5 February 2016, the Lords
Liaison Committee's letter of July 2021 (ld5802), a Highways England East of England summary for
8-14 August 2016, three archived FEMA news releases (2004, 2005), two FEMA pages on a feed
aggregator and a FEMA press-release list, a NOAA Atlantic herring closure notice (2014) and a
government-world.com page of Highways England's M25 summary (its phrase fresh, its address used),
a Met Office press release on publicnow.com (6 September 2024) and a DVSA strike notice on
ukpol.co.uk (April 2023).
Every sentence was then checked whole with the same tool (skipping this file): five were found used
(stock wording) and dropped (Highways England's "Summary of work being carried out this coming
week.", "These bulletins are now sent directly to journalists." and "The following information
summarises the work being carried out this coming week."; the Liaison Committee's sentences on
"greater consistency, this year" and "All ideas submitted by then"). Each label was worked out by
hand from the words, the publication date and the publisher's zone; the conversion of local instants
to UTC wall time, the weekdays and the day counts were done with Python's zoneinfo and datetime in a
scratch script outside the repository, never with code of the project. No run of
`parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before
the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 6.1"), then `blind_fresh101.py`: the publisher's zone (the UK publishers:
Europe/London; the FAA's and NOAA's Federal Register documents: America/New_York); the publication date at
10:00 local, and where a page carries no date in its opening, the one its words or its kind give
(each comment says which: the East of England summary the Friday before its week, as the other two
summaries are dated; the Environment Agency release Friday 4 December 2015, its "tonight (Friday)"
and the Storm Desmond weekend; the Liaison Committee letter 1 October 2020, four weeks before its
28 October deadline; the Justice Committee report 31 October 2019; the Charity Commission release
14 January 2015; the Companies House guidance 25 March 2020; the Ofsted statements 3 December 2020
and 8 January 2021; the Environment Agency's rod-licence release 1 March 2024; the NOAA listing
15 March 2016; these move only the labels that count from the moment of speaking: Ofsted's
"the coming months" and "shortly", and the "coming week" of the East of England summary); a day
falls due at 23:59:59 local; a range, a list, alternatives or a window fall due at their later end
(CONVENTIONS 1.1, 6.1); the nightly closures of the roadworks summaries fall due at the end of their
last named day, marked "unsure" with the last night's clock time as the other reading; school terms
are read as terms (spring term to 31 March 2021, summer term to 31 July 2021, "until after the
February half term" to the Sunday ending the half-term week), each marked "unsure" with the other
reading; the perfect is past (CONVENTIONS 2.4) unless the sentence gives the promised act a later
time of its own (CONVENTIONS 2.3); standing rules ("ten months from the end of their financial
year", "regularly", "overnight", office hours, opening in the evenings and weekends) are
`refusal='recurring'` (CONVENTIONS 1.3); a time hung on an undated event ("during the outbreak", "as
soon as this solution is available", "before your filing deadline") is `refusal='event'`; "shortly"
takes the documented 60 days and "the coming months" 3 months (CONVENTIONS 5.1, parser docstring);
"not before April" is `refusal='earliest'` (CONVENTIONS 3.2); effective dates of rules are one-off
events due that day (CONVENTIONS 3.1), and a change after a date is due the day after (3.1a);
fishing years are read as the fishery's own year (1 April to 31 March for South Atlantic black
sea bass, the calendar year for Atlantic sharks); refusals have `due=None` and a `refusal` kind; a sentence
whose time words set no time for any act has `due=None` and no refusal word. No sentence holds a
clock time without a day of its own except the FAA's office hours, a standing rule (CONVENTIONS 6.3
yields to 1.3 there). Clusters as in `blind_fresh101.py`: 1 no time set, 2 clock times, 3 ranges
and several dates, 4 parts of the day, periods and vague windows, 5 refusals, 6 plain days and
dates. 26 labels are refusals (past 12, recurring 8, event 4, earliest 1, negated 1), 2 are vague;
25 labels are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HE16 = "https://www.gov.uk/government/news/planned-roadworks-in-the-east-of-england-weekly-summary-for-monday-21-to-sunday-27-november-2016"
_HE17 = "http://government-world.com/uk/politics-2/page/10599/?print=print-search"
_HE17Y = "http://government-world.com/press-release-planned-roadworks-in-yorkshire-and-the-humber-summary-for-monday-20-february-to-sunday-26-february-2017"
_EA = "https://gov.uk/government/news/environment-agency-warns-of-potential-flooding-in-northern-england-this-weekend"
_EA24 = "http://govwire.co.uk/news/environment-agency/press-release-environment-agency-to-invest-an-additional-230k-into-fisheries-through-rod-licence-card-change-72076"
_NHS = "https://www.england.nhs.uk/london/2017/03/31/new-services-for-patients-in-london-as-part-of-national-nhs-plan/"
_LIA = "https://publications.parliament.uk/pa/ld5801/ldselect/ldliaison/194/19407.htm"
_JUS = "https://publications.parliament.uk/pa/cm201919/cmselect/cmjust/190/19007.htm"
_CC = "https://www.gov.uk/government/news/regulator-urges-charities-with-january-deadline-to-file-on-time-and-online"
_CH = "https://www.gov.uk/guidance/coronavirus-guidance-for-companies-house-customers-employees-and-suppliers"
_OF20 = "http://government-world.com/uk/politics-2/hm-government/page/2754/?print=print-search"
_OF21 = "https://www.parliamenttoday.com/free/viewnews.html?id=124150"
_FAA24 = "https://regulations.justia.com/regulations/fedreg/2024/10/08/2024-23136.html"
_FAA19 = "https://regulations.justia.com/regulations/fedreg/2019/07/25/2019-15840.html"
_FAA15 = "https://regulations.justia.com/regulations/fedreg/2015/09/02/2015-21567.html"
_NOAA16 = "https://regulations.justia.com/regulations/fedreg/agencies/department-of-commerce/national-oceanic-and-atmospheric-administration/2016/03?registers=between"

FRESH105_CASES: tuple[BlindCase, ...] = (
    # Highways England, GOV.UK press release 'Planned roadworks in the East of England: weekly summary for Monday 21 to Sunday 27 November 2016' (taken as published Friday 18 November 2016); zone Europe/London, said at 10:00 local by convention. 'as of the above date' dates the information, not an act: due None, no refusal word
    B(
        text="It is correct as of the above date but could be subject to change due to weather conditions or unforeseen circumstances.",
        due=None,
        vague=False,
        said="2016-11-18 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HE16,
        published="2016-11-18",
    ),
    # the same page: the signage work finishes on Thursday 15 December 2016; the clock times are the nightly working window. Due the end of the named day. unsure: the clock times are those of each night's closure; a careful reader could put the end at the last night's clock time instead of the end of the named day (05:00 on 15 December, or 05:00 on 16 December if Thursday night is worked) [local due 2016-12-15 23:59:59 Europe/London]
    B(
        text="We will be working overnight on weekdays only between 10pm and 5am, finishing on Thursday 15 December.",
        due="2016-12-15 23:59:59",
        vague=False,
        said="2016-11-18 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HE16,
        published="2016-11-18",
    ),
    # the same page: a range of days falls due at its later end, Thursday 24 November 2016 (CONVENTIONS 6.1); 'This week', said on Friday 18 November, means the coming week the dates name [local due 2016-11-24 23:59:59 Europe/London]
    B(
        text="This week we are working on signage at junction 9, from Monday 21 to Thursday 24 November.",
        due="2016-11-24 23:59:59",
        vague=False,
        said="2016-11-18 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE16,
        published="2016-11-18",
    ),
    # the same page: a closure on one named day, Tuesday 22 November 2016 (CONVENTIONS 3.1) [local due 2016-11-22 23:59:59 Europe/London]
    B(
        text="The northbound entry slip road to the M1 will be closed while we are working on Tuesday 22 November, with traffic diverted to join the M1 southbound, exit at junction 8 (Hemel Hempstead), and return north.",
        due="2016-11-22 23:59:59",
        vague=False,
        said="2016-11-18 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HE16,
        published="2016-11-18",
    ),
    # the same page: a range of days falls due at its later end, Saturday 3 December 2016 (CONVENTIONS 6.1). unsure: the clock times are those of each night's closure; a careful reader could put the end at the last night's clock time instead of the end of the named day (06:00 on 3 December, the end of the Friday night's shift) [local due 2016-12-03 23:59:59 Europe/London]
    B(
        text="We will be working overnight between Monday 21 November and Saturday 3 December, between 8pm and 6am on weeknights only.",
        due="2016-12-03 23:59:59",
        vague=False,
        said="2016-11-18 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE16,
        published="2016-11-18",
    ),
    # Highways England press release 'Planned roadworks in West Midlands: weekly summary for Monday 30 January to Sunday 5 February 2017' (correct as of 27 January 2017; government-world.com copy); zone Europe/London, said at 10:00 local by convention. the improvements 'over the coming week' (Monday 30 January to Sunday 5 February 2017, said on Friday 27 January) fall due at the week's end; 'correct as of 27 January 2017' dates the summary. unsure: a careful reader could say the sentence sets no time for any act (due None) [local due 2017-02-05 23:59:59 Europe/London]
    B(
        text="The following summary of planned new and ongoing road improvements over the coming week is correct as of 27 January 2017 but could be subject to change due to weather conditions or unforeseen circumstances.",
        due="2017-02-05 23:59:59",
        vague=False,
        said="2017-01-27 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE17,
        published="2017-01-27",
    ),
    # the same page: A38 Alrewas to Cappers Lane: closures from 30 January until 5 February 2017 fall due at the later end (CONVENTIONS 3.3, 6.1). unsure: the clock times are those of each night's closure; a careful reader could put the end at the last night's clock time instead of the end of the named day (06:00 on 5 or 6 February) [local due 2017-02-05 23:59:59 Europe/London]
    B(
        text="The Southbound carriageway and associated Slip Road closed overnight between 8pm and 6am from 30 January until 5 February.",
        due="2017-02-05 23:59:59",
        vague=False,
        said="2017-01-27 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE17,
        published="2017-01-27",
    ),
    # the same page: A38 Cappers Lane to Alrewas: until 1 February 2017 (CONVENTIONS 3.3, 6.1). unsure: the clock times are those of each night's closure; a careful reader could put the end at the last night's clock time instead of the end of the named day [local due 2017-02-01 23:59:59 Europe/London]
    B(
        text="The southbound carriageway and associated slip road closed overnight between 8pm and 6am from 30 January until 1 February.",
        due="2017-02-01 23:59:59",
        vague=False,
        said="2017-01-27 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE17,
        published="2017-01-27",
    ),
    # the same page: until 5 February 2017 (CONVENTIONS 3.3, 6.1). unsure: the clock times are those of each night's closure; a careful reader could put the end at the last night's clock time instead of the end of the named day [local due 2017-02-05 23:59:59 Europe/London]
    B(
        text="The Links from Out of City A38M will be closed overnight between 9pm and 6am from 30 January until 5 February.",
        due="2017-02-05 23:59:59",
        vague=False,
        said="2017-01-27 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE17,
        published="2017-01-27",
    ),
    # the same page: A449 Gailey roundabout: until 5 February 2017 (CONVENTIONS 3.3, 6.1). unsure: the clock times are those of each night's closure; a careful reader could put the end at the last night's clock time instead of the end of the named day [local due 2017-02-05 23:59:59 Europe/London]
    B(
        text="The northbound carriageway will be closed overnight between 8pm and 6am from 30 January until 5 February.",
        due="2017-02-05 23:59:59",
        vague=False,
        said="2017-01-27 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE17,
        published="2017-01-27",
    ),
    # the same page: A45: until 5 February 2017 (CONVENTIONS 3.3, 6.1). unsure: the clock times are those of each night's closure; a careful reader could put the end at the last night's clock time instead of the end of the named day [local due 2017-02-05 23:59:59 Europe/London]
    B(
        text="The eastbound carriageway will be closed overnight between 8pm and 6am from 30 January until 5 February.",
        due="2017-02-05 23:59:59",
        vague=False,
        said="2017-01-27 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE17,
        published="2017-01-27",
    ),
    # the same page: A456 M5 junction 3 roundabout: until 5 February 2017 (CONVENTIONS 3.3, 6.1). unsure: the clock times are those of each night's closure; a careful reader could put the end at the last night's clock time instead of the end of the named day [local due 2017-02-05 23:59:59 Europe/London]
    B(
        text="The roundabout will be closed overnight between 8pm and 6am from 31 January until 5 February.",
        due="2017-02-05 23:59:59",
        vague=False,
        said="2017-01-27 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE17,
        published="2017-01-27",
    ),
    # the same page: A46 Birmingham Road: until 5 February 2017 (CONVENTIONS 3.3, 6.1). unsure: the clock times are those of each night's closure; a careful reader could put the end at the last night's clock time instead of the end of the named day [local due 2017-02-05 23:59:59 Europe/London]
    B(
        text="The northbound entry slip road will be closed overnight between 7pm and 7am from 30 January until 5 February.",
        due="2017-02-05 23:59:59",
        vague=False,
        said="2017-01-27 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE17,
        published="2017-01-27",
    ),
    # Highways England press release 'Planned roadworks in Yorkshire and the Humber: summary for Monday 20 February to Sunday 26 February 2017' (correct as of Friday 17 February; government-world.com copy); zone Europe/London, said at 10:00 local by convention. the improvements 'over the coming week' (Monday 20 to Sunday 26 February 2017, said on Friday 17 February) fall due at the week's end. unsure: a careful reader could say the sentence sets no time for any act (due None) [local due 2017-02-26 23:59:59 Europe/London]
    B(
        text="The following summary of planned new and ongoing road improvements over the coming week is correct as of Friday 17 February and could be subject to change due to weather conditions or unforeseen circumstances.",
        due="2017-02-26 23:59:59",
        vague=False,
        said="2017-02-17 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE17Y,
        published="2017-02-17",
    ),
    # the same page: 'currently' sets no time: due None, no refusal word
    B(
        text="The hard shoulder is currently closed in both directions between junction 32 and junction 34 as part of the smart motorway scheme.",
        due=None,
        vague=False,
        said="2017-02-17 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HE17Y,
        published="2017-02-17",
    ),
    # the same page: seven nights from Monday 20 February 2017: the seventh is the night of Sunday 26 February; a window falls due at its end (CONVENTIONS 1.1), night ending 23:59:59 (parser docstring). unsure: a careful reader could put it at the morning of Monday 27 February, when the last night's closure lifts [local due 2017-02-26 23:59:59 Europe/London]
    B(
        text="The northbound entry slip road at junction 33 will be fully closed overnight for seven nights from Monday 20 February.",
        due="2017-02-26 23:59:59",
        vague=False,
        said="2017-02-17 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE17Y,
        published="2017-02-17",
    ),
    # the same page: six nights from Tuesday 21 February 2017: the sixth is the night of Sunday 26 February (CONVENTIONS 1.1). unsure: the morning of 27 February [local due 2017-02-26 23:59:59 Europe/London]
    B(
        text="The northbound exit slip road at junction 34 will be fully closed overnight for six nights from Tuesday 21 February.",
        due="2017-02-26 23:59:59",
        vague=False,
        said="2017-02-17 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE17Y,
        published="2017-02-17",
    ),
    # Environment Agency, GOV.UK press release 'Environment Agency warns of potential flooding in northern England this weekend' (tonight is 'Friday'; taken as Friday 4 December 2015, Storm Desmond's weekend); zone Europe/London, said at 10:00 local by convention. the page's summary line; the forecast window 'this weekend' (Saturday 5 and Sunday 6 December 2015) falls due at its end, as fresh96 and fresh101 read flood forecasts [local due 2015-12-06 23:59:59 Europe/London]
    B(
        text="The Environment Agency is warning communities in northern England to prepare for flooding this weekend.",
        due="2015-12-06 23:59:59",
        vague=False,
        said="2015-12-04 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EA,
        published="2015-12-04",
    ),
    # the same page: the forecast window runs 'into Sunday morning' (6 December 2015); morning ends at 12:00 (parser docstring); the later end counts (CONVENTIONS 6.1) [local due 2015-12-06 12:00:00 Europe/London]
    B(
        text="Heavy and persistent heavy rain is expected tonight (Friday) throughout Saturday and into Sunday morning.",
        due="2015-12-06 12:00:00",
        vague=False,
        said="2015-12-04 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EA,
        published="2015-12-04",
    ),
    # the same page: 'today and over the weekend': the later end, Sunday 6 December 2015 (CONVENTIONS 6.1) [local due 2015-12-06 23:59:59 Europe/London]
    B(
        text="The River Severn will also continue to rise today and over the weekend bringing flood risk for Shropshire, Telford & Wrekin, Worcestershire and Gloucestershire.",
        due="2015-12-06 23:59:59",
        vague=False,
        said="2015-12-04 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_EA,
        published="2015-12-04",
    ),
    # the same page: the perfect with 'throughout the week' tells of deployments already done: past (CONVENTIONS 2.4)
    B(
        text="The Environment Agency has deployed temporary defences in Shrewsbury, Ironbridge, and Bewdley throughout the week to protect properties from flooding.",
        due=None,
        vague=False,
        said="2015-12-04 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA,
        published="2015-12-04",
    ),
    # the same page: 'already' sets no time for any act: due None, no refusal word
    B(
        text="River levels across northern England are already high and are expected to rise with this further heavy rainfall, bringing with them a significant risk of flooding that could cause major disruption to roads and travel.",
        due=None,
        vague=False,
        said="2015-12-04 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EA,
        published="2015-12-04",
    ),
    # the same page: 'ahead of the weekend' read as 'before the weekend': the end of the day before the weekend starts, Friday 4 December 2015 (CONVENTIONS 3.5) [local due 2015-12-04 23:59:59 Europe/London]
    B(
        text="We are working closely with the emergency services and partners to prepare ahead of the weekend.",
        due="2015-12-04 23:59:59",
        vague=False,
        said="2015-12-04 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EA,
        published="2015-12-04",
    ),
    # the same page: 'already' sets no time for any act: due None, no refusal word
    B(
        text="Our teams are already in action clearing watercourses, maintaining existing defences and deploying temporary defences where these can be effective.",
        due=None,
        vague=False,
        said="2015-12-04 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EA,
        published="2015-12-04",
    ),
    # Environment Agency press release 'Environment Agency to invest an additional £230k into fisheries through rod licence card change' (undated in the opening; taken as 1 March 2024; govwire.co.uk copy); zone Europe/London, said at 10:00 local by convention. 'by 2025' falls due at the year's end (CONVENTIONS 3.5); 'has announced today' is the verb of speaking (CONVENTIONS 2.2) [local due 2025-12-31 23:59:59 Europe/London]
    B(
        text="Nearly a quarter of a million pounds will be reinvested into fisheries by 2025 to better fund enforcement work, improve fisheries habitats and create more angling opportunities across the UK, the Environment Agency has announced today, as part of a transitional move to simpler rod licences.",
        due="2025-12-31 23:59:59",
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EA24,
        published="2024-03-01",
    ),
    # the same page: a change taking effect after 31 May 2024: the cards end, checked on 1 June 2024 (CONVENTIONS 3.1a). unsure: a careful reader could take the new option as only open from 1 June (CONVENTIONS 3.2, earliest 1 June 2024 00:00 BST) or put it at 31 May [local due 2024-06-01 23:59:59 Europe/London]
    B(
        text="After 31 May 2024, anglers will have the option to receive a rod licence via email or text, or an A4 letter, and will no longer receive plastic coated rod licence cards with illustrations.",
        due="2024-06-01 22:59:59",
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EA24,
        published="2024-03-01",
    ),
    # the same page: 'Last year' (2023), past tense: past ('Englands' and the lost pound sign as the copy has them)
    B(
        text="Last year, nearly 21 million of rod licence income was reinvested to help improve Englands fisheries and angling facilities such as creating fish passes, supplying and stocking fish species and improving habitats for fish.",
        due=None,
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA24,
        published="2024-03-01",
    ),
    # the same page: 'Since 2021' with the perfect: past (CONVENTIONS 2.4)
    B(
        text="Since 2021, over one million digital licences have been issued to anglers, helping to reduce waste and progress the Environment Agency towards carbon net zero targets.",
        due=None,
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA24,
        published="2024-03-01",
    ),
    # the same page: 'For the last 15 years', perfect: past
    B(
        text="For the last 15 years, anglers have received rod licence cards with illustrations capturing the UKs most iconic species such as the Gudgeon and the Perch.",
        due=None,
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA24,
        published="2024-03-01",
    ),
    # the same page: 'over the years' of illustrations already made: past
    B(
        text="We understand the popularity of the images on our rod licence cards amongst anglers, and want to thank David Miller for his unique and inspirational illustrations over the years.",
        due=None,
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA24,
        published="2024-03-01",
    ),
    # NHS England (London), news 'New services for patients in London as part of national NHS plan', Friday 31 March 2017; zone Europe/London, said at 10:00 local by convention. the setting out is done today (perfect, CONVENTIONS 2.4), but the sentence gives the promised act, meeting the priorities, a later time of its own, 'over the next two years' from 31 March 2017: due 31 March 2019 (CONVENTIONS 2.3, 1.1). unsure: a careful reader could read the whole as past (2.4) [local due 2019-03-31 23:59:59 Europe/London]
    B(
        text="The NHS in England has today (Friday 31 March) set out how it will meet the priorities of patients and the public across the region over the next two years by better integrating health and care services.",
        due="2019-03-31 22:59:59",
        vague=False,
        said="2017-03-31 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_NHS,
        published="2017-03-31",
    ),
    # the same page: 'Two-and-a-half years on since' looks back; 'today's plan' names the document; the changes are given no time: due None, no refusal word
    B(
        text="Two-and-a-half years on since the publication of the widely-welcomed NHS Five Year Forward View, today’s plan sets out the changes which will take place across the health service in four key areas:",
        due=None,
        vague=False,
        said="2017-03-31 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NHS,
        published="2017-03-31",
    ),
    # the same page: 'a year' is a rate, no time for the new centres: due None, no refusal word
    B(
        text="Improved cancer care – aimed at saving and additional 5,000 lives a year across England, patients in London will have access to five new one-stop testing centres[1] to help speed up and improve diagnosis, six state of the art linear accelerator radiotherapy machines[2], as well as new national screening programmes for bowel cancer.",
        due=None,
        vague=False,
        said="2017-03-31 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NHS,
        published="2017-03-31",
    ),
    # the same page: 'sooner' compares, it is no undertaking of a time (not the vague 'soon' of CONVENTIONS 5.1): due None, no refusal word
    B(
        text="Mental health services for new mothers will also be increased and more mental health professionals in the community and hospitals will help prevent crisis admissions by ensuring more patients get help sooner.",
        due=None,
        vague=False,
        said="2017-03-31 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NHS,
        published="2017-03-31",
    ),
    # the same page: opening 'in the evenings and weekends' is a standing pattern: recurring (CONVENTIONS 1.3)
    B(
        text="Better access to GP services – with everyone benefiting from extended opening in the evenings and weekends, newly designated ‘Urgent Treatment Centres’ and an enhanced 111 service to ease pressure on A&Es.",
        due=None,
        vague=False,
        said="2017-03-31 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_NHS,
        published="2017-03-31",
    ),
    # House of Lords Liaison Committee, letter inviting proposals for special inquiry committees (HL Paper 194, 2019-21; taken as 1 October 2020); zone Europe/London, said at 10:00 local by convention. 'In April' (2020) of a plan told in the past: past
    B(
        text="In April the Liaison Committee was due to undertake its regular process of shortlisting and, ultimately, choosing four special inquiry topics for the forthcoming year.",
        due=None,
        vague=False,
        said="2020-10-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LIA,
        published="2020-10-01",
    ),
    # the same page: late March and early April 2020, past tense: past
    B(
        text="In late March and early April a number of members of the Liaison Committee suggested that the usual special inquiry process be ‘paused’, in order to allow a degree of re-focusing upon the present situation.",
        due=None,
        vague=False,
        said="2020-10-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LIA,
        published="2020-10-01",
    ),
    # the same page: 'current' sets no time for any act: due None, no refusal word
    B(
        text="It was suggested that there should be a re-orientation of our scrutiny work to take account of current circumstances.",
        due=None,
        vague=False,
        said="2020-10-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LIA,
        published="2020-10-01",
    ),
    # the same page: 'long-term' qualifies the implications; the recommendation is told in the past with no time: due None, no refusal word
    B(
        text="In response, we recommended, and the House agreed, the establishment of a dedicated committee to undertake a comprehensive examination of the long-term implications of COVID-19.",
        due=None,
        vague=False,
        said="2020-10-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LIA,
        published="2020-10-01",
    ),
    # the same page: the selection in July is past, but the selected committees are 'to start later this year': due the end of 2020 (CONVENTIONS 2.3; 'later this <period>' runs to the period's end, parser docstring). unsure: a careful reader could read the whole as past [local due 2020-12-31 23:59:59 Europe/London]
    B(
        text="In July the Liaison Committee selected two special inquiry committees to start later this year, as well as separately recommending the establishment of a committee to scrutinise common frameworks.",
        due="2020-12-31 23:59:59",
        vague=False,
        said="2020-10-01 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_LIA,
        published="2020-10-01",
    ),
    # the same page: 'early 2021' is January to April (parser docstring: early / mid / late split a year in thirds): due 30 April 2021 [local due 2021-04-30 23:59:59 Europe/London]
    B(
        text="On behalf of the Liaison Committee, I am now writing to invite members to suggest proposals for two more special inquiry committees to start in early 2021.",
        due="2021-04-30 22:59:59",
        vague=False,
        said="2020-10-01 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_LIA,
        published="2020-10-01",
    ),
    # the same page: the only time, 'earlier this year', is that of submissions already made: past
    B(
        text="All the proposals which were submitted earlier this year will be automatically considered by the committee, there is no need for members which made those proposals to re-submit them unless they want to change or to withdraw them.",
        due=None,
        vague=False,
        said="2020-10-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LIA,
        published="2020-10-01",
    ),
    # the same page: 28 October, next occurrence after the letter: 2020 (GMT, summer time having ended on 25 October) [local due 2020-10-28 23:59:59 Europe/London]
    B(
        text="The deadline for all submissions, including any re-submissions, is 28 October.",
        due="2020-10-28 23:59:59",
        vague=False,
        said="2020-10-01 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LIA,
        published="2020-10-01",
    ),
    # the same page: 'no later than 28 October' (2020, GMT) [local due 2020-10-28 23:59:59 Europe/London]
    B(
        text="Proposals should be sent to the Clerk of the Liaison Committee, Philippa Tudor, by email: hlliaisoncmttee@parliament.uk no later than 28 October.",
        due="2020-10-28 23:59:59",
        vague=False,
        said="2020-10-01 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LIA,
        published="2020-10-01",
    ),
    # House of Commons Justice Committee report 'Court and tribunal reforms' (HC 190, 2019), chapter 4; taken as 31 October 2019; zone Europe/London, said at 10:00 local by convention. 'a year' is a rate of spending, no time for any act: due None, no refusal word
    B(
        text="HMCTS spends around £400 million a year on running the court and tribunals estate.",
        due=None,
        vague=False,
        said="2019-10-31 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_JUS,
        published="2019-10-31",
    ),
    # the same page: 2011 and 'explained', past: past (the sentence ends in a colon before a quotation, quoted as it stands)
    B(
        text="HMCTS, which was established in 2011, explained that it:",
        due=None,
        vague=False,
        said="2019-10-31 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_JUS,
        published="2019-10-31",
    ),
    # the same page: the quoted continuation: 'over a long period of time' in the past tense: past
    B(
        text="inherited a physical estate developed by different organisations over a long period of time.",
        due=None,
        vague=False,
        said="2019-10-31 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_JUS,
        published="2019-10-31",
    ),
    # the same page: 'had long been', past: past
    B(
        text="Many of our buildings had long been underused, or were inappropriate for modern use, and many towns and cities hosted a number of buildings.",
        due=None,
        vague=False,
        said="2019-10-31 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_JUS,
        published="2019-10-31",
    ),
    # the same page: '21st century' names an age, not a time for any act: due None, no refusal word (the page's '[…]' before it and its footnote number '142' as the page has it)
    B(
        text="As a result, our estate has been expensive to run and hearings have been held in buildings not fit for a 21st century justice system.142",
        due=None,
        vague=False,
        said="2019-10-31 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_JUS,
        published="2019-10-31",
    ),
    # the same page: closures between 2010 and 2018, told in the past: past
    B(
        text="Between 2010 and 2018, 162 of 323 magistrates’ courts closed along with 90 of 240 county courts, 28 of 83 tribunal buildings, 17 of 185 family courts and 8 of 92 Crown Court buildings.145",
        due=None,
        vague=False,
        said="2019-10-31 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_JUS,
        published="2019-10-31",
    ),
    # Charity Commission, GOV.UK press release 'Regulator urges charities with January deadline to file on time and online' (January 2015; taken as 14 January 2015); zone Europe/London, said at 10:00 local by convention. the page's summary line: 'on time' names no time: due None, no refusal word
    B(
        text="File accounts on time, and online.",
        due=None,
        vague=False,
        said="2015-01-14 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CC,
        published="2015-01-14",
    ),
    # the same page: the withdrawal note: 'current' sets no time for any act: due None, no refusal word
    B(
        text="No longer current.",
        due=None,
        vague=False,
        said="2015-01-14 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CC,
        published="2015-01-14",
    ),
    # the same page: the 31 January deadline, next occurrence after mid-January 2015 [local due 2015-01-31 23:59:59 Europe/London]
    B(
        text="The Charity Commission is urging charities with a 31 January deadline for accounts and annual returns to file on time and file online.",
        due="2015-01-31 23:59:59",
        vague=False,
        said="2015-01-14 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_CC,
        published="2015-01-14",
    ),
    # the same page: a standing time limit for a class of cases: recurring (CONVENTIONS 1.3)
    B(
        text="Charities have ten months from the end of their financial year to submit their annual documents.",
        due=None,
        vague=False,
        said="2015-01-14 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CC,
        published="2015-01-14",
    ),
    # the same page: 'the end of this month': 31 January 2015; 31 March is a standing year end [local due 2015-01-31 23:59:59 Europe/London]
    B(
        text="Around 54,000 charities have a financial year end of 31 March, meaning their accounts and annual returns are due at the end of this month.",
        due="2015-01-31 23:59:59",
        vague=False,
        said="2015-01-14 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_CC,
        published="2015-01-14",
    ),
    # the same page: 'updated overnight' is a standing service of each filing: recurring (CONVENTIONS 1.3)
    B(
        text="This is the quickest and easiest way to submit accounts and it enables a charity’s profile to be updated overnight.",
        due=None,
        vague=False,
        said="2015-01-14 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CC,
        published="2015-01-14",
    ),
    # the same page: a standing length of a process: recurring (CONVENTIONS 1.3)
    B(
        text="The 20-minute process is set out in a video tutorial produced by the commission in easy to follow steps.",
        due=None,
        vague=False,
        said="2015-01-14 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CC,
        published="2015-01-14",
    ),
    # the same page: 'now' tells of a present possibility, no time for any act: due None, no refusal word
    B(
        text="In addition, charities can now authorise their accountant or other adviser to submit accounts on the trustees’ behalf.",
        due=None,
        vague=False,
        said="2015-01-14 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CC,
        published="2015-01-14",
    ),
    # the same page: a standing rule for a class of cases: recurring (CONVENTIONS 1.3)
    B(
        text="Charities who fail to file their annual documents for two or more years face a statutory inquiry by the commission.",
        due=None,
        vague=False,
        said="2015-01-14 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CC,
        published="2015-01-14",
    ),
    # the same page: 'ongoing' sets no time: due None, no refusal word
    B(
        text="There is an ongoing class inquiry (see endnote 1) into charities that are in default of their statutory obligations to meet reporting requirements.",
        due=None,
        vague=False,
        said="2015-01-14 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CC,
        published="2015-01-14",
    ),
    # the same page: 'regularly': a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="Charities are regularly reminded by the commission of their legal responsibilities.",
        due=None,
        vague=False,
        said="2015-01-14 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CC,
        published="2015-01-14",
    ),
    # the same page: 'now' urges, the deadline named is 31 January 2015: due then [local due 2015-01-31 23:59:59 Europe/London]
    B(
        text="With the 31 January deadline fast approaching, the regulator is urging charities to submit their information now.",
        due="2015-01-31 23:59:59",
        vague=False,
        said="2015-01-14 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_CC,
        published="2015-01-14",
    ),
    # the same page: '10 months' and 'at regular intervals' are standing: recurring (CONVENTIONS 1.3)
    B(
        text="There is no excuse for charities to be late when they have 10 months to prepare and are reminded at regular intervals by us.",
        due=None,
        vague=False,
        said="2015-01-14 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CC,
        published="2015-01-14",
    ),
    # Companies House, GOV.UK guidance 'Coronavirus guidance for Companies House customers, employees and suppliers' (stored version of late March 2020; taken as 25 March 2020); zone Europe/London, said at 10:00 local by convention. 'during the outbreak' hangs the commitment on an undated event: event (CONVENTIONS 1.3)
    B(
        text="Companies House has robust plans in place to maintain services for our customers and protect the welfare of our employees during the coronavirus (COVID-19) outbreak.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: 'previously' compares with the past, no time for any act: due None, no refusal word
    B(
        text="We may not be able to process paper documents as quickly as we have done previously.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: 'currently' and 'urgently' set no time: due None, no refusal word
    B(
        text="For the small number of filings that do not currently have an online service - we’re urgently working on a service to upload your documents and make a payment where necessary.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: 'already' sets no time: due None, no refusal word
    B(
        text="This will only be available for documents that do not already have an online service.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: 'as soon as' hung on an undated event: event (CONVENTIONS 5.2)
    B(
        text="We will update you as soon as this solution is available.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: 'on time' names no time: due None, no refusal word
    B(
        text="Your company should take appropriate measures to make sure accounts are filed on time, like filing your accounts online if you’re able to.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: a 3 month extension running from each company's undated filing deadline: event (CONVENTIONS 1.3)
    B(
        text="If your accounts will be late because your company is affected by COVID-19, and your filing deadline has not yet passed, you can apply for an automatic and immediate 3 month extension to file your accounts.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: 'already' sets no time: due None, no refusal word
    B(
        text="Companies that have already extended their filing deadline, or shortened their accounting reference period, may not be eligible for an extension.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: 'before' an undated deadline of each case: event (CONVENTIONS 1.3)
    B(
        text="You must apply before your filing deadline.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_CH,
        published="2020-03-25",
    ),
    # Ofsted press release 'Ofsted: phased return to inspections' (December 2020; taken as 3 December 2020; government-world.com copy); zone Europe/London, said at 10:00 local by convention. the return 'in 2021' falls due at the year's end. unsure: a careful reader could take the negated 'before the summer term' as a lower bound (earliest, the summer term's start in April 2021) [local due 2021-12-31 23:59:59 Europe/London]
    B(
        text="Ofsted’s return to inspection in 2021 will happen in phases, with no graded inspections for education or social care providers planned before the summer term.",
        due="2021-12-31 23:59:59",
        vague=False,
        said="2020-12-03 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OF20,
        published="2020-12-03",
    ),
    # the same page: 'today' dates another's announcement, not an act of Ofsted with a time: due None, no refusal word (CONVENTIONS 2.2)
    B(
        text="Following the Secretary of State’s announcement today, Ofsted is able to set out plans for its return to inspection in schools and further education providers – as well as plans for inspections and regulatory work in early years and social care.",
        due=None,
        vague=False,
        said="2020-12-03 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OF20,
        published="2020-12-03",
    ),
    # the same page: 'returns next year': due the end of 2021 [local due 2021-12-31 23:59:59 Europe/London]
    B(
        text="The usual level of scrutiny within the education and care system has been absent since last March, so it’s important that it returns next year as we all hope for a greater level of normality.",
        due="2021-12-31 23:59:59",
        vague=False,
        said="2020-12-03 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OF20,
        published="2020-12-03",
    ),
    # the same page: 'not before April' is only a lower bound: earliest, 1 April 2021 00:00 BST (CONVENTIONS 3.2) [local earliest 2021-04-01 00:00:00 Europe/London]
    B(
        text="We will not re-introduce graded inspections to schools and colleges before April.",
        due=None,
        vague=False,
        said="2020-12-03 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2021-03-31 23:00:00",
        cluster=5,
        source=_OF20,
        published="2020-12-03",
    ),
    # the same page: the spring term of 2021 (January to Easter; Easter Sunday 4 April 2021): taken as ending 31 March 2021. unsure: a careful reader, or a reading of 'spring' as the season, could put it at 31 May 2021 (meteorological spring) or 1 April 2021 (the term's last day) [local due 2021-03-31 23:59:59 Europe/London]
    B(
        text="During the spring term, we will use supportive monitoring inspections to help those that most need it, focused on how well pupils and students are learning.",
        due="2021-03-31 22:59:59",
        vague=False,
        said="2020-12-03 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OF20,
        published="2020-12-03",
    ),
    # the same page: the summer term of 2021 (April to late July): taken as ending 31 July 2021. unsure: a reading of 'summer' as the season puts it at 31 August 2021 [local due 2021-07-31 23:59:59 Europe/London]
    B(
        text="Routine inspections in early years and social care are also planned for the summer term, but regulatory work will continue in the interim.",
        due="2021-07-31 22:59:59",
        vague=False,
        said="2020-12-03 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OF20,
        published="2020-12-03",
    ),
    # the same page: 'during these difficult times' sets no time: due None, no refusal word
    B(
        text="These plans will help us support the providers who are facing the greatest challenges during these difficult times.",
        due=None,
        vague=False,
        said="2020-12-03 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OF20,
        published="2020-12-03",
    ),
    # the same page: 'the coming months': vague, 3 months from 3 December 2020 (parser docstring); 'in 2021' qualifies the inspection discussed [local due 2021-03-03 23:59:59 Europe/London]
    B(
        text="Over the coming months, Ofsted will discuss the approach to routine inspection in 2021 with sector representatives and test it through a series of pilot visits, where necessary.",
        due="2021-03-03 23:59:59",
        vague=True,
        said="2020-12-03 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OF20,
        published="2020-12-03",
    ),
    # Ofsted statement on remote inspection (January 2021; taken as Friday 8 January 2021; parliamenttoday.com copy); zone Europe/London, said at 10:00 local by convention. the inspections 'were due to begin next week' and the plans have been reviewed (the next sentences move them online from 25 January): a time called off, negated (CONVENTIONS 4.1). unsure: a careful reader could read the perfect as past (CONVENTIONS 2.4)
    B(
        text="Ofsted has reviewed its plans for the inspections of schools, early years and further education, which were due to begin next week.",
        due=None,
        vague=False,
        said="2021-01-08 10:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_OF21,
        published="2021-01-08",
    ),
    # the same page: remote-only 'until after the February half term' (week of 15 February 2021 in most of England): a state kept to the end of the half-term week, Sunday 21 February 2021 (CONVENTIONS 3.3). unsure: a careful reader could put it at Friday 19 February [local due 2021-02-21 23:59:59 Europe/London]
    B(
        text="In a statement, Ofsted said: In light of a change in emphasis from the government and clear advice to ‘act as if you have the virus’ over the next few weeks, we have decided that all planned inspection activity will be undertaken remotely until after the February half term.",
        due="2021-02-21 23:59:59",
        vague=False,
        said="2021-01-08 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OF21,
        published="2021-01-08",
    ),
    # the same page: 'regular' and 'current' set no time: due None, no refusal word
    B(
        text="We have sought regular advice from Public Health England and we remain satisfied that our planned on-site activity would be safe and appropriate under current restrictions.",
        due=None,
        vague=False,
        said="2021-01-08 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OF21,
        published="2021-01-08",
    ),
    # the same page: a start said to happen on 25 January 2021 (CONVENTIONS 3.1). unsure: a careful reader could take 'begin from' as only the start of an ongoing activity (CONVENTIONS 3.2, earliest 25 January) [local due 2021-01-25 23:59:59 Europe/London]
    B(
        text="Remote inspections of schools and further education providers will begin from the 25th January, with a particular focus on how well children and learners are being educated remotely.",
        due="2021-01-25 23:59:59",
        vague=False,
        said="2021-01-08 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OF21,
        published="2021-01-08",
    ),
    # the same page: 'shortly': vague, 60 days from 8 January 2021 (CONVENTIONS 5.1) [local due 2021-03-09 23:59:59 Europe/London]
    B(
        text="We will publish details of the inspection process shortly.",
        due="2021-03-09 23:59:59",
        vague=True,
        said="2021-01-08 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OF21,
        published="2021-01-08",
    ),
    # the same page: paused 'until after the February half term': due the end of the half-term week, Sunday 21 February 2021 (CONVENTIONS 3.3). unsure: Friday 19 February [local due 2021-02-21 23:59:59 Europe/London]
    B(
        text="It is not possible to provide the necessary level of assurance of early years providers without an on-site inspection of the premises, so early years assurance visits will be paused until after the February half term.",
        due="2021-02-21 23:59:59",
        vague=False,
        said="2021-01-08 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OF21,
        published="2021-01-08",
    ),
    # Federal Aviation Administration, Federal Register 89 FR 81313, direct final rule confirmation of effective date, Tuesday 8 October 2024 (justia copy); zone America/New_York, said at 10:00 local by convention. the rule takes effect on 22 October 2024 (CONVENTIONS 3.1); 23 August 2024 is a past publication [local due 2024-10-22 23:59:59 America/New_York]
    B(
        text="This action confirms the October 22, 2024, effective date of the Modernization of Passenger Information Requirements Relating to ‘‘No Smoking’’ Sign Illumination direct final rule published on August 23, 2024, and responds to the comments received on that direct final rule.",
        due="2024-10-23 03:59:59",
        vague=False,
        said="2024-10-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA24,
        published="2024-10-08",
    ),
    # the same page: the DATES paragraph (label before the colon not quoted): effective 22 October 2024 (CONVENTIONS 3.1) [local due 2024-10-22 23:59:59 America/New_York]
    B(
        text="The effective date of October 22, 2024, for the direct final rule published August 23, 2024 (89 FR 68094) is confirmed.",
        due="2024-10-23 03:59:59",
        vague=False,
        said="2024-10-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA24,
        published="2024-10-08",
    ),
    # the same page: effective 22 October 2024 (CONVENTIONS 3.1) [local due 2024-10-22 23:59:59 America/New_York]
    B(
        text="The correction to the direct final rule published August 23, 2024 (89 FR 68094), is effective October 22, 2024.",
        due="2024-10-23 03:59:59",
        vague=False,
        said="2024-10-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA24,
        published="2024-10-08",
    ),
    # Federal Aviation Administration, Federal Register 84 FR 35820, final rule 'IFR Operations at Locations Without Weather Reporting', Thursday 25 July 2019 (justia copy); zone America/New_York, said at 10:00 local by convention. the DATES paragraph: effective 26 August 2019 (CONVENTIONS 3.1) [local due 2019-08-26 23:59:59 America/New_York]
    B(
        text="This final rule is effective August 26, 2019.",
        due="2019-08-27 03:59:59",
        vague=False,
        said="2019-07-25 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA19,
        published="2019-07-25",
    ),
    # Federal Aviation Administration, Federal Register 80 FR 53033, NPRM 'Temporary Flight Restrictions in the Proximity of Launch and Reentry Operations', Wednesday 2 September 2015 (justia copy); zone America/New_York, said at 10:00 local by convention. the DATES paragraph of the proposed rule: comments by 2 November 2015 (EST) [local due 2015-11-02 23:59:59 America/New_York]
    B(
        text="Send comments on or before November 2, 2015.",
        due="2015-11-03 04:59:59",
        vague=False,
        said="2015-09-02 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA15,
        published="2015-09-02",
    ),
    # the same page: the hand-delivery point (its '• Hand Delivery or Courier:' label not quoted): standing office hours: recurring (CONVENTIONS 1.3, 6.3)
    B(
        text="Take comments to Docket Operations in Room W12–140 of the West Building Ground Floor at 1200 New Jersey Avenue SE., Washington, DC, between 9 a.m. and 5 p.m., Monday through Friday, except Federal holidays.",
        due=None,
        vague=False,
        said="2015-09-02 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FAA15,
        published="2015-09-02",
    ),
    # NOAA (National Marine Fisheries Service), Federal Register documents of March 2016 as summarised on justia's NOAA listing (taken as 15 March 2016); zone America/New_York, said at 10:00 local by convention. a state kept 'through the rest of the 2016 fishing season' (the Atlantic shark fishing year is the calendar year): due 31 December 2016 (CONVENTIONS 3.3); the other alternative hangs on an undated announcement. unsure: a careful reader could call the whole event-bound (refusal event) [local due 2016-12-31 23:59:59 America/New_York]
    B(
        text="The retention limit will remain at 3 LCS other than sandbar sharks per vessel per trip in the Atlantic region through the rest of the 2016 fishing season or until NMFS announces via a notice in the Federal Register another adjustment to the retention limit or a fishery closure is warranted.",
        due="2017-01-01 04:59:59",
        vague=False,
        said="2016-03-15 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NOAA16,
        published="2016-03-15",
    ),
    # the same page: the South Atlantic black sea bass fishing year runs 1 April to 31 March: the season extends to 31 March 2017. unsure: a reading of '2016-2017' as a range of years puts it at 31 December 2017 (CONVENTIONS 6.1) [local due 2017-03-31 23:59:59 America/New_York]
    B(
        text="NMFS announces that the length of the recreational season for black sea bass in the exclusive economic zone (EEZ) of the South Atlantic will extend throughout the 2016-2017 fishing year.",
        due="2017-04-01 03:59:59",
        vague=False,
        said="2016-03-15 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NOAA16,
        published="2016-03-15",
    ),
    # the same page: 'season' names a period but sets no time for any act: due None, no refusal word
    B(
        text="Announcing the length of recreational season for black sea bass is one of the accountability measures (AMs) for the recreational sector.",
        due=None,
        vague=False,
        said="2016-03-15 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NOAA16,
        published="2016-03-15",
    ),
    # the same page: 'annual' and 'during the fishing season' set no time for any act: due None, no refusal word
    B(
        text="This announcement allows recreational fishermen to maximize their opportunity to harvest the recreational annual catch limit (ACL) for black sea bass during the fishing season while managing harvest to protect the black sea bass resource.",
        due=None,
        vague=False,
        said="2016-03-15 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NOAA16,
        published="2016-03-15",
    ),
)
