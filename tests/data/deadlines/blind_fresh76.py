"""A SEVENTY-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-04 (UTC), in the afternoon (the machine's clock read 16:36 at
the start and about 16:44 when the labels were written), by a labelling helper (branch
issue12l76-s40) that neither changed nor ran the parser, working at the same time as other
labellers (the seventy-fifth and seventy-seventh sets' among them; their claims were treated as
used and their files and README sections were not opened). It read `CONVENTIONS.md` in full
(rule 6.3 included, which wins over `blind_fresh74.py`'s "event" for a clock time whose day only
another sentence gives), the docstring, comments, some cases and README section of
`blind_fresh74.py`, and the docstring of the parser package only (for the vague windows, a
range falling due at its later end, "before <day>" as the day before, overnight windows falling
due on the morning after, the Australian fiscal year ending 30 June and "a date without a year
is its next occurrence"); nothing else of `bot/core/deadlines/` was opened. The brief allowed
only public-domain or openly licensed publishers, no one above a third of the cases, asked for
at least eight publishers, several genres, at least half of the cases from outside the United
States (no more than half US), and preferred government releases announcing plans,
consultations and schemes, embassy and travel notices and agencies' notices. The set quotes a
New Zealand Government release (on Scoop), the Russian Government's Presidium decisions, a
House of Commons business motion (on Parallel Parliament) and a Commons written answer (on
TheyWorkForYou), an Environment Agency release on gov.uk, a Queensland Government media
statement and two pages of its list of statements, three NASA media advisories (on The Space
Library and SpaceNews), two US embassy messages (Rabat; Bamako, on Diplopundit), two statements
and a doorstop of the Prime Minister of Australia (PM Transcripts, pm.gov.au), two pages of Dáil
written answers (KildareStreet, oireachtas.ie) and an NZ Transport Agency traffic bulletin (on a
mirror of RNZ's listing of government releases). As in the twenty-seventh set onwards, every
sentence quoted holds a time word of some kind (a date, a clock time, a day word, a part of the
day, a period, a span, a year, "now", "currently", "current", "already", "latest", "recent",
"recently", "future", "never", "periodically", "sometimes", "every", "monthly", "annual",
"since", "then", "during", "throughout", "when", "after", "following", "before", "prior to",
"in advance", "until", "as soon as", "closer to", "24-hour", "hours"); the sentences of the
openings read that hold none were skipped ("ongoing", "remains", "urgently", "first", "next
step" and "ever" alone were not taken as time words), as were titles, headings, date, release,
publication and update lines, a site's banner, labels before colons, list markers, speakers'
names, contact lines, links, the words of the sites that carry a publisher's text (Parallel
Parliament's notes, Diplopundit's own sentences) and lines cut off by the end of an opening. A
point of a list was taken as its own case; an opening or closing quotation mark of a quoted
sentence was kept. No word was changed: "select on Operator" stays as the page has it. The
sentences were found with a search over stored copies of public pages and taken as they came in the openings
the search returns, in page order. See README.md ("Seventy-sixth fresh blind set") for every
address, publisher and licence. No address listed in README.md, in a README or file under
`tests/data/` (the blind material the brief names excepted, which the freshness tool skips) or in
the shared claims file was used: each was checked with the lead's `fresh_check.py` (the address
and a distinctive phrase of the page) and claimed (`fresh76`) in
`/work/helper-brief/claims.txt` before a quote was taken; many pages the searches offered were
found used and dropped (see README.md). Every sentence was then checked with the same tool (the
whole sentence and its first and last runs of six words): no whole sentence was found; four runs
of six words were found as stock wording ("To ask the Secretary of State", "Canaveral Air Force
Station in Florida.", "NASA Television and the agency's website.", "accreditation for this launch
has passed."), each in a whole sentence not found. Each label was worked out by hand from the
words, the publication date and the publisher's zone; the conversion of local instants to UTC
wall time and the weekday checks were done with Python's zoneinfo and datetime in a scratch script
outside the repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the labels
were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 2.1"), then `blind_fresh74.py` where CONVENTIONS is silent: the publisher's zone
(the New Zealand Government and the NZ Transport Agency: Pacific/Auckland; the Russian
Government: Europe/Moscow; the House of Commons and the Environment Agency: Europe/London; the
Queensland Government and the Prime Minister in Dalby: Australia/Brisbane; the Prime Minister in
Canberra: Australia/Sydney; NASA: America/New_York; the US embassies: Africa/Casablanca and
Africa/Bamako; the Oireachtas: Europe/Dublin); the publication date at 10:00 local, except where
the page gives its own moment (the Queensland statements' publication lines, KildareStreet's
"9:00 pm"); a day falls due at 23:59:59 local; a clock time without a zone word is in the
publisher's zone; a range, a list or alternatives fall due at their later end, an overnight
window at its later time on the morning after; a clock time with no day in its sentence is read
from the sentence and its moment, the first such time after speaking (CONVENTIONS 6.3; in the
four such sentences here the page's day is the same, so no other instant is noted); a day alone in
a point of a list whose hours only another sentence of the page gives (the NZ Transport Agency's
"closures start at 9pm and finish at 5am") is read the same way, from the point alone, and the
page's instant is written in a comment "page: ..." (ten cases); "today" on an act as it is being
spoken or ahead on that day falls due at the end of that day (CONVENTIONS 2.1), the perfect with
"today" is past (CONVENTIONS 2.4), "today" on a verb of announcing sets nothing (CONVENTIONS
2.2); standing rules for a class of callers, children, closures or nights are
`refusal='recurring'` (CONVENTIONS 1.3); refusals have `due=None` and a `refusal` kind (past |
event | negated | earliest | recurring); a sentence whose time words set no time for any act
("now", "currently", "current", "never", "sometimes", "periodically", "future", "24 hours a
day", amounts of time, habits of third parties, advice to the reader, leaves and possibilities)
has `due=None` and no refusal word. Clusters as in `blind_fresh74.py`: 1 no time set, 2 clock
times, 3 ranges and several dates, 4 parts of the day and periods, 5 refusals, 6 plain days and
dates. Labels marked "unsure" name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.

Licence audit of stop 46 (branch lic46-s46): 11 cases removed, their publishers' licence not open
or unclear (11 of the Queensland Government); see README.md, "Licence audit of stop 46". The set now holds 103
cases; the counts above are those of the set as first labelled, and a first-run figure recorded
for it stands as measured.

Licence audit of stop 48 (branch lic48-s48): 7 of these 103 cases, quoted from New Zealand Government
ministerial releases, speeches or transcripts (beehive.govt.nz, directly or as carried by Scoop, MIL-OSI
or Order Paper), were removed: beehive.govt.nz/copyright allows reproduction only "for personal or
in-house use", which is not an open licence. 96 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 48 (branch lic48-s48): 21 of these 96 cases, quoted from NZ Transport Agency Waka
Kotahi releases (on nzta.govt.nz or carried by Scoop, Live News, MIL-OSI mirrors and others), were
removed: the Agency's own terms found (https://www.journeys.nzta.govt.nz/about-this-site) allow
reproduction "for personal use" and ask permission for any other purpose, which is not an open licence.
75 cases remain; see README.md, "Licence audit of stop 48".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_RUGOV_PRESIDIUM_23APR09 = "http://archive.government.ru/eng/docs/7330/"
_HC_EPGE_29OCT19 = "https://parallelparliament.co.uk/bills/2019-19/earlyparliamentarygeneralelection/debates/ministerial-extracts"
_EA_FLOODS_FEB16 = "https://www.gov.uk/government/news/environment-agency-outlines-recovery-and-repair-projects-following-record-breaking-floods"
_HC_WA_24NOV11 = "https://www.theyworkforyou.com/wrans/?id=2011-11-24b.81448.h"
_NASA_ADV_14AUG13 = "http://thespacelibrary.com/mediawiki/index.php/Aug_14_2013"
_NASA_ADV_18APR18 = "http://thespacelibrary.com/mediawiki/index.php?oldid=68031&title=Apr_18_2018"
_NASA_VOYAGER_12SEP13 = (
    "https://spacenews.com/nasa-news-conference-today-to-discuss-voyager-spacecraft"
)
_STATE_RABAT_21MAR20 = "https://ma.usembassy.gov/message-for-u-s-citizens-reminder-moroccan-governments-health-alert-remains-in-effect-march-21-2020/"
_STATE_BAMAKO_17JAN13 = "https://diplopundit.net/2013/01/17/us-embassy-mali-imposes-curfew-for-official-mission-personnel/"
_PM_TUNIS_19MAR15 = "http://pmtranscripts.pmc.gov.au/release/transcript-24298"
_PM_RELEASES_23SEP13 = "https://pmtranscripts.pmc.gov.au/prime-minister/abbott-tony?page=4"
_PM_DALBY_27SEP19 = "https://www.pm.gov.au/media/doorstop-dalby-queensland"
_OIR_WA_25JAN12 = "https://www.kildarestreet.com/wrans/?id=2012-01-25.1474.0"
_OIR_WA_4JUL17 = "https://www.oireachtas.ie/en/debates/question/2017-07-04/section/546/"

FRESH76_CASES: tuple[BlindCase, ...] = (
    # Government of the Russian Federation (archive.government.ru, English), 'Decisions of the April 23, 2009 Presidium Government meeting', 23 April 2009 (its own date line; the title, date line, the item headings and the sentences without a time word are not quoted; zone Europe/Moscow, MSD, UTC+4, said at 10:00 local by convention): decisions 'adopted' at the meeting of the day of speaking: past
    B(
        text="The Presidium of the Government of the Russian Federation at its meeting on April 23, 2009 adopted the following decisions on the items on its agenda.",
        due=None,
        vague=False,
        said="2009-04-23 06:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_RUGOV_PRESIDIUM_23APR09,
        published="2009-04-23",
    ),
    # the same page, the formation of a single customs territory 'in the period between 2010 and 2011' falls due at the range's later end, 31 December 2011 at 23:59:59 Moscow time (UTC+4 from March 2011), 2011-12-31 19:59:59 UTC; 'approved' reports the approval, the formation is ahead (as CONVENTIONS 2.2 reads a reported time); unsure: past (the approving is told done and the sentence sets nothing for the Government itself)
    B(
        text="The Government approved the proposed timeline for the formation of a single customs territory in the period between 2010 and 2011.",
        due="2011-12-31 19:59:59",
        vague=False,
        said="2009-04-23 06:00:00",
        tz="Europe/Moscow",
        cluster=3,
        source=_RUGOV_PRESIDIUM_23APR09,
        published="2009-04-23",
    ),
    # the same page (the sentence after it holds no time word and the opening ends mid-list): the only date names a resolution of 6 October 2007; the instruction has no time of its own: past
    B(
        text="The Ministry of Economic Development and relevant federal executive agencies have been instructed to complete the implementation of measures toward the formation of the Customs Union in accordance with the resolution of the EurAsEc Intergovernmental Council of October 6, 2007 № 1.",
        due=None,
        vague=False,
        said="2009-04-23 06:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_RUGOV_PRESIDIUM_23APR09,
        published="2009-04-23",
    ),
    # UK Parliament, House of Commons, the business motion for the Early Parliamentary General Election Bill, moved on Tuesday 29 October 2019 (the day of the Bill's Commons stages, as understood; the page gives only '5 years, 1 month ago'), as read on Parallel Parliament's page of ministerial extracts (Parallel Parliament's own notes - the line on what the page records, the Pepper v Hart note, 'This extract highlights ...' and its disclaimer - are not Hansard and are not quoted; the headings 'Timetable' and 'Timing of proceedings and Questions to be put', the list markers '(1) (a)' and so on, the lead-in 'I beg to move,' / 'That the following provisions shall apply ...:' (no time word) and the point cut off by the end of the opening are left out; zone Europe/London, GMT, said at 10:00 local by convention): business to be taken 'at today's sitting' falls due at the end of the day of speaking (as CONVENTIONS 2.1): 29 October 2019 at 23:59:59 GMT
    B(
        text="Proceedings on Second Reading and in Committee of the whole House, any proceedings on Consideration and proceedings up to and including Third Reading shall be taken at today’s sitting in accordance with this Order.",
        due="2019-10-29 23:59:59",
        vague=False,
        said="2019-10-29 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_EPGE_29OCT19,
        published="2019-10-29",
    ),
    # the same motion: notices that 'may be accepted ... before the Bill has been read a second time', an undated stage: event; unsure: no deadline and no refusal word (a leave to the Clerks, no undertaking, CONVENTIONS 4.2)
    B(
        text="Notices of amendments, new Clauses or new Schedules to be moved in Committee of the whole House may be accepted by the Clerks at the Table before the Bill has been read a second time.",
        due=None,
        vague=False,
        said="2019-10-29 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_EPGE_29OCT19,
        published="2019-10-29",
    ),
    # the same motion: a limit counted from the undated start of the proceedings on the motion ('four hours after the commencement'): event (CONVENTIONS 1.3)
    B(
        text="Proceedings on Second Reading shall be brought to a conclusion (so far as not previously concluded) four hours after the commencement of proceedings on the Motion for this Order.",
        due=None,
        vague=False,
        said="2019-10-29 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_EPGE_29OCT19,
        published="2019-10-29",
    ),
    # the same motion: as above ('six hours after the commencement'): event (CONVENTIONS 1.3)
    B(
        text="Proceedings in Committee of the whole House, any proceedings on Consideration and proceedings up to and including Third Reading shall be brought to a conclusion (so far as not previously concluded) six hours after the commencement of proceedings on the Motion for this Order.",
        due=None,
        vague=False,
        said="2019-10-29 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_EPGE_29OCT19,
        published="2019-10-29",
    ),
    # the same motion: 'As soon as the proceedings on the Motion ... have been concluded', an undated event (CONVENTIONS 5.2): event
    B(
        text="As soon as the proceedings on the Motion for this Order have been concluded, the Order for the Second Reading of the Bill shall be read.",
        due=None,
        vague=False,
        said="2019-10-29 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_EPGE_29OCT19,
        published="2019-10-29",
    ),
    # Environment Agency (gov.uk press release), 'Environment Agency outlines recovery and repair projects following record-breaking floods' (undated in the opening; dated 2 February 2016 as understood, the day a copy of it was carried by Dredging Today, which only the 'today' label below depends on; the title, the photo caption, the sentences without a time word - 'ever' alone was not taken as a time word - and the last line, cut off by the end of the opening, are not quoted; zone Europe/London, GMT, said at 10:00 local by convention): inspections carried out and weather 'in December' gone: past
    B(
        text="The Environment Agency has carried out 16,000 inspections and identified around 660 flood defences needing repair work in the wake of record-breaking wet weather in December.",
        due=None,
        vague=False,
        said="2016-02-02 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA_FLOODS_FEB16,
        published="2016-02-02",
    ),
    # the same release: 'will be outlined at an open Board meeting today' is an act ahead on the day of speaking and falls due at the end of that day (CONVENTIONS 2.1, 3.1): 2 February 2016 at 23:59:59 GMT ('following' the storms gone)
    B(
        text="The ongoing work to assess and repair flood damage following Storm Desmond and Storm Eva will be outlined at an open Board meeting today, chaired by Acting Chairman Emma Howard Boyd.",
        due="2016-02-02 23:59:59",
        vague=False,
        said="2016-02-02 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EA_FLOODS_FEB16,
        published="2016-02-02",
    ),
    # the same release: 'throughout December' gone: past
    B(
        text="Heavy rain throughout December led to it becoming the wettest month on record, with 14 rivers across the north recording their highest ever flows.",
        due=None,
        vague=False,
        said="2016-02-02 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA_FLOODS_FEB16,
        published="2016-02-02",
    ),
    # the same release: 'a 24-hour period' is an amount of a rainfall gone: past
    B(
        text="Honister Pass in Cumbria saw the highest amount of rainfall ever in a 24-hour period, as more than 341mm fell.",
        due=None,
        vague=False,
        said="2016-02-02 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA_FLOODS_FEB16,
        published="2016-02-02",
    ),
    # the same release: 'during Storm Desmond' and 'during Storm Eva', gone: past
    B(
        text="Environment Agency flood defences protected 12,500 properties during Storm Desmond and 10,900 during Storm Eva but more than 20,000 properties flooded as a result of the extreme weather.",
        due=None,
        vague=False,
        said="2016-02-02 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA_FLOODS_FEB16,
        published="2016-02-02",
    ),
    # the same release (a point of a list, its marker left out): 'have already been repaired': past
    B(
        text="High priority damaged flood assets, such as the banks at Croston and St Michaels in Lancashire, have already been repaired either permanently or on a temporary basis.",
        due=None,
        vague=False,
        said="2016-02-02 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA_FLOODS_FEB16,
        published="2016-02-02",
    ),
    # the same release, the Acting Chairman's words: 'have worked ... after the terrible flooding we saw over December and January': past
    B(
        text="Our teams have worked tirelessly to repair flood defences and help communities in particular across Cumbria, Lancashire and Yorkshire get back on their feet after the terrible flooding we saw over December and January.",
        due=None,
        vague=False,
        said="2016-02-02 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA_FLOODS_FEB16,
        published="2016-02-02",
    ),
    # House of Commons, written answer on embassies' opening hours, answered on 24 November 2011 (its own date line), as read on TheyWorkForYou (the site's banner, the heading, the date line, 'Alert me ...', the Members' names and titles, the sentences without a time word and the last sentence, cut off by the end of the opening, are not quoted; zone Europe/London, GMT, said at 10:00 local by convention): a question about changes 'in the last 18 months': past
    B(
        text="To ask the Secretary of State for Foreign and Commonwealth Affairs what his policy is on out-of-hours consular assistance by UK consulates; and whether it has changed in the last 18 months.",
        due=None,
        vague=False,
        said="2011-11-24 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_WA_24NOV11,
        published="2011-11-24",
    ),
    # the same answer: '24-hour support' is support at all times, no time for any act: no deadline
    B(
        text="The Foreign and Commonwealth Office (FCO) provides 24-hour support to British nationals in difficulty abroad through its consular staff abroad and in London.",
        due=None,
        vague=False,
        said="2011-11-24 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC_WA_24NOV11,
        published="2011-11-24",
    ),
    # the same answer (as the page has it, the addresses after 'at:' and 'and:' being links not kept in the stored copy): '24 hours a day': no deadline
    B(
        text="The Travel and Living Abroad pages on the FCO website provide details of how to contact our staff 24 hours a day, specifically at: and:",
        due=None,
        vague=False,
        said="2011-11-24 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC_WA_24NOV11,
        published="2011-11-24",
    ),
    # the same answer: 'The FCO's 24 hour telephone number' names a line open at all times: no deadline
    B(
        text="The FCO's 24 hour telephone number is also carried on all consular leaflets and publications.",
        due=None,
        vague=False,
        said="2011-11-24 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC_WA_24NOV11,
        published="2011-11-24",
    ),
    # the same answer: 'was launched on 1 April 2009': past
    B(
        text="The FCO's global response centre (GRC) was launched on 1 April 2009.",
        due=None,
        vague=False,
        said="2011-11-24 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_WA_24NOV11,
        published="2011-11-24",
    ),
    # the same answer: 'This changed the way ...': past ('outside of normal office hours' names when the service applies)
    B(
        text="This changed the way we deliver consular assistance outside of normal office hours.",
        due=None,
        vague=False,
        said="2011-11-24 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_WA_24NOV11,
        published="2011-11-24",
    ),
    # the same answer: a standing rule for every caller 'out of office hours' (CONVENTIONS 1.3): recurring
    B(
        text="British nationals contacting a British embassy, high commission or consulate out of office hours are redirected to the GRC and charged a local rate for their call.",
        due=None,
        vague=False,
        said="2011-11-24 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HC_WA_24NOV11,
        published="2011-11-24",
    ),
    # NASA, Media Advisory M13-131 'NASA Invites Media to Meet New Astronaut Candidates', 14 August 2013 (the day's page of The Space Library, which carries NASA's advisories of that day; the advisories' number-and-title lines, the sentences without a time word - 'ever' alone was not taken as one - and the next advisory, cut off by the end of the opening, are not quoted; zone America/New_York for NASA Headquarters, EDT, said at 10:00 local by convention): '10 a.m. CDT (11 a.m. EDT) Tuesday, Aug. 20', 2013-08-20 15:00:00 UTC ('this week' dates arrivals gone)
    B(
        text="Eight astronaut candidates who arrived at NASA's Johnson Space Center in Houston this week to begin training will participate in a news conference with NASA Administrator Charles Bolden at 10 a.m. CDT (11 a.m. EDT) Tuesday, Aug. 20.",
        due="2013-08-20 15:00:00",
        vague=False,
        said="2013-08-14 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA_ADV_14AUG13,
        published="2013-08-14",
    ),
    # the same advisory: a state kept 'for the next two years' from now falls due at the window's end (CONVENTIONS 1.1): 14 August 2015 at 23:59:59 EDT, 2015-08-15 03:59:59 UTC; unsure: no deadline (the candidates' unavailability is no act, and their training's two years run from its own start)
    B(
        text="The news conference will be a rare opportunity for journalists to speak with the candidates, as they will be unavailable for media interviews while they focus on training for the next two years.",
        due="2015-08-15 03:59:59",
        vague=False,
        said="2013-08-14 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NASA_ADV_14AUG13,
        published="2013-08-14",
    ),
    # the same advisory: 'During the event', whose day only another sentence gives (CONVENTIONS 6.3 reads the sentence): event
    B(
        text="During the event, news media representatives also will be able to interview NASA officials involved in astronaut selection and training, and visit the training facilities at Johnson.",
        due=None,
        vague=False,
        said="2013-08-14 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NASA_ADV_14AUG13,
        published="2013-08-14",
    ),
    # the same advisory: training 'During the next two years' falls due at the window's end (CONVENTIONS 1.1): 14 August 2015 at 23:59:59 EDT, 2015-08-15 03:59:59 UTC
    B(
        text="During the next two years, the group will participate in a variety of technical training activities at space centers and remote locations around the globe to prepare for missions that will help the agency push the boundaries of exploration and travel to new destinations in the solar system.",
        due="2015-08-15 03:59:59",
        vague=False,
        said="2013-08-14 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NASA_ADV_14AUG13,
        published="2013-08-14",
    ),
    # the same advisory: 'by 2 p.m. CDT Monday, Aug. 19', 2013-08-19 19:00:00 UTC
    B(
        text="To attend the event, media representatives must call the Johnson newsroom at 281-483-5111 by 2 p.m. CDT Monday, Aug. 19.",
        due="2013-08-19 19:00:00",
        vague=False,
        said="2013-08-14 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA_ADV_14AUG13,
        published="2013-08-14",
    ),
    # the same advisory: questions sent 'in advance' of the news conference, which this sentence does not date: event; unsure: no deadline and no refusal word (a leave, 'may submit', CONVENTIONS 4.2)
    B(
        text="Reporters and NASA social media followers may submit questions to the candidates on Twitter, Facebook and Google+ in advance using the hashtag #askNASA.",
        due=None,
        vague=False,
        said="2013-08-14 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NASA_ADV_14AUG13,
        published="2013-08-14",
    ),
    # NASA, Media Advisories M18-063 'NASA TV Updates Launch Coverage for Planet-Hunting Mission TESS' and M18-062 'NASA to Discuss Demonstration of New Space Exploration Power System', as carried on The Space Library's page for 18 April 2018 (a revision of 24 April 2018; dated 18 April 2018, the day of the TESS advisory's 'today', as understood; the page's revision lines, the advisories' number-and-title lines, the sentences without a time word ('the next step' is no time), the list of participants and the lines cut off by the end of the opening are not quoted; zone America/New_York, EDT, said at 10:00 local by convention): '6:51 p.m. EDT today, Wednesday, April 18', 2018-04-18 22:51:00 UTC
    B(
        text="NASA’s Transiting Exoplanet Survey Satellite (TESS) now is scheduled for launch at 6:51 p.m. EDT today, Wednesday, April 18, on a SpaceX Falcon 9 rocket from Space Launch Complex 40 at Cape Canaveral Air Force Station in Florida.",
        due="2018-04-18 22:51:00",
        vague=False,
        said="2018-04-18 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA_ADV_18APR18,
        published="2018-04-18",
    ),
    # the same advisory: the launch's former date, 16 April, before the day of speaking: past; unsure: negated (a time called off, CONVENTIONS 4.1, the new time being in the sentence before, not in this one)
    B(
        text="The launch originally had been scheduled for April 16.",
        due=None,
        vague=False,
        said="2018-04-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NASA_ADV_18APR18,
        published="2018-04-18",
    ),
    # the same advisory: a clock time with no day in its sentence is read from the sentence and its moment (CONVENTIONS 6.3): the first 6:30 p.m. EDT after 10:00 EDT on 18 April, 2018-04-18 22:30:00 UTC (the day the page gives, 'today, Wednesday, April 18', is the same, so the page's instant does not differ)
    B(
        text="Live NASA TV launch coverage begins at 6:30 p.m., and will be broadcast on NASA Television and the agency’s website.",
        due="2018-04-18 22:30:00",
        vague=False,
        said="2018-04-18 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA_ADV_18APR18,
        published="2018-04-18",
    ),
    # the same advisory: 'The deadline ... has passed': past
    B(
        text="The deadline for media accreditation for this launch has passed.",
        due=None,
        vague=False,
        said="2018-04-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NASA_ADV_18APR18,
        published="2018-04-18",
    ),
    # the same advisory: 'periodically' tells a habit of the exoplanets: no deadline
    B(
        text="The mission will find exoplanets that periodically block part of the light from their host stars, events called transits.",
        due=None,
        vague=False,
        said="2018-04-18 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NASA_ADV_18APR18,
        published="2018-04-18",
    ),
    # the same advisory: a survey 'for two years' that runs from its undated start after launch (CONVENTIONS 1.3): event; unsure: due two years after the day of speaking, 18 April 2020 at 23:59:59 EDT, 2020-04-19 03:59:59 UTC (CONVENTIONS 1.1)
    B(
        text="TESS will survey the nearest and brightest stars for two years to search for transiting exoplanets.",
        due=None,
        vague=False,
        said="2018-04-18 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NASA_ADV_18APR18,
        published="2018-04-18",
    ),
    # the same page, Media Advisory M18-062: '9:15 a.m. EDT Wednesday, May 2', 2018-05-02 13:15:00 UTC ('a recent experiment' is gone)
    B(
        text="Media are invited to attend a news conference at NASA’s Glenn Research Center in Cleveland at 9:15 a.m. EDT Wednesday, May 2, to discuss a recent experiment to demonstrate a new nuclear reactor power system designed for space.",
        due="2018-05-02 13:15:00",
        vague=False,
        said="2018-04-18 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA_ADV_18APR18,
        published="2018-04-18",
    ),
    # the same advisory: 'could provide' and 'future' missions set no time: no deadline
    B(
        text="Kilopower could provide safe, efficient and plentiful energy for future robotic and human space exploration missions to the Moon, Mars and destinations beyond.",
        due=None,
        vague=False,
        said="2018-04-18 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NASA_ADV_18APR18,
        published="2018-04-18",
    ),
    # the same advisory: 'was conducted November 2017 through March 2018': past
    B(
        text="The experiment was conducted November 2017 through March 2018 at the Nevada National Security Site (NNSS).",
        due=None,
        vague=False,
        said="2018-04-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NASA_ADV_18APR18,
        published="2018-04-18",
    ),
    # NASA, media advisory on a news conference about the Voyager mission, as carried by SpaceNews (undated in the stored copy; dated Thursday 12 September 2013, the day of NASA's news conference on Voyager 1 reaching interstellar space and of the Science paper, as understood; the title, the links lines and the sentences without a time word are not quoted, nor the line that ends in a link, 'streamed live on Ustream when the embargo lifts at ...'; zone America/New_York, EDT, said at 10:00 local by convention): 'today at 2 p.m. EDT', 2013-09-12 18:00:00 UTC
    B(
        text="NASA will host a news conference today at 2 p.m. EDT (11 a.m. PDT), to discuss NASA’s Voyager mission.",
        due="2013-09-12 18:00:00",
        vague=False,
        said="2013-09-12 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA_VOYAGER_12SEP13,
        published="2013-09-12",
    ),
    # the same advisory: 'embargoed until 2 p.m. EDT' gives only a lower bound (CONVENTIONS 3.2), a clock time with no day read from the sentence and its moment (CONVENTIONS 6.3): earliest 12 September 2013 at 14:00 EDT, 2013-09-12 18:00:00 UTC (the page's day, 'today', is the same)
    B(
        text="It is related to a paper to be published in the journal Science, which is embargoed until 2 p.m. EDT.",
        due=None,
        vague=False,
        said="2013-09-12 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2013-09-12 18:00:00",
        cluster=5,
        source=_NASA_VOYAGER_12SEP13,
        published="2013-09-12",
    ),
    # the same advisory: 'by 1:45 p.m.' with no day in its sentence (CONVENTIONS 6.3): the first 1:45 p.m. EDT after 10:00 EDT, 2013-09-12 17:45:00 UTC (the page's day, 'today', is the same)
    B(
        text="To participate by phone, reporters must send an email providing name, media affiliation and telephone number to Steve Cole at stephen.e.cole@nasa.gov, or 202-358-0918 by 1:45 p.m.",
        due="2013-09-12 17:45:00",
        vague=False,
        said="2013-09-12 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA_VOYAGER_12SEP13,
        published="2013-09-12",
    ),
    # the same advisory: 'may send questions' after 2 p.m. is a leave to the public, no undertaking (CONVENTIONS 4.2): no deadline; unsure: earliest 2013-09-12 18:00:00 UTC (an activity given only its start, CONVENTIONS 3.2)
    B(
        text="After the embargo lifts at 2 p.m., media and the public may send questions via Twitter to #AskNASA.",
        due=None,
        vague=False,
        said="2013-09-12 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NASA_VOYAGER_12SEP13,
        published="2013-09-12",
    ),
    # US Department of State, US Embassy Rabat, 'Message for U.S. Citizens: Reminder Moroccan Government's Health Alert Remains In Effect (March 21, 2020)' (its title's date; the title and the sentence without a time word ('remains' was not taken as one) are not quoted; zone Africa/Casablanca, UTC+1, said at 10:00 local by convention): a standing rule for every day ('during the day'): recurring (CONVENTIONS 1.3)
    B(
        text="Movement during the day should be limited to work, shopping, medical care, purchasing medicine/medical supplies, and emergency situations only.",
        due=None,
        vague=False,
        said="2020-03-21 09:00:00",
        tz="Africa/Casablanca",
        refusal="recurring",
        cluster=5,
        source=_STATE_RABAT_21MAR20,
        published="2020-03-21",
    ),
    # the same message: a nightly curfew 'from 6 PM to 6 AM' is a standing rule; CONVENTIONS 6.3 lets refusals apply first: recurring
    B(
        text="During the 6 PM to 6 AM curfew, movement restrictions will be strictly enforced.",
        due=None,
        vague=False,
        said="2020-03-21 09:00:00",
        tz="Africa/Casablanca",
        refusal="recurring",
        cluster=5,
        source=_STATE_RABAT_21MAR20,
        published="2020-03-21",
    ),
    # the same message: 'during these hours', the curfew's hours every night: recurring
    B(
        text="Travelers should expect to be stopped and questioned by police if transiting during these hours.",
        due=None,
        vague=False,
        said="2020-03-21 09:00:00",
        tz="Africa/Casablanca",
        refusal="recurring",
        cluster=5,
        source=_STATE_RABAT_21MAR20,
        published="2020-03-21",
    ),
    # US Department of State, US Embassy Bamako, emergency message to US citizens of 17 January 2013, as carried by Diplopundit (only the Embassy's message is quoted, not the blog's own sentences; the sentences without a time word are not quoted; zone Africa/Bamako, GMT, said at 10:00 local by convention): a curfew given only its start, 'As of January 17' (CONVENTIONS 3.2): earliest 17 January 2013 at 00:00 GMT; unsure: no deadline and no refusal word (a present state from the day of speaking)
    B(
        text="As of January 17, the U.S. Embassy in Bamako is implementing a curfew on U.S. Embassy official personnel.",
        due=None,
        vague=False,
        said="2013-01-17 10:00:00",
        tz="Africa/Bamako",
        refusal="earliest",
        earliest="2013-01-17 00:00:00",
        cluster=5,
        source=_STATE_BAMAKO_17JAN13,
        published="2013-01-17",
    ),
    # the same message: advice to the reader ('to avoid travelling late at night'): no deadline
    B(
        text="While this Embassy curfew does not extend to private U.S. citizens, the U.S. Embassy encourages U.S. citizens in Bamako to avoid travelling late at night and to be prudent in choosing where to go.",
        due=None,
        vague=False,
        said="2013-01-17 10:00:00",
        tz="Africa/Bamako",
        cluster=1,
        source=_STATE_BAMAKO_17JAN13,
        published="2013-01-17",
    ),
    # the same message: advice to be cautious 'during this period of increased tension': no deadline
    B(
        text="The U.S. Embassy reminds all U.S. citizens of the risk of terrorist activity in Mali, including in Bamako, and advises U.S. citizens to be cautious during this period of increased tension.",
        due=None,
        vague=False,
        said="2013-01-17 10:00:00",
        tz="Africa/Bamako",
        cluster=1,
        source=_STATE_BAMAKO_17JAN13,
        published="2013-01-17",
    ),
    # Prime Minister of Australia (PM Transcripts), statement on the terrorist attack in Tunis, 19 March 2015 (its own date line; the date line and the sentences without a time word are not quoted; zone Australia/Sydney for Canberra, AEDT, said at 10:00 local by convention): 'have now confirmed': past
    B(
        text="Our consular officials have now confirmed that a dual Australian-Colombian citizen, who was a resident of New South Wales, was among the deceased.",
        due=None,
        vague=False,
        said="2015-03-18 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM_TUNIS_19MAR15,
        published="2015-03-19",
    ),
    # the same statement: 'late last year' gone: past
    B(
        text="Tunisia held presidential and parliamentary elections late last year and has shown remarkable strength and resilience in resisting the rising tide of terrorism sweeping the Middle East inspired by ISIL, or Daesh.",
        due=None,
        vague=False,
        said="2015-03-18 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM_TUNIS_19MAR15,
        published="2015-03-19",
    ),
    # the same statement: 'At any one time' sets no time: no deadline
    B(
        text="At any one time, a million Australians are living overseas.",
        due=None,
        vague=False,
        said="2015-03-18 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_PM_TUNIS_19MAR15,
        published="2015-03-19",
    ),
    # Prime Minister of Australia (PM Transcripts), a page of its list of Mr Abbott's transcripts: the media releases 'Visit to Australia by His Royal Highness Prince Henry of Wales' and 'Nairobi Terrorist Attack - Death of Australian citizen', both released 23 September 2013 (their own release-date lines; the site's banner, the titles, the period-of-service, release-date, release-type and transcript-ID lines, the date lines, the sentences without a time word and the last sentence, cut off by the end of the opening, are not quoted; zone Australia/Sydney for Canberra, AEST, said at 10:00 local by convention): the visit 'next month' falls due at the end of October 2013: 31 October 2013 at 23:59:59 AEDT, 2013-10-31 12:59:59 UTC
    B(
        text="I welcome the visit of Prince Harry to Australia next month.",
        due="2013-10-31 12:59:59",
        vague=False,
        said="2013-09-23 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_PM_RELEASES_23SEP13,
        published="2013-09-23",
    ),
    # the same release: the only time of the sentence is a visit gone ('in his gap year in 2003'): past
    B(
        text="Whilst Prince Harry visited Australia privately in his gap year in 2003, this will be his first official visit to Australia.",
        due=None,
        vague=False,
        said="2013-09-23 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM_RELEASES_23SEP13,
        published="2013-09-23",
    ),
    # the same release: 'During his visit next month': 31 October 2013 at 23:59:59 AEDT, 2013-10-31 12:59:59 UTC
    B(
        text="During his visit next month, Prince Harry will attend the International Fleet Review in Sydney to mark the centenary of the first entry of the Royal Australian Navy’s Fleet into Sydney.",
        due="2013-10-31 12:59:59",
        vague=False,
        said="2013-09-23 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_PM_RELEASES_23SEP13,
        published="2013-09-23",
    ),
    # the same release: 'closer to the visit', which this sentence does not date (CONVENTIONS 5.2): event
    B(
        text="Further details of the Prince’s visit will be released closer to the visit.",
        due=None,
        vague=False,
        said="2013-09-23 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_PM_RELEASES_23SEP13,
        published="2013-09-23",
    ),
    # the same release: 'during his time in Australia', undated here: event
    B(
        text="I look forward to joining Prince Harry during his time in Australia.",
        due=None,
        vague=False,
        said="2013-09-23 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_PM_RELEASES_23SEP13,
        published="2013-09-23",
    ),
    # Prime Minister of Australia, 'Doorstop - Dalby, Queensland', 27 September 2019 (its own date line; the title, date, place and topics lines, the speakers' names and the sentences without a time word are not quoted, and the last words, cut off by the end of the opening, are left out; the words quoted are the Minister for Water Resources, Drought, Rural Finance, Natural Disaster and Emergency Management's opening remarks; zone Australia/Brisbane for Dalby, AEST, said at 10:00 local by convention): 'touched down this morning': past
    B(
        text="Well, welcome, firstly, the Prime Minister who only touched down this morning, had a quick [inaudible] and up to Queensland.",
        due=None,
        vague=False,
        said="2019-09-27 00:00:00",
        tz="Australia/Brisbane",
        refusal="past",
        cluster=5,
        source=_PM_DALBY_27SEP19,
        published="2019-09-27",
    ),
    # the same doorstop: 'since he became Prime Minister': past
    B(
        text="Hence is the responsibility that he has borne since he became Prime Minister.",
        due=None,
        vague=False,
        said="2019-09-27 00:00:00",
        tz="Australia/Brisbane",
        refusal="past",
        cluster=5,
        source=_PM_DALBY_27SEP19,
        published="2019-09-27",
    ),
    # the same doorstop: 'Three days after being sworn in, was in Quilpie': past
    B(
        text="Three days after being sworn in, was in Quilpie.",
        due=None,
        vague=False,
        said="2019-09-27 00:00:00",
        tz="Australia/Brisbane",
        refusal="past",
        cluster=5,
        source=_PM_DALBY_27SEP19,
        published="2019-09-27",
    ),
    # the same doorstop: 'never' and 'continue' set no time for any act: no deadline
    B(
        text="We have never forgotten about this drought and we continue to be agile and we continue to consult and listen.",
        due=None,
        vague=False,
        said="2019-09-27 00:00:00",
        tz="Australia/Brisbane",
        cluster=1,
        source=_PM_DALBY_27SEP19,
        published="2019-09-27",
    ),
    # the same doorstop: 'today' on an act as it is being spoken ('today we're making further announcements') falls due at the end of that day (CONVENTIONS 2.1): 27 September 2019 at 23:59:59 AEST, 2019-09-27 13:59:59 UTC ('already' tells what was done before)
    B(
        text="And today we're making further announcements on top of what we've already put out there: a commitment of over seven billion dollars.",
        due="2019-09-27 13:59:59",
        vague=False,
        said="2019-09-27 00:00:00",
        tz="Australia/Brisbane",
        cluster=6,
        source=_PM_DALBY_27SEP19,
        published="2019-09-27",
    ),
    # the same doorstop: 'when it rains', an undated event: event
    B(
        text="It will rain and, when it rains, we're going to make a lot of money.",
        due=None,
        vague=False,
        said="2019-09-27 00:00:00",
        tz="Australia/Brisbane",
        refusal="event",
        cluster=5,
        source=_PM_DALBY_27SEP19,
        published="2019-09-27",
    ),
    # the same doorstop: 'today is about ...' sets no time for any act: no deadline
    B(
        text="And today is about making sure that they understand you have a government that is standing shoulder to shoulder with you.",
        due=None,
        vague=False,
        said="2019-09-27 00:00:00",
        tz="Australia/Brisbane",
        cluster=1,
        source=_PM_DALBY_27SEP19,
        published="2019-09-27",
    ),
    # the same doorstop: 'when' here is any time a young man can do so; no time for any act: no deadline
    B(
        text="It goes to show what a great country we live in, when a young man with one idea can do so much for these communities.",
        due=None,
        vague=False,
        said="2019-09-27 00:00:00",
        tz="Australia/Brisbane",
        cluster=1,
        source=_PM_DALBY_27SEP19,
        published="2019-09-27",
    ),
    # the same doorstop: 'sometimes' sets no time: no deadline
    B(
        text="And I represent a lot of them, Jack, and I can tell you it means more than what the government gives sometimes, because it comes from someone from Sydney, just to show that they care.",
        due=None,
        vague=False,
        said="2019-09-27 00:00:00",
        tz="Australia/Brisbane",
        cluster=1,
        source=_PM_DALBY_27SEP19,
        published="2019-09-27",
    ),
    # Houses of the Oireachtas, Dáil written answer on the credit guarantee scheme, Wednesday 25 January 2012, as read on KildareStreet (its own date line and the site's time line '9:00 pm', taken as the moment; the headings, the Members' names and constituencies, the 'Link to this' lines, the question (no time word), the sentences without a time word ('urgently' was not taken as one) and the comments box are not quoted; zone Europe/Dublin, GMT): 'currently' tells the present: no deadline
    B(
        text="The Deputy is referring to the targeted Temporary, Partial Credit Guarantee Scheme which is currently being progressed as a matter of priority by my Department.",
        due=None,
        vague=False,
        said="2012-01-25 21:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_WA_25JAN12,
        published="2012-01-25",
    ),
    # the same answer: 'was published on Monday 5th December': past
    B(
        text="An Invitation to Tender was published on Monday 5th December to select on Operator who will be contracted by my Department to act as its agent for the practical oversight, management and operation of the Scheme.",
        due=None,
        vague=False,
        said="2012-01-25 21:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_WA_25JAN12,
        published="2012-01-25",
    ),
    # the same answer: 'within the Spring session' read as the season, meteorological spring 2012 ending 31 May 2012 at 23:59:59 IST, 2012-05-31 22:59:59 UTC; unsure: the end of the Dáil's spring session, which runs to the summer recess in July, or no deadline (a session, no calendar period)
    B(
        text="The Bill will be published within the Spring session.",
        due="2012-05-31 22:59:59",
        vague=False,
        said="2012-01-25 21:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_OIR_WA_25JAN12,
        published="2012-01-25",
    ),
    # Houses of the Oireachtas, Dáil written answers Nos. 600-621, Tuesday 4 July 2017 (its own date line; the banner, date line, the headings, the Members' names, 'Question:', 'View answer', 'Written answers', the questions' numbers before them and the sentences without a time word are not quoted, nor the last sentence, cut off by the end of the opening; zone Europe/Dublin, IST, UTC+1, said at 10:00 local by convention): a question about the cost of payments 'for an additional year', an amount: no deadline
    B(
        text="Deputy Alan Farrell asked the Minister for Social Protection the potential cost to the State of extending child benefit payments to children for an additional year; and if she will make a statement on the matter. [31304/17]",
        due=None,
        vague=False,
        said="2017-07-04 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_WA_4JUL17,
        published="2017-07-04",
    ),
    # the same page, payments 'until such a time as a child finishes secondary education', a standing rule for every child (CONVENTIONS 1.3): recurring; unsure: event (an undated event of each case)
    B(
        text="Deputy Alan Farrell asked the Minister for Social Protection her plans to change the provisions in order that child benefit is payable until such a time as a child finishes secondary education, rather than determining it by age (details supplied); and if she will make a statement on the matter. [31305/17]",
        due=None,
        vague=False,
        said="2017-07-04 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_OIR_WA_4JUL17,
        published="2017-07-04",
    ),
    # the same answer: 'a monthly payment': recurring
    B(
        text="Child Benefit is a monthly payment made to families with children in respect of all qualified children up to the age of 16 years.",
        due=None,
        vague=False,
        said="2017-07-04 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_OIR_WA_4JUL17,
        published="2017-07-04",
    ),
    # the same answer: a standing rule 'up to their 18th birthday' for every child: recurring
    B(
        text="The payment continues to be paid in respect of children up to their 18th birthday who are in full-time education, or who have a disability.",
        due=None,
        vague=False,
        said="2017-07-04 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_OIR_WA_4JUL17,
        published="2017-07-04",
    ),
    # the same answer: 'currently' and the year the spending is estimated for ('in 2017') set no time for any act: no deadline
    B(
        text="Child Benefit is currently paid to around 626,525 families in respect of over 1.2 million children, with an estimated expenditure of over €2 billion in 2017.",
        due=None,
        vague=False,
        said="2017-07-04 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_WA_4JUL17,
        published="2017-07-04",
    ),
    # the same answer: 'Budget 2009 reduced ...': past
    B(
        text="Budget 2009 reduced the age for eligibility for Child Benefit from 19 years to less than 18 years.",
        due=None,
        vague=False,
        said="2017-07-04 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_WA_4JUL17,
        published="2017-07-04",
    ),
    # the same answer: a review 'published ... in 2010': past
    B(
        text="A value for money review of child income supports, published by the Department of Social Protection in 2010, found that the participation pattern of children in education supports the current age limit for Child Benefit.",
        due=None,
        vague=False,
        said="2017-07-04 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_WA_4JUL17,
        published="2017-07-04",
    ),
    # the same answer: 'current', 'annual' and 'for an additional year' measure a cost: no deadline
    B(
        text="The current estimated annual cost of extending the upper age limit for payment for an additional year, i.e. for those persons who are 18 years and under 19 years of age and in secondary school, based on figures from the Department of Education and Skills, is over €62 million.",
        due=None,
        vague=False,
        said="2017-07-04 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_WA_4JUL17,
        published="2017-07-04",
    ),
)
