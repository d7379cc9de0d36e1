"""A SIXTY-FIRST fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-04 (UTC), from about 03:10 by the machine's clock, by a
labelling helper (branch issue12l61-s37) that neither changed nor ran the parser, working at
the same time as the labeller of the sixtieth set (whose claims were treated as used and
whose file was not opened). It read `CONVENTIONS.md` (the labelling rules, which win over
any earlier set's comment), the docstring, comments and README section of
`blind_fresh59.py`, and the docstring of the parser package only (for the parts of the day,
the vague windows, "mid" as the middle third of a month and "a date without a year is its
next occurrence"); nothing else of `bot/core/deadlines/` was opened. The brief asked for at
least eight publishers, none above a third of the cases, several genres, at least half of
the cases from outside the United States, and preferred regulators' and agencies' notices
(consultations with closing dates, effective dates, compliance deadlines), company or
industry commitments, Wikinews stories and kremlin.ru items, and no more US embassy security
messages. The set quotes notices of regulators and agencies: the Australian Competition and
Consumer Commission, Ofcom (one feature on its own site, and its updates as carried by the
Telecommunications UK Fraud Forum), Ofgem (a press release, and a decision document of 2009
as carried by SlideLegend), Ofwat, the Office of Rail and Road, the Environment Agency, the
Federal Communications Commission and the Environmental Protection Agency (Federal Register
notices); newsletters of the European Commission's Representation in Ireland; a Council of
the European Union press release (as carried by the Politiki News blog); and a Scottish
Statutory Instrument. No Wikinews story or kremlin.ru item was fresh among the pages the
searches offered (every kremlin.ru list of instructions found, and the Wikinews stories
found, were already used). As in the twenty-seventh set onwards, every sentence quoted holds
a time word of some kind (a date, a clock time, a day word, a period, a span, a year in a
name, "now", "currently", "still", "ongoing", "lasting", "future", "while", "when", "until",
"during", "before", "immediately", "everyday", "overnight", "lifelong"); the sentences of
the pages read that hold none were skipped, as were titles, headings, date and release
lines, labels before colons ("SUMMARY:", "DATES:"), paragraph numbers, speakers' names, site
notices, link labels, editors' notes, address and contact lines and lines cut off by the
start or end of an opening. A point of a list, a definition of a list and a status line
under a heading ("Closes 1 Mar 2019", "To be published July 2019.") were taken as their own
cases; the lines of Federal Register notices, broken at a fixed width on the page, are
joined with spaces; no word was changed, and quotation marks stay as the pages have them (a
sentence opening or closing a quotation keeps its mark). The sentences were found with a
search over stored copies of public pages and taken as they came in the openings the search
returns, in page order. See README.md ("Sixty-first fresh blind set") for every address,
publisher and licence. No address listed in README.md, in a README or file under
`tests/data/` or in the shared claims file was used: each was checked against them (the
address and a distinctive phrase of the page) and claimed (`fresh61`) in
`/work/helper-brief/claims.txt` before a quote was taken; pages already used (among them
kremlin.ru lists of instructions of 2011, 2017, 2021 and 2022, Wikinews on the Tunisian
election of 2011, the Commission's news item on its stakeholder consultation guidelines of
July 2014 (found in the twentieth fresh set by the final check of every sentence and dropped
before commit), European Commission Daily News of 2015 and 2021 and its Top News of November
2012, a Commission newsletter of June 2024, an infrastructure ministerial release of
December 2015, a CMA consultation, an EPA news release of May 2018, an FAA airworthiness
directive of May 2008 and an FCC notice of April 2020) were dropped. Each label was worked
out by hand from the words, the publication date and the publisher's zone; the conversion of
local instants to UTC wall time, the weekday checks and the day count of the vague window
were done with Python's zoneinfo and datetime in a scratch script outside the repository,
never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh59.py`: the publisher's zone (the ACCC in Canberra:
Australia/Sydney; the Council of the EU: Europe/Brussels; the Commission's Representation in
Ireland: Europe/Dublin; UK regulators, the Environment Agency and the Scottish Ministers:
Europe/London; US federal agencies: America/New_York); the publication date at 10:00 local,
or the time of a release's header line where it gives one (the Council's 13:42); every page
shows a date of its own except eight (five Commission newsletters, two Ofwat pages and the
Ofgem release), which are dated by their content, as the first comment of each says; a day
falls due at 23:59:59 local (zoneinfo decides the offset); a clock time without a zone word
is in the publisher's zone on the day the page or its sentence gives; a range, a list or a
window falls due at its later end; "in the near future" takes the parser's documented window
of 60 days; a time that the sentence hangs on an undated event or on a day or window another
sentence dates ("before providing your submission", "the 20th day following its
publication", "for the holiday period") is `refusal='event'`, and where the page dates that
event elsewhere the label is marked "unsure" and names the instant; standing schedules and
rules ("every three months", filing hours, "before they sign up") are `refusal='recurring'`;
a time denied ("unable to complete ... within", "will not be in a position to ... prior to")
is `refusal='negated'`; refusals have `due=None` and a `refusal` kind (past | event |
recurring | negated; this set holds no earliest-only label, two unsure comments name that
reading); a sentence whose time words set no time for any act (a year in the name of an Act,
a plan or a review, "now", "currently", "still", "while", "when", a possibility that is no
undertaking) has `due=None` and no refusal word. Labels marked "unsure" name the other
reading; like every label here they stay as committed, whatever the first run shows. First
run: not yet taken (the lead runs it once, after merging, and records it in README.md).
Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_ACCC_SBAS_27OCT22 = "https://www.accc.gov.au/by-industry/telecommunications-and-internet/non-nbn-fixed-line-services-access-regulation/superfast-broadband-access-service-sbas-final-access-determination-inquiry-2021/extension-of-inquiry-period-and-existing-interim-access-determination"
_ACCC_PERISHABLE_16OCT20 = "https://www.accc.gov.au/inquiries-and-consultations/finalised-inquiries/perishable-agricultural-goods-inquiry-2020/submissions"
_OFGEM_CAP_16MAY22 = "https://www.ofgem.gov.uk/press-release/ofgem-backs-consumers-price-cap-update"
_OFGEM_PROBE_7AUG09 = "https://slidelegend.com/energy-supply-probe-proposed-retail-market-remedies-ofgem_59ed51061723dd7524337afc.html"
_OFCOM_AUCTION_5FEB18 = (
    "https://www.ofcom.org.uk/about-ofcom/latest/features-and-news/spectrum-auction"
)
_OFCOM_TUFF = "https://www.tuff.co.uk/ofcom-updates/"
_COUNCIL_DESIGN_10OCT24 = (
    "https://politikinewsaaa.blogspot.com/2024/10/eurogroupcouncil-of-european-unionupdate_10.html"
)
_ECIE_NEWS_25JUL24 = "https://ec.europa.eu/newsroom/representations/newsletter-archives/54911"
_ECIE_NEWS_7MAR24 = "https://ec.europa.eu/newsroom/representations/newsletter-archives/51471"
_ECIE_NEWS_18APR24 = "https://ec.europa.eu/newsroom/representations/newsletter-archives/52483"
_ECIE_NEWS_11APR24 = "https://ec.europa.eu/newsroom/representations/newsletter-archives/52316"
_ECIE_NEWS_11JUL24 = "https://ec.europa.eu/newsroom/representations/newsletter-archives/54623"
_SSI_2017_299 = "https://www.legislation.gov.uk/ssi/2017/299"
_EA_PPS_7JAN19 = "https://consult.environment-agency.gov.uk/environmental-permitting/revisions-to-our-public-participation-statement/"
_ORR_PR18_12JUN18 = (
    "http://orr.gov.uk/rail/consultations/pr18-consultations/pr18-draft-determination"
)
_OFWAT_REPS_18JUL19 = (
    "https://www.ofwat.gov.uk/guidance-for-representations-on-draft-determinations/"
)
_OFWAT_DDS_11APR19 = "https://www.ofwat.gov.uk/regulated-companies/price-review/2019-price-review/draft-determinations/"
_FCC_FR_6AUG14 = "http://www.gpo.gov/fdsys/pkg/FR-2014-08-06/html/2014-18612.htm"
_FCC_FR_21MAY18 = "https://thefederalregister.org/83-FR/23412"
_EPA_FR_10JUN99 = "https://webarchive.library.unt.edu/eot2008/20081006015659/http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=1999_register&docid=99-14768-filed"

FRESH61_CASES: tuple[BlindCase, ...] = (
    # Australian Competition and Consumer Commission, 'Extension of inquiry period and existing Interim access determination' (27 Oct 2022, the date beside its title; the title, the headings and the sentences without a time word are not quoted; zone Australia/Sydney, the ACCC's Canberra seat): the period to make the determination extended 'for a period of six months, until 19 July 2023', a window run to a stated end (CONVENTIONS 1.1): 19 July 2023, end of day AEST
    B(
        text="The ACCC has decided to extend the period to make the superfast broadband access service (SBAS) final access determination for a period of six months, until 19 July 2023.",
        due="2023-07-19 13:59:59",
        vague=False,
        said="2022-10-26 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ACCC_SBAS_27OCT22,
        published="2022-10-27",
    ),
    # the same notice: the inquiry cannot be completed 'within the current decision-making period of 19 January 2023', a time denied; the new time is in another sentence (CONVENTIONS 4.1): negated
    B(
        text="The ACCC is unable to complete its inquiry within the current decision-making period of 19 January 2023.",
        due=None,
        vague=False,
        said="2022-10-26 23:00:00",
        tz="Australia/Sydney",
        refusal="negated",
        cluster=5,
        source=_ACCC_SBAS_27OCT22,
        published="2022-10-27",
    ),
    # the same notice: 'additional time' sets no time for any act: no deadline
    B(
        text="It considers that additional time is needed to consult on proposals raised in its draft decision on the access determination.",
        due=None,
        vague=False,
        said="2022-10-26 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACCC_SBAS_27OCT22,
        published="2022-10-27",
    ),
    # the same notice: submissions sought 'by 9 December 2022': 9 December 2022, end of day AEDT
    B(
        text="The ACCC is seeking submissions on its draft decision by 9 December 2022.",
        due="2022-12-09 12:59:59",
        vague=False,
        said="2022-10-26 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ACCC_SBAS_27OCT22,
        published="2022-10-27",
    ),
    # the same notice: an exposure draft 'in 2023 before making a final decision' (the decision undated; the year is the act's own time): 31 December 2023, end of day AEDT
    B(
        text="The ACCC intends to publish an exposure draft of the access determination instrument in 2023 before making a final decision.",
        due="2023-12-31 12:59:59",
        vague=False,
        said="2022-10-26 23:00:00",
        tz="Australia/Sydney",
        precision="year",
        cluster=4,
        source=_ACCC_SBAS_27OCT22,
        published="2022-10-27",
    ),
    # the same notice: the final decision expected 'in 2023': 31 December 2023, end of day AEDT
    B(
        text="The ACCC anticipates releasing its final decision in 2023.",
        due="2023-12-31 12:59:59",
        vague=False,
        said="2022-10-26 23:00:00",
        tz="Australia/Sydney",
        precision="year",
        cluster=4,
        source=_ACCC_SBAS_27OCT22,
        published="2022-10-27",
    ),
    # the same notice: 'On 26 October 2022 the ACCC decided', the day before the page: past
    B(
        text="On 26 October 2022 the ACCC decided to extend its existing interim access determination for the declared SBAS.",
        due=None,
        vague=False,
        said="2022-10-26 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACCC_SBAS_27OCT22,
        published="2022-10-27",
    ),
    # the same notice: the determination 'due to expire on 31 December 2022', a one-off event at its time (CONVENTIONS 3.1): 31 December 2022, end of day AEDT; unsure: negated, since the next sentences extend it past that day
    B(
        text="The existing interim access determination is due to expire on 31 December 2022.",
        due="2022-12-31 12:59:59",
        vague=False,
        said="2022-10-26 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ACCC_SBAS_27OCT22,
        published="2022-10-27",
    ),
    # the same notice: the final determination will not be made 'prior to 31 December 2022', a time denied, no new time given here (CONVENTIONS 4.1): negated
    B(
        text="The ACCC has extended this interim access determination as it will not be in a position to make the new SBAS final access determination prior to 31 December 2022.",
        due=None,
        vague=False,
        said="2022-10-26 23:00:00",
        tz="Australia/Sydney",
        refusal="negated",
        cluster=5,
        source=_ACCC_SBAS_27OCT22,
        published="2022-10-27",
    ),
    # the same notice: 'the day immediately before the day on which' an undated determination comes into force: event
    B(
        text="The new expiry date is taken to be the day immediately before the day on which the final access determination for the SBAS comes into force.",
        due=None,
        vague=False,
        said="2022-10-26 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACCC_SBAS_27OCT22,
        published="2022-10-27",
    ),
    # Australian Competition and Consumer Commission, perishable agricultural goods inquiry, 'Submissions' (16 Oct 2020, the date beside its title; the sentences without a time word are not quoted; zone Australia/Sydney): 'On 3 September 2020, the ACCC sought': past
    B(
        text="On 3 September 2020, the ACCC sought submissions from all interested parties in response to the terms of reference.",
        due=None,
        vague=False,
        said="2020-10-15 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACCC_PERISHABLE_16OCT20,
        published="2020-10-16",
    ),
    # the same page: a deadline told in the past ('were due by 18 September 2020'), four weeks before the page: past
    B(
        text="Submissions were due by 18 September 2020.",
        due=None,
        vague=False,
        said="2020-10-15 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACCC_PERISHABLE_16OCT20,
        published="2020-10-16",
    ),
    # the same page: 'before providing your submission', an undated act of the reader: event
    B(
        text="If you are a farmer or supplier and have any questions about the ACCC's processes for dealing with confidential submissions, we invite you to contact us before providing your submission.",
        due=None,
        vague=False,
        said="2020-10-15 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACCC_PERISHABLE_16OCT20,
        published="2020-10-16",
    ),
    # Ofgem, press release 'Ofgem backs consumers with price cap update' (no date shown beside its label 'Publication date'; dated 16 May 2022 by its first words 'Today (Monday 16 May)', a Monday in 2022; the title, labels, the speaker's name and the sentences without a time word are not quoted; zone Europe/London): a consultation to be published 'Today (Monday 16 May)', the act due that day (CONVENTIONS 2.1, 3.1); 'quarterly' and 'every six months' name the options: 16 May 2022, end of day BST
    B(
        text="Today (Monday 16 May) Ofgem will publish a ‘minded-to’ consultation to look at whether the energy price cap should be updated quarterly rather than every six months.",
        due="2022-05-16 22:59:59",
        vague=False,
        said="2022-05-16 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OFGEM_CAP_16MAY22,
        published="2022-05-16",
    ),
    # the same release: 'At a time when' names the present: no deadline
    B(
        text="At a time when consumers are being squeezed financially from all sides, Ofgem is looking at how it can use its powers to make the market fairer and more resilient.",
        due=None,
        vague=False,
        said="2022-05-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFGEM_CAP_16MAY22,
        published="2022-05-16",
    ),
    # the same release: what a change 'would' bring 'when prices fall', a possibility that is no undertaking (CONVENTIONS 4.2): no deadline; unsure: event (an undated fall in prices)
    B(
        text="A more frequent price cap would reflect the most up to date and accurate energy prices and mean when prices fall from the current record highs, customers would see the benefit much sooner.",
        due=None,
        vague=False,
        said="2022-05-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFGEM_CAP_16MAY22,
        published="2022-05-16",
    ),
    # the same release, a quoted sentence of the chief executive: 'while' sets no time: no deadline
    B(
        text="Our retail reforms will ensure that consumers are paying a fair price for their energy while ensuring resilience across the sector.",
        due=None,
        vague=False,
        said="2022-05-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFGEM_CAP_16MAY22,
        published="2022-05-16",
    ),
    # the same quote: 'Today’s proposed change' names the proposal and 'more quickly' sets no time: no deadline
    B(
        text="“Today’s proposed change would mean the price cap is more reflective of current market prices and any price falls would be delivered more quickly to consumers.",
        due=None,
        vague=False,
        said="2022-05-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFGEM_CAP_16MAY22,
        published="2022-05-16",
    ),
    # the same quote: 'The last year has shown', told of the past; the needed changes are given no time: past
    B(
        text="“The last year has shown that we need to make changes to the price cap so that suppliers are better able to manage risks in these unprecedented market conditions.”",
        due=None,
        vague=False,
        said="2022-05-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFGEM_CAP_16MAY22,
        published="2022-05-16",
    ),
    # the same release, a point of 'What is being proposed': 'every three months', a standing schedule: recurring
    B(
        text="The price cap level/price would change every three months instead of every six months.",
        due=None,
        vague=False,
        said="2022-05-16 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_OFGEM_CAP_16MAY22,
        published="2022-05-16",
    ),
    # Ofgem, decision document 99/09 'Energy Supply Probe - Proposed Retail Market Remedies' (7 August 2009, its 'Date of Publication' line; as carried by SlideLegend, only Ofgem's words quoted; the site's lines, the title, the labels before colons ('Overview:', 'Target Audience:'), the contact lines and the sentences without a time word are not quoted; zone Europe/London): 'In February 2008, Ofgem launched': past
    B(
        text="In February 2008, Ofgem launched the Energy Supply Probe, a study of the state of the retail energy supply markets in Great Britain.",
        due=None,
        vague=False,
        said="2009-08-07 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFGEM_PROBE_7AUG09,
        published="2009-08-07",
    ),
    # the same overview: 'in October 2008' and 'in April 2009', both told as done: past
    B(
        text="We published our Initial Findings Report in October 2008 and set out for consultation in April 2009 a range of proposed remedies.",
        due=None,
        vague=False,
        said="2009-08-07 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFGEM_PROBE_7AUG09,
        published="2009-08-07",
    ),
    # the same overview: proposals 'set out for consultation in April', the April gone (the sentence before dates it 2009): past
    B(
        text="The drafting of these licence conditions has been amended from proposals set out for consultation in April.",
        due=None,
        vague=False,
        said="2009-08-07 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFGEM_PROBE_7AUG09,
        published="2009-08-07",
    ),
    # the same overview: consent sought 'by 15 September' (a date without a year, its next occurrence): 15 September 2009, end of day BST
    B(
        text="We invite any final representations on the proposed measures and seek the consent of suppliers to implement the licence modifications by 15 September.",
        due="2009-09-15 22:59:59",
        vague=False,
        said="2009-08-07 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OFGEM_PROBE_7AUG09,
        published="2009-08-07",
    ),
    # the same overview: measures in licences 'by October', then 'phased implementation over the following six months', stages given in turn, the later counts (CONVENTIONS 6.2): the six months after October end on 30 April 2010, end of day BST; unsure: 31 October 2009, end of day GMT (the introduction into licences)
    B(
        text="Subject to responses, we intend to introduce the measures into licences by October, for phased implementation over the following six months.",
        due="2010-04-30 22:59:59",
        vague=False,
        said="2009-08-07 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_OFGEM_PROBE_7AUG09,
        published="2009-08-07",
    ),
    # the same overview: a decision hung on an undated failure to agree 'on this timescale', a timescale the sentence before dates: event; unsure: no deadline, no refusal word
    B(
        text="If agreement with suppliers is not forthcoming on a package of reforms we consider to be acceptable on this timescale, we will decide what action to take, including whether to refer the market to the Competition Commission for investigation.",
        due=None,
        vague=False,
        said="2009-08-07 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_OFGEM_PROBE_7AUG09,
        published="2009-08-07",
    ),
    # Ofcom, feature 'How to take part in the upcoming spectrum auction' (05 February 2018, the date under its title; the title, the sentences without a time word and the list of steps are not quoted; zone Europe/London): 'everyday' describes items: no deadline
    B(
        text="The radio spectrum is crucial to many everyday items that help us to communicate and enjoy content and services.",
        due=None,
        vague=False,
        said="2018-02-05 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFCOM_AUCTION_5FEB18,
        published="2018-02-05",
    ),
    # the same feature: 'currently' on a present plan, the auction given no time: no deadline
    B(
        text="We are currently planning an auction for two spectrum bands, which will increase the airwaves available for mobile devices by almost one third.",
        due=None,
        vague=False,
        said="2018-02-05 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFCOM_AUCTION_5FEB18,
        published="2018-02-05",
    ),
    # the same feature: no start 'until' a hearing 'in mid-February' and an undated judgment: event; unsure: earliest-only from mid-February 2018, 11 February 00:00 GMT (CONVENTIONS 3.2)
    B(
        text="We won’t start the auction until a court case brought by Three has been heard in mid-February and the Court of Appeal has given its judgment, as the outcome of that case could affect the rules of the auction.",
        due=None,
        vague=False,
        said="2018-02-05 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_OFCOM_AUCTION_5FEB18,
        published="2018-02-05",
    ),
    # the same feature: 'immediately' hung on an undated release of spectrum (CONVENTIONS 5.2): event
    B(
        text="Releasing spectrum in one of these bands – known as the 2.3GHz band – means companies could use these airwaves immediately to increase mobile internet capacity.",
        due=None,
        vague=False,
        said="2018-02-05 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_OFCOM_AUCTION_5FEB18,
        published="2018-02-05",
    ),
    # the same feature: 'in the near future', the parser's documented window of 60 days (CONVENTIONS 5.1): 6 April 2018, end of day BST; unsure: no deadline (a forecast about devices, not an undertaking of Ofcom)
    B(
        text="Most current mobile devices are not compatible with this technology yet, but in the near future mobile phones and tablets will be able to use it and customers will benefit from significantly better connections as a result.",
        due="2018-04-06 22:59:59",
        vague=True,
        said="2018-02-05 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OFCOM_AUCTION_5FEB18,
        published="2018-02-05",
    ),
    # Ofcom, update of 27th October 2020 'Mobile firms to be banned from selling ‘locked’ handsets', as carried by the Telecommunications UK Fraud Forum's page of Ofcom updates (one stored copy of the page; only Ofcom's words are quoted, not the forum's lead; the item's date line, title and sentences without a time word are not quoted; zone Europe/London): 'still' on a present practice: no deadline
    B(
        text="Some companies – including BT/EE, Tesco Mobile and Vodafone – still sell mobile phones that cannot be used on other networks unless they are unlocked, a potentially complicated process which can also cost around £10.",
        due=None,
        vague=False,
        said="2020-10-27 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFCOM_TUFF,
        published="2020-10-27",
    ),
    # the same update: rules that 'will come in from December 2021', a one-off change taking effect (CONVENTIONS 3.1): 31 December 2021, end of day GMT
    B(
        text="The new rules will come in from December 2021.",
        due="2021-12-31 23:59:59",
        vague=False,
        said="2020-10-27 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OFCOM_TUFF,
        published="2020-10-27",
    ),
    # the same update, a point of its list: a summary 'before they sign up', a standing rule for each customer (CONVENTIONS 1.3): recurring; unsure: event
    B(
        text="new rules that mean telecoms customers will get a summary of the main terms of their contract in writing – before they sign up; and",
        due=None,
        vague=False,
        said="2020-10-27 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_OFCOM_TUFF,
        published="2020-10-27",
    ),
    # the same list: 'while still' sets no time: no deadline
    B(
        text="changes to our accreditation scheme for price comparison tools, to make sure the information provided by these services is trustworthy, impartial and transparent – while still allowing them to innovate.",
        due=None,
        vague=False,
        said="2020-10-27 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFCOM_TUFF,
        published="2020-10-27",
    ),
    # Ofcom, update of 8th October 2020 'Mobile Matters' on the same page (the same stored copy): a period 'between 1 January and 30 April 2020' measured, and 'during the lockdown': past
    B(
        text="Ofcom’s Mobile Matters report analyses how around 200,000 people used their Android mobile phone between 1 January and 30 April 2020 – highlighting how people’s use of mobile phones changed during the lockdown.",
        due=None,
        vague=False,
        said="2020-10-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFCOM_TUFF,
        published="2020-10-08",
    ),
    # Ofcom, update of 01 February 2024 on the same page (a later stored copy of the same address): 'is today proposing', the act on the day of speaking (CONVENTIONS 2.1): 1 February 2024, end of day GMT
    B(
        text="Ofcom is today proposing to strengthen its guidance on how phone companies should identify and block calls from abroad that falsely use UK numbers.",
        due="2024-02-01 23:59:59",
        vague=False,
        said="2024-02-01 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OFCOM_TUFF,
        published="2024-02-01",
    ),
    # Ofcom, update of 12 December 2023 on the same page (the later copy; the sentence has no closing stop on the page): plans 'set out today', an act done when the words are read, and the rule itself is given no time (CONVENTIONS 2.4): past; unsure: 12 December 2023, end of day GMT (CONVENTIONS 2.1)
    B(
        text="Telecoms customers must be told upfront in pounds and pence about any price rises their provider includes in their contract, under new consumer protection plans set out today by Ofcom",
        due=None,
        vague=False,
        said="2023-12-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFCOM_TUFF,
        published="2023-12-12",
    ),
    # the same update: 'now', 'mid-contract' and 'future' set no time for any act: no deadline
    B(
        text="With most major phone, broadband and pay TV companies now including mid-contract price rises linked to uncertain future inflation, we are concerned that customers’ contracts do not provide sufficient certainty about the prices they will pay.",
        due=None,
        vague=False,
        said="2023-12-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFCOM_TUFF,
        published="2023-12-12",
    ),
    # the same update: 'when' asks about times, sets none: no deadline
    B(
        text="That includes being clear about when any changes to prices will occur.",
        due=None,
        vague=False,
        said="2023-12-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFCOM_TUFF,
        published="2023-12-12",
    ),
    # Ofcom, update of 21 November 2023 on the same page (the later copy): 'has today fined', the perfect with a day word (CONVENTIONS 2.4): past
    B(
        text="Ofcom has today fined Shell Energy £1,400,000 for not properly prompting more than 70,000 phone and broadband customers to review their contract, or letting them know what they could save by signing up to a new deal.",
        due=None,
        vague=False,
        said="2023-11-21 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFCOM_TUFF,
        published="2023-11-21",
    ),
    # Council of the European Union, press release on the design package (10/10/2024 13:42, the time in its header line, read as the moment of speaking; as carried by the Politiki News blog, only the Council's words quoted; the header, the headings 'Next steps' and 'Background', a sentence without a time word and a sentence cut off by the end of the opening are not quoted; zone Europe/Brussels): 'has today adopted' (CONVENTIONS 2.4): past
    B(
        text="The Council has today adopted the two legislative acts under the design package: the revised directive on the legal protection of designs and the amended regulation on community designs.",
        due=None,
        vague=False,
        said="2024-10-10 11:42:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_COUNCIL_DESIGN_10OCT24,
        published="2024-10-10",
    ),
    # the same release: 'today' dates an adoption done, the texts' effect is a present state: past; unsure: no deadline, no refusal word
    B(
        text="The texts adopted today update the current design legislation to improve the protection of industrial designs in the era of digital designs and 3D printing.",
        due=None,
        vague=False,
        said="2024-10-10 11:42:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_COUNCIL_DESIGN_10OCT24,
        published="2024-10-10",
    ),
    # the same release: 'today' dates the adoption done; the future effects are given no time: no deadline; unsure: past
    B(
        text="The directive and regulation adopted today will make the procedure to register designs at EU level cheaper and easier and will harmonise procedures between European and national systems.",
        due=None,
        vague=False,
        said="2024-10-10 11:42:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_COUNCIL_DESIGN_10OCT24,
        published="2024-10-10",
    ),
    # the same release: a 'transitional period' and 'during the transition', not dated here: event
    B(
        text="There will be a harmonised transitional period to allow that existing designs of component parts are protected during the transition from the existing legal framework to the legislation adopted today.",
        due=None,
        vague=False,
        said="2024-10-10 11:42:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_COUNCIL_DESIGN_10OCT24,
        published="2024-10-10",
    ),
    # the same release, first sentence under 'Next steps': 'has been adopted' after 'the Council’s approval today': past
    B(
        text="Following the Council’s approval today, the legislative act has been adopted.",
        due=None,
        vague=False,
        said="2024-10-10 11:42:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_COUNCIL_DESIGN_10OCT24,
        published="2024-10-10",
    ),
    # the same release: 'on the 20th day following its publication', a publication not yet dated: event
    B(
        text="After being signed by the President of the European Parliament and the President of the Council, the directive on the legal protection of designs will be published in the Official Journal of the European Union and will enter into force on the 20th day following its publication.",
        due=None,
        vague=False,
        said="2024-10-10 11:42:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_COUNCIL_DESIGN_10OCT24,
        published="2024-10-10",
    ),
    # the same release: '36 months' to transpose, counted from the entry into force the sentence before leaves undated (CONVENTIONS 1.3): event; unsure: 36 months from speaking, 10 October 2027 (CONVENTIONS 1.2)
    B(
        text="Member States will have a period of 36 months to take the necessary measures to transpose the directive.",
        due=None,
        vague=False,
        said="2024-10-10 11:42:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_COUNCIL_DESIGN_10OCT24,
        published="2024-10-10",
    ),
    # the same release: 'the twentieth day following' an undated publication: event
    B(
        text="The regulation amending the regulation on Community designs will enter into force on the twentieth day following that of its publication in the Official Journal of the European Union.",
        due=None,
        vague=False,
        said="2024-10-10 11:42:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_COUNCIL_DESIGN_10OCT24,
        published="2024-10-10",
    ),
    # the same release: '4 months later' than the undated entry into force: event
    B(
        text="It will apply 4 months later.",
        due=None,
        vague=False,
        said="2024-10-10 11:42:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_COUNCIL_DESIGN_10OCT24,
        published="2024-10-10",
    ),
    # European Commission, Representation in Ireland, newsletter (archive no. 54911; no date shown, dated Thursday 25 July 2024 by its content: the fifth Rule of Law Report, published on Wednesday 24 July 2024, 'this week', and the next edition 'on Thursday 29 August'; the header lines, headings, link labels and sentences without a time word are not quoted; zone Europe/Dublin): a wish for 'summer holiday' sets no time: no deadline
    B(
        text="I would like to take this opportunity to wish you all a very pleasant and relaxing summer holiday.",
        due=None,
        vague=False,
        said="2024-07-25 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_ECIE_NEWS_25JUL24,
        published="2024-07-25",
    ),
    # the same newsletter: 'a short break for the holiday period', a window not dated in the sentence: event; unsure: 29 August 2024, end of day IST, the return the next sentence dates
    B(
        text="Please note that our newsletter service will be taking a short break for the holiday period.",
        due=None,
        vague=False,
        said="2024-07-25 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_ECIE_NEWS_25JUL24,
        published="2024-07-25",
    ),
    # the same newsletter: 'on Thursday 29 August' (a Thursday in 2024, the next occurrence): 29 August 2024, end of day IST
    B(
        text="The next edition will arrive in your inboxes on Thursday 29 August.",
        due="2024-08-29 22:59:59",
        vague=False,
        said="2024-07-25 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_ECIE_NEWS_25JUL24,
        published="2024-07-25",
    ),
    # the same newsletter: 'ongoing' sets no time: no deadline
    B(
        text="Thank you for your ongoing interest in our news and activities.",
        due=None,
        vague=False,
        said="2024-07-25 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_ECIE_NEWS_25JUL24,
        published="2024-07-25",
    ),
    # the same newsletter: 'this week published': past
    B(
        text="The European Commission this week published its fifth annual Rule of Law Report which covers developments in four key areas: justice systems, the anti-corruption framework, media freedom and pluralism, and other institutional issues linked to checks and balances.",
        due=None,
        vague=False,
        said="2024-07-25 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_ECIE_NEWS_25JUL24,
        published="2024-07-25",
    ),
    # European Commission, Representation in Ireland, newsletter (archive no. 51471; no date shown, dated Thursday 7 March 2024 by its content: the Apple fine of Monday 4 March 2024 and the tree planting of 'Last Monday' in National Tree Week 2024; the header lines, headings, link labels and sentences without a time word are not quoted; zone Europe/Dublin): a pledge to plant trees 'by 2030', asked about but standing: 31 December 2030, end of day GMT
    B(
        text="Did you know that the European Commission has made a pledge to plant an additional 3 billion trees by 2030?",
        due="2030-12-31 23:59:59",
        vague=False,
        said="2024-03-07 10:00:00",
        tz="Europe/Dublin",
        precision="year",
        cluster=4,
        source=_ECIE_NEWS_7MAR24,
        published="2024-03-07",
    ),
    # the same newsletter: 'Last Monday, we were delighted': past
    B(
        text="Last Monday, we were delighted to be joined by Commissioner Mairead McGuinness, the Ambassadors of a number of EU states to Ireland, the children from Kilternan Church of Ireland National School and staff from Eurofound for our special tree planting event co-organised with Crann - Trees for Ireland on the occasion of National Tree Week 2024 (see below for more on this).",
        due=None,
        vague=False,
        said="2024-03-07 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_ECIE_NEWS_7MAR24,
        published="2024-03-07",
    ),
    # the same newsletter: 'For a decade, Apple abused': past
    B(
        text='Executive Vice President Margrethe Vestager said: "For a decade, Apple abused its dominant position in the market for the distribution of music streaming apps through the App Store.',
        due=None,
        vague=False,
        said="2024-03-07 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_ECIE_NEWS_7MAR24,
        published="2024-03-07",
    ),
    # European Commission, Representation in Ireland, newsletter (archive no. 52483; no date shown, dated Thursday 18 April 2024 by its content: the European Council of 17-18 April 2024 'this week' and the buildings directive adopted 'last Friday', 12 April; the header lines, headings, link labels and sentences without a time word are not quoted; zone Europe/Dublin): 'At this week's EU summit, leaders adopted': past
    B(
        text="At this week's EU summit, leaders adopted conclusions on Ukraine, the Middle East and Türkiye.",
        due=None,
        vague=False,
        said="2024-04-18 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_ECIE_NEWS_18APR24,
        published="2024-04-18",
    ),
    # the same newsletter: 'without delay' and 'immediate' inside a commitment the leaders 'reiterated', told of the past (CONVENTIONS 5.3): past; unsure: vague, 7 days, 25 April 2024 (CONVENTIONS 5.1)
    B(
        text="On Gaza, they reiterated the EU’s commitment to working with partners to end the crisis there without delay and to implement UN Security Council resolution 2728, which includes: reaching an immediate ceasefire; releasing all hostages unconditionally; and, providing full, rapid, safe and unhindered humanitarian aid to Palestinians in need.",
        due=None,
        vague=False,
        said="2024-04-18 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_ECIE_NEWS_18APR24,
        published="2024-04-18",
    ),
    # the same newsletter: 'lasting' describes the peace: no deadline
    B(
        text="The EU remains firmly committed to a lasting and sustainable peace based on the two-state solution.",
        due=None,
        vague=False,
        said="2024-04-18 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_ECIE_NEWS_18APR24,
        published="2024-04-18",
    ),
    # the same newsletter: 'this week launched': past
    B(
        text="The European Commission this week launched the latest round of DiscoverEU applications.",
        due=None,
        vague=False,
        said="2024-04-18 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_ECIE_NEWS_18APR24,
        published="2024-04-18",
    ),
    # the same newsletter: dates of birth 'between 1 July 2005 and 30 June 2006' name who may apply: no deadline; unsure: past
    B(
        text="In total, 398 travel passes are available under this round to young Irish people born between 1 July 2005 and 30 June 2006.",
        due=None,
        vague=False,
        said="2024-04-18 09:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_ECIE_NEWS_18APR24,
        published="2024-04-18",
    ),
    # the same newsletter: travel 'between 1 July 2024 and 30 September 2025', a window falling due at its later end (CONVENTIONS 6.1): 30 September 2025, end of day IST; unsure: earliest-only from 1 July 2024, an activity given its window (CONVENTIONS 3.2)
    B(
        text="Successful applicants will get a free rail pass to travel in Europe for up to 30 days between 1 July 2024 and 30 September 2025.",
        due="2025-09-30 22:59:59",
        vague=False,
        said="2024-04-18 09:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_ECIE_NEWS_18APR24,
        published="2024-04-18",
    ),
    # the same newsletter: open 'until 11 am on Tuesday 30 April 2024' (CONVENTIONS 3.3): 30 April 2024, 11:00 IST
    B(
        text="Applications are open until 11 am on Tuesday 30 April 2024.",
        due="2024-04-30 10:00:00",
        vague=False,
        said="2024-04-18 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_ECIE_NEWS_18APR24,
        published="2024-04-18",
    ),
    # the same newsletter: 'last Friday's final adoption': past
    B(
        text="The European Commission has welcomed last Friday's final adoption of the strengthened Energy Performance of Buildings Directive.",
        due=None,
        vague=False,
        said="2024-04-18 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_ECIE_NEWS_18APR24,
        published="2024-04-18",
    ),
    # European Commission, Representation in Ireland, newsletter (archive no. 52316; no date shown, dated Thursday 11 April 2024 by its content: the meeting 'today (Thursday)' with the new Taoiseach and the Parliament's vote on the migration pact on 10 April 2024 'this week'; the header lines, headings, link labels and sentences without a time word are not quoted; zone Europe/Dublin): 'met today (Thursday)', an act done: past
    B(
        text="President von der Leyen met today (Thursday) with Taoiseach Simon Harris TD in Brussels.",
        due=None,
        vague=False,
        said="2024-04-11 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_ECIE_NEWS_11APR24,
        published="2024-04-11",
    ),
    # the same newsletter: 'Following the meeting, the President said', a time on the verb of speaking, told of the past (CONVENTIONS 2.2): past
    B(
        text='Following the meeting, the President said: "I’m glad to count on Ireland in our unwavering support to Ukraine and our efforts to help restore stability in the Middle-East.',
        due=None,
        vague=False,
        said="2024-04-11 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_ECIE_NEWS_11APR24,
        published="2024-04-11",
    ),
    # the same quotation: 'future' describes competitiveness, sets no time: no deadline
    B(
        text="I'm glad also to see you so committed to Europe’s future competitiveness\".",
        due=None,
        vague=False,
        said="2024-04-11 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_ECIE_NEWS_11APR24,
        published="2024-04-11",
    ),
    # the same newsletter: 'During his visit ... also met': past
    B(
        text="During his visit to Brussels, the Taoiseach also met with the President of the European Parliament Roberta Metsola.",
        due=None,
        vague=False,
        said="2024-04-11 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_ECIE_NEWS_11APR24,
        published="2024-04-11",
    ),
    # the same newsletter: 'this week’s vote', welcomed: past
    B(
        text="The European Commission has welcomed the result of this week’s vote in the European Parliament, endorsing the political agreement on the Pact on Migration and Asylum.",
        due=None,
        vague=False,
        said="2024-04-11 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_ECIE_NEWS_11APR24,
        published="2024-04-11",
    ),
    # the same newsletter, within a quotation: 'while' sets no time: no deadline
    B(
        text="Knowing exactly who crosses our borders, by registering and screening everyone, while ensuring the protection of fundamental rights through an independent monitoring.",
        due=None,
        vague=False,
        said="2024-04-11 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_ECIE_NEWS_11APR24,
        published="2024-04-11",
    ),
    # the same quotation: 'while' contrasts, sets no time: no deadline
    B(
        text="This means that those with no right to asylum will not be allowed to enter in the European Union, while those escaping war or persecution can count on the protection they need.",
        due=None,
        vague=False,
        said="2024-04-11 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_ECIE_NEWS_11APR24,
        published="2024-04-11",
    ),
    # European Commission, Representation in Ireland, newsletter (archive no. 54623; no date shown, dated Thursday 11 July 2024 by its content: the first recovery payment to Ireland and the 2024 European Innovation Scoreboard of 8 July 'this week'; the header lines, headings, link labels and sentences without a time word are not quoted; zone Europe/Dublin): 'this week disbursed': past
    B(
        text="The European Commission this week disbursed to Ireland the first payment for €324 million in grants under the Recovery and Resilience Facility (RRF).",
        due=None,
        vague=False,
        said="2024-07-11 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_ECIE_NEWS_11JUL24,
        published="2024-07-11",
    ),
    # the same newsletter: 'Today' inside a statement quoted from earlier in the week, on a payment already disbursed: past
    B(
        text="In a statement, President von der Leyen said: \"Today Ireland is receiving its first payment under Europe's Recovery Plan, Next Generation EU.",
        due=None,
        vague=False,
        said="2024-07-11 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_ECIE_NEWS_11JUL24,
        published="2024-07-11",
    ),
    # the same quotation: 'now' on a present state: no deadline
    B(
        text='Even in a very difficult international environment, Ireland has overcome immense challenges and now your economy is again on the rise".',
        due=None,
        vague=False,
        said="2024-07-11 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_ECIE_NEWS_11JUL24,
        published="2024-07-11",
    ),
    # the same newsletter: 'in 2024' and 'this year's' name the scoreboard's year: no deadline
    B(
        text='Ireland is classed as a "strong innovator" with a performance at 113.2% of the EU average in 2024 putting it in 7th place on this year\'s European Innovation Scoreboard.',
        due=None,
        vague=False,
        said="2024-07-11 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_ECIE_NEWS_11JUL24,
        published="2024-07-11",
    ),
    # the same newsletter: 'lifelong' names a kind of learning: no deadline
    B(
        text="It was below the EU average however for the share of population engaged in lifelong learning.",
        due=None,
        vague=False,
        said="2024-07-11 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_ECIE_NEWS_11JUL24,
        published="2024-07-11",
    ),
    # Scottish Ministers, The Land Reform (Scotland) Act 2016 (Commencement No. 6, Transitory and Saving Provisions) Regulations 2017, SSI 2017/299, as made (made 14th September 2017, the date of its 'Made' line; the site notices, the headings, the 'Made', 'Laid' and 'Coming into force' lines, the paragraph numbers, the editors' textual amendment notes and a paragraph cut off by the end of the opening are not quoted; zone Europe/London): 'Act 2016' names an Act: no deadline
    B(
        text="The Scottish Ministers make the following Regulations in exercise of the powers conferred by section 130(2), (3) and (4) of the Land Reform (Scotland) Act 2016(1) and all other powers enabling them to do so.",
        due=None,
        vague=False,
        said="2017-09-14 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SSI_2017_299,
        published="2017-09-14",
    ),
    # the same Regulations, regulation 1(1): 'come into force on 30th November 2017', the years before it naming the Act and the Regulations (CONVENTIONS 3.1): 30 November 2017, end of day GMT
    B(
        text="These Regulations may be cited as the Land Reform (Scotland) Act 2016 (Commencement No. 6, Transitory and Saving Provisions) Regulations 2017 and come into force on 30th November 2017.",
        due="2017-11-30 23:59:59",
        vague=False,
        said="2017-09-14 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_SSI_2017_299,
        published="2017-09-14",
    ),
    # the same Regulations, a definition of regulation 1(2): years naming Acts: no deadline
    B(
        text="“1991 Act tenancy” has the same meaning as in section 93 of the 2003 Act (interpretation)(2);",
        due=None,
        vague=False,
        said="2017-09-14 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SSI_2017_299,
        published="2017-09-14",
    ),
    # the same list of definitions: years naming an Act: no deadline
    B(
        text="“the 2003 Act” means the Agricultural Holdings (Scotland) Act 2003;",
        due=None,
        vague=False,
        said="2017-09-14 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SSI_2017_299,
        published="2017-09-14",
    ),
    # the same list: years naming an Act: no deadline
    B(
        text="“the 2016 Act” means the Land Reform (Scotland) Act 2016; and",
        due=None,
        vague=False,
        said="2017-09-14 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SSI_2017_299,
        published="2017-09-14",
    ),
    # the same list: a year naming an Act, inside an editors' bracket: no deadline
    B(
        text="“limited duration tenancy” has the same meaning as in section 93 of [F1the 2003] Act(3).",
        due=None,
        vague=False,
        said="2017-09-14 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SSI_2017_299,
        published="2017-09-14",
    ),
    # Environment Agency, consultation page 'Consultation on revisions to our public participation statement' (opened 7 Jan 2019, the date of its 'Opened' line, which is not quoted; the headings, the list of revisions and the sentences without a time word are not quoted; zone Europe/London): the status line 'Closes 1 Mar 2019': 1 March 2019, end of day GMT
    B(
        text="Closes 1 Mar 2019",
        due="2019-03-01 23:59:59",
        vague=False,
        said="2019-01-07 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EA_PPS_7JAN19,
        published="2019-01-07",
    ),
    # the same page: a response 'in March 2019': 31 March 2019, end of day BST (summer time begins that morning)
    B(
        text="We aim to publish a consultation response and the finalised version of the public participation statement in March 2019.",
        due="2019-03-31 22:59:59",
        vague=False,
        said="2019-01-07 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EA_PPS_7JAN19,
        published="2019-01-07",
    ),
    # Office of Rail and Road, consultation page 'Periodic review 2018: draft determination' (12 June 2018, its 'Date published' line; the title, the 'Date published' and 'Closing date' lines, the headings, link labels and sentences without a time word are not quoted; zone Europe/London): 'The 2018 periodic review' names the review: no deadline
    B(
        text="The 2018 periodic review (PR18) is the process through which we determine what Network Rail should deliver in respect of its role in operating, maintaining and renewing its network in control period 6 (CP6) and how the funding available should be best used to support this.",
        due=None,
        vague=False,
        said="2018-06-12 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ORR_PR18_12JUN18,
        published="2018-06-12",
    ),
    # the same page: a control period that 'will run from 2019-2024', a range of years falling due at the end of the later one (CONVENTIONS 3.3, 6.1): 31 December 2024, end of day GMT; unsure: 31 March 2024, the end of the GB financial year in which the period closes
    B(
        text="CP6 will run from 2019-2024.",
        due="2024-12-31 23:59:59",
        vague=False,
        said="2018-06-12 09:00:00",
        tz="Europe/London",
        precision="year",
        cluster=4,
        source=_ORR_PR18_12JUN18,
        published="2018-06-12",
    ),
    # the same page: 'February 2018' names the plans: no deadline; unsure: past
    B(
        text="In particular, it reflects our review of Network Rail’s February 2018 strategic business plans (SBPs), which set out what it proposed to deliver in CP6.",
        due=None,
        vague=False,
        said="2018-06-12 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ORR_PR18_12JUN18,
        published="2018-06-12",
    ),
    # the same page: final decisions published 'in October 2018': 31 October 2018, end of day GMT
    B(
        text="After reviewing responses to the draft determination, we will make our final decisions and publish these in October 2018.",
        due="2018-10-31 23:59:59",
        vague=False,
        said="2018-06-12 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ORR_PR18_12JUN18,
        published="2018-06-12",
    ),
    # the same page: views 'by 31 August 2018': 31 August 2018, end of day BST
    B(
        text="We would welcome your views on these consultations by 31 August 2018.",
        due="2018-08-31 22:59:59",
        vague=False,
        said="2018-06-12 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ORR_PR18_12JUN18,
        published="2018-06-12",
    ),
    # the same page: years naming Acts and Regulations: no deadline
    B(
        text="These regimes are primarily the Freedom of Information Act 2000 (FOIA), the General Data Protection Regulation (GDPR,) the Data Protection Act 2018 (DPA) and the Environmental Information Regulations 2004.",
        due=None,
        vague=False,
        said="2018-06-12 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ORR_PR18_12JUN18,
        published="2018-06-12",
    ),
    # Ofwat, 'Guidance for representations on draft determinations' (no date shown; dated 18 July 2019, the day the draft determinations it concerns were published, as understood from its content; the title, headings, list of tables and sentences without a time word are not quoted; zone Europe/London): 'is 10am on 30 August 2019': 30 August 2019, 10:00 BST
    B(
        text="The deadline for making representations on the draft determinations is 10am on 30 August 2019.",
        due="2019-08-30 09:00:00",
        vague=False,
        said="2019-07-18 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_OFWAT_REPS_18JUL19,
        published="2019-07-18",
    ),
    # the same guidance (no closing stop on the page): final determinations 'published on 11 December 2019'; 'sufficient time' sets none: 11 December 2019, end of day GMT
    B(
        text="This deadline is set in order for us to have sufficient time to give conscientious consideration to representations ahead of making our final determinations, which will be published on 11 December 2019",
        due="2019-12-11 23:59:59",
        vague=False,
        said="2019-07-18 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OFWAT_REPS_18JUL19,
        published="2019-07-18",
    ),
    # Ofwat, page 'Draft determinations' of the 2019 price review (no date shown; dated 11 April 2019, the day of the early draft determinations it lists, as understood from its content: revised plans 'on 1 April 2019' are past and the other draft determinations 'on 18 July 2019' ahead; the title, headings, link labels, the address line and sentences without a time word are not quoted; zone Europe/London): 'We set ... at the 2019 price review', told as done: past
    B(
        text="We set high expectations for water companies at the 2019 price review.",
        due=None,
        vague=False,
        said="2019-04-11 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFWAT_DDS_11APR19,
        published="2019-04-11",
    ),
    # the same page: 'ever before' in an act told as done: past
    B(
        text="We pushed them to go further than ever before, improving efficiency, customer service and resilience.",
        due=None,
        vague=False,
        said="2019-04-11 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFWAT_DDS_11APR19,
        published="2019-04-11",
    ),
    # the same page: 'the next five years' inside an encouragement told as done: past
    B(
        text="We encouraged them to look well beyond the next five years to meet the needs of future customers – and to protect and improve the natural environment.",
        due=None,
        vague=False,
        said="2019-04-11 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFWAT_DDS_11APR19,
        published="2019-04-11",
    ),
    # the same page: 'in September 2018' and 'in December 2017', both gone: past
    B(
        text="Companies submitted their business plans to us in September 2018, based on the methodology we set out in December 2017.",
        due=None,
        vague=False,
        said="2019-04-11 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFWAT_DDS_11APR19,
        published="2019-04-11",
    ),
    # the same page: 'earlier than other companies' compares, sets no time: no deadline
    B(
        text="Not only will they receive their draft determinations from us earlier than other companies – they will also receive financial and reputational benefits.",
        due=None,
        vague=False,
        said="2019-04-11 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFWAT_DDS_11APR19,
        published="2019-04-11",
    ),
    # the same page: 'submitted ... on 1 April 2019': past
    B(
        text="Other companies, whose original plans required more significant interventions, submitted revised plans to us on 1 April 2019.",
        due=None,
        vague=False,
        said="2019-04-11 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFWAT_DDS_11APR19,
        published="2019-04-11",
    ),
    # the same page: 'on 18 July 2019': 18 July 2019, end of day BST
    B(
        text="We will publish their draft determinations on 18 July 2019.",
        due="2019-07-18 22:59:59",
        vague=False,
        said="2019-04-11 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OFWAT_DDS_11APR19,
        published="2019-04-11",
    ),
    # the same page: 'by 24 May 2019 (10am)', the clock time in a bracket after the date: 24 May 2019, 10:00 BST
    B(
        text="Written representations on the fast-track draft determinations should be provided to us by 24 May 2019 (10am) and sent to the PR19 inbox (PR19@Ofwat.gov.uk).",
        due="2019-05-24 09:00:00",
        vague=False,
        said="2019-04-11 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_OFWAT_DDS_11APR19,
        published="2019-04-11",
    ),
    # the same page, the line under 'Draft determinations for remaining companies': 'To be published July 2019': 31 July 2019, end of day BST
    B(
        text="To be published July 2019.",
        due="2019-07-31 22:59:59",
        vague=False,
        said="2019-04-11 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OFWAT_DDS_11APR19,
        published="2019-04-11",
    ),
    # Federal Communications Commission, Federal Register notice 2014-18612, 'Commission Seeks Comment on Shared Commercial Operations in the 3550-3650 MHz Band; Extension of Reply Comment Period' (Wednesday, August 6, 2014, its Federal Register date; the header lines, the labels before colons ('SUMMARY:', 'DATES:', 'ADDRESSES:') and the sentences without a time word are not quoted; the lines of the notice are joined; zone America/New_York): an extended deadline whose new end is not in the sentence: event; unsure: August 15, 2014, end of day EDT, the date the DATES line gives
    B(
        text="In this document the Federal Communications Commission extends the deadline for filing reply comments on its Further Notice of Proposed Rulemaking (FNPRM) in this proceeding, which was previously published in the Federal Register.",
        due=None,
        vague=False,
        said="2014-08-06 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FCC_FR_6AUG14,
        published="2014-08-06",
    ),
    # the same notice, its DATES line: 'on or before August 15, 2014': 15 August 2014, end of day EDT
    B(
        text="Submit reply comments on or before August 15, 2014.",
        due="2014-08-16 03:59:59",
        vague=False,
        said="2014-08-06 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FCC_FR_6AUG14,
        published="2014-08-06",
    ),
    # the same notice: standing filing hours: recurring
    B(
        text="The filing hours are 8:00 a.m. to 7:00 p.m.",
        due=None,
        vague=False,
        said="2014-08-06 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FCC_FR_6AUG14,
        published="2014-08-06",
    ),
    # the same notice: 'overnight mail' names a kind of mail: no deadline
    B(
        text="Commercial overnight mail (other than U.S. Postal Service Express Mail and Priority Mail) must be sent to 9300 East Hampton Drive, Capitol Heights, MD 20743.",
        due=None,
        vague=False,
        said="2014-08-06 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FCC_FR_6AUG14,
        published="2014-08-06",
    ),
    # Federal Communications Commission, Federal Register proposed rule 2018-10787 (83 FR 23412, Monday, May 21, 2018; as carried by thefederalregister.org; the titles, header lines and labels are not quoted, and the summary's repeat in the document is not quoted twice; zone America/New_York): 'NOW' in an Act's name and an 'upcoming' report given no time: no deadline
    B(
        text="In this document, and pursuant to the Making Opportunities for Broadband Investment and Limiting Excessive and Needless Obstacles to Wireless Act (MOBILE NOW Act), the Office of Engineering and Technology and the International and Wireless Telecommunications Bureaus (Bureaus) seek comment for an upcoming Commission report that will address the feasibility of allowing commercial wireless services to use or share use of the 3.7-4.2 GHz spectrum band.",
        due=None,
        vague=False,
        said="2018-05-21 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FCC_FR_21MAY18,
        published="2018-05-21",
    ),
    # Environmental Protection Agency, Federal Register notice 99-14768, 'Report to Congress on Fossil Fuel Combustion Wastes; Response to Requests for Extension of Public Comment Period' (June 10, 1999, its Federal Register date; as kept by the University of North Texas web archive; the header lines, the labels before colons and a sentence cut off by the end of the opening are not quoted; zone America/New_York): 'published ... on April 28, 1999': past
    B(
        text="The Environmental Protection Agency published a notice of availability on April 28, 1999 (64 FR 22820) for the Agency's Report to Congress on Fossil Fuel Combustion Wastes that is required by section 8002(n) of the Resource Conservation and Recovery Act (RCRA), 42 U.S.C. 6982(n).",
        due=None,
        vague=False,
        said="1999-06-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FR_10JUN99,
        published="1999-06-10",
    ),
    # the same notice: a '45-day' period announced in the past: past
    B(
        text="That notice also announced a 45-day public comment period on the report.",
        due=None,
        vague=False,
        said="1999-06-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FR_10JUN99,
        published="1999-06-10",
    ),
    # the same notice: requests received, 'by up to six months' the size of an extension asked for: past
    B(
        text="The Agency has received numerous requests to extend the public comment period by up to six months.",
        due=None,
        vague=False,
        said="1999-06-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FR_10JUN99,
        published="1999-06-10",
    ),
    # the same notice: a determination due 'by October 1, 1999' under a consent decree; the extension refused 'at this time' has no date: 1 October 1999, end of day EDT; unsure: negated
    B(
        text="Because the Agency is currently subject to a court-approved consent decree to issue its regulatory determination by October 1, 1999, EPA is not able, at this time, to grant an extension of the comment period, since any extension would leave insufficient time for EPA to complete a regulatory determination by that date.",
        due="1999-10-02 03:59:59",
        vague=False,
        said="1999-06-10 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_EPA_FR_10JUN99,
        published="1999-06-10",
    ),
    # the same notice: 'currently' and a possibility (CONVENTIONS 4.2): no deadline
    B(
        text="However, the Agency is currently discussing the possibility of an extension of this deadline with the parties to the consent decree.",
        due=None,
        vague=False,
        said="1999-06-10 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EPA_FR_10JUN99,
        published="1999-06-10",
    ),
    # the same notice: the closing date 'remains June 14, 1999' (CONVENTIONS 3.3): 14 June 1999, end of day EDT
    B(
        text="Pending the conclusion of those discussions and any extension of the consent decree deadline, the closing date for the comment period on the Report remains June 14, 1999.",
        due="1999-06-15 03:59:59",
        vague=False,
        said="1999-06-10 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA_FR_10JUN99,
        published="1999-06-10",
    ),
    # the same notice, its DATES line: 'closes June 14, 1999': 14 June 1999, end of day EDT
    B(
        text="The comment period on the Report to Congress on Fossil Fuel Combustion Wastes closes June 14, 1999.",
        due="1999-06-15 03:59:59",
        vague=False,
        said="1999-06-10 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA_FR_10JUN99,
        published="1999-06-10",
    ),
)
