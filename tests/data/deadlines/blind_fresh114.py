"""A HUNDRED-AND-FOURTEENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the afternoon (the machine's clock read 15:29 at the
start and about 15:38 when the labels were written), by a labelling helper (branch issue12l114-s48)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 48, whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full (rules 3.1a and 6.4 among them), the
docstring, comments, some cases and README section of `blind_fresh112.py`, and the top docstring of
the parser package only (the vague windows, parts of the day, "early / mid / late" thirds, "later
this <period>", "before"/"by" periods, a range falling due at its later end, a result more than a
day before the reference being past); nothing else of `bot/core/deadlines/` was opened. The brief
asked for the Welsh Government (OGL), Northern Ireland departments (OGL, on each department's own
statement), Irish state agencies and gov.ie (CC BY 4.0, on their own statement), English councils
only where the council's own page states the Open Government Licence, UK executive agencies (GOV.UK,
OGL) and at most a quarter from US federal agencies; not the Senedd; at least eight publishers, none
above a fifth of the cases.

The set quotes two Environment Agency press releases (the salmon consultation of 24 August 2017 and
fines for unlicensed anglers of March 2018, carried by government-world.com), the Driver and Vehicle
Standards Agency's story of 20 March 2020 on suspended tests (carried by hgvalliance.com), two Welsh
Government texts (a press release of 3 October 2022 carried by ukpol.co.uk, a news-in-brief of the week
to 3 March 2018 carried by mywelshpool.co.uk), three Department for Infrastructure (Northern Ireland)
items of 2021 (carried by government-world.com's Northern Ireland feeds), Revenue's eBrief No. 168/18
(revenue.ie), two Citizens Information pages (Citizens Information Board: 'What’s happening in
January?' of 15 January 2024 and 'New on Citizens Information' of 4 September 2023), Ashfield District
Council's coronavirus service updates of 11 May 2020 (ashfield.gov.uk), and National Weather Service
texts (a service change notice of 2019 on forecast.weather.gov, three notices of 1992, 1994 and 2012
posted to the nws-changes list, two Federal Register items of 1996 carried by federal.elaws.us): 71
cases from 8 publishers (Citizens Information Board 13, 18.3%; Environment Agency 12; National Weather
Service 12; Ashfield District Council 11; Driver and Vehicle Standards Agency 7; Revenue 7; Welsh
Government 6; Department for Infrastructure 3). 12 of the 71 (16.9%) are from the United States (the
National Weather Service); 59 are not. Five more claimed pages were read and left out whole to keep
every publisher at or under a fifth (two Citizens Information pages, a second Ashfield page and two
more Environment Agency pages; README.md lists them), one claimed page gave no sentence with a time
word, and one claimed copy turned out to be a summary by a third party, not Revenue's words.

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a month, a
year, a span, "now", "currently", "current", "still", "latest", "previously", "to date", "at any time",
"future", "rarely", "continually", "until", "since", "once", "when", "before"); the sentences of the
openings read that hold none were skipped (comparatives alone were not counted), as were titles,
standfirsts, headings, date, status and subject lines, speakers' names, labels before colons (the
words after "DATES:" are quoted), contact lines, list items and sentences cut off by the end of an
opening. Two lines ending in a colon before a list were taken as they stand; line breaks inside a
sentence were read as spaces and no word was changed: "(WEA)for", "non- operational", the straight
and curly quotation marks and the quotation marks opening or closing a quotation stay as the pages
have them. The sentences were found with a search over stored copies of public pages and taken as
they came in the openings the search returns, in page order.
See README.md ("Hundred-and-fourteenth fresh blind set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was
checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and
claimed (`fresh114`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were
found used and dropped (README.md lists them). Every sentence was then checked whole with the same
tool (skipping this file): none was found used. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for the Environment Agency, the DVSA, the
Welsh Government, the Department for Infrastructure and Ashfield; Europe/Dublin for Revenue and
Citizens Information; America/New_York for the National Weather Service headquarters); the conversion
of local instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo and
datetime in a scratch script outside the repository, never with code of the project. No run of
`parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before
the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh112.py`: the publication date at 10:00 local time unless the page gives an hour (a posting
time, the issuance times of the weather service's notices), and where a page carries no date in its
opening, the one its words or its neighbours in a feed give (each page's first comment says which and
why); a day falls due at 23:59:59 local; a month at its last day's end; "later this year" at the year's
end; "mid-July" at the 20th; a range falls due at its later end (CONVENTIONS 6.1); "by 2030" at the
year's end (CONVENTIONS 3.5); a window kept for a stated length and a time limit from now fall due at
their end (CONVENTIONS 1.1, 1.2); a date of effect is due then (CONVENTIONS 3.1, 3.1a), "on or after"
and an activity merely open from a date are earliest (CONVENTIONS 3.2); a day word on a verb of
announcing is not the deadline (CONVENTIONS 2.2); done acts and dates more than a day before the
moment are past; standing rules and patterns ("at any time", opening hours, "at least 72 hours
before", the close season) are recurring, times hung on an undated event ("when testing resumes",
"until further notice", "once charges are reintroduced", "before the next general election") event
(CONVENTIONS 1.3, 5.2); refusals have `due=None` and a `refusal` kind; a sentence whose time words set
no time for any act has `due=None` and no refusal word. No sentence holds nights of work (CONVENTIONS
6.4 decides none) and none holds a vague word as an undertaking. Clusters as in `blind_fresh112.py`:
1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods and vague
windows, 5 refusals, 6 plain days and dates. 25 labels are refusals (past 10, recurring 7, event 6,
earliest 2), none is vague; 25 labels carry a due instant; 21 have neither; 12 are marked "unsure" and
name the other reading; like every label here they stay as committed, whatever the first run shows.
First run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never
edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_EA17 = (
    "http://www.government-world.com/environment/environment-agency/page/354/?print=print-search"
)
_EA18 = (
    "http://www.government-world.com/environment/environment-agency/page/307/?print=print-search"
)
_DVSA = "https://hgvalliance.com/MOTs-for-heavy-vehicles-and-driving-tests-suspended-for-up-to-3-months-to-help-tackle-spread-of-coronavirus"
_WG22 = "https://www.ukpol.co.uk/tag/welsh-government/page/12"
_WG18 = "http://www.mywelshpool.co.uk/viewerfeatures/ArticleId/14526"
_DFI21 = "http://government-world.com/uk/politics-2/northern-ireland/page/113/?print=print-search"
_DFI21B = "http://government-world.com/author/guest-contributor/page/490/?print=print-search"
_REV = "https://revenue.ie/en/tax-professionals/ebrief/2018/no-1682018.aspx"
_CIJAN = "https://live.citizensinformation.ie/en/whats-new/whats-happening-in-january"
_CISEP = (
    "https://control.citizensinformation.ie/en/whats-new/new-on-citizens-information-04-09-2023/"
)
_ADC = "https://www.ashfield.gov.uk/residents/coronavirus-advice-for-residents/service-updates/"
_NWS19 = "https://forecast.weather.gov/product.php?site=ARX&product=PNS&issuedby=WSH"
_NWS92 = "https://mailinglists.unidata.ucar.edu/archives/nws-changes/1992/msg00002.html"
_NWS94 = "https://unidata.ucar.edu/mailing_lists/archives/nws-changes/1994/msg00101.html"
_NWS12 = "https://mailinglists.unidata.ucar.edu/archives/nws-changes/2012/msg00220.html"
_FR96A = "http://federal.elaws.us/fr/12/27/1996/96-32899"
_FR96B = "http://federal.elaws.us/fr/10/11/1996/96-26207"

FRESH114_CASES: tuple[BlindCase, ...] = (
    # Environment Agency press release of Thursday 24 August 2017 (the date is in the sentence), carried by government-world.com; zone Europe/London, said 10:00 local. 'launched today' tells of a launch already done when the words are read, like the perfect with 'today': past (CONVENTIONS 2.4); unsure: a reader could take the launch as the act of the day, due at its end (CONVENTIONS 2.1)
    B(
        text="The Environment Agency is calling on anglers and netsmen to have their say on potential salmon rod and net limitations through an initial consultation launched today (Thursday 24 August 2017).",
        due=None,
        vague=False,
        said="2017-08-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA17,
        published="2017-08-24",
    ),
    # the same release: 'currently' sets no time for any act: no deadline, no refusal word
    B(
        text="The consultation aims to understand how the Environment Agency can better manage salmon fishing in England and the Border Esk in order to reduce the impact on salmon stocks, which are currently among the lowest on record.",
        due=None,
        vague=False,
        said="2017-08-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EA17,
        published="2017-08-24",
    ),
    # the same release: the consultation is kept open until a date: due at the end of Monday 9 October 2017 local (CONVENTIONS 3.3, 1.1)
    B(
        text="The initial consultation runs until Monday 9 October 2017 and invites anglers, netsmen, fishery managers and the public to give their views and to help shape the future of salmon stocks in England and the Border Esk.",
        due="2017-10-09 22:59:59",
        vague=False,
        said="2017-08-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EA17,
        published="2017-08-24",
    ),
    # the same release: 'later this year' runs to the year's end: 31 December 2017 23:59:59 local (the parser docstring's 'later this <period>')
    B(
        text="The results will then be used to issue a formal consultation later this year.",
        due="2017-12-31 23:59:59",
        vague=False,
        said="2017-08-24 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EA17,
        published="2017-08-24",
    ),
    # the same release, the programme manager's words: 'now' in a condition, no undertaking with a time: no deadline, no refusal word (CONVENTIONS 4.2)
    B(
        text="But if we do not act now, we risk seeing further declines in salmon in many of our rivers.",
        due=None,
        vague=False,
        said="2017-08-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EA17,
        published="2017-08-24",
    ),
    # the same quotation: 'in the future' sets no time: no deadline, no refusal word
    B(
        text="We are asking for views on a range of options and your responses will truly help to form our approach to managing salmon stocks in the future.",
        due=None,
        vague=False,
        said="2017-08-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EA17,
        published="2017-08-24",
    ),
    # Environment Agency press release 'Hefty fines for unlicensed anglers', carried by government-world.com (feed page 307); its opening carries no date: the hearing of 6 March 2018 and 'The 3-month break began 15 March' date it after 15 March 2018, and page 309 of the same feed holds a release of Tuesday 20 March 2018, so it is taken as 21 March 2018; zone Europe/London, said 10:00 local (GMT). 'in May last year' tells of the past: past
    B(
        text="They were caught in May last year fishing without a rod licence during targeted patrols by Environment Agency fisheries enforcement officers.",
        due=None,
        vague=False,
        said="2018-03-21 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA18,
        published="2018-03-21",
    ),
    # the same release: a hearing before the moment of speaking: past
    B(
        text="The defendants both pleaded guilty to Luton Magistrates Court on 6 March 2018.",
        due=None,
        vague=False,
        said="2018-03-21 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA18,
        published="2018-03-21",
    ),
    # the same release, an officer's words: 'at any time' is a standing pattern of patrols: recurring (CONVENTIONS 1.3)
    B(
        text="Our enforcement officers inspect rod licences throughout East Anglia and could turn up at any time.",
        due=None,
        vague=False,
        said="2018-03-21 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_EA18,
        published="2018-03-21",
    ),
    # the same release: a ban kept until a date: due at the end of 16 June 2018 local ('until' keeps the day's end, CONVENTIONS 3.3); unsure: the next sentence says the break ends 15 June, so 'until 16 June' may mean up to the start of 16 June
    B(
        text="Anglers are being reminded that fishing for coarse fish in rivers is off limits until 16 June and anyone caught can expect to be prosecuted and face a fine.",
        due="2018-06-16 22:59:59",
        vague=False,
        said="2018-03-21 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EA18,
        published="2018-03-21",
    ),
    # the same release: a range whose start is past; it falls due at its later end, 15 June 2018 23:59:59 local (CONVENTIONS 6.1)
    B(
        text="The 3-month break began 15 March and ends 15 June.",
        due="2018-06-15 22:59:59",
        vague=False,
        said="2018-03-21 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_EA18,
        published="2018-03-21",
    ),
    # the same release: the close season of every year, told as a standing pattern: recurring (CONVENTIONS 1.3)
    B(
        text="The close season on rivers is important to maintain healthy fish stocks, as it allows fish time to breed as well as giving other waterside wildlife the same break.",
        due=None,
        vague=False,
        said="2018-03-21 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_EA18,
        published="2018-03-21",
    ),
    # Driver and Vehicle Standards Agency news story of 20 March 2020 (GOV.UK), reproduced in full by hgvalliance.com; the date is the GOV.UK story's (the suspension 'from 21 March 2020' begins the next day); zone Europe/London, said 10:00 local (GMT). A suspension kept for up to 3 months from a date falls due at its end: 21 June 2020 23:59:59 local, BST (CONVENTIONS 1.1)
    B(
        text="The Driver and Vehicle Standards Agency (DVSA) is suspending driving tests in England, Scotland and Wales for up to 3 months from 21 March 2020.",
        due="2020-06-21 22:59:59",
        vague=False,
        said="2020-03-20 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_DVSA,
        published="2020-03-20",
    ),
    # the same story, the Transport Secretary's words: a suspension for up to 3 months with no start of its own in the sentence runs from the moment of speaking: 20 June 2020 23:59:59 local (CONVENTIONS 1.1); unsure: page: from 21 March, so 21 June
    B(
        text="Regrettably, we have had to suspend driver testing for up to 3 months to help tackle the spread of the virus.",
        due="2020-06-20 22:59:59",
        vague=False,
        said="2020-03-20 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_DVSA,
        published="2020-03-20",
    ),
    # the same quotation: a time hung on an undated event: event (CONVENTIONS 1.3, 5.2)
    B(
        text="Those who have tests cancelled will have priority when testing resumes.",
        due=None,
        vague=False,
        said="2020-03-20 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_DVSA,
        published="2020-03-20",
    ),
    # the same story: 'during this time' names the tests' period, not a time for the contact, which has none: no deadline, no refusal word; unsure: event (the suspension period is not dated in the sentence)
    B(
        text="DVSA will contact everyone with a test booked during this time to let them know their test has been cancelled and that it will automatically re-book for them.",
        due=None,
        vague=False,
        said="2020-03-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DVSA,
        published="2020-03-20",
    ),
    # the same story: 'latest' sets no time: no deadline, no refusal word
    B(
        text="The latest information about driving tests and COVID-19 is on GOV.UK.",
        due=None,
        vague=False,
        said="2020-03-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DVSA,
        published="2020-03-20",
    ),
    # the same story: the perfect tells of the decision, but the suspension runs for up to 3 months from 21 March 2020 and falls due at its end, 21 June 2020 23:59:59 local (CONVENTIONS 1.1)
    B(
        text="DVSA has suspended MOTs (annual tests) for all heavy goods vehicles (HGVs) and public service vehicles (PSVs) for up to 3 months from 21 March 2020.",
        due="2020-06-21 22:59:59",
        vague=False,
        said="2020-03-20 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_DVSA,
        published="2020-03-20",
    ),
    # the same story: 'until further notice' hangs the end on an undated decision and the 3-month certificate is a rule for every vehicle: event (CONVENTIONS 1.3)
    B(
        text="All HGV and PSV vehicles with an MOT will be issued with a 3-month certificate of temporary exemption (CTE) until further notice.",
        due=None,
        vague=False,
        said="2020-03-20 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_DVSA,
        published="2020-03-20",
    ),
    # Welsh Government press release of 3 October 2022 ('The press release issued by the Welsh Government on 3 October 2022'), carried in full by ukpol.co.uk; zone Europe/London, said 10:00 local (BST). 'by 2030' falls due at the year's end, 31 December 2030 23:59:59 local (CONVENTIONS 3.5)
    B(
        text="To address this, the recommendations centre around the United Nation’s ’30 by 30’ goal, which aims to protect and effectively manage 30% of the planet’s marine and 30% of the planet’s terrestrial environment by 2030.",
        due="2030-12-31 23:59:59",
        vague=False,
        said="2022-10-03 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WG22,
        published="2022-10-03",
    ),
    # the same release: the meeting 'in December' (2022, the next December) falls due at the month's end in the publisher's zone, 31 December 2022 23:59:59 local
    B(
        text="The Deep Dive is released ahead of a landmark UN Conference of the Parties (COP15) in Canada in December, where global leaders will meet to agree targets to combat the nature emergency.",
        due="2022-12-31 23:59:59",
        vague=False,
        said="2022-10-03 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WG22,
        published="2022-10-03",
    ),
    # the same release: 'today' is on the verb of announcing, and the group's establishment has no time of its own: no deadline, no refusal word (CONVENTIONS 2.2); unsure: past (an announcement already made)
    B(
        text="The Minister also announced today the establishment of an independent expert working group to monitor Wales’ progress against the targets.",
        due=None,
        vague=False,
        said="2022-10-03 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WG22,
        published="2022-10-03",
    ),
    # Welsh Government news-in-brief of the week to 3 March 2018 (Welsh Government press release wording), carried by mywelshpool.co.uk with the posting time 03/03/2018 @ 09:20, taken as the moment of speaking; zone Europe/London (GMT); the site's own standfirst is not quoted. The meeting 'this week' and the welcome are told of the past: past
    B(
        text="First Minister Carwyn Jones, who met with Valero while in Washington this week, has welcomed the news, describing it as a vote of confidence in the Pembrokeshire site and the wider Welsh economy.",
        due=None,
        vague=False,
        said="2018-03-03 09:20:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WG18,
        published="2018-03-03",
    ),
    # the same item, the First Minister's words (opening quotation mark as the page has it): 'well in to the future' sets no time: no deadline, no refusal word
    B(
        text="“The Welsh Government has been working closely with Valero in supporting this investment, which will allow the company to grow and compete successfully in a global marketplace, ensuring sustainability of employment well in to the future.",
        due=None,
        vague=False,
        said="2018-03-03 09:20:00",
        tz="Europe/London",
        cluster=1,
        source=_WG18,
        published="2018-03-03",
    ),
    # the same quotation: St David's Day, 1 March 2018, lies two days before the posting taken as the moment: past; unsure: the release itself was probably issued on 1 March, which would make it the day of speaking
    B(
        text="This is great news for the site’s 1000 plus employees and contractors, and a huge boost to the Welsh economy as we celebrate St David’s Day.”",
        due=None,
        vague=False,
        said="2018-03-03 09:20:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WG18,
        published="2018-03-03",
    ),
    # Department for Infrastructure (Northern Ireland) news item, carried by government-world.com's Northern Ireland feed (page 113), whose neighbouring items date from the end of September and early October 2021 (the Spend Local card portal, a grant scheme opening on Friday 1 October 2021); taken as 1 October 2021, zone Europe/London, said 10:00 local (BST). Only the department's items are quoted (the feed's items of other departments were left out: no licence statement of theirs was seen). A start on a dated day: due at its end, 11 October 2021 23:59:59 local (CONVENTIONS 3.1)
    B(
        text="A £400,000 road realignment and traffic signals scheme is due to commence in Banbridge town centre on Monday 11 October 2021.",
        due="2021-10-11 22:59:59",
        vague=False,
        said="2021-10-01 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFI21,
        published="2021-10-01",
    ),
    # the same feed page, a Department for Infrastructure item: 'today' is on the verb of announcing; the review's commencement has no time of its own: no deadline, no refusal word (CONVENTIONS 2.2); unsure: 'is commencing' as the act of the day, due at its end (CONVENTIONS 2.1)
    B(
        text="Infrastructure Minister Nichola Mallon MLA announced today that she is commencing a review of strategic planning policy on oil and gas development.",
        due=None,
        vague=False,
        said="2021-10-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFI21,
        published="2021-10-01",
    ),
    # Department for Infrastructure (Northern Ireland) item carried by government-world.com (page 490 of a contributor feed, whose neighbouring items report a survey of 31 January to 6 February 2021): taken as 12 February 2021, zone Europe/London, said 10:00 local. A start on a date: due 22 February 2021 23:59:59 local (CONVENTIONS 3.1)
    B(
        text="Infrastructure Minister Nichola Mallon has announced that a £365,000 flood alleviation scheme on the La Salle Stream in the Riverdale Park East area of West Belfast is due to commence on 22 February 2021.",
        due="2021-02-22 23:59:59",
        vague=False,
        said="2021-02-12 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFI21B,
        published="2021-02-12",
    ),
    # Revenue (Office of the Revenue Commissioners, Ireland) eBrief No. 168/18 of 06 September 2018, revenue.ie; zone Europe/Dublin, said 10:00 local (IST). A standing rule for every early filer: recurring (CONVENTIONS 1.3); unsure: past (31 August lies before the moment)
    B(
        text="Where a customer has filed their Form 11 on or before 31 August 2018, Revenue calculates the tax, PRSI and Universal Social Charge (USC) liabilities on their behalf.",
        due=None,
        vague=False,
        said="2018-09-06 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_REV,
        published="2018-09-06",
    ),
    # the same eBrief (the straight and curly quotation marks as the page has them): the extension is done, but the deadline it sets lies ahead: due 30 September 2018 23:59:59 local
    B(
        text="Revenue is advising customers that they have extended the 'early filing deadline’ to 30 September 2018.",
        due="2018-09-30 22:59:59",
        vague=False,
        said="2018-09-06 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_REV,
        published="2018-09-06",
    ),
    # the same eBrief: 'on or before' a date falls due at its end (CONVENTIONS 3.5): 30 September 2018 23:59:59 local
    B(
        text="This means that individuals who file a paper Form 11 2017 on or before the 30 September 2018 do not have to include a self-assessment with their Form 11; Revenue will calculate the self-assessment on their behalf.",
        due="2018-09-30 22:59:59",
        vague=False,
        said="2018-09-06 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_REV,
        published="2018-09-06",
    ),
    # the same eBrief: 'due by 31 October' (2018, the next one): 31 October 2018 23:59:59 local (GMT by then)
    B(
        text="This simplifies the process for customers, assists them in meeting their obligations to file a self-assessment, and ensures they pay the correct amount due by 31 October.",
        due="2018-10-31 23:59:59",
        vague=False,
        said="2018-09-06 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_REV,
        published="2018-09-06",
    ),
    # the same eBrief: the date 'remains' 31 October: due 31 October 2018 23:59:59 local (CONVENTIONS 3.3)
    B(
        text="Earlier filing of a tax return does not mean that a customer has to pay their liability any earlier; the final payment date remains 31 October.",
        due="2018-10-31 23:59:59",
        vague=False,
        said="2018-09-06 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_REV,
        published="2018-09-06",
    ),
    # the same eBrief: the only time, 'earlier this year', tells of the past sending: past
    B(
        text="Reminder letters are issuing to individuals who were sent a paper Form 11 earlier this year.",
        due=None,
        vague=False,
        said="2018-09-06 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_REV,
        published="2018-09-06",
    ),
    # the same eBrief: 'to date' describes a state up to now and sets no time: no deadline, no refusal word
    B(
        text="Reminder letters are also issuing to individuals who are mandatory efilers and to date have neither registered for ROS nor appointed an agent to file tax returns on their behalf.",
        due=None,
        vague=False,
        said="2018-09-06 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_REV,
        published="2018-09-06",
    ),
    # Citizens Information (Citizens Information Board, Ireland) 'What’s happening in January?' of 15 January 2024; zone Europe/Dublin, said 10:00 local (GMT). A change of 1 January told of the past: past
    B(
        text="On 1 January 2024, the entitlement to paid sick leave increased from 3 days to 5 days.",
        due=None,
        vague=False,
        said="2024-01-15 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_CIJAN,
        published="2024-01-15",
    ),
    # the same page: a duty that begins in a month is the rule taking effect (CONVENTIONS 3.1a); a month read as a period falls due at its end, 31 January 2024 23:59:59 local; unsure: its start, 1 January, already past when said
    B(
        text="From January 2024, your waste collection company must provide you with a brown bin collection service.",
        due="2024-01-31 23:59:59",
        vague=False,
        said="2024-01-15 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_CIJAN,
        published="2024-01-15",
    ),
    # the same page, a line ending in a colon before a list: 'Since 1 January 2024' tells of the past: past
    B(
        text="Since 1 January 2024, you can:",
        due=None,
        vague=False,
        said="2024-01-15 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_CIJAN,
        published="2024-01-15",
    ),
    # the same page: a change of 1 January, told in the past tense: past
    B(
        text="From 1 January 2024, the upper age limit for PRSI exemption changed from 66 to age 70.",
        due=None,
        vague=False,
        said="2024-01-15 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_CIJAN,
        published="2024-01-15",
    ),
    # the same page, a line ending in a colon: 'now' sets no time for an act: no deadline, no refusal word
    B(
        text="Businesses found breaching the rules covering tips and gratuities will now face on-the-spot fines of:",
        due=None,
        vague=False,
        said="2024-01-15 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_CIJAN,
        published="2024-01-15",
    ),
    # the same page: an exemption kept until a date falls due then, 31 December 2025 23:59:59 local (CONVENTIONS 3.3, 6.1)
    B(
        text="From 1 January 2024 until 31 December 2025 if you sell your excess renewable energy back to the national grid, you are eligible for a tax exemption of up to €400 per year on the income generated from selling your excess electricity.",
        due="2025-12-31 23:59:59",
        vague=False,
        said="2024-01-15 10:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_CIJAN,
        published="2024-01-15",
    ),
    # the same page: a one-off increase in a month falls due at the month's end, 31 January 2024 23:59:59 local (CONVENTIONS 3.1)
    B(
        text="From January 2024, there will be an increase in the 2023/2024 SUSI maintenance grant rate.",
        due="2024-01-31 23:59:59",
        vague=False,
        said="2024-01-15 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_CIJAN,
        published="2024-01-15",
    ),
    # the same page: an activity open from a month, with no end: earliest, from 1 January 2024 00:00 local (CONVENTIONS 3.2)
    B(
        text="From January 2024, postgraduate students who meet the income thresholds can apply to SUSI for a maintenance grant.",
        due=None,
        vague=False,
        said="2024-01-15 10:00:00",
        tz="Europe/Dublin",
        refusal="earliest",
        earliest="2024-01-01 00:00:00",
        cluster=5,
        source=_CIJAN,
        published="2024-01-15",
    ),
    # the same page: a range falls due at its later end, 31 May 2024 23:59:59 local (IST) (CONVENTIONS 6.1)
    B(
        text="It will be paid from January to May for this academic year.",
        due="2024-05-31 22:59:59",
        vague=False,
        said="2024-01-15 10:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_CIJAN,
        published="2024-01-15",
    ),
    # Citizens Information 'New on Citizens Information 04-09-2023' of 4 September 2023; zone Europe/Dublin, said 10:00 local (IST). A date of effect three days before the moment: past (a rule taking effect, CONVENTIONS 3.1a, but more than a day before the reference)
    B(
        text="New child protection procedures in schools are effective from 1 September 2023.",
        due=None,
        vague=False,
        said="2023-09-04 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_CISEP,
        published="2023-09-04",
    ),
    # the same page: 'now' and 'previously' set no time; the ages are not times: no deadline, no refusal word
    B(
        text="The free contraception scheme now includes women aged 17 to 30 (previously only available up to age 26).",
        due=None,
        vague=False,
        said="2023-09-04 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_CISEP,
        published="2023-09-04",
    ),
    # the same page: 'current' sets no time: no deadline, no refusal word
    B(
        text="It recommends increases to constituencies and TDs with 174 TDs representing 43 Dáil constituencies, up from the current 160 TDs in 39 constituencies.",
        due=None,
        vague=False,
        said="2023-09-04 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_CISEP,
        published="2023-09-04",
    ),
    # the same page: 'before the next general election' hangs the time on an undated event: event (CONVENTIONS 1.3)
    B(
        text="If accepted, the changes will come into effect before the next general election.",
        due=None,
        vague=False,
        said="2023-09-04 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_CISEP,
        published="2023-09-04",
    ),
    # Ashfield District Council 'Service Updates' page (coronavirus), 'Last updated: 11th May 2020'; zone Europe/London, said 10:00 local (BST). Measures kept 'during the outbreak', an undated span: event (CONVENTIONS 1.3)
    B(
        text="We’ve put a range of measures in place to protect you and local businesses during the coronavirus (COVID-19) outbreak, and to continue to deliver our statutory services, but some of our facilities and services are closed or changed as part of our response.",
        due=None,
        vague=False,
        said="2020-05-11 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_ADC,
        published="2020-05-11",
    ),
    # the same page: 'latest' sets no time: no deadline, no refusal word
    B(
        text="You can see the latest information on impacted services listed A-Z on this page and you can continue to access services, such as payments and our planning portal, online.",
        due=None,
        vague=False,
        said="2020-05-11 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ADC,
        published="2020-05-11",
    ),
    # the same page: 'currently' sets no time: no deadline, no refusal word
    B(
        text="Services not listed on this page are currently running normally.",
        due=None,
        vague=False,
        said="2020-05-11 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ADC,
        published="2020-05-11",
    ),
    # the same page: 'still' sets no time: no deadline, no refusal word
    B(
        text="We are still collecting all bins in Ashfield and there are no changes to bin and waste collections.",
        due=None,
        vague=False,
        said="2020-05-11 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ADC,
        published="2020-05-11",
    ),
    # the same page: a standing rule for every household's waste, with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="Keep aside for at least 72 hours before putting into your normal household waste (red-lidded) bin.",
        due=None,
        vague=False,
        said="2020-05-11 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_ADC,
        published="2020-05-11",
    ),
    # the same page: 'until they re-open' hangs the time on an undated event: event (CONVENTIONS 1.3)
    B(
        text="While recycling centres (tips) are closed please store rubbish you would normally take there safely until they re-open, and do not put in your bin for kerbside collection instead.",
        due=None,
        vague=False,
        said="2020-05-11 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_ADC,
        published="2020-05-11",
    ),
    # the same page: 'still' sets no time: no deadline, no refusal word
    B(
        text="Our Building Control team are still providing a full service, including inspections subject to social distancing guidance.",
        due=None,
        vague=False,
        said="2020-05-11 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ADC,
        published="2020-05-11",
    ),
    # the same page: a measure kept until a month falls due at its end ('until' keeps the period's end), 30 June 2020 23:59:59 local (CONVENTIONS 3.3)
    B(
        text="All Ashfield District Council town car parks are free, with time limits lifted until June 2020.",
        due="2020-06-30 22:59:59",
        vague=False,
        said="2020-05-11 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ADC,
        published="2020-05-11",
    ),
    # the same page: 'currently' sets no time: no deadline, no refusal word
    B(
        text="Car parks at our parks and green spaces currently remain closed.",
        due=None,
        vague=False,
        said="2020-05-11 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ADC,
        published="2020-05-11",
    ),
    # the same page: the extension hangs on an undated event ('once charges are reintroduced'): event (CONVENTIONS 1.3, 5.2)
    B(
        text="We will extend season tickets for residents by three months once charges are reintroduced.",
        due=None,
        vague=False,
        said="2020-05-11 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_ADC,
        published="2020-05-11",
    ),
    # the same page: daily opening hours, clock times of a standing rule: recurring (CONVENTIONS 6.3, 1.3)
    B(
        text="Cemeteries across the District currently open to the public between 9am and 4pm.",
        due=None,
        vague=False,
        said="2020-05-11 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_ADC,
        published="2020-05-11",
    ),
    # National Weather Service (NOAA, US federal) Service Change Notice 19-101, '235 PM EST Tue Dec 10 2019', forecast.weather.gov; zone America/New_York, said at 14:35 local; line breaks read as spaces ('(WEA)for' as the page has it). 'on or after' gives only a lower bound: earliest, 8 January 2020 00:00 local (CONVENTIONS 3.2); unsure: a reader could take 8 January as the date of effect (CONVENTIONS 3.1)
    B(
        text="Beginning on or after January 8, 2020, the NWS will issue Wireless Emergency Alerts (WEA)for Flash Flood Warnings (FFW) based on damage threat tags.",
        due=None,
        vague=False,
        said="2019-12-10 19:35:00",
        tz="America/New_York",
        day_first=False,
        refusal="earliest",
        earliest="2020-01-08 05:00:00",
        cluster=5,
        source=_NWS19,
        published="2019-12-10",
    ),
    # the same notice: 'rarely' is a frequency and sets no time for the change: no deadline, no refusal word
    B(
        text="Because these tags are applied to FFWs relatively rarely, this change will limit the number of FFW WEAs distributed.",
        due=None,
        vague=False,
        said="2019-12-10 19:35:00",
        tz="America/New_York",
        day_first=False,
        cluster=1,
        source=_NWS19,
        published="2019-12-10",
    ),
    # the same notice: 'still' sets no time: no deadline, no refusal word
    B(
        text="All FFWs will still be issued and distributed via NOAA Weather Radio, the Emergency Alert System, on radio and TV broadcasts, and through dissemination systems to our emergency managers and partners.",
        due=None,
        vague=False,
        said="2019-12-10 19:35:00",
        tz="America/New_York",
        day_first=False,
        cluster=1,
        source=_NWS19,
        published="2019-12-10",
    ),
    # National Weather Service public information statement '220 PM EDT TUE SEP 1 1992', posted to the nws-changes list (Unidata archive); zone America/New_York, said at 14:20 local. A date of effect: due 30 September 1992 23:59:59 local (CONVENTIONS 3.1)
    B(
        text="Effective September 30, 1992, UGCs will appear in the areal outlines for severe thunderstorm and tornado watches (NOAA Weather Wire Service product identifier cccSLSxx and the Family of Service product identifier WWUS32 Kccc).",
        due="1992-10-01 03:59:59",
        vague=False,
        said="1992-09-01 18:20:00",
        tz="America/New_York",
        day_first=False,
        cluster=6,
        source=_NWS92,
        published="1992-09-01",
    ),
    # National Weather Service technical information message 94-09, '200 PM EDT WED APR 20 1994', posted to the nws-changes list (Unidata archive); zone America/New_York, said at 14:00 local. A format change taking effect in mid-July (days 11 to 20 of the month, parser docstring): due 20 July 1994 23:59:59 local (CONVENTIONS 3.1); unsure: earliest ('Beginning in', CONVENTIONS 3.2)
    B(
        text="Beginning in mid-July 1994, selected TEXT PRODUCTS ORIGINATED BY NWS FORECAST AND WARNING OFFICES will have a line inserted at the beginning of the text of the message.",
        due="1994-07-21 03:59:59",
        vague=False,
        said="1994-04-20 18:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=4,
        source=_NWS94,
        published="1994-04-20",
    ),
    # the same message: 'will begin' with no time: no deadline, no refusal word
    B(
        text="The information in this notice is being provided merely to inform users of a format change that will begin appearing in these selected text products.",
        due=None,
        vague=False,
        said="1994-04-20 18:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=1,
        source=_NWS94,
        published="1994-04-20",
    ),
    # National Weather Service public information notice '1100 AM EST Tue Dec 11 2012', posted to the nws-changes list (Unidata archive); zone America/New_York, said at 11:00 local; line breaks read as spaces ('non- operational' as the page breaks it). Comments accepted through a date: due 31 March 2013 23:59:59 local (EDT) (CONVENTIONS 3.3)
    B(
        text="NWS is accepting comments through March 31, 2013, on a non- operational demonstration of a proposed alternative approach for communicating expected winter weather hazards.",
        due="2013-04-01 03:59:59",
        vague=False,
        said="2012-12-11 16:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=6,
        source=_NWS12,
        published="2012-12-11",
    ),
    # the same notice: 'current' sets no time: no deadline, no refusal word
    B(
        text='Specifically, we are proposing an alternative to the current "Watch, Warning and Advisory" (WWA) Winter Weather Hazards headline system.',
        due=None,
        vague=False,
        said="2012-12-11 16:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=1,
        source=_NWS12,
        published="2012-12-11",
    ),
    # the same notice: headlines made 'continually during this demonstration', a standing pattern with no end in the sentence: recurring (CONVENTIONS 1.3); unsure: event (the demonstration's span is not dated in the sentence)
    B(
        text="Alternative winter weather hazard message headlines, designed to clarify the intent of the official NWS hazard messages, are being created automatically and continually during this demonstration.",
        due=None,
        vague=False,
        said="2012-12-11 16:00:00",
        tz="America/New_York",
        day_first=False,
        refusal="recurring",
        cluster=5,
        source=_NWS12,
        published="2012-12-11",
    ),
    # Federal Register notice 96-32899 (National Weather Service, NOAA), Friday 27 December 1996, carried by federal.elaws.us; zone America/New_York, said 10:00 local; line breaks read as spaces. A time limit from now: 60 days after 27 December 1996 is 25 February 1997, due 23:59:59 local (CONVENTIONS 1.2)
    B(
        text="In accordance with Public Law 102-567, the public will have 60-days in which to comment on these proposed consolidation certifications.",
        due="1997-02-26 04:59:59",
        vague=False,
        said="1996-12-27 15:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=3,
        source=_FR96A,
        published="1996-12-27",
    ),
    # the same notice (the words after 'DATES:'): due 25 February 1997 23:59:59 local
    B(
        text="Comments are requested by February 25, 1997.",
        due="1997-02-26 04:59:59",
        vague=False,
        said="1996-12-27 15:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=6,
        source=_FR96A,
        published="1996-12-27",
    ),
    # Federal Register final rule 96-26207 (National Weather Service, NOAA), Friday 11 October 1996, carried by federal.elaws.us; zone America/New_York, said 10:00 local; line breaks read as spaces. A standing description of every closure: recurring (CONVENTIONS 1.3)
    B(
        text="Closing a field office is the final step in an often complex transition process in which a field office is carefully phased out at the same time as one or more associated Weather Forecast Offices (WFO) assume the service responsibilities for that office.",
        due=None,
        vague=False,
        said="1996-10-11 14:00:00",
        tz="America/New_York",
        day_first=False,
        refusal="recurring",
        cluster=5,
        source=_FR96B,
        published="1996-10-11",
    ),
)
