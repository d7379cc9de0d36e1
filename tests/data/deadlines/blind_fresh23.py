"""A TWENTY-THIRD fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-02 (UTC), between about 18:34 and 18:41 by the machine's
clock, by a labelling helper (branch issue12l2-s18) that neither changed nor ran the parser:
it read only `CONVENTIONS.md` (the labelling rules settled on 2026-12-02, which win over any
earlier set's comment), the docstrings of `blind_real.py` and `blind_fresh22.py` and the
latter's comments, the parser package's docstring (for the documented vague windows, parts of
the day, "a bare time is its next occurrence", thirds of a period and "later this <period>"),
the README next to this file and the scoring rule of `bench/deadlines.py` as the twenty-second
set's docstring states it (a case is right when both say no deadline, or the due instant
agrees to the minute and, for a case labelled vague, the parser's result is vague too). The
sentences were found with a search over stored copies of public pages and taken as they came
in the pages read (the openings the search returns); see README.md ("Twenty-third fresh blind
set") for every address, publisher and licence. No address listed in README.md, in a `#`
header or README under `tests/data/articles/` or `tests/data/agreement/`, or in the shared
claims files was used: each was checked against those lists (and against the sources of the
other set files) and claimed (`fresh23`) before a quote was taken (most pages the searches
offered were already used and were dropped); and no sentence already in another set (checked
by a text search over the set files). Each label was worked out by hand from the words, the
publication date and the publisher's zone alone; the conversion of local instants to UTC wall
time and the weekday arithmetic were done with Python's zoneinfo and datetime in a scratch
script outside the repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the labels
were committed; the helpers improving the parser have not seen them. See README.md for the
count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_real.py` and `blind_fresh22.py`: the publisher's zone (UK
Parliament and gov.uk: Europe/London; Oireachtas: Europe/Dublin; kremlin.ru: Europe/Moscow;
EU institutions: Europe/Brussels; US federal publishers, NASA and the White House:
America/New_York); the publication date at 10:00 local unless the source gives the time of
speaking (for the White House blog page, each day's schedule is dated by its own heading); a
day falls due at 23:59:59 local (zoneinfo's history decides the offset); a clock time without
a zone word is in the publisher's zone, and a clock time with no day is its next occurrence
after the reference (the parser docstring's reading; where the page puts it on another day,
the label is marked "unsure" and names that day); parts of the day of a schedule released the
day before are read on the scheduled day and marked "unsure", as in the twenty-second set; a
range, a list or a schedule falls due at its later end; "early", "mid" and "late" split a
period in thirds; a start of coverage or of a series of briefings is taken as the day it
starts, as the twenty-second set took start times, and marked "unsure" naming the
earliest-only reading of CONVENTIONS 3.2; an agenda item whose date is "to be confirmed" is
labelled with that date and marked "unsure" (CONVENTIONS 4.2 would give no deadline); vague
windows as the parser's docstring documents them ("immediately": 7 days; CONVENTIONS 5.1), at
the end of the day they reach; refusals have `due=None` and a `refusal` kind (earliest |
negated | past | event | recurring), with `earliest` at 00:00 local for start-only wording; a
case with no time at all has `due=None` and no refusal word. Labels marked "unsure" name the
other reading; like every label here they stay as committed, whatever the first run shows.
First run: not yet taken (the lead runs it once, after merging, and records it in README.md).
Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_NASA_M18_17 = 'http://mail.spinics.net/lists/ksc/msg02581.html'
_NASA_DEMO1_2019 = 'https://aus-city.com/cgi-bin/dada/mail.cgi?flavor=archive&id=20190220130502&list=STS_ISS_STATUS'
_NASA_M18_118 = 'http://mail.spinics.net/lists/nasa/msg06487.html'
_EC_TOP_NEWS_25NOV11 = 'http://europa.eu/rapid/press-release_AGENDA-11-38_en.htm?locale=en'
_EC_TOP_NEWS_9DEC11 = 'http://europa.eu/rapid/press-release_AGENDA-11-40_en.htm?locale=en'
_EC_TOP_NEWS_24APR15 = 'http://europa.eu/rapid/press-release_AGENDA-15-4847_en.htm'
_EC_TOP_NEWS_10APR15 = 'http://europa.eu/rapid/press-release_AGENDA-15-4753_en.htm'
_EC_TOP_NEWS_2DEC05 = 'http://europa.eu/rapid/press-release_AGENDA-05-7_en.htm?locale=FR'
_EWO_2012 = 'https://www.oireachtas.ie/en/debates/question/2012-10-09/section/463/'
_CARER_2024 = 'https://www.oireachtas.ie/en/debates/question/2024-02-29/section/251/'
_CITIZENSHIP_2021 = 'https://www.oireachtas.ie/ga/debates/question/2021-05-13/section/372/'
_PP_WS_12MAR25 = 'https://parallelparliament.co.uk/debate/2025-03-12/commons/written-statements'
_FCDO_NAMIBIA_2023 = 'https://www.ukpol.co.uk/tag/press-release/page/595'
_HO_HC733_EM_2025 = 'https://www.gov.uk/government/publications/statement-of-changes-to-the-immigration-rules-hc-733-12-march-2025/explanatory-memorandum-to-the-statement-of-changes-to-the-immigration-rules-hc-733-12-march-2025-accessible-version'
_WH_GUIDANCE_10JAN17 = 'http://chicago.suntimes.com/politics/obama-guidance-press-schedule-jan-10-2017-chicago-farewell/'
_WH_BLOG_FEB16 = 'https://obamawhitehouse.archives.gov/blog?page=34'
_KREMLIN_MARTIAL_2023 = 'http://en.special.kremlin.ru/catalog/regions/X2/events/72113'

FRESH23_CASES: tuple[BlindCase, ...] = (
    # NASA media advisory M18-17, Thursday 30 November 2017 (read on a mailing-list archive): a launch targeted 'for 1:20 p.m. EST Friday, Dec. 8' (CONVENTIONS 3.1): 2017-12-08 18:20:00 UTC; '13th' is an ordinal
    B(
        text='NASA commercial cargo provider SpaceX is targeting its 13th commercial resupply services mission to the International Space Station for 1:20 p.m. EST Friday, Dec. 8.',
        due='2017-12-08 18:20:00',
        vague=False,
        said='2017-11-30 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_M18_17,
        published='2017-11-30',
    ),
    # the same advisory: coverage that 'will begin' on Thursday 7 December taken at its start, as fresh22 took start times (CONVENTIONS 3.1): end of day EST, 2017-12-08 04:59:59 UTC; unsure: coverage is an ongoing activity given only its start, which CONVENTIONS 3.2 would make earliest-only (earliest 05:00 UTC on 7 December)
    B(
        text="Coverage will begin on NASA Television and the agency's website Thursday, Dec. 7, with two briefings.",
        due='2017-12-08 04:59:59',
        vague=False,
        said='2017-11-30 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_M18_17,
        published='2017-11-30',
    ),
    # the same advisory: a launch with no time in the sentence; '4,800 pounds' and 'Falcon 9' are not times: no deadline
    B(
        text='Loaded with about 4,800 pounds of research, crew supplies and hardware, the SpaceX Dragon spacecraft will launch on a Falcon 9 rocket.',
        due=None,
        vague=False,
        said='2017-11-30 15:00:00',
        tz='America/New_York',
        cluster=1,
        source=_NASA_M18_17,
        published='2017-11-30',
    ),
    # the same advisory: '250' and 'Expeditions 53, 54 and 55' are counts and names, not times: no deadline
    B(
        text='The payloads include crucial materials to directly support several of the more than 250 science and research investigations to be conducted on the orbiting laboratory during Expeditions 53, 54 and 55.',
        due=None,
        vague=False,
        said='2017-11-30 15:00:00',
        tz='America/New_York',
        cluster=1,
        source=_NASA_M18_17,
        published='2017-11-30',
    ),
    # the same advisory: 'About 10 minutes after launch' hangs on an event the sentence does not date: event
    B(
        text='About 10 minutes after launch, Dragon will reach its preliminary orbit and deploy its solar arrays.',
        due=None,
        vague=False,
        said='2017-11-30 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_NASA_M18_17,
        published='2017-11-30',
    ),
    # the same advisory: 'scheduled' with no time: no deadline
    B(
        text='A carefully choreographed series of thruster firings are scheduled to allow the spacecraft to rendezvous with the space station.',
        due=None,
        vague=False,
        said='2017-11-30 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_M18_17,
        published='2017-11-30',
    ),
    # the same advisory: two clock times on Sunday 10 December, the latest counts (CONVENTIONS 6.1): 7:30 a.m. EST = 2017-12-10 12:30:00 UTC; unsure: both are starts of coverage, which CONVENTIONS 3.2 could make earliest-only
    B(
        text='Live coverage of the rendezvous and capture will begin at 4:30 a.m. Sunday, Dec. 10, on NASA TV, with installation coverage set to begin at 7:30 a.m.',
        due='2017-12-10 12:30:00',
        vague=False,
        said='2017-11-30 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_M18_17,
        published='2017-11-30',
    ),
    # the same advisory: 'approximately one month' runs from the berthing, an event the sentence does not date (CONVENTIONS 1.3): event; unsure: a reader could count a month from the dated capture (10 December) or from now
    B(
        text='The Dragon spacecraft will spend approximately one month attached to the space station.',
        due=None,
        vague=False,
        said='2017-11-30 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_NASA_M18_17,
        published='2017-11-30',
    ),
    # the same advisory: 'will remain until Jan. 6', then return: a stay kept to a date (CONVENTIONS 3.3), next 6 January: end of day EST, 2018-01-07 04:59:59 UTC
    B(
        text='It will remain until Jan. 6 when the spacecraft will return to Earth with results of earlier experiments, splashing down in the Pacific Ocean off the coast of Baja California.',
        due='2018-01-07 04:59:59',
        vague=False,
        said='2017-11-30 15:00:00',
        tz='America/New_York',
        cluster=3,
        source=_NASA_M18_17,
        published='2017-11-30',
    ),
    # the same advisory: a list of days 'Dec. 7 and 8' falls due at its later end (CONVENTIONS 6.1): end of 8 December EST, 2017-12-09 04:59:59 UTC
    B(
        text="Media at the agency's Kennedy Space Center in Florida will have the opportunity to participate in special tours and briefings Dec. 7 and 8, as well as view the launch.",
        due='2017-12-09 04:59:59',
        vague=False,
        said='2017-11-30 15:00:00',
        tz='America/New_York',
        cluster=3,
        source=_NASA_M18_17,
        published='2017-11-30',
    ),
    # the same advisory: a deadline told as passed: past
    B(
        text='The deadline for media to apply for accreditation for this launch has passed.',
        due=None,
        vague=False,
        said='2017-11-30 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_NASA_M18_17,
        published='2017-11-30',
    ),
    # the same advisory: no time; 'State Road 3' is a name: no deadline
    B(
        text='Media badges will be issued at the Press Accreditation Office located on State Road 3, Merritt Island.',
        due=None,
        vague=False,
        said='2017-11-30 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_M18_17,
        published='2017-11-30',
    ),
    # NASA media advisory M019-01, Wednesday 20 February 2019 (read on a mailing-list archive): launch targeted at '2:48 a.m. EST Saturday, March 2' (CONVENTIONS 3.1): 2019-03-02 07:48:00 UTC
    B(
        text='NASA and commercial crew provider SpaceX are targeting 2:48 a.m. EST Saturday, March 2, for the launch of the Demo-1 uncrewed flight test to the International Space Station.',
        due='2019-03-02 07:48:00',
        vague=False,
        said='2019-02-20 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_DEMO1_2019,
        published='2019-02-20',
    ),
    # the same advisory: no time at all
    B(
        text='The uncrewed test flights will be the first time a commercially-built and operated American rocket and spacecraft designed for humans will launch to the space station.',
        due=None,
        vague=False,
        said='2019-02-20 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_DEMO1_2019,
        published='2019-02-20',
    ),
    # the same advisory: coverage that 'will begin' on Friday 22 February taken at its start (CONVENTIONS 3.1, as fresh22 took start times): end of day EST, 2019-02-23 04:59:59 UTC; unsure: an ongoing activity given only its start is earliest-only under CONVENTIONS 3.2 (earliest 05:00 UTC on 22 February)
    B(
        text="Live coverage will begin on NASA Television and the agency's website Friday, Feb. 22 with prelaunch events.",
        due='2019-02-23 04:59:59',
        vague=False,
        said='2019-02-20 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_DEMO1_2019,
        published='2019-02-20',
    ),
    # the same advisory: 'About 10 minutes after launch' hangs on an event the sentence does not date: event
    B(
        text='About 10 minutes after launch, Crew Dragon will reach its preliminary orbit.',
        due=None,
        vague=False,
        said='2019-02-20 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_NASA_DEMO1_2019,
        published='2019-02-20',
    ),
    # the same advisory: docking 'Sunday, March 3 at 5:55 a.m. EST' (CONVENTIONS 3.1): 2019-03-03 10:55:00 UTC
    B(
        text='It is scheduled to dock to station Sunday, March 3 at 5:55 a.m. EST.',
        due='2019-03-03 10:55:00',
        vague=False,
        said='2019-02-20 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_DEMO1_2019,
        published='2019-02-20',
    ),
    # the same advisory: '400 pounds' is a weight: no deadline
    B(
        text='The Crew Dragon spacecraft will carry about 400 pounds of crew supplies and equipment to the space station and return some critical research samples to Earth.',
        due=None,
        vague=False,
        said='2019-02-20 15:00:00',
        tz='America/New_York',
        cluster=1,
        source=_NASA_DEMO1_2019,
        published='2019-02-20',
    ),
    # the same advisory: 'about five days' runs from the docking, an event the sentence does not date (CONVENTIONS 1.3): event; unsure: five days from the dated docking (3 March) is another reading
    B(
        text='The spacecraft will spend about five days attached to the space station.',
        due=None,
        vague=False,
        said='2019-02-20 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_NASA_DEMO1_2019,
        published='2019-02-20',
    ),
    # the same advisory: 'will remain ... until March 8' (CONVENTIONS 3.3): end of day EST, 2019-03-09 04:59:59 UTC
    B(
        text='Dragon will remain at the space station until March 8 when the spacecraft will return to Earth.',
        due='2019-03-09 04:59:59',
        vague=False,
        said='2019-02-20 15:00:00',
        tz='America/New_York',
        cluster=3,
        source=_NASA_DEMO1_2019,
        published='2019-02-20',
    ),
    # the same advisory: 'About five hours after Dragon leaves the station' hangs on an undated event (CONVENTIONS 1.3): event
    B(
        text='About five hours after Dragon leaves the station, it will conduct its deorbit burn, which lasts up to 10 minutes.',
        due=None,
        vague=False,
        said='2019-02-20 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_NASA_DEMO1_2019,
        published='2019-02-20',
    ),
    # the same advisory: a duration of the re-entry, an undated event: event; unsure: a general description ('It takes') could be read as recurring, or as no deadline at all
    B(
        text="It takes about 30 minutes for Dragon to re-enter the Earth's atmosphere and splash down in the Atlantic Ocean.",
        due=None,
        vague=False,
        said='2019-02-20 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_NASA_DEMO1_2019,
        published='2019-02-20',
    ),
    # the same advisory: a deadline told as passed: past
    B(
        text='The deadline for media to apply for accreditation for this launch has passed, but more information about media accreditation is available by contacting ksc-media-accreditat@mail.nasa.gov.',
        due=None,
        vague=False,
        said='2019-02-20 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_NASA_DEMO1_2019,
        published='2019-02-20',
    ),
    # the same advisory, under the heading 'Friday, Feb. 22': a range of bare clock times falls due at its later end, and with no day in the words is its next occurrence after the reference (parser docstring): 7 p.m. EST on 20 February = 2019-02-21 00:00:00 UTC; unsure: the page puts it on 22 February (00:00 UTC on 23 February), and opening hours might be read as no deadline
    B(
        text='Press Site Hours of Operation: 8 a.m. – 7 p.m.',
        due='2019-02-21 00:00:00',
        vague=False,
        said='2019-02-20 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_DEMO1_2019,
        published='2019-02-20',
    ),
    # NASA media advisory M18-118, Monday 6 August 2018 (read on a mailing-list archive): a series of briefings 'beginning Wednesday, Aug. 8' taken at its start (CONVENTIONS 3.1, as fresh22 took start times): end of day EDT, 2018-08-09 03:59:59 UTC; unsure: a series given only its start is earliest-only under CONVENTIONS 3.2 (earliest 04:00 UTC on 8 August)
    B(
        text='As NASA nears the launch of its Parker Solar Probe, the agency will host a series of media briefings beginning Wednesday, Aug. 8.',
        due='2018-08-09 03:59:59',
        vague=False,
        said='2018-08-06 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_M18_118,
        published='2018-08-06',
    ),
    # the same advisory: the one day named is the launch's, 'Saturday, Aug. 11': end of day EDT, 2018-08-12 03:59:59 UTC; unsure: the postlaunch news conference may fall later, and the briefings earlier
    B(
        text="These briefings, as well as special programs, the launch on Saturday, Aug. 11, and a postlaunch news conference all will air on NASA Television and the agency's website.",
        due='2018-08-12 03:59:59',
        vague=False,
        said='2018-08-06 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_NASA_M18_118,
        published='2018-08-06',
    ),
    # the same advisory: 'Delta IV' and 'Complex 37' are names: no deadline
    B(
        text='Parker Solar Probe will lift off on a United Launch Alliance Delta IV Heavy rocket from Space Launch Complex 37 on Cape Canaveral Air Force Station in Florida.',
        due=None,
        vague=False,
        said='2018-08-06 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_NASA_M18_118,
        published='2018-08-06',
    ),
    # the same advisory: a bare clock time with its zone word and no day is its next occurrence after the reference (parser docstring): 3:33 a.m. EDT on 7 August = 2018-08-07 07:33:00 UTC; unsure: the page puts it on launch day, 11 August (07:33 UTC that day), and the window's end (4:38 a.m.) is another reading
    B(
        text='The first launch opportunity is at 3:33 a.m. EDT, at the opening of a 65-minute window.',
        due='2018-08-07 07:33:00',
        vague=False,
        said='2018-08-06 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_M18_118,
        published='2018-08-06',
    ),
    # the same advisory: a deadline told as passed; the telephone number is not a time: past
    B(
        text="Although the deadline has passed for media to attend the launch of this historic mission to our Sun, journalists may participate in prelaunch and postlaunch news briefings via phone by contacting Kennedy's News Center at 321-867-2468 for dial-in information.",
        due=None,
        vague=False,
        said='2018-08-06 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_NASA_M18_118,
        published='2018-08-06',
    ),
    # the same advisory: no time at all
    B(
        text='The following is a complete schedule of mission coverage, including opportunities for media participation.',
        due=None,
        vague=False,
        said='2018-08-06 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_M18_118,
        published='2018-08-06',
    ),
    # the same advisory, under the heading 'Wednesday, Aug. 8': 'a full morning' is a length, not a time of its own: no deadline; unsure: read as 'in the morning' of the heading's day it would fall due at noon EDT on 8 August (16:00 UTC)
    B(
        text='NASA will host a full morning of foreign-language teleconferences for international media, during which they can discuss mission science with project researchers.',
        due=None,
        vague=False,
        said='2018-08-06 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_M18_118,
        published='2018-08-06',
    ),
    # the same advisory: 'by 8 a.m. Aug. 8' in the publisher's zone: 8 a.m. EDT = 2018-08-08 12:00:00 UTC
    B(
        text='To participate, media must email their name and affiliation to Andrew Schurr at andrew.d.schurr@xxxxxxxx by 8 a.m. Aug. 8.',
        due='2018-08-08 12:00:00',
        vague=False,
        said='2018-08-06 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_M18_118,
        published='2018-08-06',
    ),
    # the same advisory: a telephone number, not a time; the briefings hang on the launch: no deadline
    B(
        text="Media may participate in the postlaunch news briefings via phone by contacting Kennedy's News Center at 321-867-2468 for dial-in information.",
        due=None,
        vague=False,
        said='2018-08-06 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_NASA_M18_118,
        published='2018-08-06',
    ),
    # the same advisory: no time at all
    B(
        text='Parker Solar Probe will revolutionize our understanding of the Sun.',
        due=None,
        vague=False,
        said='2018-08-06 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_M18_118,
        published='2018-08-06',
    ),
    # the same advisory: no time at all
    B(
        text="The spacecraft will fly closer to the Sun's surface than any spacecraft before it, facing brutal heat and radiation.",
        due=None,
        vague=False,
        said='2018-08-06 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_M18_118,
        published='2018-08-06',
    ),
    # the same advisory: 'for decades' tells of the past; the flight has no time: past
    B(
        text="It will be the first spacecraft to fly directly through the Sun's corona – the part of the solar atmosphere visible during an eclipse – to answer questions about solar physics that have puzzled scientists for decades.",
        due=None,
        vague=False,
        said='2018-08-06 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_NASA_M18_118,
        published='2018-08-06',
    ),
    # European Commission 'Top News' agenda (AGENDA/11/38), Friday 25 November 2011: a ceremony on 'Monday 28 November' (CONVENTIONS 3.1): end of day CET, 2011-11-28 22:59:59 UTC; '2011' names the prize
    B(
        text='Monday 28 November: 2011 European Union Prize for Literature ceremony',
        due='2011-11-28 22:59:59',
        vague=False,
        said='2011-11-25 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_25NOV11,
        published='2011-11-25',
    ),
    # the same agenda: adoption on 'Tuesday 29 November': end of day CET, 2011-11-29 22:59:59 UTC
    B(
        text='Tuesday 29 November: Commission to adopt package of legislative proposals to ensure "out of court" solutions for every EU consumer',
        due='2011-11-29 22:59:59',
        vague=False,
        said='2011-11-25 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_25NOV11,
        published='2011-11-25',
    ),
    # the same agenda: adoption on 'Wednesday 30 November': end of day CET, 2011-11-30 22:59:59 UTC; 'HORIZON 2020' is a name and '2014-2020' the period the programmes cover, not the act's time
    B(
        text='Wednesday 30 November: HORIZON 2020 - The European Commission will adopt its new proposals covering the period 2014-2020 for funding programmes for Research and Innovation to boost growth and jobs; for Business Competitiveness and SME, and for EIT Strategic Innovation Agenda',
        due='2011-11-30 22:59:59',
        vague=False,
        said='2011-11-25 09:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EC_TOP_NEWS_25NOV11,
        published='2011-11-25',
    ),
    # the same agenda: an item dated 'Wednesday 30 November': end of day CET, 2011-11-30 22:59:59 UTC
    B(
        text='Wednesday 30 November: New financial instrument for Maritime Affairs and Fisheries',
        due='2011-11-30 22:59:59',
        vague=False,
        said='2011-11-25 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_25NOV11,
        published='2011-11-25',
    ),
    # the same agenda: 'Wednesday 30 November (date to be confirmed)': end of day CET, 2011-11-30 22:59:59 UTC; unsure: an unconfirmed date could be read as a mere possibility (CONVENTIONS 4.2, no deadline)
    B(
        text='Wednesday 30 November (date to be confirmed): Audit market reform',
        due='2011-11-30 22:59:59',
        vague=False,
        said='2011-11-25 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_25NOV11,
        published='2011-11-25',
    ),
    # the same agenda: 'Thursday 1 December': end of day CET, 2011-12-01 22:59:59 UTC
    B(
        text='Thursday 1 December: Commission extends crisis State aid rules for banks',
        due='2011-12-01 22:59:59',
        vague=False,
        said='2011-11-25 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_25NOV11,
        published='2011-11-25',
    ),
    # the same agenda: 'Friday 2 December': end of day CET, 2011-12-02 22:59:59 UTC
    B(
        text='Friday 2 December: Commission calls for asylum solidarity between member states',
        due='2011-12-02 22:59:59',
        vague=False,
        said='2011-11-25 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_25NOV11,
        published='2011-11-25',
    ),
    # the same agenda: 'Wednesday 7 December (date to be confirmed)': end of day CET, 2011-12-07 22:59:59 UTC; unsure: an unconfirmed date could be read as a mere possibility (CONVENTIONS 4.2)
    B(
        text='Wednesday 7 December (date to be confirmed): Commission presents its strategy on the future of the Value Added Tax system',
        due='2011-12-07 22:59:59',
        vague=False,
        said='2011-11-25 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_25NOV11,
        published='2011-11-25',
    ),
    # the same agenda: 'Wednesday 7 December': end of day CET, 2011-12-07 22:59:59 UTC; '2014-2020' is the instruments' period, not the act's time
    B(
        text='Wednesday 7 December: Commission presents proposals for external action instruments 2014-2020',
        due='2011-12-07 22:59:59',
        vague=False,
        said='2011-11-25 09:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EC_TOP_NEWS_25NOV11,
        published='2011-11-25',
    ),
    # the same agenda: no time at all
    B(
        text='The European Commission reserves the right to make changes.',
        due=None,
        vague=False,
        said='2011-11-25 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_25NOV11,
        published='2011-11-25',
    ),
    # European Commission 'Top News' agenda (AGENDA/11/40), Friday 9 December 2011: 'Monday 12 December': end of day CET, 2011-12-12 22:59:59 UTC
    B(
        text='Monday 12 December: Establishing EUROSUR - a more systematic cooperation on border surveillance',
        due='2011-12-12 22:59:59',
        vague=False,
        said='2011-12-09 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_9DEC11,
        published='2011-12-09',
    ),
    # the same agenda: 'Monday 12 December': end of day CET, 2011-12-12 22:59:59 UTC
    B(
        text='Monday 12 December: The European Commission proposes Open Data Strategy',
        due='2011-12-12 22:59:59',
        vague=False,
        said='2011-12-09 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_9DEC11,
        published='2011-12-09',
    ),
    # the same agenda: 'Tuesday 13 December (date to be confirmed)': end of day CET, 2011-12-13 22:59:59 UTC; 'for next 5 years' is the programme's period, not the act's time; unsure: the unconfirmed date could be a mere possibility (CONVENTIONS 4.2), and a reader could take the five years
    B(
        text='Tuesday 13 December (date to be confirmed): Commission presents programme for statistics for next 5 years',
        due='2011-12-13 22:59:59',
        vague=False,
        said='2011-12-09 09:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EC_TOP_NEWS_9DEC11,
        published='2011-12-09',
    ),
    # the same agenda: 'Wednesday 14 December': end of day CET, 2011-12-14 22:59:59 UTC; '2014-2020' names the programme's period
    B(
        text='Wednesday 14 December: Europe for Citizens Programme 2014-2020',
        due='2011-12-14 22:59:59',
        vague=False,
        said='2011-12-09 09:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EC_TOP_NEWS_9DEC11,
        published='2011-12-09',
    ),
    # the same agenda: 'Thursday 15 December': end of day CET, 2011-12-15 22:59:59 UTC
    B(
        text="Thursday 15 December: Report 'Employment and Social Developments in Europe'",
        due='2011-12-15 22:59:59',
        vague=False,
        said='2011-12-09 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_9DEC11,
        published='2011-12-09',
    ),
    # the same agenda: 'Monday 19 December (date to be confirmed)': end of day CET, 2011-12-19 22:59:59 UTC; 'Pericles 2020' is a name; unsure: the unconfirmed date could be a mere possibility (CONVENTIONS 4.2)
    B(
        text='Monday 19 December (date to be confirmed): Commission adopts proposals on the anti-fraud programmes Hercule III and Pericles 2020',
        due='2011-12-19 22:59:59',
        vague=False,
        said='2011-12-09 09:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EC_TOP_NEWS_9DEC11,
        published='2011-12-09',
    ),
    # the same agenda: 'Tuesday 20 December': end of day CET, 2011-12-20 22:59:59 UTC
    B(
        text='Tuesday 20 December: Decisive action against youth unemployment: the Youth Opportunities Initiative',
        due='2011-12-20 22:59:59',
        vague=False,
        said='2011-12-09 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_9DEC11,
        published='2011-12-09',
    ),
    # the same agenda: 'In December' said in December falls due at the month's end: 31 December 2011, end of day CET, 2011-12-31 22:59:59 UTC; 'Roadmap 2050' is a name
    B(
        text='In December: Commission presents Energy Roadmap 2050',
        due='2011-12-31 22:59:59',
        vague=False,
        said='2011-12-09 09:00:00',
        tz='Europe/Brussels',
        cluster=4,
        source=_EC_TOP_NEWS_9DEC11,
        published='2011-12-09',
    ),
    # the same agenda: the sentence gives no time (the heading above it does): no deadline
    B(
        text='The Commission will put forward a legislative proposal for setting up a "European border surveillance system" (EUROSUR).',
        due=None,
        vague=False,
        said='2011-12-09 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_9DEC11,
        published='2011-12-09',
    ),
    # the same agenda: no time at all
    B(
        text='The aim of EUROSUR is to reinforce control of Schengen external borders, especially at the southern maritime and eastern land borders, in order to bring down the number of irregular migrants entering the EU undetected and reduce the loss of lives of migrants at sea and prevent cross-border crime.',
        due=None,
        vague=False,
        said='2011-12-09 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_9DEC11,
        published='2011-12-09',
    ),
    # European Commission 'Top News' agenda (AGENDA/15/4847), Friday 24 April 2015: '28/4' (day first, a part above 12): 28 April, end of day CEST, 2015-04-28 21:59:59 UTC
    B(
        text='28/4: Commission to adopt European Agenda on Security',
        due='2015-04-28 21:59:59',
        vague=False,
        said='2015-04-24 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_24APR15,
        published='2015-04-24',
    ),
    # the same agenda: '29/4': 29 April, end of day CEST, 2015-04-29 21:59:59 UTC; 'monthly' describes the package, the item is dated
    B(
        text='29/4: The Commission adopts its monthly infringements package',
        due='2015-04-29 21:59:59',
        vague=False,
        said='2015-04-24 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_24APR15,
        published='2015-04-24',
    ),
    # the same agenda: '5/5' (5 May either way): end of day CEST, 2015-05-05 21:59:59 UTC; 'Spring ... 2015' names the forecast
    B(
        text='5/5: The Commission publishes Spring European Economic Forecast 2015',
        due='2015-05-05 21:59:59',
        vague=False,
        said='2015-04-24 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_24APR15,
        published='2015-04-24',
    ),
    # the same agenda: '6/5' read day first (the default): 6 May, end of day CEST, 2015-05-06 21:59:59 UTC; the agenda runs 27 April to 22 May, so 5 June is not meant
    B(
        text='6/5: Commission to unveil Digital Single Market Strategy',
        due='2015-05-06 21:59:59',
        vague=False,
        said='2015-04-24 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_24APR15,
        published='2015-04-24',
    ),
    # the same agenda: a range '6-7/5' falls due at its later end (CONVENTIONS 6.1): 7 May, end of day CEST, 2015-05-07 21:59:59 UTC
    B(
        text='6-7/5: European Civil Protection Forum',
        due='2015-05-07 21:59:59',
        vague=False,
        said='2015-04-24 08:00:00',
        tz='Europe/Brussels',
        cluster=3,
        source=_EC_TOP_NEWS_24APR15,
        published='2015-04-24',
    ),
    # the same agenda: '26/5': 26 May, end of day CEST, 2015-05-26 21:59:59 UTC
    B(
        text='26/5: International Conference on the Central African Republic: from relief to resilience',
        due='2015-05-26 21:59:59',
        vague=False,
        said='2015-04-24 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_24APR15,
        published='2015-04-24',
    ),
    # the same agenda: 'On 28 April' the act; '2015-2020' is the Agenda's period: end of day CEST, 2015-04-28 21:59:59 UTC
    B(
        text='On 28 April, the Commission is set to adopt the European Agenda on Security, setting out key priorities and actions for the period 2015-2020.',
        due='2015-04-28 21:59:59',
        vague=False,
        said='2015-04-24 08:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EC_TOP_NEWS_24APR15,
        published='2015-04-24',
    ),
    # the same agenda: no time at all
    B(
        text='The three main priorities of the European Agenda on Security will be the fight against terrorism, organised crime and cybercrime.',
        due=None,
        vague=False,
        said='2015-04-24 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_24APR15,
        published='2015-04-24',
    ),
    # the same agenda: the four dates are those of past documents; the renewal has no time of its own: past
    B(
        text='The European Agenda on Security will renew the Internal Security Strategy, following the Strategic Guidelines of the European Council of June 2014, the Council Conclusions of December 2014, the Resolution of the European Parliament of December 2014 and the Political Guidelines of President Jean-Claude Juncker of July 2014.',
        due=None,
        vague=False,
        said='2015-04-24 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_EC_TOP_NEWS_24APR15,
        published='2015-04-24',
    ),
    # the same agenda: adopted 'on 28 April' (CONVENTIONS 3.1): end of day CEST, 2015-04-28 21:59:59 UTC; the press presentation follows the same day
    B(
        text='The European Agenda on Security will be adopted by the College on 28 April at its meeting in Strasbourg, and subsequently presented to the press (specific arrangements tbc).',
        due='2015-04-28 21:59:59',
        vague=False,
        said='2015-04-24 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_24APR15,
        published='2015-04-24',
    ),
    # the same agenda: no time at all
    B(
        text='The press conference can be followed on EbS.',
        due=None,
        vague=False,
        said='2015-04-24 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_24APR15,
        published='2015-04-24',
    ),
    # European Commission 'Top News' agenda (AGENDA/15/4753), Friday 10 April 2015: '22/4': 22 April, end of day CEST, 2015-04-22 21:59:59 UTC
    B(
        text='22/4: Meeting of the African Union and European Commission Colleges',
        due='2015-04-22 21:59:59',
        vague=False,
        said='2015-04-10 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_10APR15,
        published='2015-04-10',
    ),
    # the same agenda: 'Early May' is the first third of the month (parser docstring: days 1-10): 10 May, end of day CEST, 2015-05-10 21:59:59 UTC; unsure: 'date tbc' could be read as a mere possibility (CONVENTIONS 4.2)
    B(
        text='Early May (date tbc): The Commission publishes Spring European Economic Forecast 2015',
        due='2015-05-10 21:59:59',
        vague=False,
        said='2015-04-10 08:00:00',
        tz='Europe/Brussels',
        cluster=4,
        source=_EC_TOP_NEWS_10APR15,
        published='2015-04-10',
    ),
    # the same agenda: 'seventh annual' is an ordinal and a frequency; no time: no deadline
    B(
        text='The Colleges of the African Union Commission and the European Commission will come together for their seventh annual meeting, which will take place in Brussels.',
        due=None,
        vague=False,
        said='2015-04-10 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_10APR15,
        published='2015-04-10',
    ),
    # the same agenda: both dates are past; the meeting has no time in the sentence: past
    B(
        text='This will be the first annual meeting since the new European Commission took office on 1 November 2014 and will provide an opportunity to maintain the positive momentum of the 4th EU-Africa Summit of April 2014.',
        due=None,
        vague=False,
        said='2015-04-10 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_EC_TOP_NEWS_10APR15,
        published='2015-04-10',
    ),
    # the same agenda: a standing practice with no time: recurring
    B(
        text='The meetings are held on an alternating basis in Brussels and Addis Ababa.',
        due=None,
        vague=False,
        said='2015-04-10 08:00:00',
        tz='Europe/Brussels',
        refusal='recurring',
        cluster=5,
        source=_EC_TOP_NEWS_10APR15,
        published='2015-04-10',
    ),
    # the same agenda: 'on 22 April' (CONVENTIONS 3.1): end of day CEST, 2015-04-22 21:59:59 UTC
    B(
        text='The event will be taking place on 22 April.',
        due='2015-04-22 21:59:59',
        vague=False,
        said='2015-04-10 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_10APR15,
        published='2015-04-10',
    ),
    # the same agenda: no time at all
    B(
        text='A press conference is envisaged as well as a technical briefing for the accredited press (details to follow).',
        due=None,
        vague=False,
        said='2015-04-10 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_10APR15,
        published='2015-04-10',
    ),
    # European Commission 'Top News' agenda (AGENDA/05/7), Friday 2 December 2005: 'on Monday 12th December': end of day CET, 2005-12-12 22:59:59 UTC; unsure: 'time and date to be confirmed' could make it a mere possibility (CONVENTIONS 4.2)
    B(
        text='There will be a pre-council press conference with President Barroso on Monday 12th December, time and date to be confirmed.',
        due='2005-12-12 22:59:59',
        vague=False,
        said='2005-12-02 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_2DEC05,
        published='2005-12-02',
    ),
    # the same agenda: moved 'from 7th to 21st December': the new time counts (CONVENTIONS 4.1): end of 21 December CET, 2005-12-21 22:59:59 UTC
    B(
        text='The press conference with Vice-President Jacques Barrot on cleaner cars has been moved from 7th to 21st December.',
        due='2005-12-21 22:59:59',
        vague=False,
        said='2005-12-02 09:00:00',
        tz='Europe/Brussels',
        cluster=3,
        source=_EC_TOP_NEWS_2DEC05,
        published='2005-12-02',
    ),
    # the same agenda: 'Monday 5th December': end of day CET, 2005-12-05 22:59:59 UTC; 'the next five years' is the policy's span
    B(
        text='Monday 5th December: EU Financial Services Policy for the next five years',
        due='2005-12-05 22:59:59',
        vague=False,
        said='2005-12-02 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_2DEC05,
        published='2005-12-02',
    ),
    # the same agenda: 'in March' is past, 'now' no time of its own and 'the next five years' the policy's span: no deadline; unsure: 'will now publish' could be read as today (CONVENTIONS 2.1), or the five years as a span
    B(
        text='Following the publication of a Green paper in March, the Commission will now publish a White Paper on the EU financial services policy for the next five years.',
        due=None,
        vague=False,
        said='2005-12-02 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_2DEC05,
        published='2005-12-02',
    ),
    # the same agenda: 'at 1500' with no day is its next occurrence after the reference (parser docstring): 15:00 CET on 2 December = 2005-12-02 14:00:00 UTC; unsure: the page puts it under Monday 5 December (14:00 UTC that day), and '1500' without a colon may not be read as a time at all
    B(
        text='Off the record technical briefing at 1500 with David Wright of DG MARKT at the Berlaymont in Brussels.',
        due='2005-12-02 14:00:00',
        vague=False,
        said='2005-12-02 09:00:00',
        tz='Europe/Brussels',
        cluster=2,
        source=_EC_TOP_NEWS_2DEC05,
        published='2005-12-02',
    ),
    # the same agenda: 'Tuesday 6th December': end of day CET, 2005-12-06 22:59:59 UTC
    B(
        text='Tuesday 6th December: More open and efficient defence procurement',
        due='2005-12-06 22:59:59',
        vague=False,
        said='2005-12-02 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_TOP_NEWS_2DEC05,
        published='2005-12-02',
    ),
    # the same agenda: 'September 2003' dates the launch of the consultation, past; the publication has no time in the sentence: past
    B(
        text='The Commission will publish the results of a public consultation launched in September 2003 on how to improve cross border competition in defence procurement for more open and efficient procurement.',
        due=None,
        vague=False,
        said='2005-12-02 09:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_EC_TOP_NEWS_2DEC05,
        published='2005-12-02',
    ),
    # Dáil written question, Tuesday 9 October 2012: 'in each of the past five years' asks about the past: past
    B(
        text="Deputy Jonathan O'Brien asked the Minister for Children and Youth Affairs the number of education welfare officers who retired in each of the past five years.",
        due=None,
        vague=False,
        said='2012-10-09 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_EWO_2012,
        published='2012-10-09',
    ),
    # the same answer: counts of staff, no time: no deadline
    B(
        text='The Education Welfare Service consists of 72 staff of which 57 Education Welfare Officers are involved exclusively with case work, 12 Senior Education Welfare Officers provide a frontline service and supervisory support to their respective teams and 3 Education Welfare Regional Managers are also involved in the provision of direct frontline services and operational management.',
        due=None,
        vague=False,
        said='2012-10-09 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_EWO_2012,
        published='2012-10-09',
    ),
    # the same answer: a present position, no time: no deadline
    B(
        text='With regard to the number of Education Welfare Officers delivering services in each county, I am advised by the NEWB that the current position is as follows.',
        due=None,
        vague=False,
        said='2012-10-09 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_EWO_2012,
        published='2012-10-09',
    ),
    # the same answer: no time at all
    B(
        text="The National Educational Welfare Board (NEWB), which operates under the auspices of my Department, has a statutory remit to ensure that 'each child attends a recognised school or otherwise receives a certain minimum education'.",
        due=None,
        vague=False,
        said='2012-10-09 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_EWO_2012,
        published='2012-10-09',
    ),
    # Dáil written answer, Thursday 29 February 2024: received 'on 27 November 2023', before the answer: past
    B(
        text='I confirm that an application for CA was received from the person concerned on 27 November 2023.',
        due=None,
        vague=False,
        said='2024-02-29 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_CARER_2024,
        published='2024-02-29',
    ),
    # the same answer: 'a maximum of 18.5 hours' is a standing rule of the scheme with no start (CONVENTIONS 1.3): recurring
    B(
        text='A person can be considered to be providing full-time care and attention where they are engaged in employment, self-employment or on training courses for a maximum of 18.5 hours, provided that they can show to the satisfaction of a deciding officer that adequate care has been provided for the care recipient in their absence.',
        due=None,
        vague=False,
        said='2024-02-29 10:00:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source=_CARER_2024,
        published='2024-02-29',
    ),
    # the same answer: a decision told as made; '18.5 hours per week' is a rule: past
    B(
        text='The application for CA was disallowed on the grounds that person concerned was engaged in employment for more than 18.5 hours per week and their means were determined to exceed the statutory limit.',
        due=None,
        vague=False,
        said='2024-02-29 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_CARER_2024,
        published='2024-02-29',
    ),
    # the same answer: 'on 19 January 2024', before the answer: past
    B(
        text='The person concerned was notified on 19 January 2024 of this decision, the reason for it and of their right of review and appeal.',
        due=None,
        vague=False,
        said='2024-02-29 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_CARER_2024,
        published='2024-02-29',
    ),
    # the same answer: an act told as done, no time: past
    B(
        text='On foot of this parliamentary question, the file has been sent for review.',
        due=None,
        vague=False,
        said='2024-02-29 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_CARER_2024,
        published='2024-02-29',
    ),
    # the same answer: no time at all
    B(
        text="It is a condition for receipt of CA that the applicant's means are less than the statutory limit.",
        due=None,
        vague=False,
        said='2024-02-29 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_CARER_2024,
        published='2024-02-29',
    ),
    # Dáil written answer, Thursday 13 May 2021: 'after an application is received' hangs on an undated event: event
    B(
        text='A determination on whether an applicant satisfies the statutory criteria attendant to naturalisation can only be made after an application is received.',
        due=None,
        vague=False,
        said='2021-05-13 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source=_CITIZENSHIP_2021,
        published='2021-05-13',
    ),
    # the same answer: periods of residence and marriage are standing conditions of the Act for any applicant (CONVENTIONS 1.3); 'immediately before the date of application' is not an undertaking; '1956' and '15A' name the Act: recurring
    B(
        text="The details supplied by the Deputy do not mention the place of residence, however, Section 15A of the 1956 Act provides that, where the application is based on being the spouse or civil partner of an Irish citizen the requirements include that the couple are married or civil partners to each other for a period of at least 3 years and are living together and, immediately before the date of application, have a period of one year's continuous residence in the island of Ireland and, during the preceding four years, have a further period amounting to 2 years (i.e. 3 years in total).",
        due=None,
        vague=False,
        said='2021-05-13 09:00:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source=_CITIZENSHIP_2021,
        published='2021-05-13',
    ),
    # the same answer: '1956' names the Act: no deadline
    B(
        text='The granting of Irish citizenship through naturalisation is governed by the provisions of the Irish Nationality and Citizenship Act 1956, as amended.',
        due=None,
        vague=False,
        said='2021-05-13 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_CITIZENSHIP_2021,
        published='2021-05-13',
    ),
    # the same answer: no time at all
    B(
        text='All applications for a certificate of naturalisation are processed and assessed individually in accordance with the provisions of the Act.',
        due=None,
        vague=False,
        said='2021-05-13 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_CITIZENSHIP_2021,
        published='2021-05-13',
    ),
    # the same question: no time at all
    B(
        text='Deputy Bernard J. Durkan asked the Minister for Justice the procedure to be followed to obtain citizenship in the case of a person (details supplied); and if she will make a statement on the matter.',
        due=None,
        vague=False,
        said='2021-05-13 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_CITIZENSHIP_2021,
        published='2021-05-13',
    ),
    # Commons written statement, Wednesday 12 March 2025 (read on Parallel Parliament): 'In November last year' (November 2024) is past; '2013' names the Regulations: past
    B(
        text='In November last year, the Government, jointly with the Welsh Government, announced the consultation on reforms to the Bathing Water Regulations 2013, in the first shake-up to our bathing waters since the regulations were introduced.',
        due=None,
        vague=False,
        said='2025-03-12 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_PP_WS_12MAR25,
        published='2025-03-12',
    ),
    # the same statement: counts, told of the past: past
    B(
        text='The Government received clear public support for their proposed three reforms, nine technical amendments, and two wider reforms.',
        due=None,
        vague=False,
        said='2025-03-12 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source=_PP_WS_12MAR25,
        published='2025-03-12',
    ),
    # the same statement: 'now intend' gives no time for the implementation: no deadline
    B(
        text='We now intend to proceed with their implementation.',
        due=None,
        vague=False,
        said='2025-03-12 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_PP_WS_12MAR25,
        published='2025-03-12',
    ),
    # the same statement: 'in future' is no time: no deadline
    B(
        text='We will also begin robust research and development on the wider reforms to see how they can best be implemented in future.',
        due=None,
        vague=False,
        said='2025-03-12 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_PP_WS_12MAR25,
        published='2025-03-12',
    ),
    # the same statement: the reopening 'in 2025' falls due at the year's end: 31 December 2025, end of day GMT, 2025-12-31 23:59:59 UTC
    B(
        text='We are also reopening the bathing water application window in 2025.',
        due='2025-12-31 23:59:59',
        vague=False,
        said='2025-03-12 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_PP_WS_12MAR25,
        published='2025-03-12',
    ),
    # the same statement: applications open 'From May' with no end is a start only (CONVENTIONS 3.2): earliest 1 May 2025 00:00 BST = 2025-04-30 23:00:00 UTC; the designation 'ahead of the 2026 season' is a 'may', no undertaking (CONVENTIONS 4.2)
    B(
        text='From May, communities in England can apply for new bathing waters, meaning that some additional sites may be designated ahead of the 2026 season.',
        due=None,
        vague=False,
        said='2025-03-12 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2025-04-30 23:00:00',
        cluster=5,
        source=_PP_WS_12MAR25,
        published='2025-03-12',
    ),
    # the same statement: 'later this year' runs to the year's end (parser docstring): 31 December 2025, end of day GMT, 2025-12-31 23:59:59 UTC
    B(
        text="Prospective sites will be assessed against the Government's newly reformed standards, set to become law later this year.",
        due='2025-12-31 23:59:59',
        vague=False,
        said='2025-03-12 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_PP_WS_12MAR25,
        published='2025-03-12',
    ),
    # the same statement: 'at the start of the 2025 bathing season' hangs on an event the sentence does not date: event; unsure: the season starts on 15 May in England, so a reader who knows it would date it (end of 15 May 2025, 22:59:59 UTC), and 'the start of 2025' could be read as early 2025
    B(
        text='Further details of the application process will be published in guidance at the start of the 2025 bathing season.',
        due=None,
        vague=False,
        said='2025-03-12 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_PP_WS_12MAR25,
        published='2025-03-12',
    ),
    # the same statement: no time at all
    B(
        text='DEFRA will work closely with the Environment Agency to ensure the new measures are implemented effectively and innovatively.',
        due=None,
        vague=False,
        said='2025-03-12 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_PP_WS_12MAR25,
        published='2025-03-12',
    ),
    # the same statement: 'last year' tells of the past: past
    B(
        text='To meet the scale of the challenge, and deliver transformational change, the Government last year launched an independent commission into the water sector to review its regulatory system.',
        due=None,
        vague=False,
        said='2025-03-12 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_PP_WS_12MAR25,
        published='2025-03-12',
    ),
    # Foreign Office press release, Friday 21 July 2023 (read on UKPol): the release told as issued: past
    B(
        text='The press release issued by the Foreign Office on 21 July 2023.',
        due=None,
        vague=False,
        said='2023-07-21 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_FCDO_NAMIBIA_2023,
        published='2023-07-21',
    ),
    # the same release: announced 'on 19 July 2023', two days before, 'with immediate effect': took effect then (CONVENTIONS 5.3): past
    B(
        text='The UK Government announced on 19 July 2023 that, with immediate effect, all Namibian nationals will need a visa before travelling to the UK, including to visit.',
        due=None,
        vague=False,
        said='2023-07-21 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_FCDO_NAMIBIA_2023,
        published='2023-07-21',
    ),
    # the same release: a decision told as made; 'since 2016' is past: past
    B(
        text='The decision to impose a visa regime has been made because of the sustained and significant increase since 2016, in the number of UK asylum applications from Namibian nationals at the UK border.',
        due=None,
        vague=False,
        said='2023-07-21 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_FCDO_NAMIBIA_2023,
        published='2023-07-21',
    ),
    # the same release: 'a limited period' names no time: no deadline
    B(
        text='This constitutes an abuse of the provision to visit the UK for a limited period as non-visa nationals.',
        due=None,
        vague=False,
        said='2023-07-21 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_FCDO_NAMIBIA_2023,
        published='2023-07-21',
    ),
    # the same release: 'come into effect immediately', a documented 7-day word (CONVENTIONS 5.1): 28 July 2023, end of day BST, 2023-07-28 22:59:59 UTC, vague; unsure: the changes took effect on 19 July, before the release (past, CONVENTIONS 5.3)
    B(
        text='The changes, which come into effect immediately, will apply to all Namibian nationals travelling to the UK.',
        due='2023-07-28 22:59:59',
        vague=True,
        said='2023-07-21 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_FCDO_NAMIBIA_2023,
        published='2023-07-21',
    ),
    # the same release: a window that runs 'until 15:00 BST on 16 August 2023' falls due at its end (CONVENTIONS 1.1, 3.3): 2023-08-16 14:00:00 UTC; 'four-week' agrees roughly with the date
    B(
        text='However, there will be a four-week transition period until 15:00 BST on 16 August 2023.',
        due='2023-08-16 14:00:00',
        vague=False,
        said='2023-07-21 09:00:00',
        tz='Europe/London',
        cluster=2,
        source=_FCDO_NAMIBIA_2023,
        published='2023-07-21',
    ),
    # the same release: 'During this period' hangs on the transition period the sentence does not date; 'before 19 July 2023' is past: event; unsure: a reader could carry over the period's end from the sentence before (16 August, 14:00 UTC)
    B(
        text='During this period, Namibian nationals holding confirmed tickets booked before 19 July 2023 will still be permitted to travel to the UK as a non-visa national.',
        due=None,
        vague=False,
        said='2023-07-21 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_FCDO_NAMIBIA_2023,
        published='2023-07-21',
    ),
    # the same release: told of the past and of ongoing work, no time: past
    B(
        text='We have regularly discussed the increase in asylum applications with the Government of the Republic of Namibia, and continue to work jointly on returning those Namibian nationals who are ultimately determined to be ineligible for asylum in the United Kingdom.',
        due=None,
        vague=False,
        said='2023-07-21 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_FCDO_NAMIBIA_2023,
        published='2023-07-21',
    ),
    # the same release: no time at all
    B(
        text='The announced changes bring Namibia into line with many other visa national countries, including many Commonwealth partners, with whom the UK has warm and friendly relations.',
        due=None,
        vague=False,
        said='2023-07-21 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_FCDO_NAMIBIA_2023,
        published='2023-07-21',
    ),
    # Home Office explanatory memorandum to the statement of changes HC 733, published Wednesday 12 March 2025 (gov.uk): no time at all
    B(
        text='This Explanatory Memorandum has been prepared by the Home Office and is laid before Parliament by Command of His Majesty.',
        due=None,
        vague=False,
        said='2025-03-12 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HO_HC733_EM_2025,
        published='2025-03-12',
    ),
    # the same memorandum: a refusal to answer, with no time: no deadline
    B(
        text='Queries to this e-mail address from outside Parliament about other immigration issues, including how these changes affect applications, will not receive a response.',
        due=None,
        vague=False,
        said='2025-03-12 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HO_HC733_EM_2025,
        published='2025-03-12',
    ),
    # the same memorandum: '1(4)', '3(2)' and '1971' are sections and the Act's year: no deadline
    B(
        text="This instrument amends the Immigration Rules, made under the provisions of section 1(4) and section 3(2) of the Immigration Act 1971, that are used to regulate people's entry to, and stay in, the United Kingdom.",
        due=None,
        vague=False,
        said='2025-03-12 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_HO_HC733_EM_2025,
        published='2025-03-12',
    ),
    # White House daily guidance and press schedule for Tuesday 10 January 2017, released Monday 9 January (quoted on the Chicago Sun-Times site): 'In the morning' of the scheduled day ends at noon (parser docstring), EST: 2017-01-10 17:00:00 UTC; unsure: from the words alone at the reference (9 January, 10:00), the morning of the 9th (17:00 UTC that day)
    B(
        text='In the morning, the President will receive the Presidential Daily Briefing in the Oval Office.',
        due='2017-01-10 17:00:00',
        vague=False,
        said='2017-01-09 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_GUIDANCE_10JAN17,
        published='2017-01-09',
    ),
    # the same guidance: 'In the afternoon' of 10 January ends at 18:00 EST = 2017-01-10 23:00:00 UTC; unsure: from the words alone, the afternoon of the 9th
    B(
        text='In the afternoon, the President will travel to Chicago, Illinois.',
        due='2017-01-10 23:00:00',
        vague=False,
        said='2017-01-09 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_GUIDANCE_10JAN17,
        published='2017-01-09',
    ),
    # the same guidance: 'In the evening' of 10 January ends at 23:59:59 EST = 2017-01-11 04:59:59 UTC; 'these past eight years' is past; unsure: from the words alone, the evening of the 9th
    B(
        text='In the evening, the President will deliver his farewell address to the American people, where he will thank his supporters, celebrate the ways we have changed this country for the better these past eight years, and offer his vision on where we all go from here.',
        due='2017-01-11 04:59:59',
        vague=False,
        said='2017-01-09 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_GUIDANCE_10JAN17,
        published='2017-01-09',
    ),
    # the same guidance: a deadline told as passed: past
    B(
        text="The President's address at McCormick Place is open to pre-credentialed media; however, the RSVP deadline has passed.",
        due=None,
        vague=False,
        said='2017-01-09 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_WH_GUIDANCE_10JAN17,
        published='2017-01-09',
    ),
    # the same guidance: 'Later in the evening' of 10 January ends at 23:59:59 EST = 2017-01-11 04:59:59 UTC; unsure: from the words alone, the evening of the 9th
    B(
        text='Later in the evening, the President will depart Chicago, Illinois en route Washington, DC.',
        due='2017-01-11 04:59:59',
        vague=False,
        said='2017-01-09 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_GUIDANCE_10JAN17,
        published='2017-01-09',
    ),
    # the same guidance: a bare clock time with no day is its next occurrence after the reference (parser docstring): 8 p.m. EST on 9 January = 2017-01-10 01:00:00 UTC; unsure: the schedule is for 10 January (01:00 UTC on 11 January)
    B(
        text='8:00PM THE PRESIDENT delivers his farewell address; THE VICE PRESIDENT, THE FIRST LADY, and DR. BIDEN also attend',
        due='2017-01-10 01:00:00',
        vague=False,
        said='2017-01-09 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_GUIDANCE_10JAN17,
        published='2017-01-09',
    ),
    # the same guidance: bare clock time, next occurrence after the reference: 10:25 p.m. EST on 9 January = 2017-01-10 03:25:00 UTC; unsure: the schedule is for 10 January (03:25 UTC on 11 January); the departure is from Chicago, but the schedule's times are Eastern
    B(
        text='10:25PM THE PRESIDENT departs Chicago, Illinois en route Washington, DC',
        due='2017-01-10 03:25:00',
        vague=False,
        said='2017-01-09 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_GUIDANCE_10JAN17,
        published='2017-01-09',
    ),
    # the same guidance: bare clock time, next occurrence after the reference: 1:20 a.m. EST on 10 January = 2017-01-10 06:20:00 UTC; unsure: the page lists it under 'Wednesday, January 11' (06:20 UTC that day)
    B(
        text='1:20AM THE PRESIDENT arrives at the White House',
        due='2017-01-10 06:20:00',
        vague=False,
        said='2017-01-09 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_GUIDANCE_10JAN17,
        published='2017-01-09',
    ),
    # the same guidance: no time at all
    B(
        text='The Vice President, the First Lady, and Dr. Biden will also attend.',
        due=None,
        vague=False,
        said='2017-01-09 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_GUIDANCE_10JAN17,
        published='2017-01-09',
    ),
    # White House blog, 'The Schedule' for Sunday 14 February 2016: no time at all
    B(
        text='No public schedule available at this time.',
        due=None,
        vague=False,
        said='2016-02-14 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_FEB16,
        published='2016-02-14',
    ),
    # White House blog, 'The Schedule' for Saturday 13 February 2016: 'In the evening' ends at 23:59:59 (parser docstring), EST: 2016-02-14 04:59:59 UTC; unsure: the post may have been written after the event, and the President was in California (Pacific evening ends three hours later)
    B(
        text='In the evening, the President will deliver a statement on the passing of Supreme Court Justice Antonin Scalia.',
        due='2016-02-14 04:59:59',
        vague=False,
        said='2016-02-13 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_FEB16,
        published='2016-02-13',
    ),
    # the same schedule ('All times ET'): a bare clock time, next occurrence after the reference: 8:30 p.m. EST on 13 February = 2016-02-14 01:30:00 UTC
    B(
        text='8:30 PM The President delivers a statement on the passing of Supreme Court Justice Scalia',
        due='2016-02-14 01:30:00',
        vague=False,
        said='2016-02-13 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_FEB16,
        published='2016-02-13',
    ),
    # White House blog, 'The Schedule' for Friday 12 February 2016: 'In the morning' ends at noon in the publisher's zone, EST: 2016-02-12 17:00:00 UTC; unsure: the President's morning in Los Angeles ends at noon Pacific (20:00 UTC)
    B(
        text='In the morning, the President will depart Los Angeles en route Palm Springs, California.',
        due='2016-02-12 17:00:00',
        vague=False,
        said='2016-02-12 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_FEB16,
        published='2016-02-12',
    ),
    # the same schedule: no time in the sentence
    B(
        text='The Vice President will meet with senior advisors.',
        due=None,
        vague=False,
        said='2016-02-12 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_FEB16,
        published='2016-02-12',
    ),
    # the same schedule: 'In the afternoon' ends at 18:00 EST = 2016-02-12 23:00:00 UTC
    B(
        text='In the afternoon, the Vice President will depart Washington, DC en route Wilmington, Delaware.',
        due='2016-02-12 23:00:00',
        vague=False,
        said='2016-02-12 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_FEB16,
        published='2016-02-12',
    ),
    # the same schedule: 'overnight' is no deadline of its own; unsure: a reader could take the night of the day (end of 12 February)
    B(
        text='The President will remain overnight in Palm Springs.',
        due=None,
        vague=False,
        said='2016-02-12 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_FEB16,
        published='2016-02-12',
    ),
    # the same schedule ('All times ET'): bare clock time, next occurrence after the reference: 1:45 p.m. EST on 12 February = 2016-02-12 18:45:00 UTC
    B(
        text='1:45 PM The President departs Los Angeles, CA',
        due='2016-02-12 18:45:00',
        vague=False,
        said='2016-02-12 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_FEB16,
        published='2016-02-12',
    ),
    # the same schedule: 2:40 p.m. EST on 12 February = 2016-02-12 19:40:00 UTC
    B(
        text='2:40 PM The President arrives in Palm Springs, CA',
        due='2016-02-12 19:40:00',
        vague=False,
        said='2016-02-12 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_FEB16,
        published='2016-02-12',
    ),
    # White House blog, 'The Schedule' for Thursday 11 February 2016: 'In the morning' ends at noon EST = 2016-02-11 17:00:00 UTC
    B(
        text='In the morning, the President will participate in a DSCC roundtable at a private residence.',
        due='2016-02-11 17:00:00',
        vague=False,
        said='2016-02-11 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_FEB16,
        published='2016-02-11',
    ),
    # the same schedule: no time at all
    B(
        text='The roundtable is closed press.',
        due=None,
        vague=False,
        said='2016-02-11 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_FEB16,
        published='2016-02-11',
    ),
    # kremlin.ru document item, Friday 25 August 2023: an order told as signed; 'No. 756 of October 19, 2022' names an earlier order: past
    B(
        text='Vladimir Putin signed an Executive Order On Additional Measures carried out in the regions of the Russian Federation in connection with Presidential Executive Order No. 756 of October 19, 2022 On Introducing Martial Law in the Donetsk People’s Republic, Lugansk People’s Republic, Zaporozhye and Kherson Regions.',
        due=None,
        vague=False,
        said='2023-08-25 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source=_KREMLIN_MARTIAL_2023,
        published='2023-08-25',
    ),
    # the same item: told as done, no time: past
    B(
        text='The Executive Order was signed to improve the efficiency of the performance of the senior officials (executive government bodies) of the constituent entities of the Russian Federation in connection with the introduction of martial law on the territories of the DPR, LPR, and the Zaporozhye and Kherson regions.',
        due=None,
        vague=False,
        said='2023-08-25 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source=_KREMLIN_MARTIAL_2023,
        published='2023-08-25',
    ),
    # the same item: an instruction with no time: no deadline
    B(
        text='The Executive Order instructs senior officials of the said regions of the Russian Federation to establish interdepartmental coordinating bodies (defence headquarters) that perform the functions of a territorial defence headquarters and the operational headquarters of a region of the Russian Federation.',
        due=None,
        vague=False,
        said='2023-08-25 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source=_KREMLIN_MARTIAL_2023,
        published='2023-08-25',
    ),
    # the same item: no time at all
    B(
        text='The defence headquarters is headed by the senior official of the region of the Russian Federation.',
        due=None,
        vague=False,
        said='2023-08-25 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source=_KREMLIN_MARTIAL_2023,
        published='2023-08-25',
    ),
    # the same item: no time at all
    B(
        text='The Executive Order determines the composition of the defence headquarters and its authority.',
        due=None,
        vague=False,
        said='2023-08-25 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source=_KREMLIN_MARTIAL_2023,
        published='2023-08-25',
    ),
)
