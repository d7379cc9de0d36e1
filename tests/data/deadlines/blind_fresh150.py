"""A HUNDRED-AND-FIFTIETH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 13:40 and 13:55 by a labelling helper (branch
issue12l150-s56) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 56 (fresh149 and fresh151 to fresh153), whose claims in the shared claims file were
treated as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in full,
the docstring, comments, some cases and the README section of `blind_fresh148.py`, the field list of
`BlindCase` in `blind_real.py`, the docstring of `tests/data/fresh_check.py`, and the top docstring of the
parser package only (the vague windows, "by" and "before" periods, seasons, weeks running Monday to
Sunday, bare clock times, "today" on the act); nothing else of `bot/core/deadlines/` was opened. The
brief asked for GOV.UK departments and agencies (DfE, DHSC, MoJ, Home Office, DVSA, Environment Agency,
Ofsted), Stats NZ and LINZ, and US energy and environment agencies (DOE, EPA, FERC, NRC), at most a
third from the United States; at least eight publishers, none above a fifth of the cases; about 90 cases
(at least 70) by 14:30 UTC.

The set quotes Land Information New Zealand (a media release of 8 February 2006 carried by Scoop, and
the Landonline newsletter Landwrap of November/December 2006), the Environmental Protection Agency
(Region 5 news releases of 14 June 2007, 13 December 2018 and 18 June 2019, and a Region 4 release of 4
June 2013 carried by EIN Presswire), the Northern Ireland Statistics and Research Agency (the Census 2021
'Release plans' page as updated on 19 January 2023), the Houses of the Oireachtas (Dail Orders of
Business of 11 July 2017, 26 June 2018 and 9 July 2019, via KildareStreet), the Australian Bureau of
Statistics (Census media releases of 29 July and 2 August 2011), the Vehicle Certification Agency (two
GB type approval FAQ pages, updated 22 March 2022 and 4 March 2024), the Nuclear Regulatory Commission
(Federal Register notices of 19 August 1999, 30 March 2007 and 3 September 2015), the Federal Energy
Regulatory Commission (a news release of 8 February 2017 and a statement of 21 June 2012) and Stats NZ
(the announcement of the 2023 Census, 28 September 2022, carried by Scoop). 87 cases from 9 publishers
(LINZ 17 (19.5%); EPA 15 (17.2%); NISRA 11 (12.6%); the Oireachtas 11 (12.6%); ABS 10 (11.5%); VCA 8
(9.2%); NRC 8 (9.2%); FERC 5 (5.7%); Stats NZ 2 (2.3%)). 28 of the 87 (32.2%) are from the United
States (EPA, NRC, FERC); 59 are not.

Left out, and why. GOV.UK departments and agencies (DfE, DHSC, MoJ, Home Office, DVSA, Environment
Agency, Ofsted): the store returned no licence statement of GOV.UK's own this session (searches gave
only other Crown bodies' statements), so no GOV.UK page was used, as in fresh148; the Environment
Agency's consultation hub has no statement of its own in the store either. For the United Kingdom the
set uses instead the Vehicle Certification Agency (a DfT executive agency whose own site states the
Open Government Licence) and NISRA (its own OGL page). DOE: the one fresh DOE page found
(energy.gov/eere/how-apply) prints no date of its own and was left out (claimed); most DOE, EPA, NRC,
LINZ and Stats NZ pages the store returned read USED. VCA's blog post on incomplete vehicle types
(claimed) prints no date and was left out. LINZ's Landwrap of August 2010 (claimed) and the third
section of the November/December 2006 issue were left out to keep LINZ within a fifth. So the set stops
at 87. Two sentences that read USED when checked whole were dropped (ABS's "Don't worry if you haven't
received your Census form yet." and EPA's "EPA will provide a recap of the Nov. 29 presentation ...").

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock
time, "today", "this year", "last week", "last month", "in January", "late February", "spring 2023",
"fall 2008", "the next nine years", "in due course", "immediately", "until further notice", "during",
"since", "prior to", "before the date", "to date", "now", "currently", "upcoming", "future", "no longer",
"long term", "five-yearly"); sentences of the openings read that hold none were skipped, as were
titles, headings, question headings, 'When:/Time:/Where:' and 'DATE:/TIME:' lines, contact lines,
sentences cut off by the end of an opening or by a list they lead into, and sentences whose only year is
part of a name (the Oireachtas's "Private Members' business shall be No. 37, Waste Reduction Bill 2017
..."). Within each page quoted, the other sentences holding a time word were taken in page order, easy
or hard, except a few whose only time words are general ("still", "later EU legislation", "as our
schedules permit"). Datelines ("(ATLANTA – June 4, 2013)", "(Chicago, Ill. - June 13, 2007)") and the
label "DATES:" were left out of the quotes, the GPO text's line breaks joined, list bullets dropped and
a quoted speaker's opening quotation mark dropped; the pages' slips ("with the with the", "hold a
approval", "The Census option", "2017 -Order") stay as the pages have them.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh150`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used
and dropped. Every kept sentence was then checked whole with the same tool (skipping this file): the two
named above read used and were dropped, none of the 87 reads used. Each label was worked out by hand
from the words, the publication date and the publisher's zone (America/Chicago for EPA Region 5,
America/New_York for EPA Region 4, FERC and NRC, Europe/London for NISRA and VCA, Europe/Dublin for the
Oireachtas, Australia/Sydney for ABS, Pacific/Auckland for LINZ and Stats NZ); the conversion of local
instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo and datetime in a
scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh148.py`: the publication date at 10:00 local time unless the page gives an hour (the
KildareStreet Orders of Business print the hour the business was moved, '2:45 pm', '3:05 pm', '2:55
pm'; Scoop prints '1:02 pm' for the Stats NZ release), and where a page carries no day of its own the
one its issue or other facts give (the first comment of each page says which and why); a day falls due
at 23:59:59 local; "today" on the business as it is moved at the end of that day (CONVENTIONS 2.1),
"today" on a verb of speaking never (2.2); a window, a span from now or a state kept to a date at its
end (1.1, 3.3); a range, several dates or several clock times at the later (6.1, 6.2); a clock time
with no day of its own at its first occurrence after the moment of speaking, the page's instant in the
comment (6.3); a duty that begins on a date falls due then (3.1a); "in due course" vague, 60 days (5.1);
done acts are past (2.4); a dated meeting cancelled is negated (4.1); a five-yearly cycle is recurring,
and times hung on an undated event ("as more information becomes available", "immediately" on a
division, "after 90 minutes" of an undated debate, "prior to approving", "for 10 years" once granted,
"until further notice", "on the same day" when only another sentence gives the day) event (1.3, 5.2,
6.3); refusals have `due=None` and a `refusal` kind; a sentence whose time words set no time for any
act has `due=None` and no refusal word (13 such). Clusters as in `blind_fresh148.py`: 1 no time set
(13), 2 clock times (5), 3 ranges and several dates (6), 4 parts of the day, periods and windows (10), 5
refusals (32), 6 plain days and dates (21). 32 labels are refusals (past 21, event 9, recurring 1,
negated 1); 1 is vague; 41 carry a definite due instant; 7 are marked "unsure" and name the other
reading; like every label here they stay as committed, whatever the first run shows. First run: not yet
taken (the lead runs it once, after merging, and records it in README.md). Never edit these labels to
fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_NISRA23 = "https://www.nisra.gov.uk/statistics/2021-census/outputs-prospectus/release-plans"
_OIR17 = "https://www.kildarestreet.com/debate/?id=2017-07-11a.52"
_OIR18 = "https://www.kildarestreet.com/debate/?id=2018-06-26a.55"
_OIR19 = "https://www.kildarestreet.com/debate/?id=2019-07-09a.135"
_ABS100 = "https://www.abs.gov.au/websitedbs/censushome.nsf/home/nsw-100?opendocument&navpos=620"
_ABS65 = "https://www.abs.gov.au/websitedbs/censushome.nsf/home/nsw-65?opendocument&navpos=620"
_LINZ06 = "http://www.scoop.co.nz/stories/PO0602/S00043.htm"
_LINZLW06 = "http://www.landonline.govt.nz/about-landonline/newsletter/newsletter-nov-dec2006.asp"
_VCAFAQ22 = "https://www.vehicle-certification-agency.gov.uk/provisional-gb-type-approval-scheme-frequently-asked-questions/"
_VCAFAQ24 = "https://www.vehicle-certification-agency.gov.uk/vehicle-type-approval/gb-type-approval-scheme/gb-type-approval-scheme-faqs/"
_STATSNZ22 = "https://www.scoop.co.nz/stories/PO2209/S00186/2023-census-announced.htm"
_EPA18 = "https://www.epa.gov/newsreleases/epa-host-additional-public-hearing-jan-10-proposed-cleanup-plan-zone-1-uss-lead"
_EPA07 = "https://archive.epa.gov/epapages/newsroom_archive/newsreleases/ac65deb71943d8d9852572fa004bbce7.html"
_EPA19 = "https://www.epa.gov/newsreleases/epa-announces-community-advisory-group-host-meetings-about-allied-paperportage"
_EPA13 = "https://www.einpresswire.com/article/152958836/epa-announces-a-proposed-plan-public-meeting-for-the-sanford-dry-cleaners-superfund-site"
_FERC17 = "https://www.ferc.gov/media/news-releases/2017/2017-1/02-08-17a.asp"
_FERC12 = "https://webarchive.library.unt.edu/web/20121014012447/http://www.ferc.gov/media/statements-speeches/wellinghoff/2012/06-21-12-wellinghoff.asp"
_NRC99 = "https://webarchive.library.unt.edu/eot2008/20081006014858/http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=1999_register&docid=99-21530-filed"
_NRC07 = "https://www.govinfo.gov/content/pkg/FR-2007-03-30/html/E7-5937.htm"
_NRC15 = "https://thefederalregister.org/80-FR/53332"

FRESH150_CASES: tuple[BlindCase, ...] = (
    # Northern Ireland Statistics and Research Agency (Census 2021 outputs prospectus, page 'Release plans' on nisra.gov.uk, the version that says 'It was last updated on 19 January 2023'; Crown copyright under the Open Government Licence, NISRA's own statement at https://www.nisra.gov.uk/crown-copyright); zone Europe/London (GMT); no hour given, said 19 January 2023 10:00 GMT. The headings ('Releases to date', 'Upcoming releases') are not taken. a release told as done: past (CONVENTIONS 2.4)
    B(
        text="The first results for Census 2021 statistics on the size of the Northern Ireland population were published on 24 May 2022.",
        due=None,
        vague=False,
        said="2023-01-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NISRA23,
        published="2023-01-19",
    ),
    # done: past (CONVENTIONS 2.4)
    B(
        text="Main statistics (phase 1) on ethnicity, country of birth, passports held, religion, religion or religion brought up in, national identity, language, and household size were published on 22 September 2022.",
        due=None,
        vague=False,
        said="2023-01-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NISRA23,
        published="2023-01-19",
    ),
    # done: past (CONVENTIONS 2.4)
    B(
        text="Main statistics (phase 2) on health, disability and unpaid care, and housing and accommodation were published on 15 December 2022.",
        due=None,
        vague=False,
        said="2023-01-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NISRA23,
        published="2023-01-19",
    ),
    # a release at a clock time on a dated day (CONVENTIONS 3.1) [local due 2023-02-21 09:30:00 GMT]
    B(
        text="Census 2021 person and household estimates for Data Zones in Northern Ireland will be published at 9.30 am on 21 February 2023.",
        due="2023-02-21 09:30:00",
        vague=False,
        said="2023-01-19 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_NISRA23,
        published="2023-01-19",
    ),
    # 'on the same day' takes its day from the sentence before only; the case holds the sentence, so the time hangs on an undated release: event (CONVENTIONS 6.3, 1.3); page: 21 February 2023
    B(
        text="Data in this release will be available at Data Zone, Super Data Zone and District Electoral Area and will accompany the release of the new small area geographies on the same day.",
        due=None,
        vague=False,
        said="2023-01-19 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NISRA23,
        published="2023-01-19",
    ),
    # a season falls due at its end, meteorological spring March to May (CONVENTIONS 3.5, parser docstring) [local due 2023-05-31 23:59:59 BST]
    B(
        text="Main statistics (phase 3) will be released in spring 2023.",
        due="2023-05-31 22:59:59",
        vague=False,
        said="2023-01-19 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_NISRA23,
        published="2023-01-19",
    ),
    # 'in due course' as the speaker's undertaking: vague, 60 days (CONVENTIONS 5.1) [local due 2023-03-20 23:59:59 GMT]
    B(
        text="The plans for this release will be published in due course.",
        due="2023-03-20 23:59:59",
        vague=True,
        said="2023-01-19 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_NISRA23,
        published="2023-01-19",
    ),
    # 'date' and 'ongoing' set no time for any act: due None, no refusal word
    B(
        text="The exact date of each release of outputs depends upon the ongoing processing, coding and quality assurance of census data.",
        due=None,
        vague=False,
        said="2023-01-19 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NISRA23,
        published="2023-01-19",
    ),
    # done: past (CONVENTIONS 2.4)
    B(
        text="Census data collection was carried out safely and effectively during the COVID-19 pandemic.",
        due=None,
        vague=False,
        said="2023-01-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NISRA23,
        published="2023-01-19",
    ),
    # hung on an undated event ('as more information becomes available'): event (CONVENTIONS 5.2, 1.3)
    B(
        text="This page will be updated as more information becomes available.",
        due=None,
        vague=False,
        said="2023-01-19 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NISRA23,
        published="2023-01-19",
    ),
    # the update is done: past (CONVENTIONS 2.4)
    B(
        text="It was last updated on 19 January 2023.",
        due=None,
        vague=False,
        said="2023-01-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NISRA23,
        published="2023-01-19",
    ),
    # Houses of the Oireachtas (Dail debates, Order of Business of Tuesday 11 July 2017, spoken at '2:45 pm' as the page prints it; via KildareStreet, which republishes the Oireachtas record; Oireachtas (Open Data) PSI Licence applying CC BY 4.0, the Oireachtas's own licence page https://www.oireachtas.ie/ga/open-data/license/); zone Europe/Dublin (IST); said 11 July 2017 14:45 IST. The Private Members' business sentences hold no time word (their years name bills) and are passed over. 'today' on the business as it is announced: end of that day (CONVENTIONS 2.1); the year names a bill [local due 2017-07-11 23:59:59 IST]
    B(
        text="Today's business shall be No. a10, motion re the tenth report of the Committee of Selection and appointment of Chairs; No. 15, statements on Srebrenica; and No. 16, Mediation Bill 2017 - Order for Report, Report and Final Stages.",
        due="2017-07-11 22:59:59",
        vague=False,
        said="2017-07-11 13:45:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR17,
        published="2017-07-11",
    ),
    # a bare weekday: the next Wednesday, 12 July 2017 (CONVENTIONS 3.1) [local due 2017-07-12 23:59:59 IST]
    B(
        text="Wednesday’s business shall be No. 2, Ministers and Secretaries (Amendment) Bill 2017 - all Stages; No. b10, motion re defence; No. 16, Mediation Bill 2017 - Report Stage (resumed) and Final Stage, if not previously concluded; and No. 17, Financial Services and Pensions Ombudsman Bill 2017 - Order for Report, Report and Final Stages.",
        due="2017-07-12 22:59:59",
        vague=False,
        said="2017-07-11 13:45:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR17,
        published="2017-07-11",
    ),
    # Thursday 13 July 2017; 'summer economic statement' names an item [local due 2017-07-13 23:59:59 IST]
    B(
        text="Thursday’s business shall be No. 18, summer economic statement; No. c10, motion re 11th report of the Committee of Selection; No. 3, Planning and Development (Amendment) (No. 2) Bill 2017 - all Stages; No. 22, Asian Infrastructure Investment Bank Bill 2017 - Order for Report, Report and Final Stages; No. 19, National Shared Services Office Bill 2016 - Order for Report, Report and Final Stages; No. 1, Adoption (Amendment) Bill 2016 - amendments from the Seanad; and No. 10, motion re framework agreement between the EU and Republic of the Philippines, back from committee.",
        due="2017-07-13 22:59:59",
        vague=False,
        said="2017-07-11 13:45:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR17,
        published="2017-07-11",
    ),
    # Friday 14 July 2017; the page's '2017 -Order' spacing kept [local due 2017-07-14 23:59:59 IST]
    B(
        text="Friday’s business shall be No. 39, Mental Health (Amendment) Bill 2017 -Order for Report, Report and Final Stages; No 19a, Independent Reporting Commission Bill 2017 - Committee and Remaining Stages; No. 4, the Social Welfare, Pensions and Civil Registration Bill 2017 - Order for Second Stage and Second Stage; and No. 5, Legal Metrology (Measuring Instruments) Bill 2017 - Order for Second Stage and Second Stage.",
        due="2017-07-14 22:59:59",
        vague=False,
        said="2017-07-11 13:45:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR17,
        published="2017-07-11",
    ),
    # Houses of the Oireachtas (Dail debates, Order of Business of Tuesday 26 June 2018, '3:05 pm'; via KildareStreet; Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin; said 26 June 2018 15:05 IST. The Thursday sentence is cut off by the end of the stored opening and is not taken. 'today' on the business announced (CONVENTIONS 2.1) [local due 2018-06-26 23:59:59 IST]
    B(
        text="Today’s business shall be No. 8, motion re proposed approval by Dáil Éireann of the draft Commission of Investigation (Response to complaints or allegations of child sexual abuse made against Bill Kenneally and related matters) Order 2018; No. 23, Childcare Support Bill 2017 - amendments from the Seanad, resumed; and No. 24, Employment (Miscellaneous Provisions) Bill 2017 - Order for Report, Report and Final Stages.",
        due="2018-06-26 22:59:59",
        vague=False,
        said="2018-06-26 14:05:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR18,
        published="2018-06-26",
    ),
    # the next Wednesday, 27 June 2018 (CONVENTIONS 3.1); 'pre-European Council' names statements [local due 2018-06-27 23:59:59 IST]
    B(
        text="Wednesday’s business shall be No. 9, motion re proposed approval by Dáil Éireann of the terms of the agreement between the European Organisation for Astronomical Research in the Southern Hemisphere and Ireland, back from committee; No. 10, motion re proposed approval by Dáil Éireann for a directive of the European Parliament and of the Council laying down rules facilitating the use of financial and other information for the prevention, detection, investigation or prosecution of certain criminal offences and repealing Council Decision 2000/642/JHA, back from committee; No. 25, pre-European Council statements; No. 26, Road Traffic (Amendment) Bill 2017 - Report and Final Stages, resumed; No. 23, Childcare Support Bill 2017, amendments from the Seanad, resumed, if not previously concluded; No. 24, Employment (Miscellaneous Provisions) Bill 2017 - Report and Final Stages, resumed, if not previously concluded; and No. 27, Intoxicating Liquor (Breweries and Distilleries) Bill 2016 introduced by Deputy Kelly - Order for Report, Report and Final Stages.",
        due="2018-06-27 22:59:59",
        vague=False,
        said="2018-06-26 14:05:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR18,
        published="2018-06-26",
    ),
    # Houses of the Oireachtas (Dail debates, 'An tOrd Gno - Order of Business' of Tuesday 9 July 2019, '2:55 pm'; via KildareStreet; Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin; said 9 July 2019 14:55 IST. The last sentence of the stored opening is cut off and not taken. the week's business as set out for 9 to 11 July: a range falls due at its later end (CONVENTIONS 6.1) [local due 2019-07-11 23:59:59 IST] unsure: 'the business for the week' could be read as the whole week, due Sunday 14 July 2019 23:59:59 IST (weeks run Monday to Sunday), with '9 to 11 July' only naming the report
    B(
        text="The business for the week shall be as set out in the report of the Business Committee for 9 to 11 July.",
        due="2019-07-11 22:59:59",
        vague=False,
        said="2019-07-09 13:55:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_OIR19,
        published="2019-07-09",
    ),
    # 'today' on the business (CONVENTIONS 2.1); the years name orders and regulations [local due 2019-07-09 23:59:59 IST]
    B(
        text="Today's business shall be No. 14, motion re ministerial rota for parliamentary questions; No. 15, motion re the Citizens’ Assembly on Gender Equality; No. 16, motion re proposed approval by Dáil Éireann of the terms of the host country agreement between the Government of Ireland and the Permanent Court of Arbitration; No. 17, motion re proposed approval by Dáil Éireann of the Double Taxation Relief (Taxes on Income and on Capital) (Swiss Federation) order 2019 - back from committee; No. 18, motion re proposed approval by Dáil Éireann of the Double Taxation Relief (Taxes on Income and Capital Gains) (Kingdom of The Netherlands) Order 2019 - back from committee; No. 19, motion re proposed approval by Dáil Éireann of the Animal Health Levies (Pigs) Regulations 2019 - back from committee; No. 20, motion re Twenty-fourth Report of the Committee of Selection which is to be taken without debate.",
        due="2019-07-09 22:59:59",
        vague=False,
        said="2019-07-09 13:55:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR19,
        published="2019-07-09",
    ),
    # 'immediately' hung on an undated division: event (CONVENTIONS 5.2)
    B(
        text="Any division demanded on No. 15, motion re Citizens' Assembly on Gender Equality shall be taken immediately.",
        due=None,
        vague=False,
        said="2019-07-09 13:55:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIR19,
        published="2019-07-09",
    ),
    # the stage to be taken on a year-less date, its next occurrence 10 July 2019 (CONVENTIONS 3.1); '13 June' names a past order [local due 2019-07-10 23:59:59 IST]
    B(
        text="It is proposed that the Order of the Dáil of 13 June, referring No. 43a, Qualifications and Quality Assurance (Education and Training) (Amendment) Bill 2018 [Seanad], to the select committee be discharged and that Committee Stage of the Bill be taken in Committee of the whole Dáil on 10 July.",
        due="2019-07-10 22:59:59",
        vague=False,
        said="2019-07-09 13:55:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR19,
        published="2019-07-09",
    ),
    # 'after 90 minutes' counts from the undated start of the debate and 'immediately' hangs on its conclusion: event (CONVENTIONS 1.3, 5.2)
    B(
        text="The proceedings on Second Stage of No. 2, Redress for Women Resident in Certain Institutions (Amendment) Bill 2019 [Seanad], shall, if not previously concluded, be brought to a conclusion after 90 minutes and any division demanded at the conclusion of Second Stage shall be taken immediately.",
        due=None,
        vague=False,
        said="2019-07-09 13:55:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIR19,
        published="2019-07-09",
    ),
    # Australian Bureau of Statistics (Census media release 'One week to go until Census night', '2 August 2011 | NSW/100', on abs.gov.au's census pages; Creative Commons Attribution 2.5 Australia, the ABS copyright page as archived on 13 November 2016, http://web.archive.org./web/20161113215745/http://www.abs.gov.au/websitedbs/D3310114.nsf/Home/%A9+Copyright); zone Australia/Sydney (AEST; the release is for NSW and quotes the ACT head, same zone); no hour given, said 2 August 2011 10:00 AEST. The title is glued to the date in the stored text and is not taken. the Census seven days on, 9 August 2011, a one-off event (CONVENTIONS 3.1); '100 years' measures the past, no span ahead [local due 2011-08-09 23:59:59 AEST]
    B(
        text="There is only seven days to go until the 2011 Census which will mark 100 years of national Census taking in Australia.",
        due="2011-08-09 13:59:59",
        vague=False,
        said="2011-08-02 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS100,
        published="2011-08-02",
    ),
    # a dated weekday (CONVENTIONS 3.1) [local due 2011-08-09 23:59:59 AEST]
    B(
        text="The Australian Bureau of Statistics (ABS) will conduct the Census of Population and Housing on Tuesday 9 August to capture an accurate snapshot of Australia and our characteristics.",
        due="2011-08-09 13:59:59",
        vague=False,
        said="2011-08-02 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS100,
        published="2011-08-02",
    ),
    # told from 'last Friday' up to now: past (CONVENTIONS 2.4)
    B(
        text="ACT Census head Stephen Collett says since last Friday, 360 Census Collectors have been pounding the pavements and knocking on doors across Canberra to deliver Census forms to every home, apartment block and hospital.",
        due=None,
        vague=False,
        said="2011-08-02 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS100,
        published="2011-08-02",
    ),
    # deliveries kept going to a date fall due then (CONVENTIONS 3.3) [local due 2011-08-07 23:59:59 AEST]
    B(
        text="Forms will be delivered up until Sunday 7 August,” Mr Collett says.",
        due="2011-08-07 13:59:59",
        vague=False,
        said="2011-08-02 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS100,
        published="2011-08-02",
    ),
    # 'on Census night' names when the options apply but no act is set a time: due None, no refusal word unsure: the sentence names the Census night without its date, and a careful reader could call it a time hung on an undated event (event), as the parser's docstring reads 'on Census night'
    B(
        text="Everyone in Australia on Census night has two options to complete their Census form - online using the eCensus or using the traditional paper form.",
        due=None,
        vague=False,
        said="2011-08-02 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS100,
        published="2011-08-02",
    ),
    # the speaker's own act 'this year' falls due at the year's end (the opening quotation mark dropped) [local due 2011-12-31 23:59:59 AEDT] unsure: 'this year' means this Census, and a careful reader could take Census night, 9 August 2011 23:59:59 AEST, or call it no undertaking
    B(
        text="I'm completing the eCensus online this year and we expect at least 30 per cent of the population will choose the eCensus option.",
        due="2011-12-31 12:59:59",
        vague=False,
        said="2011-08-02 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS100,
        published="2011-08-02",
    ),
    # Australian Bureau of Statistics (Census media release '145 Census Collectors hit the streets of the North Shore', '29 July 2011 | NSW/65'; CC BY 2.5 Australia as above); zone Australia/Sydney; said 29 July 2011 10:00 AEST. Sentences without a time word ('Mike says that accessing apartment blocks will be a challenge.') are passed over. two acts in turn, today's delivery and the count on 9 August 2011: the later counts (CONVENTIONS 6.2, 3.1) [local due 2011-08-09 23:59:59 AEST]
    B(
        text="145 Census Collectors will hit the streets of the North Shore today to deliver Census forms to each and every house and apartment and ensure every person is accurately counted on Census night, Tuesday, 9 August.",
        due="2011-08-09 13:59:59",
        vague=False,
        said="2011-07-29 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS65,
        published="2011-07-29",
    ),
    # 'when' tells a past moment: past (CONVENTIONS 2.4)
    B(
        text="As a former political journalist, who was on the steps when Gough Whitlam made his famous dismissal speech, Mike is passionate about how the Census helps to inform public policy.",
        due=None,
        vague=False,
        said="2011-07-29 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS65,
        published="2011-07-29",
    ),
    # 'this year' on a present state, and the expectation has no time: due None, no refusal word (the page's 'Census option' kept)
    B(
        text="The Census option is available for the second time this year and it is expected that 30 per cent of households will complete their Census forms online.",
        due=None,
        vague=False,
        said="2011-07-29 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS65,
        published="2011-07-29",
    ),
    # an excitement, no undertaking: due None, no refusal word (opening quotation mark dropped)
    B(
        text="Everyone I've spoken to are really excited about doing the eCensus this year.",
        due=None,
        vague=False,
        said="2011-07-29 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS65,
        published="2011-07-29",
    ),
    # Land Information New Zealand (media release 'Linz to Phase Out Paper Lodgement of Survey & Title Transactions', 'Media Release 8 February 2006', carried whole by Scoop; CC BY 4.0, LINZ's own statement https://www.linz.govt.nz/linz-copyright: 'content produced by LINZ is licensed under the Creative Commons Attribution 4.0 International licence'); zone Pacific/Auckland (NZDT); no hour given, said 8 February 2006 10:00 NZDT. The last sentence of the stored opening ('Next week we will begin consultation on our proposa') is cut off and not taken; opening quotation marks of the quoted chief executive dropped. 'today' is on the verb of speaking and the enhancement has no time of its own: due None, no refusal word (CONVENTIONS 2.2)
    B(
        text="Land Information Minister Pete Hodgson today announced that the electronic Landonline system will be enhanced to enable all survey and land title transactions to be lodged electronically.",
        due=None,
        vague=False,
        said="2006-02-07 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZ06,
        published="2006-02-08",
    ),
    # 'By 1 July 2008' (CONVENTIONS 3.1a, 3.5) [local due 2008-07-01 23:59:59 NZST]
    B(
        text="By 1 July 2008 surveyors and conveyancers will be required to use Landonline to lodge all transactions.",
        due="2008-07-01 11:59:59",
        vague=False,
        said="2006-02-07 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_LINZ06,
        published="2006-02-08",
    ),
    # changes spread over nine years from now fall due at the window's end (CONVENTIONS 1.1) [local due 2015-02-08 23:59:59 NZDT]
    B(
        text="Less paper handling will require LINZ to make changes to its processing operations over the next nine years.",
        due="2015-02-08 10:59:59",
        vague=False,
        said="2006-02-07 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_LINZ06,
        published="2006-02-08",
    ),
    # the phasing out over three years from now falls due at the end (CONVENTIONS 1.1) [local due 2009-02-08 23:59:59 NZDT] unsure: 'we are looking at' may be a plan under consideration, no undertaking (CONVENTIONS 4.2: due None)
    B(
        text="As e-lodgement increases, we are looking at reducing 112 positions, with most being gradually phased out over the next three years.",
        due="2009-02-08 10:59:59",
        vague=False,
        said="2006-02-07 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_LINZ06,
        published="2006-02-08",
    ),
    # 'no longer' sets no time: due None, no refusal word
    B(
        text="A smaller workforce means we will no longer require five regional processing centres.",
        due=None,
        vague=False,
        said="2006-02-07 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZ06,
        published="2006-02-08",
    ),
    # 'Long term' sets no time: due None, no refusal word
    B(
        text="Long term, we are proposing to retain two processing centres, in Hamilton and Christchurch.",
        due=None,
        vague=False,
        said="2006-02-07 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZ06,
        published="2006-02-08",
    ),
    # 'By 2015': the year's end (CONVENTIONS 3.5); the closing quotation mark is the page's [local due 2015-12-31 23:59:59 NZDT]
    B(
        text="By 2015 we expect to have closed Dunedin, Wellington and Auckland centres.”",
        due="2015-12-31 10:59:59",
        vague=False,
        said="2006-02-07 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_LINZ06,
        published="2006-02-08",
    ),
    # done earlier today: past (CONVENTIONS 2.4)
    B(
        text="LINZ staff and the PSA were briefed earlier today on the proposed changes.",
        due=None,
        vague=False,
        said="2006-02-07 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_LINZ06,
        published="2006-02-08",
    ),
    # Land Information New Zealand (Landwrap, the Landonline newsletter, 'November/December 2006 - Issue 29', on LINZ's Landonline site landonline.govt.nz; CC BY 4.0, LINZ's statement as above, which covers content produced by LINZ). The issue prints no day: it carries November's lodgement figures and tells of a change 'last month', so it cannot have appeared before 1 December 2006; read on that day at 10:00 NZDT. Its first two sections are taken (holiday hours, November figures); the third ('Change of mortgagee in Landonline') was left out to keep LINZ within a fifth. 'We hope you will be able to take a break' and '101 of those firms lodging were first time e-dealers.' hold no time word. holiday greetings set no time: due None, no refusal word
    B(
        text="LINZ wishes you a merry Christmas and a happy New Year.",
        due=None,
        vague=False,
        said="2006-11-30 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZLW06,
        published="2006-12-01",
    ),
    # two times in turn, normal hours until 7pm on 22 December and the return at 7am on 3 January: the reopening is a one-off event and the later counts (CONVENTIONS 3.1, 6.2) [local due 2007-01-03 07:00:00 NZDT] unsure: 'available again ... from 7am' can be read as a state given only its start (CONVENTIONS 3.2), leaving the closing as the deadline, 2006-12-22 19:00:00 NZDT (3.3)
    B(
        text="Landonline will operate normal business hours until 7pm on Friday, 22 December 2006 and will be available again in the New Year from 7am on Wednesday, 3 January 2007.",
        due="2007-01-02 18:00:00",
        vague=False,
        said="2006-11-30 21:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_LINZLW06,
        published="2006-12-01",
    ),
    # as the sentence before: the later, one-off reopening (CONVENTIONS 3.1, 6.2); '22 December' is its next occurrence, 2006 [local due 2007-01-03 07:00:00 NZDT] unsure: read as a state open from 3 January (CONVENTIONS 3.2), the closing at 7pm on 22 December 2006 would count
    B(
        text="0800 Customer Support (0800 665 463) closes at 7pm on 22 December and will be available again in the New Year from 7am on 3 January 2007.",
        due="2007-01-02 18:00:00",
        vague=False,
        said="2006-11-30 21:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_LINZLW06,
        published="2006-12-01",
    ),
    # the re-opening is a one-off event and the later of the two (CONVENTIONS 3.1, 6.2) [local due 2007-01-03 09:00:00 NZDT]
    B(
        text="LINZ Processing Centres close for business at 4pm on 22 December and will re-open at 9am on 3 January 2007.",
        due="2007-01-02 20:00:00",
        vague=False,
        said="2006-11-30 21:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_LINZLW06,
        published="2006-12-01",
    ),
    # the break in January and the edition out 'late February' (days 21 to 28): the later, at its end (CONVENTIONS 6.2, parser docstring on 'late') [local due 2007-02-28 23:59:59 NZDT]
    B(
        text="Landwrap will take a break in January – the first edition for 2007 will be out late February.",
        due="2007-02-28 10:59:59",
        vague=False,
        said="2006-11-30 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_LINZLW06,
        published="2006-12-01",
    ),
    # done: past (CONVENTIONS 2.4)
    B(
        text="A total of 900 law firms out of a possible 1,356 lodged an e-dealing in November.",
        due=None,
        vague=False,
        said="2006-11-30 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_LINZLW06,
        published="2006-12-01",
    ),
    # past (CONVENTIONS 2.4)
    B(
        text="The e-dealing share of total e-dealing-capable lodgements sat at 56.8% in November (up 8.9 percentage points from October).",
        due=None,
        vague=False,
        said="2006-11-30 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_LINZLW06,
        published="2006-12-01",
    ),
    # past (CONVENTIONS 2.4)
    B(
        text="A total of 167 survey firms out of a possible 331 lodged an e-survey in November.",
        due=None,
        vague=False,
        said="2006-11-30 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_LINZLW06,
        published="2006-12-01",
    ),
    # past (CONVENTIONS 2.4)
    B(
        text="The e-survey share of total survey lodgements was 58.7% for November (up 3.1 percentage points from October).",
        due=None,
        vague=False,
        said="2006-11-30 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_LINZLW06,
        published="2006-12-01",
    ),
    # Vehicle Certification Agency (page 'GB Type Approval Scheme - Frequently Asked Questions' on vehicle-certification-agency.gov.uk, the version that says 'This page was last updated on 22nd March 2022'; Crown copyright under the Open Government Licence, VCA's own statement https://vehicle-certification-agency.gov.uk/?p=333: 'You may use and re-use the information featured on this website ... under the terms of the Open Government Licence'); zone Europe/London (GMT); said 22 March 2022 10:00 GMT. An older stored version of the same address (14 July 2021) was not used. Question headings are not taken; the sentence leading into the fee list is cut off by the list and not taken. 'now' sets no time: due None, no refusal word
    B(
        text="One of the options for registering vehicles in Great Britain is now the Provisional GB Type Approval Scheme.",
        due=None,
        vague=False,
        said="2022-03-22 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_VCAFAQ22,
        published="2022-03-22",
    ),
    # in place since a past date: past (CONVENTIONS 2.4)
    B(
        text="This has been in place since 1st January 2021.",
        due=None,
        vague=False,
        said="2022-03-22 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_VCAFAQ22,
        published="2022-03-22",
    ),
    # 'Currently' sets no time: due None, no refusal word
    B(
        text="Currently, it is mandatory for motor vehicles (Categories M, N, L and T) to hold provisional GB approval.",
        due=None,
        vague=False,
        said="2022-03-22 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_VCAFAQ22,
        published="2022-03-22",
    ),
    # a duty that begins on a date falls due that day (CONVENTIONS 3.1a); the page's 'a approval' kept [local due 2023-01-01 23:59:59 GMT]
    B(
        text="Subject to the introduction of further planned legislation, from 1st January 2023, it will be mandatory for Non-Road Mobile Machinery (engines, trailers (O category) and components (which do not hold a approval) to hold a provisional GB scheme approval as well.",
        due="2023-01-01 23:59:59",
        vague=False,
        said="2022-03-22 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_VCAFAQ22,
        published="2022-03-22",
    ),
    # 'before the date it becomes compulsory' names no date in the sentence: event (CONVENTIONS 1.3)
    B(
        text="The cost for setting up a Provisional approval for NRMM engines, trailers and components will be free, if it takes place before the date it becomes compulsory.",
        due=None,
        vague=False,
        said="2022-03-22 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_VCAFAQ22,
        published="2022-03-22",
    ),
    # Vehicle Certification Agency (page 'GB Type Approval Scheme FAQs', 'This page was last updated on 4th March 2024'; OGL as above); zone Europe/London (GMT); said 4 March 2024 10:00 GMT. Sentences with only general time words ('still', 'later EU legislation') and the answer cut off at the end of the stored opening are passed over. the page is done and the events held: past (CONVENTIONS 2.4)
    B(
        text="This frequently asked question (FAQ) page has been produced to address questions raised during communications events held by VCA to outline the structure and requirements of the GB Type Approval Scheme.",
        due=None,
        vague=False,
        said="2024-03-04 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_VCAFAQ24,
        published="2024-03-04",
    ),
    # 'in future' sets no time: due None, no refusal word
    B(
        text="The document will be updated in future to incorporate further questions or topics as required.",
        due=None,
        vague=False,
        said="2024-03-04 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_VCAFAQ24,
        published="2024-03-04",
    ),
    # changes made 'to date': past (CONVENTIONS 2.4)
    B(
        text="The only technical change made to GB retained legislation to date is to remove the 4m height limit for vehicles.",
        due=None,
        vague=False,
        said="2024-03-04 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_VCAFAQ24,
        published="2024-03-04",
    ),
    # Stats NZ (press release '2023 Census Announced', carried whole by Scoop, 'Wednesday, 28 September 2022, 1:02 pm'; CC BY 4.0, Stats NZ's own terms, http://m.stats.govt.nz/about_us/about-this-site/copyright-terms-of-use.aspx: 'content produced by Stats NZ is licensed under the Creative Commons Attribution 4.0 International licence'); zone Pacific/Auckland (NZDT from 25 September 2022); said 28 September 2022 13:02 NZDT, the hour Scoop prints. Opening quotation mark of the quoted statistician dropped. 'today' is on the verb of speaking (CONVENTIONS 2.2); the census on its date (CONVENTIONS 3.1) [local due 2023-03-07 23:59:59 NZDT]
    B(
        text="The next national census will be held on Tuesday, 7 March 2023, Stats NZ announced today.",
        due="2023-03-07 10:59:59",
        vague=False,
        said="2022-09-28 00:02:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_STATSNZ22,
        published="2022-09-28",
    ),
    # 'five-yearly' describes a standing cycle with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="The five-yearly official count of population and dwellings gives the most complete picture of life in our country,” Government Statistician and Chief Executive of Stats NZ, Mark Sowden said.",
        due=None,
        vague=False,
        said="2022-09-28 00:02:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_STATSNZ22,
        published="2022-09-28",
    ),
    # Environmental Protection Agency (Region 5 news release 18-OPA078, 'CHICAGO (Dec. 13, 2018)', on epa.gov; work of the US federal government, public domain, 17 U.S.C. 105); zone America/Chicago (CST); no hour given, said 13 December 2018 10:00 CST. The title, the 'When:/Time:/Where:' lines and sentences without a time word are not taken. done: past (CONVENTIONS 2.4)
    B(
        text="Comments submitted at the first public hearing on Nov. 29, or those mailed or submitted online have already been included.",
        due=None,
        vague=False,
        said="2018-12-13 16:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_EPA18,
        published="2018-12-13",
    ),
    # a hearing 'in January', the next January, due at the month's end (CONVENTIONS 3.1, parser docstring on ranges) [local due 2019-01-31 23:59:59 CST]
    B(
        text="The public hearing in January will allow residents a second opportunity to ask questions and provide comments on EPA’s proposal to clean up zone 1 to meet residential standards.",
        due="2019-02-01 05:59:59",
        vague=False,
        said="2018-12-13 16:00:00",
        tz="America/Chicago",
        cluster=4,
        source=_EPA18,
        published="2018-12-13",
    ),
    # comments accepted until a date (CONVENTIONS 3.3); the period not extended, so 'not' denies the extension only [local due 2019-01-14 23:59:59 CST]
    B(
        text="EPA has not extended the public comment period and will accept comments on the proposal until Jan. 14.",
        due="2019-01-15 05:59:59",
        vague=False,
        said="2018-12-13 16:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_EPA18,
        published="2018-12-13",
    ),
    # 'no later than Jan. 14, 2019' [local due 2019-01-14 23:59:59 CST]
    B(
        text="Send written comments postmarked no later than Jan. 14, 2019, to Janet Pope, EPA Region 5, Superfund Division (SI-6J), 77 W. Jackson Blvd., Chicago, IL 60604, or email pope.janet@epa.gov.",
        due="2019-01-15 05:59:59",
        vague=False,
        said="2018-12-13 16:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_EPA18,
        published="2018-12-13",
    ),
    # Environmental Protection Agency (Region 5 news release 07-OPA099 on archive.epa.gov, 'Release Date: 06/14/2007', dateline 'Chicago, Ill. - June 13, 2007'; public domain); zone America/Chicago (CDT); read at the release date the page prints, 14 June 2007 10:00 CDT (the dateline's 13 June changes no label). The dateline is left out of the first quote. a one-off event on a year-less date, its next occurrence (CONVENTIONS 3.1) [local due 2007-06-27 23:59:59 CDT]
    B(
        text="U.S. Environmental Protection Agency Region 5 is holding two open house sessions June 27 on the Kalamazoo River cleanup.",
        due="2007-06-28 04:59:59",
        vague=False,
        said="2007-06-14 15:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_EPA07,
        published="2007-06-14",
    ),
    # clock times with no day in the sentence: the first 8 p.m. after the moment of speaking, the later of the alternatives (CONVENTIONS 6.3, 6.2); page: 27 June 2007 20:00 CDT [local due 2007-06-14 20:00:00 CDT]
    B(
        text="Residents are invited to drop by from 1:30 to 3 p.m. or 6:30 to 8 p.m.",
        due="2007-06-15 01:00:00",
        vague=False,
        said="2007-06-14 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_EPA07,
        published="2007-06-14",
    ),
    # 'by June 20'; the weekday hours in brackets are the office's standing hours [local due 2007-06-20 23:59:59 CDT]
    B(
        text="If special accommodations are needed, contact EPA community involvement coordinator Don de Blasio by June 20 at 800-621-8431, ext. 64360 (weekdays, 10 a.m. to 5:30 p.m.), or deblasio.don@epa.gov.",
        due="2007-06-21 04:59:59",
        vague=False,
        said="2007-06-14 15:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_EPA07,
        published="2007-06-14",
    ),
    # past (CONVENTIONS 2.4)
    B(
        text="EPA-overseen dredging of PCB-contaminated sediment near the Plainwell Impoundment began last week.",
        due=None,
        vague=False,
        said="2007-06-14 15:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_EPA07,
        published="2007-06-14",
    ),
    # work kept going through a season falls due at its end, meteorological autumn September to November (CONVENTIONS 3.3) [local due 2008-11-30 23:59:59 CST]
    B(
        text="The project is expected to continue through fall 2008.",
        due="2008-12-01 05:59:59",
        vague=False,
        said="2007-06-14 15:00:00",
        tz="America/Chicago",
        cluster=4,
        source=_EPA07,
        published="2007-06-14",
    ),
    # Environmental Protection Agency (Region 5 news release, 'CHICAGO (June 18, 2019)', on epa.gov; public domain); zone America/Chicago (CDT); no hour given, said 18 June 2019 10:00 CDT. The meeting lines of the list are taken without their bullets; the topic line under each and the sentence leading into the list are not. 'Upcoming' sets no time: due None, no refusal word
    B(
        text="Upcoming meetings will focus on learning about the different projects and areas of the site.",
        due=None,
        vague=False,
        said="2019-06-18 15:00:00",
        tz="America/Chicago",
        cluster=1,
        source=_EPA19,
        published="2019-06-18",
    ),
    # a meeting on a dated weekday from 6 to 9 p.m.: its later end (CONVENTIONS 3.1, 6.1) [local due 2019-06-27 21:00:00 CDT]
    B(
        text="Thursday, June 27, 6-9 p.m., St. Joseph Parish Gym, 930 Lake St., Kalamazoo",
        due="2019-06-28 02:00:00",
        vague=False,
        said="2019-06-18 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_EPA19,
        published="2019-06-18",
    ),
    # as above (CONVENTIONS 6.1) [local due 2019-08-08 21:00:00 CDT]
    B(
        text="Thursday, August 8, 6-9 p.m., Otsego Township Hall, 400 N. 16th St., Otsego",
        due="2019-08-09 02:00:00",
        vague=False,
        said="2019-06-18 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_EPA19,
        published="2019-06-18",
    ),
    # as above (CONVENTIONS 6.1) [local due 2019-09-26 21:00:00 CDT]
    B(
        text="Thursday, Sept. 26, 6-9 p.m., 400 N. 16th St., Otsego",
        due="2019-09-27 02:00:00",
        vague=False,
        said="2019-06-18 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_EPA19,
        published="2019-06-18",
    ),
    # Environmental Protection Agency (Region 4 release 'EPA Announces a Proposed Plan Public Meeting for the Sanford Dry Cleaners Superfund Site', 'Release Date: 06/04/2013', carried whole by EIN Presswire; public domain); zone America/New_York (the Atlanta region; EDT); said 4 June 2013 10:00 EDT. The dateline '(ATLANTA – June 4, 2013)' is left out of the quote; the 'DATE:/TIME:/LOCATION:' lines are not taken. a one-off meeting on a date (CONVENTIONS 3.1) [local due 2013-06-06 23:59:59 EDT]
    B(
        text="The U.S. Environmental Protection Agency (EPA) Region 4 Superfund Division will host a Proposed Plan Public Meeting regarding the Sanford Cleaners Superfund Site on Thursday, June 6, 2013 at the City Commission Chambers located at 300 N. Park Ave., Sanford, FL 32772.",
        due="2013-06-07 03:59:59",
        vague=False,
        said="2013-06-04 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA13,
        published="2013-06-04",
    ),
    # after an undated review, and the 30-day period has no start in the sentence: event (CONVENTIONS 1.3); the page's 'with the with the' kept
    B(
        text="EPA, in consultation with the with the Florida Department of Environmental Protection (FDEP), will select a final remedy for the site after reviewing and considering all information submitted during the 30-day public comment period.",
        due=None,
        vague=False,
        said="2013-06-04 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EPA13,
        published="2013-06-04",
    ),
    # Federal Energy Regulatory Commission (news release 'No FERC Meeting for February', 'News Release: February 8, 2017', ferc.gov; public domain); zone America/New_York (EST); said 8 February 2017 10:00 EST. a dated meeting called off, no new time: negated (CONVENTIONS 4.1)
    B(
        text="The Federal Energy Regulatory Commission (FERC) has canceled its February 16, 2017 agenda meeting, Acting Chairman Cheryl LaFleur and Commissioner Colette Honorable announced today.",
        due=None,
        vague=False,
        said="2017-02-08 15:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_FERC17,
        published="2017-02-08",
    ),
    # the suspension lasts 'until further notice', an undated event: event (CONVENTIONS 1.3, 5.2) unsure: the decision is told as made, and a careful reader could call it past (CONVENTIONS 2.4), or no time set at all (due None, no refusal word)
    B(
        text="Acting Chairman LaFleur and Commissioner Honorable also have decided, in view of the lack of a quorum, to suspend subsequent monthly agenda meetings until further notice.",
        due=None,
        vague=False,
        said="2017-02-08 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FERC17,
        published="2017-02-08",
    ),
    # meetings kept on two dates: the later (CONVENTIONS 6.1); '2013' names an act [local due 2017-03-30 23:59:59 EDT]
    B(
        text="Unless otherwise announced, FERC will continue to hold previously scheduled meetings and events sponsored by FERC, including the joint meeting between FERC and the Nuclear Regulatory Commission on February 23, 2017, and the upcoming Hydropower Regulatory Efficiency Act of 2013 workshop on March 30, 2017.",
        due="2017-03-31 03:59:59",
        vague=False,
        said="2017-02-08 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FERC17,
        published="2017-02-08",
    ),
    # 'future' sets no time: due None, no refusal word
    B(
        text="FERC also will continue to announce and schedule future meetings, technical conferences and workshops as appropriate.",
        due=None,
        vague=False,
        said="2017-02-08 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FERC17,
        published="2017-02-08",
    ),
    # Federal Energy Regulatory Commission (Chairman Jon Wellinghoff's statement 'Regional Conferences on Gas-Electric Coordination', 'June 21, 2012', Docket No. AD12-12-000, ferc.gov as archived by the UNT web archive; public domain); zone America/New_York (EDT); said 21 June 2012 10:00 EDT. The statement's other sentences hold no time word ('as our schedules permit' aside) and are passed over. 'in July and August': the later month's end (CONVENTIONS 6.1) [local due 2012-08-31 23:59:59 EDT]
    B(
        text="Details are still being worked out on dates and locations for each of these conferences, but we plan to hold them in July and August, with some conferences to be held here at the Commission headquarters and some to be held in regional centers.",
        due="2012-09-01 03:59:59",
        vague=False,
        said="2012-06-21 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FERC12,
        published="2012-06-21",
    ),
    # Nuclear Regulatory Commission (Federal Register notice FR Doc 99-21530, '[Federal Register: August 19, 1999 (Volume 64, Number 160)]', GPO text as archived by the UNT web archive; public domain); zone America/New_York (EDT); said 19 August 1999 10:00 EDT. The hearing sentence is cut off by the end of the stored opening and is not taken. the only date is the licence's past issue: past (CONVENTIONS 2.4)
    B(
        text="The U.S. Nuclear Regulatory Commission is considering renewal of Materials License SNM-960 which was issued to the General Electric Vallecitos Nuclear Center on February 8, 1994.",
        due=None,
        vague=False,
        said="1999-08-19 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NRC99,
        published="1999-08-19",
    ),
    # the application's past date: past (CONVENTIONS 2.4)
    B(
        text="The license renewal application is dated January 21, 1999, and is available for public inspection at the NRC's Public Document Room, the Gelman Building, 2120 L Street NW, Washington, DC 20555.",
        due=None,
        vague=False,
        said="1999-08-19 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NRC99,
        published="1999-08-19",
    ),
    # 'Prior to approving' hangs on an undated approval: event (CONVENTIONS 1.3); '1954' names the act
    B(
        text="Prior to approving the renewal application, NRC will have made findings required by the Atomic Energy Act of 1954, as amended, and NRC's regulations.",
        due=None,
        vague=False,
        said="1999-08-19 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NRC99,
        published="1999-08-19",
    ),
    # Nuclear Regulatory Commission (Federal Register notice E7-5937, 'Friday, March 30, 2007', govinfo.gov; public domain); zone America/New_York (EDT); said 30 March 2007 10:00 EDT. The label 'DATES:' is left out of the first quote; line breaks of the GPO text joined. 'by April 19, 2007' [local due 2007-04-19 23:59:59 EDT]
    B(
        text="Requests for a hearing must be filed by April 19, 2007.",
        due="2007-04-20 03:59:59",
        vague=False,
        said="2007-03-30 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NRC07,
        published="2007-03-30",
    ),
    # 'by April 30, 2007' [local due 2007-04-30 23:59:59 EDT]
    B(
        text="Comments must be provided by April 30, 2007.",
        due="2007-05-01 03:59:59",
        vague=False,
        said="2007-03-30 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NRC07,
        published="2007-03-30",
    ),
    # the only date is the application's past submission: past (CONVENTIONS 2.4)
    B(
        text="The Nuclear Regulatory Commission (the Commission) is considering approval of an application (the application) from General Electric Company (GE), submitted on January 19, 2007, for consent to direct transfer of Special Nuclear Material License-960 (SNM-960), currently held by GE to GE-Hitachi Nuclear Energy Americas, LLC.",
        due=None,
        vague=False,
        said="2007-03-30 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NRC07,
        published="2007-03-30",
    ),
    # past (CONVENTIONS 2.4)
    B(
        text="The application was supplemented by letters dated January 25, 2007, February 23, 2007, and March 2, 2007.",
        due=None,
        vague=False,
        said="2007-03-30 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NRC07,
        published="2007-03-30",
    ),
    # Nuclear Regulatory Commission (Federal Register notice 2015-21801, 80 FR 53332, 'Thursday, September 3, 2015', as carried by thefederalregister.org; public domain); zone America/New_York (EDT); said 3 September 2015 10:00 EDT. The summary's other sentences hold no time word. ten years from an undated grant: event (CONVENTIONS 1.3)
    B(
        text="The request, if granted, would authorize GEH to continue licensed activities at the Vallecitos Nuclear Center for 10 years.",
        due=None,
        vague=False,
        said="2015-09-03 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NRC15,
        published="2015-09-03",
    ),
)
