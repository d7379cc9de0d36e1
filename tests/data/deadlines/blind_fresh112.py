"""A HUNDRED-AND-TWELFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), around midday (the machine's clock read 12:21 at the
start and about 12:33 when the labels were written), by a labelling helper (branch issue12l112-s47)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 47, whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full (rules 3.1a and 6.4 among them), the
docstring, comments, some cases and README section of `blind_fresh108.py`, the README section of
`blind_fresh109.py` (for the EU licences it records), and the top docstring of the parser package
only (the vague windows, parts of the day, weeks running Monday to Sunday, "later this <period>",
"before"/"by" periods, a range falling due at its later end, a result more than a day before the
reference being past); nothing else of `bot/core/deadlines/` was opened. The brief asked for EU
institutions where reuse is allowed, Wikinews (CC BY 2.5), kremlin.ru (CC BY 4.0), Statistics Canada
(Open Licence) and Canadian enactments (Reproduction of Federal Law Order), UN bodies only where the
page states an open licence (none was taken), and at most a quarter US federal (agency notices,
Federal Register, NASA, NOAA, FAA); at least eight publishers, none above a fifth of the cases.

The set quotes two European Parliament plenary previews ('EP Today' of 19 January 2021, carried by
government-world.com; the press service's newsletter for the session of 11 to 14 September 2017,
carried on an MEP's site), the Council's 'Meetings of the week' page of December 2017
(consilium.europa.eu) and a European Council feed of 8 December 2015 (an accreditation notice and
Council conclusions, carried by europavarietas.org), three kremlin.ru texts (an announcement of 25
February 2020 carried by newskitchen.eu, the transcript of the annual news conference of 17 December
2015 carried by Johnson's Russia List, a meeting with the acting head of Karelia of July 2017
carried by putin.blog), three European Commission pages (a roaming news item of 12 July 2006 on
ec.europa.eu, the Midday Express of 4 June 2012 on europa.eu/rapid, the Daily News of 14 June 2018
carried by the Irish Farmers' Association), Statistics Canada's Daily of 20 March 2019 and its list
of upcoming releases of 17 April 2015, section 13 of the Legislation Revision and Consolidation Act
(point-in-time version 2002-12-31 to 2009-05-31, Justice Laws Website), a NASA media advisory on the
Cygnus launch of January 2014 (reproduced by a blog), NOAA texts (a National Weather Service Federal
Register notice of 1995 posted to the nws-changes list; a NOAA Fisheries Service bulletin of 16
November 2010 reproduced by a radio station's blog; four NOAA Fisheries items of 2020 carried by
perishablenews.com) and four Wikinews leads (2009, 2010, 2013, carried with their date lines by
the-best-registry-cleaner.com and ivailo.org): 94 cases from 9 publishers (the European Parliament
16, 17.0%; the Council of the EU and European Council 16; kremlin.ru 16; the European Commission 11;
NOAA 11; Statistics Canada 9; NASA 8; Wikinews 4; Canadian enactments 3). 19 of the 94 (20.2%) are
from the United States (NASA and NOAA); 75 are not.

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a part of
the day, a period, a span, a year, "now", "currently", "current", "latest", "recent", "previous",
"then", "not yet", "last-minute", "periodically", "annual", "time", "dates", "until", "before");
the sentences of the openings read that hold none were skipped (comparatives alone, "earlier", were
not counted), as were titles, standfirsts, headings, date and status lines, navigation, speakers'
names, labels before colons (the words after "SUMMARY:", "DATES:", "SUPPLEMENTARY INFORMATION:" and
"NOTE:" are quoted), contact lines, list items of release schedules and sentences cut off by the
end of an opening. One line ending in a colon, three numbered provisions, two numbered Council
conclusions and a one-word answer were taken as they stand (the answer later dropped, below); line
breaks inside a sentence were read as spaces and no word was changed: "non- Federal", "newSoftware"
(not quoted), the straight and curly quotation marks and the closing quotation mark of President
Barroso's words stay as the pages have them. The sentences were found with a search over stored
copies of public pages and taken as they came in the openings the search returns, in page order.
See README.md ("Hundred-and-twelfth fresh blind set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was
checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and
claimed (`fresh112`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were
found used and dropped (README.md lists them). Every sentence was then checked whole with the same
tool (skipping this file): six were found used (stock wording) and dropped ("A resolution will be
put to the vote on Thursday." was dropped before that run, having been found used already; then a
question recalled from a news conference, "Five months.", The Daily's release-time line and the
three release-schedule lines on updates, release times and lockups). Each label was worked out by
hand from the words, the publication date and the publisher's zone (Europe/Brussels for the EU
institutions, Europe/Moscow for kremlin.ru, America/Toronto for Statistics Canada and the Act,
America/New_York for NASA and NOAA unless a sentence's "local time" is the Gulf coast's
America/Chicago, UTC for Wikinews); the conversion of local instants to UTC wall time, weekdays and
day counts were done with Python's zoneinfo and datetime in a scratch script outside the repository,
never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh108.py`: the publication date at 10:00 local time unless the page gives an hour (feed
posting times, a midday briefing, a noon news conference, a release at 08:30, a preview said at
08:00 before an 08.30 debate), and where a page carries no date in its opening, the one its words or
other facts give (each page's first comment says which and why); a day falls due at 23:59:59 local;
a morning at 12:00; "this week" at Sunday's end; "later today" at the day's end; a range or a list
falls due at its later end (CONVENTIONS 6.1, 6.2); "by summer 2007" at the season's end (CONVENTIONS
3.5); a clock time with no day of its own in the sentence is its first occurrence after the moment
of speaking, with the page's instant written in the comment (CONVENTIONS 6.3); a date of effect or
a season's opening or end is due then (CONVENTIONS 3.1); a window kept for a stated length falls due
at its end (CONVENTIONS 1.1); the perfect with "today" and done acts are past (CONVENTIONS 2.4);
standing rules and patterns ("each working day", "at the end of the year", "in the last 18 months"
for every applicant, "during our meetings") are recurring, days hung on an undated event ("On the
day referred to in subsection (1)", "On the same day") event (CONVENTIONS 1.3); refusals have
`due=None` and a `refusal` kind; a sentence whose time words set no time for any act ("now",
"currently", "current", "not yet", "Release dates", years naming surveys or periods) has
`due=None` and no refusal word. No sentence holds nights of work (CONVENTIONS 6.4 decides none) and
none holds a vague word as the speaker's undertaking (the one "soon" quoted is a prediction about
third parties, labelled recurring and marked unsure). Clusters as in `blind_fresh108.py`: 1 no time set, 2 clock
times, 3 ranges and several dates, 4 parts of the day, periods and vague windows, 5 refusals, 6
plain days and dates. 43 labels are refusals (past 33, event 4, recurring 6), none is vague; 34
labels carry a due instant; 15 are marked "unsure" and name the other reading; like every label
here they stay as committed, whatever the first run shows. First run: not yet taken (the lead runs
it once, after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_EPT = "http://government-world.com/press-release-ep-today-24/?print=print"
_EPNL = "https://www.jaroslawwalesa.pl/en/news/from-brussels/1086-newsletter-11-14-september-2017-strasbourg-plenary-session"
_CONS = "http://www.consilium.europa.eu/en/meetings/calendar/?ent%5B%5D=600&p=1&stDt="
_EUCO = "https://www.europavarietas.org/evnc/hu/aggregator/sources/123?page=120"
_KRMIA = "https://newskitchen.eu/2020/02/25/on-february-26-vladimir-putin-will-take-part-in-interior-ministry-expanded-board-meeting-and-meet-with-working-group-on-drafting-proposals-for-amendments-to-constit/"
_KRNC = "https://russialist.org/vladimir-putins-annual-news-conference/"
_KRKAR = "http://www.putin.blog/2017_07_23_archive.html"
_STC = "https://www150.statcan.gc.ca/n1/dai-quo/index-eng.htm?MM=as"
_LRCA = "https://lois-laws.justice.gc.ca/eng/acts/S-20/section-13-20021231.html"
_NASA = "https://carusos2012.blogspot.com/2014/01/nasa-television-coverage-set-for.html"
_NWS = "https://unidata.ucar.edu/mailing_lists/archives/nws-changes/1995/msg00166.html"
_ECRO = "https://ec.europa.eu/digital-single-market/en/news/roaming-commission-proposes-cap-high-cost-using-mobiles-when-travelling-within-eu"
_WNA = "http://the-best-registry-cleaner.com/2018/page/12"
_WNB = "http://www.ivailo.org/"
_MEX12 = "http://europa.eu/rapid/press-release_MEX-12-0604_en.htm"
_IFA18 = "https://www.ifa.ie/76651-2/"
_NMFS10 = "http://oysterradio.blogspot.com/2010/11/reminder-recreational-red-snapper.html"
_NMFS20 = "https://www.perishablenews.com/tag/noaa-fisheries/page/2/"
_STCUP = "http://www.statcan.gc.ca/dai-quo/upcoming-a_venir-eng.htm"

FRESH112_CASES: tuple[BlindCase, ...] = (
    # European Parliament, 'EP Today' for Tuesday 19 January 2021 (the Navalny debate at 15.00 and the votes on Wednesday and Thursday fix the day: the sitting of 18 to 21 January 2021), carried in full by government-world.com; zone Europe/Brussels, said at 08:00 local because the day's first debate opens at 08.30 (as fresh109 did for 'EP Today'). A clock time with no day of its own: the first 08.30 after speaking, that morning (CONVENTIONS 6.3; page: the same)
    B(
        text="In a debate at 08.30 with Health Commissioner Stella Kyriakides, MEPs are likely to reiterate the need for more clarity and transparency regarding vaccine contracts, authorisation, availability and deployment of COVID-19 vaccines.",
        due="2021-01-19 07:30:00",
        vague=False,
        said="2021-01-19 07:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EPT,
        published="2021-01-19",
    ),
    # the same page: the only time is the strategy's launch in June 2020, told of the past; the request itself has no time: past
    B(
        text="They are also expected to ask for additional information on the present status of the EU vaccines strategy for COVID-19, launched by the Commission in June 2020.",
        due=None,
        vague=False,
        said="2021-01-19 07:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EPT,
        published="2021-01-19",
    ),
    # the same page: 'At 15.00' with no day of its own: 15:00 that day (CONVENTIONS 6.3; page: the same)
    B(
        text="At 15.00, Parliament will comment on the detention of Russian opposition politician Alexei Navalny in a debate with EU Foreign Policy Chief Josep Borrell.",
        due="2021-01-19 14:00:00",
        vague=False,
        said="2021-01-19 07:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EPT,
        published="2021-01-19",
    ),
    # the same page: the detention on Sunday (17 January) and the months before it are past
    B(
        text="Mr Navalny was detained on Sunday upon his return to Russia, after having spent several months in Germany recovering from being poisoned.",
        due=None,
        vague=False,
        said="2021-01-19 07:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EPT,
        published="2021-01-19",
    ),
    # the same page ('A resolution will be put to the vote on Thursday.' between these two was skipped as stock wording, found used). 'in 2019' names the year the debate is about and sets no time for the debate: due None, no refusal word. unsure: a careful reader could give past (a year gone)
    B(
        text="They will also debate with him the situation of human rights and democracy in the world in 2019 and the undemocratic elections for the Venezuelan National Assembly.",
        due=None,
        vague=False,
        said="2021-01-19 07:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EPT,
        published="2021-01-19",
    ),
    # the same page: votes on Wednesday, then a resolution on Thursday (21 January): given in turn, the later counts (CONVENTIONS 6.2), the end of that day
    B(
        text="The votes on foreign policy and human rights in 2019 will take place on Wednesday; a resolution on Venezuela will be put to the vote on Thursday.",
        due="2021-01-21 22:59:59",
        vague=False,
        said="2021-01-19 07:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_EPT,
        published="2021-01-19",
    ),
    # European Parliament press service, newsletter for the Strasbourg plenary session of 11 to 14 September 2017, carried in full on MEP Jarosław Wałęsa's site; the opening carries no date: dated Friday 8 September 2017, the last working day before the session it previews (any day from 7 to 11 September gives every weekday below the same date); zone Europe/Brussels, said at 10:00 local. 'midway through its mandate' sets no time for the act: due None, no refusal word
    B(
        text="MEPs will take stock of the Juncker Commission’s achievements midway through its mandate but most of all discuss ways forward to a strong EU committed to protecting its citizens and deliver economic growth and jobs.",
        due=None,
        vague=False,
        said="2017-09-08 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EPNL,
        published="2017-09-08",
    ),
    # the same page: 'on Wednesday morning' (13 September): a morning ends at 12:00 (parser's docstring, parts of the day); 'annual' names the speech
    B(
        text="The Commission President will kick off the debate in his annual “State of the Union” speech in plenary session on Wednesday morning.",
        due="2017-09-13 10:00:00",
        vague=False,
        said="2017-09-08 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EPNL,
        published="2017-09-08",
    ),
    # the same page: debated and voted on Tuesday (12 September): the end of that day
    B(
        text="An EU scheme that will allow more than 5,000 wireless internet connections to be set up in public areas (hospitals, libraries, etc) across the EU, and create a single EU-wide authentication system for them, will be debated and put to a vote on Tuesday.",
        due="2017-09-12 21:59:59",
        vague=False,
        said="2017-09-08 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EPNL,
        published="2017-09-08",
    ),
    # the same page (the sentence before, on gas supply rules, holds no time word and was skipped): Tuesday morning, then the vote 'on the same day at noon': the latest time of the day counts (CONVENTIONS 6.1), noon on 12 September
    B(
        text="The rules will be debated on Tuesday morning and put to Parliament’s final vote on the same day at noon.",
        due="2017-09-12 10:00:00",
        vague=False,
        said="2017-09-08 08:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EPNL,
        published="2017-09-08",
    ),
    # the same page: 'on Tuesday morning' (12 September): 12:00
    B(
        text="The contamination of eggs with the insecticide Fipronil, which affected almost all EU countries, and ways to improve the EU's rapid alert system will be debated by MEPs, the Commission and the Council on Tuesday morning.",
        due="2017-09-12 10:00:00",
        vague=False,
        said="2017-09-08 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EPNL,
        published="2017-09-08",
    ),
    # the same page: debated on Wednesday, voted on Thursday: the later counts (CONVENTIONS 6.2), the end of Thursday 14 September
    B(
        text="Disabled people will have easier access to key products and services such as phones, ATMs and ticketing and check-in machines, under draft EU rules to be debated on Wednesday and put to the vote on Thursday.",
        due="2017-09-14 21:59:59",
        vague=False,
        said="2017-09-08 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_EPNL,
        published="2017-09-08",
    ),
    # the same page: a vote on Wednesday (13 September): the end of that day
    B(
        text="Plans to boost forests’ absorption of CO2 and cut greenhouse-gas emissions as a way to tackle climate change will be put to a vote on Wednesday.",
        due="2017-09-13 21:59:59",
        vague=False,
        said="2017-09-08 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EPNL,
        published="2017-09-08",
    ),
    # the same page: a vote on Tuesday (12 September)
    B(
        text="The list of candidate MEPs to form the 30-strong special committee on counter-terrorism (TERR) is up for a vote on Tuesday.",
        due="2017-09-12 21:59:59",
        vague=False,
        said="2017-09-08 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EPNL,
        published="2017-09-08",
    ),
    # the same page: the committee's first meeting on Thursday (14 September)
    B(
        text="Its first meeting is scheduled for Thursday.",
        due="2017-09-14 21:59:59",
        vague=False,
        said="2017-09-08 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EPNL,
        published="2017-09-08",
    ),
    # the same page: a debate on Tuesday (12 September); the next point, on Turkey, is cut off by the end of the opening
    B(
        text="A series of missile and nuclear tests by North Korea, causing growing international tensions, will be debated with EU foreign policy chief Federica Mogherini on Tuesday.",
        due="2017-09-12 21:59:59",
        vague=False,
        said="2017-09-08 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EPNL,
        published="2017-09-08",
    ),
    # Council of the EU and European Council (consilium.europa.eu, General Secretariat of the Council), 'Meetings of the week' page summing up the meetings of 10 to 15 December 2017 in the past tense; undated opening, dated 15 December 2017 (the last meeting it reports); every label of the page is past or none whatever the day or hour; zone Europe/Brussels, said at 10:00 local. A meeting of 10 to 13 December, told of the past: past
    B(
        text="The Council met in the margins of the 11th World Trade Organization ministerial conference in Buenos Aires from 10 to 13 December.",
        due=None,
        vague=False,
        said="2017-12-15 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CONS,
        published="2017-12-15",
    ),
    # the same page: conclusions adopted at the conference's start and end, done: past
    B(
        text="It adopted conclusions at the beginning and at the end of the conference.",
        due=None,
        vague=False,
        said="2017-12-15 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CONS,
        published="2017-12-15",
    ),
    # the same page (the sentence before, on meeting Benjamin Netanyahu, holds no time word and was skipped): a done discussion naming a past summit (29-30 November): past
    B(
        text="The Council then discussed the latest developments in the wider Middle East, the follow-up to the African Union - EU summit of 29-30 November and the updated strategy on aid for trade.",
        due=None,
        vague=False,
        said="2017-12-15 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CONS,
        published="2017-12-15",
    ),
    # the same page: 'Over lunch', a done discussion: past
    B(
        text="Over lunch, foreign ministers discussed with G5 Sahel countries ministers how to further enhance cooperation.",
        due=None,
        vague=False,
        said="2017-12-15 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CONS,
        published="2017-12-15",
    ),
    # the same page: an agreement reached (on limits for 2018) and a done exchange of views: past. unsure: a careful reader could give due None with no refusal word ('for 2018' names the limits' year, not a time for an act)
    B(
        text="The Council reached a political agreement on catch limits in the Atlantic and North Sea for 2018, and had an exchange of views on the future of food and farming.",
        due=None,
        vague=False,
        said="2017-12-15 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CONS,
        published="2017-12-15",
    ),
    # the same page: a done preparation of the meeting of 15 December 2017: past (CONVENTIONS 2.4 in spirit: the act is told as done)
    B(
        text="EU27 ministers discussed the state of play of the Brexit negotiations and prepared the European Council (Article 50) of 15 December 2017.",
        due=None,
        vague=False,
        said="2017-12-15 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CONS,
        published="2017-12-15",
    ),
    # the same page: done preparations for 'the December European Council': past
    B(
        text="The Council continued preparations for the December European Council.",
        due=None,
        vague=False,
        said="2017-12-15 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CONS,
        published="2017-12-15",
    ),
    # the same page: a done adoption and approval; '2018-2019' names the priorities' period: past. unsure: a careful reader could give due None with no refusal word
    B(
        text="It also adopted its negotiating position on the EDIDP and approved the joint declaration of the three institutions on the EU's legislative priorities for 2018-2019.",
        due=None,
        vague=False,
        said="2017-12-15 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CONS,
        published="2017-12-15",
    ),
    # the same page (the European Council item before, 'EU leaders looked at ...', holds no time word and was skipped): a done review of 'the latest developments': past
    B(
        text="The European Council (Article 50), in an EU 27 format, reviewed the latest developments in the Brexit negotiations.",
        due=None,
        vague=False,
        said="2017-12-15 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CONS,
        published="2017-12-15",
    ),
    # European Council and Council of the EU press items (consilium.europa.eu feed 'European Council', carried by europavarietas.org with their posting times); 'Last minute accreditation for the European Council on 17-18 December 2015', posted Tue, 08/12/2015 - 15:23, taken as Brussels time; zone Europe/Brussels, said at 15:23 local. A meeting on 17-18 December 2015: a range falls due at its later end (CONVENTIONS 6.1), the end of 18 December
    B(
        text="European Council meeting will take place on 17-18 December 2015 in Justus Lipsius building in Brussels.",
        due="2015-12-18 22:59:59",
        vague=False,
        said="2015-12-08 14:23:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_EUCO,
        published="2015-12-08",
    ),
    # the same item (a line ending in a colon before a link, quoted as it stands): 'not yet' and 'last-minute' set no time for any act: due None, no refusal word
    B(
        text="Journalists who have not yet applied for accreditation may apply online for last-minute accreditation:",
        due=None,
        vague=False,
        said="2015-12-08 14:23:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EUCO,
        published="2015-12-08",
    ),
    # the same item: the badge's validity (1 July to 31 December 2015) belongs to the badge, and no act falls due: due None, no refusal word. unsure: a careful reader could give negated (the registration is denied as needless) or 31 December 2015
    B(
        text="Journalists, who hold a 6-month badge (1.7.2015 - 31.12.2015) do not need to register.",
        due=None,
        vague=False,
        said="2015-12-08 14:23:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_EUCO,
        published="2015-12-08",
    ),
    # the same item: measures that 'have been put in place', done ('current' names the situation): past
    B(
        text="Please note that due to the current security situation in Belgium, specific security measures have been put in place for last minute accreditation requests.",
        due=None,
        vague=False,
        said="2015-12-08 14:23:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EUCO,
        published="2015-12-08",
    ),
    # the same item: a standing rule for every applicant of a class ('in the last 18 months' counts back from each application): recurring (CONVENTIONS 1.3)
    B(
        text="Media representatives applying to attend a European Summit for the first time or who have not been fully security screened in the last 18 months (i.e. have not attended a summit in the last 18 months or had registered last minute) will be the subject of a comprehensive and detailed verification by our security service.",
        due=None,
        vague=False,
        said="2015-12-08 14:23:00",
        tz="Europe/Brussels",
        refusal="recurring",
        cluster=5,
        source=_EUCO,
        published="2015-12-08",
    ),
    # the same item: 'the time ... needed' sets no time: due None, no refusal word (the next sentence holds no time word)
    B(
        text="Considering the time and resources needed for these verifications, not all requests may be processed.",
        due=None,
        vague=False,
        said="2015-12-08 14:23:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EUCO,
        published="2015-12-08",
    ),
    # the same feed: 'Council conclusions on business taxation – future of the code of conduct', Council of the EU, posted Tue, 08/12/2015 - 15:21 (said at 15:21 local); point 1 holds no time word and was skipped. A resolution adopted in December 1997: past
    B(
        text='2. RECALLS the adoption by the Council and the representatives of the Governments of the Member States, meeting within the Council, in December 1997 of a resolution on a Code of conduct for business taxation (hereafter "the Code");',
        due=None,
        vague=False,
        said="2015-12-08 14:21:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EUCO,
        published="2015-12-08",
    ),
    # President of Russia (kremlin.ru, English), announcement of 25 February 2020, carried in full by newskitchen.eu with its source line ('Source: President of Russia – The Kremlin – English'); zone Europe/Moscow, said at 10:00 local. A meeting on 26 February: the end of that day
    B(
        text="On February 26, Vladimir Putin will take part in the annual expanded meeting of the Interior Ministry Board.",
        due="2020-02-26 20:59:59",
        vague=False,
        said="2020-02-25 07:00:00",
        tz="Europe/Moscow",
        cluster=6,
        source=_KRMIA,
        published="2020-02-25",
    ),
    # the same page: 'in 2019' and 'for 2020' name the periods the meeting is about and set no time for it (the meeting's day is in the sentence before): due None, no refusal word
    B(
        text="As per tradition, the meeting will focus on the performance of the Interior Ministry bodies in 2019 and outline key priorities for 2020.",
        due=None,
        vague=False,
        said="2020-02-25 07:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KRMIA,
        published="2020-02-25",
    ),
    # the same page: 'On the same day' names a day only the sentence before gives; the sentence alone hangs the meeting on an undated event: event (as CONVENTIONS 6.3 reads a day only another sentence gives). unsure: a careful reader could give due None with no refusal word; page: 26 February 2020, end of day Moscow
    B(
        text="On the same day, the President will also hold a meeting with the working group on drafting proposals for amendments to the Constitution.",
        due=None,
        vague=False,
        said="2020-02-25 07:00:00",
        tz="Europe/Moscow",
        refusal="event",
        cluster=5,
        source=_KRMIA,
        published="2020-02-25",
    ),
    # President of Russia (kremlin.ru), transcript of Vladimir Putin's annual news conference of 17 December 2015, reproduced by Johnson's Russia List (russialist.org) with the kremlin.ru source; zone Europe/Moscow, said at 12:00 local (the conference opened at noon). A meeting every year's end: recurring (CONVENTIONS 1.3)
    B(
        text="We regularly meet at the end of the year.",
        due=None,
        vague=False,
        said="2015-12-17 09:00:00",
        tz="Europe/Moscow",
        refusal="recurring",
        cluster=5,
        source=_KRNC,
        published="2015-12-17",
    ),
    # the same page: 'Only recently', an address already made: past
    B(
        text="Only recently I made my Address [to the Federal Assembly].",
        due=None,
        vague=False,
        said="2015-12-17 09:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KRNC,
        published="2015-12-17",
    ),
    # the same page: 'then', what was said at the address: past
    B(
        text="Honestly speaking, I do not know what else to add to what I said then.",
        due=None,
        vague=False,
        said="2015-12-17 09:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KRNC,
        published="2015-12-17",
    ),
    # the same page (the two sentences before hold no time word): 'get right down' and 'waste time' set no time for any act: due None, no refusal word
    B(
        text="Therefore, I suggest that we skip any lengthy monologues and get right down to your questions so as not to waste time.",
        due=None,
        vague=False,
        said="2015-12-17 09:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KRNC,
        published="2015-12-17",
    ),
    # the same page (after the speaker's name 'Presidential Press Secretary Dmitry Peskov:'): 'Last year', a tradition started: past
    B(
        text="Last year we started a good tradition by beginning the press conference with a question from one of the most experienced members of the Kremlin’s press pool, Vyacheslav Terekhov.",
        due=None,
        vague=False,
        said="2015-12-17 09:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KRNC,
        published="2015-12-17",
    ),
    # the same page (Alexander Gamov's question; the sentences between hold no time word): a rereading done 'Before coming here' and last year's discussion: past; the sentence after it (on 'a year or two') was dropped as stock wording (found used)
    B(
        text="Before coming here, I reread the transcript of your last year’s press conference, and there we also discussed the difficult situation developing in the Russian economy.",
        due=None,
        vague=False,
        said="2015-12-17 09:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KRNC,
        published="2015-12-17",
    ),
    # President of Russia (kremlin.ru), 'Meeting with Acting Head of the Republic of Karelia Artur Parfenchikov', the kremlin.ru text reproduced by putin.blog in its archive week of 23 July 2017; undated in the opening, dated 24 July 2017 from that week (every label of the page is past, recurring or none whatever the day); zone Europe/Moscow, said at 10:00 local. Calls made during the Direct Line (June 2017), discussed: past
    B(
        text="Calls from the republic’s residents that came in to the head of state during Direct Line were discussed.",
        due=None,
        vague=False,
        said="2017-07-24 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KRKAR,
        published="2017-07-24",
    ),
    # the same page: a question 'how long', setting no time: due None, no refusal word
    B(
        text="Mr. Parfenchikov, how long have you been working in the republic?",
        due=None,
        vague=False,
        said="2017-07-24 07:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KRKAR,
        published="2017-07-24",
    ),
    # the same page (the answer between, 'Five months.', was dropped as stock wording, found used): 'a very short time' and 'now' set no time for any act: due None, no refusal word
    B(
        text="This is a very short time of course, but nevertheless, you are now responsible for the republic.",
        due=None,
        vague=False,
        said="2017-07-24 07:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KRKAR,
        published="2017-07-24",
    ),
    # the same page: the folder handed over 'during our meetings' is a standing practice, the Direct Line is past, and 'we will begin' is the meeting under way: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word
    B(
        text="So we will begin with the traditional folder that I hand over to the heads of regions during our meetings, asking them to pay attention to the questions that citizens raised during what is known as my televised Direct Line.",
        due=None,
        vague=False,
        said="2017-07-24 07:00:00",
        tz="Europe/Moscow",
        refusal="recurring",
        cluster=5,
        source=_KRKAR,
        published="2017-07-24",
    ),
    # the same page (the two sentences before hold no time word): 'for only five months', already worked: past
    B(
        text="But bearing in mind that you have been on the job for only five months, there are of course no questions for you.",
        due=None,
        vague=False,
        said="2017-07-24 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KRKAR,
        published="2017-07-24",
    ),
    # the same page (three sentences between hold no time word): 'until age 35', a standing rule for every young family: recurring (CONVENTIONS 1.3)
    B(
        text="Young families are entitled to subsidies until age 35.",
        due=None,
        vague=False,
        said="2017-07-24 07:00:00",
        tz="Europe/Moscow",
        refusal="recurring",
        cluster=5,
        source=_KRKAR,
        published="2017-07-24",
    ),
    # the same page: a standing wait 'for several years', and 'soon' is a prediction about the families, no undertaking of the speaker (CONVENTIONS 5.1 covers the speaker's undertakings): recurring (CONVENTIONS 1.3). unsure: a careful reader could give the vague 'soon' window (60 days) or due None with no refusal word; the sentences after it hold no time word up to the cut
    B(
        text="They have to wait for subsidies for several years and if the situation continues at this rate, they will soon be 35 and will no longer qualify for subsidies.",
        due=None,
        vague=False,
        said="2017-07-24 07:00:00",
        tz="Europe/Moscow",
        refusal="recurring",
        cluster=5,
        source=_KRKAR,
        published="2017-07-24",
    ),
    # Statistics Canada, The Daily of Wednesday 20 March 2019 (www150.statcan.gc.ca); zone America/Toronto, said at 08:30 local (the page's release time; every label of the page is past or none whatever the hour). The page's first sentence, on release times, was dropped as stock wording (found used); the study's title is skipped. 'In recent years', a fall already seen: past
    B(
        text="In recent years, the participation rate—defined as the size of the labour force relative to the total population aged 15 and older—has decreased, despite a relatively robust economy, low unemployment and higher levels of immigration.",
        due=None,
        vague=False,
        said="2019-03-20 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC,
        published="2019-03-20",
    ),
    # the same page: 'retirement years' sets no time: due None, no refusal word
    B(
        text="This is largely the result of population aging, as the large cohort of baby-boomers are entering their retirement years.",
        due=None,
        vague=False,
        said="2019-03-20 12:30:00",
        tz="America/Toronto",
        cluster=1,
        source=_STC,
        published="2019-03-20",
    ),
    # the same page: a rise from 2008 to 2018: past
    B(
        text="Social transfers in kind—the value of services provided by governments and non-profit institutions to households—increased steadily from $224 billion in 2008 to $315 billion in 2018 (nominal terms).",
        due=None,
        vague=False,
        said="2019-03-20 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC,
        published="2019-03-20",
    ),
    # the same page: counts from 2009 to 2017: past (the next sentence holds no time word)
    B(
        text="There were 651,484 police-reported incidents of intimate partner violence (IPV) in Canada from 2009 to 2017.",
        due=None,
        vague=False,
        said="2019-03-20 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC,
        published="2019-03-20",
    ),
    # the same page: sales in 2017: past (the next sentence, on Quebec, holds no time word)
    B(
        text="Ontario businesses sold almost $9 billion worth of environmental and clean technology goods manufactured in Canada in 2017, the most of any province.",
        due=None,
        vague=False,
        said="2019-03-20 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC,
        published="2019-03-20",
    ),
    # the same page: goods sold in 2017: past
    B(
        text="Together, these two provinces accounted for more than half of all domestically-manufactured environmental and clean technology goods sold in 2017.",
        due=None,
        vague=False,
        said="2019-03-20 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC,
        published="2019-03-20",
    ),
    # the same page: '2017' and '2015' name surveys and set no time for any act: due None, no refusal word. unsure: a careful reader could give past
    B(
        text="The 2017 survey includes several new categories of environmental and clean technology goods and services, compared with its 2015 precursor.",
        due=None,
        vague=False,
        said="2019-03-20 12:30:00",
        tz="America/Toronto",
        cluster=1,
        source=_STC,
        published="2019-03-20",
    ),
    # the same page: 'in the past year': past
    B(
        text="An estimated 37% of adult Canadians (9.2 million) experienced tinnitus in the past year.",
        due=None,
        vague=False,
        said="2019-03-20 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC,
        published="2019-03-20",
    ),
    # Legislation Revision and Consolidation Act (R.S.C. 1985, c. S-20), section 13 as in force from 2002-12-31 to 2009-05-31 (Justice Laws Website point-in-time version); the enactment dates from 1974-75-76, dated here by the version's first day (every label of the page is event whatever the day); zone America/Toronto, said at 10:00 local. The day the Roll comes into force is one the Governor in Council may declare after a deposit, undated: event (CONVENTIONS 1.3). The list points' numbers stay as the page has them
    B(
        text="(1) The Governor in Council, after deposit of a Roll in accordance with subsection 12(1), may by order declare the day on which the Roll shall come into force and have effect as law.",
        due=None,
        vague=False,
        said="2002-12-31 15:00:00",
        tz="America/Toronto",
        refusal="event",
        cluster=5,
        source=_LRCA,
        published="2002-12-31",
    ),
    # the same page: 'On the day referred to in subsection (1)', an undated day of each Roll: event
    B(
        text="(2) On the day referred to in subsection (1) in respect of any Roll, the regulations included in that Roll shall accordingly come into force and have effect as law as part of the Consolidated Regulations to all intents as if each such regulation had been made by the appropriate regulation-making authority and all the requirements with respect to the making of that regulation had been complied with.",
        due=None,
        vague=False,
        said="2002-12-31 15:00:00",
        tz="America/Toronto",
        refusal="event",
        cluster=5,
        source=_LRCA,
        published="2002-12-31",
    ),
    # the same page: revocation on the same undated day: event
    B(
        text="(3) On the day referred to in subsection (1), all regulations and parts thereof listed in the schedule to the Roll are revoked to the extent mentioned in that schedule.",
        due=None,
        vague=False,
        said="2002-12-31 15:00:00",
        tz="America/Toronto",
        refusal="event",
        cluster=5,
        source=_LRCA,
        published="2002-12-31",
    ),
    # NASA media advisory 'NASA Television Coverage Set for ...' on Orbital Sciences' Cygnus resupply launch, reproduced in full by a blog (carusos2012.blogspot.com, January 2014; line breaks inside sentences read as spaces); the opening carries no date: dated Friday 3 January 2014, a working day before 'Monday, Jan. 6' that it names as coming (the launch was then set for 7 January); zone America/New_York, said at 10:00 local. The launch of 7 January: the end of that day
    B(
        text="NASA Television will provide live coverage of the Jan. 7 launch of the Cygnus cargo spacecraft mission to resupply the International Space Station (ISS).",
        due="2014-01-08 04:59:59",
        vague=False,
        said="2014-01-03 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NASA,
        published="2014-01-03",
    ),
    # the same page: '1:55 p.m. EST' with no day of its own in the sentence: the first 1:55 p.m. after speaking, that afternoon (CONVENTIONS 6.3; page: 7 January 13:55 EST); the demonstration flight of September is past
    B(
        text="On the heels of a successful demonstration flight to the space station in September, Orbital Sciences is scheduled to launch the spacecraft on an Antares rocket at 1:55 p.m. EST from Pad 0A of the Mid-Atlantic Regional Spaceport at NASA's Wallops Flight Facility in eastern Virginia.",
        due="2014-01-03 18:55:00",
        vague=False,
        said="2014-01-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA,
        published="2014-01-03",
    ),
    # the same page: a feed from 1 p.m., then launch coverage at 1:30 p.m.: the latest time (CONVENTIONS 6.1), with no day of its own: that afternoon (CONVENTIONS 6.3; page: 7 January 13:30 EST)
    B(
        text="Beginning at 1 p.m., NASA TV will air a comprehensive video feed of launch preparations and other footage related to the mission, followed by launch coverage at 1:30 p.m.",
        due="2014-01-03 18:30:00",
        vague=False,
        said="2014-01-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA,
        published="2014-01-03",
    ),
    # the same page: briefings on Monday 6 January at 2 p.m. and 3 p.m. EST: the later time (CONVENTIONS 6.1)
    B(
        text="Prior to the launch, NASA TV will broadcast briefings from Wallops Monday, Jan. 6, previewing the mission's science cargo and pre-launch status at 2 p.m. and 3 p.m. EST, respectively.",
        due="2014-01-06 20:00:00",
        vague=False,
        said="2014-01-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA,
        published="2014-01-03",
    ),
    # the same page (three sentences on the cargo and one on the crew's capture, holding no time word, are skipped): arrival on Friday 10 January: the end of that day
    B(
        text="The spacecraft will arrive at the ISS Friday, Jan. 10.",
        due="2014-01-11 04:59:59",
        vague=False,
        said="2014-01-03 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NASA,
        published="2014-01-03",
    ),
    # the same page: coverage beginning at 5 a.m. EST on 10 January: a one-off event at a time (CONVENTIONS 3.1)
    B(
        text="NASA TV coverage of capture and installation will begin at 5 a.m. EST Jan. 10.",
        due="2014-01-10 10:00:00",
        vague=False,
        said="2014-01-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA,
        published="2014-01-03",
    ),
    # the same page: '6:01 a.m.' with no day of its own: the first 6:01 a.m. after speaking, the next morning (CONVENTIONS 6.3; page: 10 January 06:01 EST)
    B(
        text="Grapple is scheduled for 6:01 a.m.",
        due="2014-01-04 11:01:00",
        vague=False,
        said="2014-01-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA,
        published="2014-01-03",
    ),
    # the same page: '7 a.m.' with no day of its own: the next morning (CONVENTIONS 6.3; page: 10 January 07:00 EST)
    B(
        text="Coverage of the installation of Cygnus onto the Harmony module will begin at 7 a.m.",
        due="2014-01-04 12:00:00",
        vague=False,
        said="2014-01-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA,
        published="2014-01-03",
    ),
    # NOAA National Weather Service, Federal Register notice 'Transfer of Specific Products and Services to the Private Sector', as posted to the nws-changes list (Unidata archive, 1995); undated in the opening, dated 1 September 1995 (the archive files it in 1995 and it names 1 October 1995 as coming; no label depends on the day before 1 October); zone America/New_York, said at 10:00 local. The words after the label 'SUMMARY:' are quoted ('non- Federal' as the page has it). A transfer effective 1 October 1995: one-off, due that day (CONVENTIONS 3.1)
    B(
        text="This notice publishes the National Weather Service's plan to transfer Agricultural Weather Services, Fire Weather Services to non- Federal agencies for non-wildfire activities, distribution of weather charts to marine radiofacsimile broadcast stations, and the production of the National Weather Summary to the private sector effective October 1, 1995.",
        due="1995-10-02 03:59:59",
        vague=False,
        said="1995-09-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NWS,
        published="1995-09-01",
    ),
    # the same page (the sentence before holds no time word; the words after 'DATES:' are quoted): the action effective 1 October 1995 (CONVENTIONS 3.1)
    B(
        text="The date this action will become effective is October 1, 1995.",
        due="1995-10-02 03:59:59",
        vague=False,
        said="1995-09-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NWS,
        published="1995-09-01",
    ),
    # the same page (the words after 'SUPPLEMENTARY INFORMATION:'): 'Fiscal year 1996' names the budget proposals and sets no time for the elimination: due None, no refusal word. unsure: a careful reader could give the end of fiscal year 1996 (30 September 1996)
    B(
        text="Fiscal year 1996 budget proposals include reductions in funding to the National Weather Service (NWS) which will result in the elimination of the following NWS services: Agricultural Weather Services, Fire Weather Services to non-Federal agencies for non-wildfire activities, distribution of weather charts to marine radiofacsimile broadcast stations, and the National Weather Summary.",
        due=None,
        vague=False,
        said="1995-09-01 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NWS,
        published="1995-09-01",
    ),
    # European Commission, news item on the roaming regulation proposed on 12 July 2006 (ec.europa.eu, Digital Single Market news); dated 12 July 2006, the day of the proposal it reports; zone Europe/Brussels, said at 10:00 local. A regulation tabled on 12 July, told as done: past
    B(
        text="An EU regulation that would cut the cost of using mobile phones abroad by up to 70% was tabled by the Commission on 12 July.",
        due=None,
        vague=False,
        said="2006-07-12 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECRO,
        published="2006-07-12",
    ),
    # the same page (the sentence before holds no time word; President Barroso's quotation, its opening quotation mark before an earlier sentence, its closing one kept): 'today' belongs to the proposal, and the fairer deal has no time: due None, no refusal word. unsure: a careful reader could read 'today' on the act (CONVENTIONS 2.1) and give the end of 12 July 2006
    B(
        text='With our proposal today, consumers using mobile phones within the Single Market will get a fairer deal."',
        due=None,
        vague=False,
        said="2006-07-12 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_ECRO,
        published="2006-07-12",
    ),
    # the same page: 'currently' sets no time: due None, no refusal word
    B(
        text='Very high international mobile "roaming" charges currently affect at least 147 million EU citizens (37 million tourists and 110 million business customers).',
        due=None,
        vague=False,
        said="2006-07-12 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_ECRO,
        published="2006-07-12",
    ),
    # the same page: 'by summer 2007' falls due at the season's end, 31 August 2007 (CONVENTIONS 3.5). unsure: 'could', on the condition that Parliament and Council agree, may be read as a possibility and no undertaking (CONVENTIONS 4.2: due None)
    B(
        text="Provided that the European Parliament and the EU Council of Ministers support the Commission's proposal, the new EU regulation – which is a legal instrument directly applicable in all EU Member States as soon as it is published in the Official Journal of the EU – could come into effect by summer 2007.",
        due="2007-08-31 21:59:59",
        vague=False,
        said="2006-07-12 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_ECRO,
        published="2006-07-12",
    ),
    # Wikinews article lead of Tuesday, May 7, 2013 (Solar Impulse), carried with its date line on a list page of the-best-registry-cleaner.com; zone UTC, said at 10:00. 'has just completed', 'in just over 18 hours': past
    B(
        text="Solar Impulse, the world’s most advanced solar powered plane has just completed the first of the five legs of its trans-continental journey, flying fuel-free from San Francisco to Phoenix Sky Harbor Airport, in just over 18 hours.",
        due=None,
        vague=False,
        said="2013-05-07 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNA,
        published="2013-05-07",
    ),
    # the same list page: Wikinews lead of Friday, March 13, 2009 (the sentence before the refugee-contractor lead, and that lead's only sentence, were skipped: no time word, and cut off); 'recently-discovered', a find already made: past
    B(
        text="A team of archaeologists excavating an Ancient Egyptian tomb have discovered golden jewelry in a recently-discovered lower chamber at the Valley of the Kings burial site in Luxor, Egypt.",
        due=None,
        vague=False,
        said="2009-03-13 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNA,
        published="2009-03-13",
    ),
    # Wikinews interview article of Thursday, May 13, 2010 (Greek Communist Party), carried with its date line by ivailo.org; zone UTC, said at 10:00. 'current events' sets no time: due None, no refusal word
    B(
        text="In the interview Margara sets out the communist response to current events in Greece as well as discussing the viability of a communist economy for the nation.",
        due=None,
        vague=False,
        said="2010-05-13 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNB,
        published="2010-05-13",
    ),
    # the same article: 'in a previous interview': past
    B(
        text="She also hit back at Petros Tzomakas, a member of another Greek far-left party which criticised KKE in a previous interview.",
        due=None,
        vague=False,
        said="2010-05-13 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNB,
        published="2010-05-13",
    ),
    # European Commission, Midday Express of 4 June 2012 (europa.eu/rapid, MEX/12/0604), news from the midday briefing; zone Europe/Brussels, said at 12:00 local (the midday briefing). The four sentences of the first item (electronic signatures) hold no time word and were skipped. The perfect with 'today': an act already done when spoken: past (CONVENTIONS 2.4)
    B(
        text="The European Commission has today proposed to provide Denmark with €6.5m from the European Globalisation Adjustment Fund (EGF) to help 550 redundant workers in the shipbuilding sector with their re-integration into the labour market.",
        due=None,
        vague=False,
        said="2012-06-04 10:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_MEX12,
        published="2012-06-04",
    ),
    # the same page: 'now' sets no time for the approval: due None, no refusal word
    B(
        text="The proposal now goes to the European Parliament and the EU's Council of Ministers for their approval.",
        due=None,
        vague=False,
        said="2012-06-04 10:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_MEX12,
        published="2012-06-04",
    ),
    # the same page: a trip 'this week' (spoken on Monday 4 June): the week's end, Sunday 10 June (weeks run Monday to Sunday, parser's docstring)
    B(
        text="Catherine Ashton, High Representative of the Union for Foreign Affairs and Security Policy/Vice President of the Commission, travels this week to Pakistan for a series of high-level meetings.",
        due="2012-06-10 21:59:59",
        vague=False,
        said="2012-06-04 10:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_MEX12,
        published="2012-06-04",
    ),
    # the same page: a launch 'on 5 June' in Islamabad; the sentence names no zone, so the publisher's (Brussels) day is used, its end; the next sentence is cut off
    B(
        text="In Islamabad on 5 June, she will launch the EU-Pakistan Strategic Dialogue - based on the EU-Pakistan Five-Year Engagement Plan - with Pakistani Foreign Minister Hina Rabbani Khar.",
        due="2012-06-05 21:59:59",
        vague=False,
        said="2012-06-04 10:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_MEX12,
        published="2012-06-04",
    ),
    # European Commission, Daily News of 14 June 2018, carried by the Irish Farmers' Association as 'Brussels Daily' (ifa.ie); zone Europe/Brussels, said at 10:00 local (before the presentation it announces). 'today at 12.15 pm': that time on 14 June; '2021-2027' is the budget's period
    B(
        text="The European Commission will present today at 12.15 pm its EU budget proposal for external action for the period 2021-2027.",
        due="2018-06-14 10:15:00",
        vague=False,
        said="2018-06-14 08:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_IFA18,
        published="2018-06-14",
    ),
    # the same page (three sentences between hold no time word): 'later today' runs to the end of the day (parser's docstring, 'later this <period>')
    B(
        text="A press release, a Q & A Memo, as well as legislation and data sheets will be available online later today.",
        due="2018-06-14 21:59:59",
        vague=False,
        said="2018-06-14 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_IFA18,
        published="2018-06-14",
    ),
    # the same page: 'has just released', done: past (the quotations that follow hold no time word up to the cut)
    B(
        text="The European Commission has just released a new common methodology to allow national consumer authorities comparing the quality of food products sold with similar packaging across the EU.",
        due=None,
        vague=False,
        said="2018-06-14 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_IFA18,
        published="2018-06-14",
    ),
    # NOAA Fisheries Service (NMFS) fishery bulletin of Tuesday 16 November 2010 on the Gulf of Mexico red snapper season, reproduced in full by a radio station's blog (oysterradio.blogspot.com) under its date; zone America/Chicago (the Gulf coast; 'local time'), said at 10:00 local (the title, repeating the first sentence's time, is skipped). The season's end at 12:01 a.m. on 22 November: a one-off event at a time (CONVENTIONS 3.1)
    B(
        text="NOAA Fisheries Service reminds fishermen that the recreational fishing season for red snapper ends 12:01 a.m., local time, Monday, November 22, 2010.",
        due="2010-11-22 06:01:00",
        vague=False,
        said="2010-11-16 16:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_NMFS10,
        published="2010-11-16",
    ),
    # the same page: the 2011 season's opening on 1 June 2011, a one-off event on that day (CONVENTIONS 3.1). unsure: a careful reader could give earliest (the season is open from that day, CONVENTIONS 3.2)
    B(
        text="The 2011 red snapper season will open on June 1.",
        due="2011-06-02 04:59:59",
        vague=False,
        said="2010-11-16 16:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_NMFS10,
        published="2010-11-16",
    ),
    # the same page: a reopening told as done, for eight weekends from Friday 1 October 2010, the last of them ending on Sunday 21 November (still running when spoken): a window kept for a stated length falls due at its end (CONVENTIONS 1.1). unsure: a careful reader could give past (the reopening is told in the past tense)
    B(
        text="NOAA Fisheries Service re-opened the 2010 recreational red snapper fishing season in the Gulf of Mexico for eight consecutive weekends beginning October 1, 2010, because projections indicated the recreational quota had not been caught because of fishing closures from the Deepwater Horizon/BP oil spill.",
        due="2010-11-22 05:59:59",
        vague=False,
        said="2010-11-16 16:00:00",
        tz="America/Chicago",
        cluster=3,
        source=_NMFS10,
        published="2010-11-16",
    ),
    # the same page: the Council's recommendation of a weekend-only extension, done: past
    B(
        text="The Gulf of Mexico Fishery Management Council recommended a weekend-only extension of the fishing season to provide fishermen the opportunity to harvest any remaining recreational red snapper quota, achieve optimum yield for the fishery, and enhance social and economic benefits to the fishery.",
        due=None,
        vague=False,
        said="2010-11-16 16:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_NMFS10,
        published="2010-11-16",
    ),
    # NOAA Fisheries news items carried with their dates by perishablenews.com (tag 'NOAA Fisheries', page 2); item of May 14, 2020 (federal waters off Texas); zone America/Chicago (the sentence's 'local time' is Texas time), said at 10:00 local. A closure on 15 May 2020 '30 minutes after official sunset', a time no clock gives: the end of that day. unsure: a careful reader could give the sunset time (about 20:50 CDT on the Texas coast) or event (hung on sunset)
    B(
        text="NOAA Fisheries announces federal waters from 9 to 200 nautical miles off Texas will close to shrimp trawling 30 minutes after official sunset, local time, on May 15, 2020, corresponding to the time Texas closes its state waters to shrimp trawling.",
        due="2020-05-16 04:59:59",
        vague=False,
        said="2020-05-14 15:00:00",
        tz="America/Chicago",
        cluster=4,
        source=_NMFS20,
        published="2020-05-14",
    ),
    # the same page: item of March 17, 2020 (the item of March 18 between, on an appointment, holds no time word); zone America/New_York (NOAA Fisheries' headquarters; the label is past whatever the zone), said at 10:00 local. The opening of 14 March, already gone: past
    B(
        text="From Southeast Alaska to the Bering Sea, Alaska fishermen are heading out to catch halibut with the March 14 opening of the 2020 halibut season.",
        due=None,
        vague=False,
        said="2020-03-17 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NMFS20,
        published="2020-03-17",
    ),
    # the same page: item of March 9, 2020; 'annual harvest' is a yearly pattern with no time of its own: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (no act is promised)
    B(
        text="The West Coast Dungeness crab fishery doesn’t just support the most valuable annual harvest of seafood on the West Coast.",
        due=None,
        vague=False,
        said="2020-03-09 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NMFS20,
        published="2020-03-09",
    ),
    # the same page: item of March 3, 2020; the Gulf Southern Zone lies off south-west Florida, so 'local time' is Eastern time: zone America/New_York, said at 10:00 local. A closure at 12:01 a.m. on 4 March: a one-off event at a time (CONVENTIONS 3.1)
    B(
        text="Commercial hook-and-line harvest of king mackerel in federal waters of the Gulf of Mexico (Gulf) Southern Zone (depicted in map below) will close at 12:01 a.m., local time, on March 4, 2020.",
        due="2020-03-04 05:01:00",
        vague=False,
        said="2020-03-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NMFS20,
        published="2020-03-03",
    ),
    # Statistics Canada, 'Upcoming releases, April 20 to May 1, 2015' (statcan.gc.ca), 'Produced in Communications Division, April 17, 2015'; zone America/Toronto, said at 10:00 local. The sentence before ('This list is compiled for planning purposes only.') holds no time word. 'Release dates' set no time for any act: due None, no refusal word. The three sentences after it on the page (updates 'periodically', releases 'each working day at 8:30 a.m.', lockups 'from 7:30 a.m. to 8:30 a.m.') were dropped as stock wording (found used)
    B(
        text="Release dates may change.",
        due=None,
        vague=False,
        said="2015-04-17 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STCUP,
        published="2015-04-17",
    ),
)
