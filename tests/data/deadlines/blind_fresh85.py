"""An EIGHTY-FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-04 (UTC), in the evening (the machine's clock read 20:35 at the
start and about 20:42 when the labels were written), by a labelling helper (branch issue12l85-s41)
that neither changed, imported nor ran the parser, working at the same time as other labellers
(their claims were treated as used and their files and README sections were not opened). It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment, among them rule
6.3), the docstring, comments, some cases and README section of `blind_fresh80.py`, and the top
docstring of the parser package only (for the parts of the day: morning ending at 12:00, afternoon
at 18:00, close of business at 17:00; the vague windows, "as quickly as possible" among the "soon"
words; a range falling due at its later end; "a date without a year is its next occurrence");
nothing else of `bot/core/deadlines/` was opened. The brief allowed only public-domain or openly
licensed publishers, at least eight publishers, none above a fifth of the cases, several genres, at
least half of the cases from outside the United States (no more than a third US), and preferred
government releases and notices of Canada, Australia, New Zealand, Ireland and the UK, regulators'
and agencies' notices and kremlin.ru. The set quotes a Senedd Record of Proceedings, a notice of the
Prime Minister of Australia on the Federal Register of Legislation, two industry advice notices of
the Australian Department of Agriculture, an Indian Ocean Territories community bulletin of the
Australian Department of Infrastructure, a UK Government (BEIS and Companies House) press release,
two pages of Irish Government items (MerrionStreet), three consultation pages of New Zealand's
Ministry for Primary Industries, a Parks Canada news release and two pages of NZ Transport Agency
media releases: 100 cases from 9 publishers, none from the United States. Every kremlin.ru page the
searches offered was found used and dropped (see README.md). As in the twenty-seventh set onwards,
every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a part of
the day, a period, a span, a year, "now", "already", "future", "previously", "always", "still",
"older", "late", "interim", "immediately", "as soon as possible", "in good time", "each year",
"until further notice", "day and night", "urgently"); the sentences of the openings read that hold
none were skipped, as were titles, headings, date, number and topic lines, datelines ("Gatineau/
Ottawa –", left out before a first sentence), the questions heading each part of a notice, list
lead-ins ending in a colon that hold no time, speakers' names, signatures, contact lines, links,
postal addresses, lines cut off by the end of an opening and the repeat of a sentence already taken
(one sentence of the 2019 agriculture notice is word for word one of the 2018 notice and was taken
once). No word was changed: closing ellipses and quotation marks stay as the pages have them. The
sentences were found with a search over stored copies of public pages and taken as they came in the
openings the search returns, in page order. See README.md ("Eighty-fifth fresh blind set") for
every address, publisher and licence. No address listed in README.md, in a README or file under
`tests/data/` (the blind material the brief names excepted, which the freshness tool skips) or in
the shared claims file was used: each was checked with the lead's `fresh_check.py` (the address and
a distinctive phrase of the page) and claimed (`fresh85`) in `/work/helper-brief/claims.txt` before
a quote was taken; many pages the searches offered were found used and dropped. Every sentence was
then checked whole with the same tool: one was found (the Senedd's stock opening line "The Assembly
met at 13:30 with the Llywydd (Elin Jones) in the Chair.") and dropped. Each label was worked out
by hand from the words, the publication date and the publisher's zone; the conversion of local
instants to UTC wall time and the day counts were done with Python's zoneinfo and datetime in a
scratch script outside the repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the labels were
committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.3"), then `blind_fresh80.py`: the publisher's zone (the Senedd and the UK Government:
Europe/London; the Government of Ireland: Europe/Dublin; the Australian Government in Canberra:
Australia/Sydney; the Ministry for Primary Industries and the NZ Transport Agency: Pacific/Auckland;
Parks Canada in Gatineau/Ottawa: America/Toronto); the publication date at 10:00 local, except
where the page gives its own moment (the Senedd's 13:30 sitting; the feed times of the NZ Transport
Agency items of August 2017, read as UTC); a list page's item is said on the day its own words or
its neighbours give (the comment says which, and marks "unsure" where a week word depends on it); a
day falls due at 23:59:59 local, a morning at 12:00, an afternoon at 18:00, "close of business" at
17:00 (the parser's docstring); "the commencement of business" on a day is read as the day (marked
"unsure": the morning is the other reading); a range, a list, alternatives or a window fall due at
their later end (CONVENTIONS 6.1, 6.2); "prior to" a day falls due at the end of the day before
(CONVENTIONS 3.5); a state or activity given only its start is `refusal='earliest'` with
`earliest` set to the start of that day (CONVENTIONS 3.2); "today" on an act as it is being spoken
falls due at the end of that day (CONVENTIONS 2.1), the perfect or the simple past with "today" is
past (CONVENTIONS 2.4); standing rules for a class of people are `refusal='recurring'` (CONVENTIONS
1.3); refusals have `due=None` and a `refusal` kind (past | event | negated | earliest |
recurring); a sentence whose time words set no time for any act ("now", "the future", "these
challenging times", a year naming a thing, a period named only by "this period" pointing back) has
`due=None` and no refusal word. Rule 6.3 (a clock time with no day of its own, read from the
sentence and its moment, the page's instant written in a "page:" comment when the page gives
another day): one case holds such a time ("The work will be carried out between 9pm and 5am when
traffic flows are lightest.", the NZ Transport Agency, said at 05:43 NZST on 22 August 2017), and
its comment gives the page's instant, which is the same. Clusters as in `blind_fresh80.py`: 1 no
time set, 2 clock times, 3 ranges and several dates, 4 parts of the day and periods, 5 refusals, 6
plain days and dates. 22 labels are marked "unsure" and name the other reading; like every label
here they stay as committed, whatever the first run shows. First run: not yet taken (the lead runs
it once, after merging, and records it in README.md). Never edit these labels to fit the parser.

Licence audit of stop 46 (branch lic46c-s46): the 8 cases quoted from the Parks Canada news release
(as carried by fraservalleynewsnetwork.com) were removed: the Government of Canada's terms allow
reproduction for non-commercial purposes only, commercial reproduction needing written permission,
which is not an open licence; the pages do not state the Open Government Licence – Canada (terms and
addresses in README.md, "Licence audit, stop 46: Canadian material"). The set now holds 92 cases;
the counts above that include those pages are as the labeller first wrote them, and the first-run
figure recorded for the set was measured with them.

Licence audit of stop 48 (branch lic48-s48): 10 of these 92 cases, quoted from NZ Transport Agency Waka
Kotahi releases (on nzta.govt.nz or carried by Scoop, Live News, MIL-OSI mirrors and others), were
removed: the Agency's own terms found (https://www.journeys.nzta.govt.nz/about-this-site) allow
reproduction "for personal use" and ask permission for any other purpose, which is not an open licence.
82 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 48 (branch lic48-s48): 15 of these 82 cases, quoted from Ministry for Primary
Industries pages or releases (on mpi.govt.nz or carried by news mirrors), were removed: no terms of
mpi.govt.nz were found, and the Ministry's own site terms found
(https://farmsonline.mpi.govt.nz/About/CopyRight) reserve all rights (licence unclear). 67 cases remain;
see README.md, "Licence audit of stop 48".

Licence audit of stop 49 (branch lic49-s49): 8 cases, quoted from NZ Transport Agency media
releases on a feed reader page (nztraffic.com), were removed: the Agency's terms allow personal use
only (see README.md, "Licence audit of stop 48"; this feed copy was missed there). 59 cases
remain; see README.md, "Licence audit of stop 49".

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 5 case(s) removed, Senedd material (Senedd Commission terms: re-use on application only); 54 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 17 case(s) removed, Irish Government material without an open statement of its publisher (MerrionStreet, gov.ie pages of the Department of the Taoiseach and others, taoiseach.gov.ie, the Department of Housing); 37 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_SENEDD = "http://cofnod.cynulliad.cymru/Meeting/4483?lang=en-GB"
_AUGAZ = "https://www.legislation.gov.au/C2019G01104/asmade/2019-12-06/text/original/epub/OEBPS/document_1/document_1.html"
_DAWR18 = "https://agriculture.gov.au/biosecurity-trade/import/industry-advice/2018/175-2018"
_DA19 = "https://agriculture.gov.au/biosecurity-trade/import/industry-advice/2019/217-2019"
_IOT = "https://infrastructure.gov.au/territories-regions-cities/territories/indian_ocean/iot_bulletins/2018/D3-2018-new-government-gazette-process"
_CH = "http://government-world.com/uk/politics-2/hm-government/page/3759/?print=print-search"
_MERRION19 = (
    "https://merrionstreet.ie/merrionstreet/en/news-room/releases/?=_Murphy.html&pageNumber=631"
)
_MERRION22 = "https://merrionstreet.ie/en/news-room/news/?pageNumber=206"

FRESH85_CASES: tuple[BlindCase, ...] = (
    # Federal Register of Legislation (Australia), notice C2019G01104 of the Prime Minister 'Abolition and renaming of Departments of State', as made 2019-12-06 (dated by its address); one sentence broken by two lists of departments, its opening and its closing line quoted as they stand; zone Australia/Sydney (Canberra), AEDT, said at 10:00 local by convention: departments abolished on 5 December: past
    B(
        text="The Prime Minister gives notice that on 5 December 2019, the Governor-General in Council, acting on the Prime Minister’s recommendation under section 64 of the Constitution, abolished the following Departments of State:",
        due=None,
        vague=False,
        said="2019-12-05 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AUGAZ,
        published="2019-12-06",
    ),
    # the same page: the list's closing line (it stands twice, once quoted): a change taking effect on and from a day falls due that day (CONVENTIONS 3.1): the end of 1 February 2020, 23:59:59 AEDT
    B(
        text="to take effect on and from 1 February 2020;",
        due="2020-02-01 12:59:59",
        vague=False,
        said="2019-12-05 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AUGAZ,
        published="2019-12-06",
    ),
    # Department of Agriculture and Water Resources (Australia), industry advice notice 175-2018, dated 5 December 2018 (its own date line); the questions heading each part ('Who does this notice affect?') and the table of regional hours, cut off by the opening, are not quoted; zone Australia/Sydney (Canberra), AEDT, said at 10:00 local by convention: the answer names who the notice is for, no act is set a time: no deadline; unsure: a range's later end, New Year's Day 2019 (CONVENTIONS 6.1)
    B(
        text="All internal and external stakeholders who may require Department of Agriculture and Water Resources regulatory services between Christmas and New Year.",
        due=None,
        vague=False,
        said="2018-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DAWR18,
        published="2018-12-05",
    ),
    # the same page: closing then re-opening; the re-opening is the later act (CONVENTIONS 3.1, 6.1): 2 January 2019, read as the day, 23:59:59 AEDT; unsure: the commencement of business that morning (about 09:00) is the instant the words give
    B(
        text="The Department of Agriculture and Water Resources’ Canberra Office will close at the close of business on Monday, 24 December 2018 and will re-open at the commencement of business on Wednesday, 2 January 2019.",
        due="2019-01-02 12:59:59",
        vague=False,
        said="2018-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_DAWR18,
        published="2018-12-05",
    ),
    # the same page: booking before the close of business on 21 December: close of business is 17:00 (the parser's docstring), 17:00 AEDT; a one-off limit of this notice, no standing rule
    B(
        text="If you are seeking an appointment during the Christmas period it must be booked and confirmed prior to the close of business on 21 December 2018.",
        due="2018-12-21 06:00:00",
        vague=False,
        said="2018-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_DAWR18,
        published="2018-12-05",
    ),
    # the same page: the line stays closed through to 26 December (CONVENTIONS 3.3, 6.1): the end of 26 December 2018, 23:59:59 AEDT; unsure: negated (the line 'will not be operating', CONVENTIONS 4.1)
    B(
        text="The Department of Agriculture and Water Resources’ general inquiry line (1800 900 090) will not be operating over the Christmas period from the close of business on Monday, 24 December 2018 through until Wednesday, 26 December 2018.",
        due="2018-12-26 12:59:59",
        vague=False,
        said="2018-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_DAWR18,
        published="2018-12-05",
    ),
    # the same page: the line kept operating from 27 to 31 December: a range falls due at its later end (CONVENTIONS 3.3, 6.1): 23:59:59 AEDT
    B(
        text="The inquiry line will operate from Thursday, 27 December 2018 through until Monday, 31 December 2018.",
        due="2018-12-31 12:59:59",
        vague=False,
        said="2018-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_DAWR18,
        published="2018-12-05",
    ),
    # the same page: 'this period' points back to the sentence before; the sentence gives no day of its own: no deadline; unsure: 31 December 2018, the end of the period the sentence before gives
    B(
        text="Over this period, the department will be offering limited regulatory services that will include inspections and documentation assessments.",
        due=None,
        vague=False,
        said="2018-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DAWR18,
        published="2018-12-05",
    ),
    # the same page: 'the Christmas period' has no end the words fix: no deadline; unsure: the end of the holiday period (26 December, or New Year's Day) as a state kept to a date (CONVENTIONS 3.3)
    B(
        text="All online regulatory services and lodgment systems will be available for use over the Christmas period.",
        due=None,
        vague=False,
        said="2018-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DAWR18,
        published="2018-12-05",
    ),
    # the same page: services recommence on 2 January 2019, a one-off event on a day (CONVENTIONS 3.1): 23:59:59 AEDT; unsure: the commencement of business that morning (about 09:00)
    B(
        text="All departmental services will recommence at the commencement of business on Wednesday, 2 January 2019.",
        due="2019-01-02 12:59:59",
        vague=False,
        said="2018-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_DAWR18,
        published="2018-12-05",
    ),
    # the same page: closed from 24 December through to the commencement of business on 2 January 2019 (CONVENTIONS 3.3, 6.1): read as the day, 23:59:59 AEDT; unsure: the commencement of business that morning (about 09:00)
    B(
        text="Additionally, the Canberra switchboard will be closed over the period from the close of business Monday, 24 December 2018 through until the commencement of business on Wednesday, 2 January 2019.",
        due="2019-01-02 12:59:59",
        vague=False,
        said="2018-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_DAWR18,
        published="2018-12-05",
    ),
    # the same page: 'during this period' points back; no day of its own: no deadline
    B(
        text="Switchboards for locations outside of Canberra will be operating on reduced hours during this period.",
        due=None,
        vague=False,
        said="2018-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DAWR18,
        published="2018-12-05",
    ),
    # the same page: 'Christmas and New Year hours' names a timetable that follows (a table, not quoted): no time set for any act: no deadline
    B(
        text="The Department of Agriculture and Water Resources’ Christmas and New Year hours of operation in all regional offices and major ports, including the delivery of regulatory services, are as follows:",
        due=None,
        vague=False,
        said="2018-12-04 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DAWR18,
        published="2018-12-05",
    ),
    # Department of Agriculture (Australia), industry advice notice 217-2019, dated 16 December 2019 (its own date line); question headings not quoted; from the table of regional hours only its first complete sentences are quoted (cells cut off by the opening and repeats are not); the sentence 'Switchboards for locations outside of Canberra will be operating on reduced hours during this period.', word for word that of notice 175-2018 already taken, is not repeated; zone Australia/Sydney, AEDT, said at 10:00 local by convention: 'the Department's shut down period' is not dated in the sentence: no deadline
    B(
        text="All internal and external stakeholders who may require Department of Agriculture regulatory services between the Department’s shut down period.",
        due=None,
        vague=False,
        said="2019-12-15 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DA19,
        published="2019-12-16",
    ),
    # the same page: close from 24 December, re-open on 2 January 2020, the later act (CONVENTIONS 3.1, 6.1): read as the day, 23:59:59 AEDT; unsure: the commencement of business that morning (about 09:00)
    B(
        text="The Department of Agriculture Canberra Office will close from cob Tuesday, 24 December 2019 and will re-open at the commencement of business on Thursday, 2 January 2020.",
        due="2020-01-02 12:59:59",
        vague=False,
        said="2019-12-15 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_DA19,
        published="2019-12-16",
    ),
    # the same page: closed until the commencement of business on 2 January 2020 (CONVENTIONS 3.3): read as the day, 23:59:59 AEDT; unsure: the commencement of business that morning (about 09:00)
    B(
        text="The Canberra switchboard will be closed from cob Tuesday, 24 December 2019 until the commencement of business on Thursday, 2 January 2020.",
        due="2020-01-02 12:59:59",
        vague=False,
        said="2019-12-15 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_DA19,
        published="2019-12-16",
    ),
    # the same page: the periods are those of a table, none in the sentence: no deadline
    B(
        text="The Department’s general inquiry line (1800 900 090) will not operate during the periods noted as ‘Closed’ in the table below.",
        due=None,
        vague=False,
        said="2019-12-15 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DA19,
        published="2019-12-16",
    ),
    # the same page: 'over this period' points back; no day of its own: no deadline
    B(
        text="All online regulatory services and lodgement systems will be available for use over this period.",
        due=None,
        vague=False,
        said="2019-12-15 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DA19,
        published="2019-12-16",
    ),
    # the same page: services resume on 2 January 2020 (CONVENTIONS 3.1): 23:59:59 AEDT; unsure: the commencement of business that morning (about 09:00)
    B(
        text="All departmental services will resume at the commencement of business on Thursday, 2 January 2020.",
        due="2020-01-02 12:59:59",
        vague=False,
        said="2019-12-15 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_DA19,
        published="2019-12-16",
    ),
    # the same page, the table's first 'Closed' row: requests before the close of business on 20 December 2019, 17:00 (the parser's docstring), 17:00 AEDT
    B(
        text="Appointments for these days must be requested prior to the close of business on 20 December 2019.",
        due="2019-12-20 06:00:00",
        vague=False,
        said="2019-12-15 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_DA19,
        published="2019-12-16",
    ),
    # the same page, the table's next row: 'as soon as possible' hung on an undated case ('Where this is not possible'), addressed to importers: event (CONVENTIONS 5.2); unsure: vague, 60 days from speaking (CONVENTIONS 5.1)
    B(
        text="Where this is not possible due to perishable nature of goods, submit as soon as possible.",
        due=None,
        vague=False,
        said="2019-12-15 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_DA19,
        published="2019-12-16",
    ),
    # Department of Infrastructure, Regional Development and Cities (Australia), Indian Ocean Territories community bulletin D3/2018 'New Government Gazette Process', dated 09 January 2018 (its own date line); the number, date, relevance and topic lines, the signature and the contact sentence are not quoted; zone Australia/Sydney (the Department in Canberra; the islands' own zones would not change any label, all refusals), AEDT, said at 10:00 local by convention: advised on 24 May 2017: past
    B(
        text="On 24 May 2017, the then Department of Infrastructure and Regional Development advised in Community Bulletin D24/2017 that it was proposing to simplify and update gazette arrangements for Christmas Island (CI) and the Cocos (Keeling) Islands (CKI).",
        due=None,
        vague=False,
        said="2018-01-08 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_IOT,
        published="2018-01-09",
    ),
    # the same page: came into effect on dates gone: past
    B(
        text="The updated gazette publication process for CI and the CKI came into effect on 31 August 2017 for CI and 6 September 2017 for the CKI.",
        due=None,
        vague=False,
        said="2018-01-08 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_IOT,
        published="2018-01-09",
    ),
    # the same page: 'now' sets no time for any act: no deadline
    B(
        text="Gazette notices are now published as Notifiable Instruments in one central location on the Federal Register of Legislation, alongside all other Australian Government legislation and instruments.",
        due=None,
        vague=False,
        said="2018-01-08 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_IOT,
        published="2018-01-09",
    ),
    # the same page: 'previously' tells of the past: past
    B(
        text="Gazette notices were previously published in the Indian Ocean Territories Gazette.",
        due=None,
        vague=False,
        said="2018-01-08 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_IOT,
        published="2018-01-09",
    ),
    # the same page: 'older' and 'continue' set no time: no deadline
    B(
        text="These older notices will continue to be available in this publication.",
        due=None,
        vague=False,
        said="2018-01-08 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_IOT,
        published="2018-01-09",
    ),
    # the same page: 'always', 'continue', 'still' set no time: no deadline
    B(
        text="This information has always been made public through a Community Bulletin and will continue, with Community Bulletins still published on the Department's website and via its email distribution list.",
        due=None,
        vague=False,
        said="2018-01-08 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_IOT,
        published="2018-01-09",
    ),
    # Department for Business, Energy and Industrial Strategy and Companies House (GOV.UK) press release 'Companies to receive 3-month extension period to file accounts during COVID-19', 25 March 2020 (its own words), as carried by a mirror site's print page; the title, the speakers' names and the last line, cut off by the opening, are not quoted; zone Europe/London, GMT, said at 10:00 local by convention: an ability that only starts today (CONVENTIONS 3.2): earliest, the start of 25 March 2020, 00:00 GMT
    B(
        text="From today (25 March 2020), businesses will be able to apply for a 3-month extension for filing their accounts.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2020-03-25 00:00:00",
        cluster=5,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: 'each year' is a standing duty of every company (CONVENTIONS 1.3): recurring
    B(
        text="There are approximately 4.3 million businesses on the Companies House register, and all companies must submit their accounts and reports each year.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: 'late' in a standing rule for every company: recurring (CONVENTIONS 1.3)
    B(
        text="Under normal circumstances, companies that file accounts late are issued with an automatic penalty.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: 'immediately' hung on each company's undated application: event (CONVENTIONS 5.2); unsure: vague, 7 days from speaking (CONVENTIONS 5.1)
    B(
        text="As part of the agreed measures, while companies will still have to apply for the 3-month extension to be granted, those citing issues around COVID-19 will be automatically and immediately granted an extension.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: how long each application takes, a standing duration: recurring (CONVENTIONS 1.3)
    B(
        text="Applications can be made through a fast-tracked online system which will take just 15 minutes to complete.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: 'these challenging times' sets no time: no deadline
    B(
        text="We have outlined a business support package on an unprecedented scale, backing companies and their employees through these challenging times.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: '3 month extension' names the offer, no time set for an act: no deadline
    B(
        text="We are determined to help businesses in any way we can, so that they can focus all their efforts on dealing with the impact of Coronavirus, and this new offer of a 3 month extension for filing accounts is part of that.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: 'these are uncertain times' sets no time: no deadline
    B(
        text="We recognise that these are uncertain times for businesses and that’s why we’re doing all we can to help.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: 'this period' and 'the future' set no time: no deadline
    B(
        text="By easing the burden, we can help businesses through this period and enable them to thrive in the future.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH,
        published="2020-03-25",
    ),
    # the same page: 'in good time' is advice to companies with no time of its own: no deadline
    B(
        text="I would encourage companies who believe they would benefit from this new flexibility to make an application in good time.",
        due=None,
        vague=False,
        said="2020-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CH,
        published="2020-03-25",
    ),
)
