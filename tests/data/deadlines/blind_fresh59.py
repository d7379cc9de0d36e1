"""A FIFTY-NINTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 23:20 by the machine's clock, by a
labelling helper (branch issue12l59-s36) that neither changed nor ran the parser, working at
the same time as the labeller of the fifty-eighth set (whose claims were treated as used and
whose file was not opened). It read `CONVENTIONS.md` (the labelling rules, which win over
any earlier set's comment), the docstring, comments and README section of
`blind_fresh34.py`, and the docstring of the parser package only (for the parts of the day,
the vague windows, the weekend ending on Sunday and "a date without a year is its next
occurrence"); nothing else of `bot/core/deadlines/` was opened. The brief allowed any
publisher but no one above a third of the cases, asked for at least eight publishers, several
genres and at least half of the cases from outside the United States. The set quotes
messages of US embassies (Khartoum, Algiers, Montevideo, Buenos Aires, Luxembourg, Nairobi,
Manila), Australian Government releases, a doorstop and an embassy's news notes, European
Commission Daily News items (one as carried by Europe Direct Gozo), a UK Parliament page (a
Commons committee's conclusions), a Defra press release, a Scottish Parliament committee report, a
Wikinews Bulletin editorial and a New Zealand Government release as carried by Scoop.
As in the twenty-seventh set onwards, every sentence quoted holds a time word of some kind
(a date, a clock time, a day word, a period, a span, a year in a name, "now", "currently",
"since", "previously", "recently", "quickly", "when", "while", "until", "during",
"shortly"); the sentences of the pages read that hold none were skipped, as were titles,
headings, date and release lines, labels before colons ("Event:", "Location:"), speakers'
names, bylines, site notices around the item, telephone and address lines and lines cut off
by the start or end of an opening. A point of a list was taken as its own case; no word was
changed (misspellings such as "recieve", "Metrology" and "applicationof" stay as
the pages have them), and quotation marks stay as the pages have them. The sentences were
found with a search over stored copies of public pages and taken as they came in the
openings the search returns, in page order. See README.md ("Fifty-ninth fresh blind set") for
every address, publisher and licence. No address listed in README.md, in a README or file
under `tests/data/` or in the shared claims file was used: each was checked against them (the
address and a distinctive phrase of the page) and claimed (`fresh59`) in
`/work/helper-brief/claims.txt` before a quote was taken; pages already used (among them
Wikinews stories on two shuttle launches, Lords written answers of 1997 to 1999 and of 15 May
2002 (the last found in the eighth fresh set by the final check and dropped before commit), a
Commons written answer of 1992, European Commission items on a Bratislava visit, a fact sheet on
infringements and a Daily News of 12 June 2019, and an EMA news feed) were dropped. Each label
was worked out by hand from the words, the publication date and the publisher's zone; the
conversion of local instants to UTC wall time, the weekday checks and the day count of the
vague window were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the labels
were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (an embassy: its city's
zone; the Australian Government in Canberra: Australia/Sydney, and its Vienna embassy:
Europe/Vienna; the European Commission: Europe/Brussels; UK and Scottish publishers:
Europe/London; the New Zealand Government: Pacific/Auckland; Wikinews: UTC); the publication
date at 10:00 local (every page shows a date of its own, on the page or in its address); a
day falls due at 23:59:59 local (zoneinfo decides the offset); a clock time without a zone
word is in the publisher's zone on the day the page or its sentence gives; a range, a list or
a window falls due at its later end; the afternoon ends at 18:00, the weekend at the end of
Sunday, and "shortly" takes the parser's documented window of 60 days; a time that the
sentence hangs on an undated event or on a day or window another sentence dates ("when using
public transportation", "during this time", "until the demonstration has ended", "as soon as
reasonably practicable after the end of the survey") is `refusal='event'`, and where the page
dates that event elsewhere the label is marked "unsure" and names the instant; standing
schedules ("every Monday", "produced weekly", opening hours from Monday to Friday) are
`refusal='recurring'`; refusals have `due=None` and a `refusal` kind (past | event |
recurring; this set holds no negated or earliest-only case); a sentence whose time words set
no time for any act (a year in the name of a regulation, an Act or a message, "now" or
"currently" on a present state, "quickly", "while", a possibility that is no undertaking)
has `due=None` and no refusal word. Labels marked "unsure" name the other reading; like
every label here they stay as committed, whatever the first run shows. First run: not yet
taken (the lead runs it once, after merging, and records it in README.md). Never edit these
labels to fit the parser.

Licence audit of stop 48 (branch lic48-s48): 7 of these 120 cases, quoted from New Zealand Government
ministerial releases, speeches or transcripts (beehive.govt.nz, directly or as carried by Scoop, MIL-OSI
or Order Paper), were removed: beehive.govt.nz/copyright allows reproduction only "for personal or
in-house use", which is not an open licence. 113 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 8 case(s) removed, Scottish Parliament material (Scottish Parliament Copyright Licence, https://parlamaid-alba.scot/about/copyright: no use in connection with party political purposes or advertising endorsement, a restriction of purpose: not open); 105 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_USEMB_KHARTOUM_18NOV15 = (
    "https://sd.usembassy.gov/security-message-u-s-citizens-protest-egyptian-embassy/"
)
_USEMB_ALGIERS_9MAY19 = "https://dz.usembassy.gov/demonstration-alert-u-s-embassy-algiers-050919/"
_USEMB_MONTEVIDEO_7FEB19 = (
    "https://uy.usembassy.gov/message-to-u-s-citizens-venezuela-meeting-demonstrations/"
)
_USEMB_BUENOSAIRES_18FEB19 = "https://ar.usembassy.gov/demonstration-alert-u-s-embassy-buenos-aires-argentina-february-18-2019/"
_USEMB_LUXEMBOURG_26JUN20 = "https://lu.usembassy.gov/demonstration-alert-committee-for-just-peace-in-the-middle-east-demonstration/"
_USEMB_NAIROBI_24NOV17 = "https://ke.usembassy.gov/security-message-u-s-citizens-november-24-2017/"
_USEMB_NAIROBI_24JUL17 = (
    "https://ke.usembassy.gov/security-message-u-s-citizens-august-8-kenya-general-elections/"
)
_USEMB_MANILA_8NOV17 = "https://ph.usembassy.gov/message-u-s-citizens-u-s-embassy-closure-november-13-15-2017-due-asean-summit/"
_WN_BULLETIN_11JUN07 = "https://en.m.wikinews.org/wiki/Wikinews:Wikinews_Bulletin/2007-1/New_Wikinews_community_newspaper_established"
_EFRA_FLOOD_20JAN17 = (
    "https://publications.parliament.uk/pa/cm201617/cmselect/cmenvfru/926/92604.htm"
)
_DEFRA_FLOODS_9FEB12 = "http://www.defra.gov.uk/news/2012/02/09/25000-homes-flood-protection/"
_SP_JUSTICE_7DEC18 = "https://www.parliament.scot/chamber-and-committees/committees/committee-reports/j/2018/12/7/consent-notifications-considered-by-the-justice-committee-4-december-2018"
_GA_AEM_28AUG08 = "http://www.ga.gov.au/about-us/news-media/media/media-archive/media-2008/new-airborne-geophysical-survey-underway-in-nt.html"
_AUFM_POSTS_7AUG99 = "https://foreignminister.gov.au/releases/1999/fa089_99.html"
_AUFM_POSTS_18JUL03 = "https://foreignminister.gov.au/releases/2003/fa089_03.html"
_AUENV_TSUNAMI_6DEC06 = "http://environment.gov.au/minister/archive/ps/2006/psmr06dec06.html"
_AUENV_XMASIS_16DEC05 = "http://www.environment.gov.au/minister/archive/ps/2005/psmr16dec205.html"
_AUFM_TSUNAMI_10MAY05 = (
    "https://foreignminister.gov.au/releases/2005/joint_ruddock_tsunami_100505.html"
)
_AUEMB_VIENNA_3NOV06 = "https://vienna.mission.gov.au/vien/KMB13.html"
_AUENV_CWG_22AUG06 = "http://environment.gov.au/minister/archive/env/2006/mr22aug06.html"
_AUENV_ENVIROFUND_11MAY04 = (
    "http://www.environment.gov.au/minister/archive/env/2004/mr11may604.html"
)
_AUENV_GARRETT_24MAR09 = "http://environment.gov.au/minister/archive/env/2009/tr20090324.html"
_EC_GDPR_24JAN18 = "http://europa.eu/rapid/press-release_MEX-18-426_en.htm"
_EC_UKRAINE_19DEC16 = "http://europa.eu/rapid/midday-express-19-12-2016.htm"
_EC_NATO_10JUL18 = "http://europa.eu/rapid/press-release_MEX-18-4449_en.htm"
_EC_ART50_3MAY17 = "http://europedirectgozo.org/index.php/news/2017-daily-news-sheets/may-2017-daily-news/daily-news-03-05-2017"

FRESH59_CASES: tuple[BlindCase, ...] = (
    # US Department of State, U.S. Embassy Khartoum, 'Security Message for U.S. Citizens: Protest at Egyptian Embassy' (18 November 2015, the date under its title; the title, the closing 'For further information' lines and the sentences without a time word are not quoted; zone Africa/Khartoum, then UTC+3): a gathering called for 'tomorrow, November 19 at 10:00 a.m.', a one-off event at its time (CONVENTIONS 3.1); 'immediate' belongs to a demand of others, not to an undertaking: 19 November 2015, 10:00 EAT
    B(
        text="The U.S. Embassy in Khartoum informs U.S. citizens that Sudanese social media sites are calling on people to gather tomorrow, November 19 at 10:00 a.m. outside the Egyptian Embassy in Khartoum to protest the treatment of Sudanese citizens in Egypt and demand the immediate withdrawal of the Sudanese Ambassador in Cairo.",
        due="2015-11-19 07:00:00",
        vague=False,
        said="2015-11-18 07:00:00",
        tz="Africa/Khartoum",
        cluster=2,
        source=_USEMB_KHARTOUM_18NOV15,
        published="2015-11-18",
    ),
    # the same message: keep away 'from 9:00 a.m. Thursday, November 19 until the demonstration has ended', an end hung on an undated event: event; unsure: earliest-only from 19 November 2015, 09:00 EAT (CONVENTIONS 3.2)
    B(
        text="All U.S. citizens are strongly cautioned to avoid the area around the Egyptian Embassy, located in the northwestern area of Khartoum City in the vicinity of Friendship Hall and the Corinthia Hotel, from 9:00 a.m. Thursday, November 19 until the demonstration has ended.",
        due=None,
        vague=False,
        said="2015-11-18 07:00:00",
        tz="Africa/Khartoum",
        refusal="event",
        cluster=5,
        source=_USEMB_KHARTOUM_18NOV15,
        published="2015-11-18",
    ),
    # the same message: 'for the duration of the day' points to the protest day another sentence dates: event; unsure: 19 November 2015, end of day EAT
    B(
        text="Embassy employees have been advised to avoid known Egyptian businesses and restaurants for the duration of the day, as the protest may spill towards those locations.",
        due=None,
        vague=False,
        said="2015-11-18 07:00:00",
        tz="Africa/Khartoum",
        refusal="event",
        cluster=5,
        source=_USEMB_KHARTOUM_18NOV15,
        published="2015-11-18",
    ),
    # US Department of State, U.S. Embassy Algiers, 'Demonstration Alert' (9 May 2019, the date in its title line; the labels before colons, the list of actions without a time word and the assistance lines are not quoted; zone Africa/Algiers): 'At previous demonstrations': past
    B(
        text="At previous demonstrations, there were reports of confrontations between police and protestors involving tear gas and water cannons and reports of property damage and injuries.",
        due=None,
        vague=False,
        said="2019-05-09 09:00:00",
        tz="Africa/Algiers",
        refusal="past",
        cluster=5,
        source=_USEMB_ALGIERS_9MAY19,
        published="2019-05-09",
    ),
    # the same alert: 'during and immediately after large demonstrations', times hung on undated events ('immediately' is tied to them, not an undertaking of the speaker, CONVENTIONS 5.2): event
    B(
        text="U.S. government personnel are encouraged to limit non-essential movements during and immediately after large demonstrations and instructed not to participate, watch, or remain near demonstrations or areas where they observe acts of criminality.",
        due=None,
        vague=False,
        said="2019-05-09 09:00:00",
        tz="Africa/Algiers",
        refusal="event",
        cluster=5,
        source=_USEMB_ALGIERS_9MAY19,
        published="2019-05-09",
    ),
    # US Department of State, U.S. Embassy Montevideo, 'Message to U.S. Citizens: Venezuela Meeting Demonstrations' (7 February 2019, the date under its title; the labels before colons, the location line and the actions without a time word are not quoted; zone America/Montevideo): demonstrations planned 'On Thursday, February 7', the day of the message (CONVENTIONS 3.1): 7 February 2019, end of day UYT
    B(
        text="On Thursday, February 7, demonstrations are planned at Plaza Independencia, Plaza Entevero and Plaza Libertad relating to the meetings being held in Montevideo regarding Venezuela.",
        due="2019-02-08 02:59:59",
        vague=False,
        said="2019-02-07 13:00:00",
        tz="America/Montevideo",
        cluster=6,
        source=_USEMB_MONTEVIDEO_7FEB19,
        published="2019-02-07",
    ),
    # the same message, a point of its details: 'during the afternoon' of the day of the message, the afternoon ending at 18:00 (parser docstring): 7 February 2019, 18:00 UYT
    B(
        text="An Anti-Imperialist group will be protesting during the afternoon at Plaza Independencia.",
        due="2019-02-07 21:00:00",
        vague=False,
        said="2019-02-07 13:00:00",
        tz="America/Montevideo",
        cluster=2,
        source=_USEMB_MONTEVIDEO_7FEB19,
        published="2019-02-07",
    ),
    # the same list: a protest 'at 6:30 p.m.', a bare clock time read on the day of the message: 7 February 2019, 18:30 UYT
    B(
        text="The group “Venezuela somos todos Uruguay” is calling for a protest at 6:30 p.m. at Plaza Entevero.",
        due="2019-02-07 21:30:00",
        vague=False,
        said="2019-02-07 13:00:00",
        tz="America/Montevideo",
        cluster=2,
        source=_USEMB_MONTEVIDEO_7FEB19,
        published="2019-02-07",
    ),
    # the same list: 'at 7:00 p.m.': 7 February 2019, 19:00 UYT
    B(
        text="Members from the PIT-CNT will be protesting for “Dialogue and Peace in Venezuela” at 7:00 p.m. at Plaza Libertad.",
        due="2019-02-07 22:00:00",
        vague=False,
        said="2019-02-07 13:00:00",
        tz="America/Montevideo",
        cluster=2,
        source=_USEMB_MONTEVIDEO_7FEB19,
        published="2019-02-07",
    ),
    # US Department of State, U.S. Embassy Buenos Aires, 'Demonstration Alert' (18 February 2019, the date in its title; the labels before colons, the location lines and the sentences and actions without a time word are not quoted; zone America/Argentina/Buenos_Aires): a demonstration 'Monday, February 18, beginning at 5 p.m.', a one-off event at its starting time (CONVENTIONS 3.1): 18 February 2019, 17:00 ART; unsure: earliest-only from that time (CONVENTIONS 3.2)
    B(
        text="A demonstration is expected to take place Monday, February 18, beginning at 5 p.m. at Plaza Italia.",
        due="2019-02-18 20:00:00",
        vague=False,
        said="2019-02-18 13:00:00",
        tz="America/Argentina/Buenos_Aires",
        cluster=2,
        source=_USEMB_BUENOSAIRES_18FEB19,
        published="2019-02-18",
    ),
    # the same alert: 'then', after the demonstration the sentence before dates: event; unsure: 18 February 2019, end of day ART
    B(
        text="The demonstration is then expected to move in the vicinity of the U.S. Embassy in Buenos Aires.",
        due=None,
        vague=False,
        said="2019-02-18 13:00:00",
        tz="America/Argentina/Buenos_Aires",
        refusal="event",
        cluster=5,
        source=_USEMB_BUENOSAIRES_18FEB19,
        published="2019-02-18",
    ),
    # the same alert: 'recent' dates past actions and the protest is given no time here: no deadline; unsure: past
    B(
        text="The group intends to protest U.S. policy and recent actions towards Venezuela.",
        due=None,
        vague=False,
        said="2019-02-18 13:00:00",
        tz="America/Argentina/Buenos_Aires",
        cluster=1,
        source=_USEMB_BUENOSAIRES_18FEB19,
        published="2019-02-18",
    ),
    # US Department of State, U.S. Embassy Luxembourg, 'Demonstration Alert – Committee for Just Peace in the Middle East Demonstration' (26 June 2020, the date under its title; the labels before colons, the sentences without a time word and the list of actions are not quoted; zone Europe/Luxembourg): a demonstration planned 'for Saturday, June 27, 2020' (CONVENTIONS 3.1): 27 June 2020, end of day CEST
    B(
        text="The Committee for Just Peace in the Middle East has planned a demonstration for Saturday, June 27, 2020 at Place Clairefontaine.",
        due="2020-06-27 21:59:59",
        vague=False,
        said="2020-06-26 08:00:00",
        tz="Europe/Luxembourg",
        cluster=6,
        source=_USEMB_LUXEMBOURG_26JUN20,
        published="2020-06-26",
    ),
    # the same alert: two clock times of the demonstration the sentence before dates: event; unsure: 27 June 2020, 13:00 CEST, the later time (CONVENTIONS 6.1)
    B(
        text="The demonstration will begin at 11:00 a.m. and is expected to conclude at 13:00 p.m.",
        due=None,
        vague=False,
        said="2020-06-26 08:00:00",
        tz="Europe/Luxembourg",
        refusal="event",
        cluster=2,
        source=_USEMB_LUXEMBOURG_26JUN20,
        published="2020-06-26",
    ),
    # the same alert: 'Historically' tells of the past and 'quickly' sets no time for any act: no deadline
    B(
        text="Historically in Luxembourg, gatherings of this type have been peaceful and orderly, however, U.S. citizens are encouraged to exercise caution and avoid the area as demonstrations can quickly become unpredictable.",
        due=None,
        vague=False,
        said="2020-06-26 08:00:00",
        tz="Europe/Luxembourg",
        cluster=1,
        source=_USEMB_LUXEMBOURG_26JUN20,
        published="2020-06-26",
    ),
    # US Department of State, U.S. Embassy Nairobi, 'Security Message for U.S. Citizens' (24 November 2017, the date under its title; the headings, the sentences without a time word and the closing lines are not quoted; zone Africa/Nairobi): a swearing-in 'on Tuesday, November 28, 2017' (CONVENTIONS 3.1): 28 November 2017, end of day EAT
    B(
        text="President Uhuru Kenyatta will be sworn in as President of Kenya for a second term on Tuesday, November 28, 2017.",
        due="2017-11-28 20:59:59",
        vague=False,
        said="2017-11-24 07:00:00",
        tz="Africa/Nairobi",
        cluster=6,
        source=_USEMB_NAIROBI_24NOV17,
        published="2017-11-24",
    ),
    # the same message: 'Ongoing' and 'with little notice' set no time for any act, and the protests are a possibility (CONVENTIONS 4.2): no deadline
    B(
        text="Ongoing political tensions regarding the election and the swearing-in may result in rallies, demonstrations, and protests, which may occur with little notice.",
        due=None,
        vague=False,
        said="2017-11-24 07:00:00",
        tz="Africa/Nairobi",
        cluster=1,
        source=_USEMB_NAIROBI_24NOV17,
        published="2017-11-24",
    ),
    # the same message, a point of its list: 'when in the vicinity of' undated gatherings: event
    B(
        text="Avoid areas where demonstrations are taking place and exercise caution when in the vicinity of any large gatherings, protests, or demonstrations.",
        due=None,
        vague=False,
        said="2017-11-24 07:00:00",
        tz="Africa/Nairobi",
        refusal="event",
        cluster=5,
        source=_USEMB_NAIROBI_24NOV17,
        published="2017-11-24",
    ),
    # the same list, the second sentence of a point: 'when using public transportation', an undated occasion: event
    B(
        text="Remain alert when using public transportation.",
        due=None,
        vague=False,
        said="2017-11-24 07:00:00",
        tz="Africa/Nairobi",
        refusal="event",
        cluster=5,
        source=_USEMB_NAIROBI_24NOV17,
        published="2017-11-24",
    ),
    # US Department of State, U.S. Embassy Nairobi, 'Security Message for U.S. Citizens: August 8 Kenya General Elections' (24 July 2017, the date under its title; the title, the sentences and points without a time word and the closing lines are not quoted; zone Africa/Nairobi): elections 'scheduled' for 'August 8, 2017' (CONVENTIONS 3.1): 8 August 2017, end of day EAT
    B(
        text="Kenya is scheduled to hold elections August 8, 2017.",
        due="2017-08-08 20:59:59",
        vague=False,
        said="2017-07-24 07:00:00",
        tz="Africa/Nairobi",
        cluster=6,
        source=_USEMB_NAIROBI_24JUL17,
        published="2017-07-24",
    ),
    # the same message: 'fully underway' tells of a present state and the vote is given no time in this sentence: no deadline; unsure: event (the election the sentence before dates, 8 August 2017)
    B(
        text="Kenyans will vote for more than 1,800 offices across 47 counties, and campaigning for local and national offices is fully underway.",
        due=None,
        vague=False,
        said="2017-07-24 07:00:00",
        tz="Africa/Nairobi",
        cluster=1,
        source=_USEMB_NAIROBI_24JUL17,
        published="2017-07-24",
    ),
    # the same message: 'since 1992', 'in 2007': past
    B(
        text="Kenya has experienced some pre-electoral violence in cycles since 1992 and significant post-election violence in 2007.",
        due=None,
        vague=False,
        said="2017-07-24 07:00:00",
        tz="Africa/Nairobi",
        refusal="past",
        cluster=5,
        source=_USEMB_NAIROBI_24JUL17,
        published="2017-07-24",
    ),
    # the same message: 'with little notice' on a possibility (CONVENTIONS 4.2): no deadline
    B(
        text="Rallies, demonstrations, and protests may occur with little notice, and even those intended to be peaceful can escalate into violence.",
        due=None,
        vague=False,
        said="2017-07-24 07:00:00",
        tz="Africa/Nairobi",
        cluster=1,
        source=_USEMB_NAIROBI_24JUL17,
        published="2017-07-24",
    ),
    # the same message, a point of its list: 'when using public transportation': event
    B(
        text="Avoid crowds and remain alert when using public transportation.",
        due=None,
        vague=False,
        said="2017-07-24 07:00:00",
        tz="Africa/Nairobi",
        refusal="event",
        cluster=5,
        source=_USEMB_NAIROBI_24JUL17,
        published="2017-07-24",
    ),
    # the same list: restrictions that 'could occur during the elections period', a possibility and no undertaking (CONVENTIONS 4.2): no deadline; unsure: event (the period around 8 August 2017)
    B(
        text="Restrictions on traffic circulation, either imposed by the authorities or caused by political rallies, could occur during the elections period.",
        due=None,
        vague=False,
        said="2017-07-24 07:00:00",
        tz="Africa/Nairobi",
        cluster=5,
        source=_USEMB_NAIROBI_24JUL17,
        published="2017-07-24",
    ),
    # the same message: a date naming an earlier message: no deadline
    B(
        text="Please see our Travel Alert and consult our March 13, 2017 Security Message for advice on personal preparedness.",
        due=None,
        vague=False,
        said="2017-07-24 07:00:00",
        tz="Africa/Nairobi",
        cluster=1,
        source=_USEMB_NAIROBI_24JUL17,
        published="2017-07-24",
    ),
    # US Department of State, U.S. Embassy Manila, 'Message for U.S. Citizens: U.S. Embassy Closure November 13-15, 2017 due to ASEAN Summit' (8 November 2017, the date under its title; the title, the sentences without a time word, the telephone lines and the last cut-off point are not quoted; zone Asia/Manila): a closure 'Monday, November 13 through Wednesday, November 15, 2017', a window at its later end (CONVENTIONS 6.1): 15 November 2017, end of day PHT
    B(
        text="The Consular Section of the U.S. Embassy will be closed to the public for routine services Monday, November 13 through Wednesday, November 15, 2017.",
        due="2017-11-15 15:59:59",
        vague=False,
        said="2017-11-08 02:00:00",
        tz="Asia/Manila",
        cluster=3,
        source=_USEMB_MANILA_8NOV17,
        published="2017-11-08",
    ),
    # the same message: road closures 'From November 11 to 15', the range at its later end (CONVENTIONS 6.1): 15 November 2017, end of day PHT
    B(
        text="From November 11 to 15, the Metropolitan Manila Development Authority (MMDA) will temporarily close portions of EDSA, Roxas Boulevard, and other roads to accommodate delegates attending the ASEAN Summit.",
        due="2017-11-15 15:59:59",
        vague=False,
        said="2017-11-08 02:00:00",
        tz="Asia/Manila",
        cluster=3,
        source=_USEMB_MANILA_8NOV17,
        published="2017-11-08",
    ),
    # the same point: 'during this time' points to the window the sentence before dates: event; unsure: 15 November 2017, end of day PHT
    B(
        text="Road access to the U.S. Embassy compound on Roxas Boulevard will be severely curtailed or blocked during this time.",
        due=None,
        vague=False,
        said="2017-11-08 02:00:00",
        tz="Asia/Manila",
        refusal="event",
        cluster=5,
        source=_USEMB_MANILA_8NOV17,
        published="2017-11-08",
    ),
    # the same message: 'during this time period', a window dated in the points before: event; unsure: 15 November 2017, end of day PHT
    B(
        text="The U.S. Embassy encourages citizens to monitor local media for updates on road, airport, and other facility closures and traffic delays throughout Metro Manila during this time period.",
        due=None,
        vague=False,
        said="2017-11-08 02:00:00",
        tz="Asia/Manila",
        refusal="event",
        cluster=5,
        source=_USEMB_MANILA_8NOV17,
        published="2017-11-08",
    ),
    # the same message, a point of its closing list: opening hours 'from 7:30 a.m. to 4:00 p.m. Monday through Friday', a standing weekly schedule: recurring
    B(
        text="Contact the U.S. Embassy in Manila, Philippines, located at 1201 Roxas Boulevard, at +(63) (2) 301-2000, from 7:30 a.m. to 4:00 p.m. Monday through Friday.",
        due=None,
        vague=False,
        said="2017-11-08 02:00:00",
        tz="Asia/Manila",
        refusal="recurring",
        cluster=5,
        source=_USEMB_MANILA_8NOV17,
        published="2017-11-08",
    ),
    # the same point: 'After-hours' names a standing part of the day and sets no time for any act: no deadline; unsure: recurring
    B(
        text="After-hours emergency number for U.S. citizens is +(63) (2) 301-2000.",
        due=None,
        vague=False,
        said="2017-11-08 02:00:00",
        tz="Asia/Manila",
        cluster=1,
        source=_USEMB_MANILA_8NOV17,
        published="2017-11-08",
    ),
    # Wikinews, The Wikinews Bulletin, 'New Wikinews community newspaper established' (by Daniel Bryant, June 11, 2007; the byline, the headings, the sentences without a time word and the last line cut off by the end of the opening are not quoted; zone UTC): 'on a fortnightly basis, every Monday', a standing schedule with no start of its own: recurring
    B(
        text="I plan to publish it on a fortnightly basis, every Monday.",
        due=None,
        vague=False,
        said="2007-06-11 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WN_BULLETIN_11JUN07,
        published="2007-06-11",
    ),
    # the same editorial: 'produced weekly': recurring
    B(
        text="It is a similar publication of The Wikipedia Signpost, which is produced weekly on the English Wikipedia.",
        due=None,
        vague=False,
        said="2007-06-11 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WN_BULLETIN_11JUN07,
        published="2007-06-11",
    ),
    # the same editorial: 'the last two weeks' before each fortnightly issue, a span of every edition: recurring; unsure: past (the two weeks before 11 June 2007)
    B(
        text="I envisage that it will be composed of 'Feature stories', about the important happenings of the last two weeks in the Wikinews community.",
        due=None,
        vague=False,
        said="2007-06-11 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WN_BULLETIN_11JUN07,
        published="2007-06-11",
    ),
    # the same editorial: 'regular' sets no time for any act: no deadline
    B(
        text="The Bulletin will also feature regular segments, such as Administrators and accreditations and Featured content.",
        due=None,
        vague=False,
        said="2007-06-11 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN_BULLETIN_11JUN07,
        published="2007-06-11",
    ),
    # the same editorial: 'the fortnightly publication' (the spelling as on the page): recurring
    B(
        text="Users can recieve the fortnightly publication directly on their talk page, by adding their name to the 'Spamlist'.",
        due=None,
        vague=False,
        said="2007-06-11 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WN_BULLETIN_11JUN07,
        published="2007-06-11",
    ),
    # the same editorial: 'Finally' orders the points and sets no time: no deadline
    B(
        text="Finally, given the size of Wikinews that makes it necessary, even a small community newspaper is a huge task.",
        due=None,
        vague=False,
        said="2007-06-11 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN_BULLETIN_11JUN07,
        published="2007-06-11",
    ),
    # UK Parliament, House of Commons Environment, Food and Rural Affairs Committee, 'Future flood prevention: Government's response', conclusions (dated 20 January 2017 at their foot; the heading, the point numbers and the paragraph references are not quoted; zone Europe/London): a request for information 'by the end of February', a month without a year read as its next occurrence; the financial years name the programme: 28 February 2017, end of day GMT
    B(
        text="We request that Defra provides us by the end of February with additional information on how much of the £2.5 billion flood risk management programme for 2015–16 to 2020–2021 includes natural flood management approaches, beyond the £15 million referred to in the response.",
        due="2017-02-28 23:59:59",
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_EFRA_FLOOD_20JAN17,
        published="2017-01-20",
    ),
    # the same point: 'by the end of February': 28 February 2017, end of day GMT
    B(
        text="We also request a fuller response by the end of February to our proposals for improving local governance and partnership working at catchment level to address our concerns about fragmented and inefficient flood risk management structures.",
        due="2017-02-28 23:59:59",
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EFRA_FLOOD_20JAN17,
        published="2017-01-20",
    ),
    # the next point: 'by the end of 2017': 31 December 2017, end of day GMT
    B(
        text="Defra must update us by the end of 2017 on progress on those recommendations where actions will not be completed in the timescales we recommended.",
        due="2017-12-31 23:59:59",
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EFRA_FLOOD_20JAN17,
        published="2017-01-20",
    ),
    # UK Government, Department for Environment, Food and Rural Affairs, press release '25,000 more homes to be better protected from flooding' (9 February 2012, the date in its address; the title, the site's banner on the coalition government, the sentences without a time word and the last line cut off by the end of the opening are not quoted; the summary line and the body's first sentence of the same words are taken once; zone Europe/London): schemes to 'begin construction this year': 31 December 2012, end of day GMT; unsure: the financial year 2012-13 the next sentence names (31 March 2013)
    B(
        text="In total, 60 flood and coastal risk schemes will begin construction this year.",
        due="2012-12-31 23:59:59",
        vague=False,
        said="2012-02-09 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DEFRA_FLOODS_9FEB12,
        published="2012-02-09",
    ),
    # the same release: construction to start 'in the next financial year', the UK year from April 2012 to March 2013; 'today' is on the verb of speaking (CONVENTIONS 2.2): 31 March 2013, end of day BST
    B(
        text="Over 25,000 more homes will be better protected from the devastating effects of flooding by new defence schemes to start construction in the next financial year, Defra and the Environment Agency have confirmed today.",
        due="2013-03-31 22:59:59",
        vague=False,
        said="2012-02-09 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DEFRA_FLOODS_9FEB12,
        published="2012-02-09",
    ),
    # the same release: schemes 'given the go ahead today', an act already done: past
    B(
        text="Those given the go ahead today include Warrington in Cheshire, protecting over 1900 households, Salmons Brook in North London, protecting over 1300 households, and Godmanchester in Cambridgeshire, protecting over 300 households.",
        due=None,
        vague=False,
        said="2012-02-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA_FLOODS_9FEB12,
        published="2012-02-09",
    ),
    # the same release, the minister's words: 'announced today' dates an act already done, and the relief is given no time: past
    B(
        text="“The new flood defence schemes announced today will bring huge relief to tens of thousands of households.",
        due=None,
        vague=False,
        said="2012-02-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA_FLOODS_9FEB12,
        published="2012-02-09",
    ),
    # the same release: a target 'by 2015': 31 December 2015, end of day GMT
    B(
        text="New estimates also show that the Environment Agency is now on track to exceed its target of better protecting 145,000 homes by 2015.",
        due="2015-12-31 23:59:59",
        vague=False,
        said="2012-02-09 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DEFRA_FLOODS_9FEB12,
        published="2012-02-09",
    ),
    # the same release: investment 'during this spending period to 2015', kept up to a year (CONVENTIONS 3.3): 31 December 2015, end of day GMT; unsure: 31 March 2015 (the spending period ending with the financial year 2014-15)
    B(
        text="Thanks to the new partnership funding approach, which encourages funding from external sources such as councils and businesses, over £72 million of contributions have been secured to help fund flood and coastal erosion schemes on top of the £2.17 billion Defra is investing in preventing flooding during this spending period to 2015.",
        due="2015-12-31 23:59:59",
        vague=False,
        said="2012-02-09 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DEFRA_FLOODS_9FEB12,
        published="2012-02-09",
    ),
    # the same release: 'introduced in May 2011': past
    B(
        text="This Partnership Funding approach was introduced in May 2011 to encourage external contributions so that taxpayers’ money is spread across more schemes.",
        due=None,
        vague=False,
        said="2012-02-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA_FLOODS_9FEB12,
        published="2012-02-09",
    ),
    # Australian Government, Geoscience Australia, media release 'New Airborne Geophysical Survey underway in NT' (28 August 2008, the date under its title; the title, the sentences without a time word and the 'Last updated' line are not quoted; zone Australia/Sydney, the agency being in Canberra): a survey that 'has begun', 'ever undertaken': past
    B(
        text="The Australian Government's national geoscience research agency, Geoscience Australia, has begun the largest airborne electromagnetic survey ever undertaken in the Northern Territory.",
        due=None,
        vague=False,
        said="2008-08-28 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_GA_AEM_28AUG08,
        published="2008-08-28",
    ),
    # the same release: the survey kept going 'until about October 2008' (CONVENTIONS 3.3), the month at its end: 31 October 2008, end of day AEDT
    B(
        text="The survey will continue until about October 2008 and involve a fixed-wing aircraft and a helicopter flying at approximately 120 metres above the ground on east – west traverses spaced from a few hundred metres to five kilometres apart.",
        due="2008-10-31 12:59:59",
        vague=False,
        said="2008-08-28 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_GA_AEM_28AUG08,
        published="2008-08-28",
    ),
    # the same release: 'as soon as reasonably practicable after the end of the survey', hung on an event (CONVENTIONS 5.2): event; unsure: the survey's end, dated only 'about October 2008'
    B(
        text="He said that Geoscience Australia will release all the collected data into the public domain as soon as reasonably practicable after the end of the survey.",
        due=None,
        vague=False,
        said="2008-08-28 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_GA_AEM_28AUG08,
        published="2008-08-28",
    ),
    # Australian Government, Minister for Foreign Affairs (Alexander Downer), media release FA 89 'Changes in Australia's Overseas Representation' (7 August 1999, the date of its release line; the number, the title and the sentences without a time word are not quoted; zone Australia/Sydney): 'quickly' sets no time for any act: no deadline
    B(
        text="I believe the new arrangements will better enable the Government to continue to advance Australia's national interests abroad and to respond quickly to shifts in trade patterns.",
        due=None,
        vague=False,
        said="1999-08-07 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AUFM_POSTS_7AUG99,
        published="1999-08-07",
    ),
    # the same release: 'Since 1997': past
    B(
        text="Since 1997 Australia has faced huge political and economic challenges in the region and further afield.",
        due=None,
        vague=False,
        said="1999-08-07 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AUFM_POSTS_7AUG99,
        published="1999-08-07",
    ),
    # the same release: 'At the same time' joins two states and sets no time: no deadline
    B(
        text="At the same time Australia has remained a close business and regional partner of countries in the Asia Pacific region.",
        due=None,
        vague=False,
        said="1999-08-07 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AUFM_POSTS_7AUG99,
        published="1999-08-07",
    ),
    # Australian Government, Minister for Foreign Affairs (Alexander Downer), media release FA89 'Australia's Overseas Diplomatic Network Enhanced' (18 July 2003, the date of its release line; the title, the sentences without a time word and the last line cut off by the end of the opening are not quoted; zone Australia/Sydney): 'rapidly evolving' sets no time for any act: no deadline
    B(
        text="The changes, which flow from a thorough review of Australia's overseas representation, will strengthen the Government's ability to promote Australia's interests in the rapidly evolving global environment.",
        due=None,
        vague=False,
        said="2003-07-18 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AUFM_POSTS_18JUL03,
        published="2003-07-18",
    ),
    # the same release: 'while' joins two acts that are given no time: no deadline
    B(
        text="The Government will open new posts in Accra (Ghana), Kuwait City and Port of Spain (Trinidad and Tobago), while closing posts in Barbados and Venezuela.",
        due=None,
        vague=False,
        said="2003-07-18 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AUFM_POSTS_18JUL03,
        published="2003-07-18",
    ),
    # the same release: 'the 1991 liberation', 'the recent conflict': past
    B(
        text="Australia and Kuwait have accrued great benefits from ongoing cooperation in military and security affairs - ranging from the 1991 liberation of Kuwait, to which Australia committed military forces, to the recent conflict in Iraq.",
        due=None,
        vague=False,
        said="2003-07-18 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AUFM_POSTS_18JUL03,
        published="2003-07-18",
    ),
    # Australian Government, Parliamentary Secretary to the Minister for the Environment and Heritage (Greg Hunt), media release 'New Tsunami alert system for Australia' (6 December 2006, the date under the byline; the archive notice, the title and the sentences without a time word are not quoted; zone Australia/Sydney): operations to 'commence ... from tomorrow (Thursday 7 December)', a start on a day (CONVENTIONS 3.1, 'comes into force from'): 7 December 2006, end of day AEDT; unsure: earliest-only from that day (CONVENTIONS 3.2)
    B(
        text="A new Tsunami alert system tailored for Australia and Australian conditions will commence operations from tomorrow (Thursday 7 December).",
        due="2006-12-07 12:59:59",
        vague=False,
        said="2006-12-05 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_AUENV_TSUNAMI_6DEC06,
        published="2006-12-06",
    ),
    # the same release: 'had previously passed on': past
    B(
        text="Mr Hunt said the Bureau had previously passed on advice from the Pacific Tsunami Warning Centre in Hawaii and the Japan Meteorological Agency in Tokyo to Australian authorities.",
        due=None,
        vague=False,
        said="2006-12-05 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AUENV_TSUNAMI_6DEC06,
        published="2006-12-06",
    ),
    # the same release: 'Now' starts a standing service and sets no time: no deadline
    B(
        text='"Now the Bureau will interpret intelligence received from these centres and provide Australian-specific tsunami bulletins to State and Territory emergency services and media," Mr Hunt said.',
        due=None,
        vague=False,
        said="2006-12-05 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AUENV_TSUNAMI_6DEC06,
        published="2006-12-06",
    ),
    # the same release: 'When a major earthquake is detected', an undated event: event
    B(
        text="\"When a major earthquake is detected in our region, the Bureau of Meteorology's National Meteorological and Oceanographic Centre, based in Melbourne, will work with Geoscience Australia to interpret the information and issue an initial bulletin through the Bureau's national weather communication network.\"",
        due=None,
        vague=False,
        said="2006-12-05 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AUENV_TSUNAMI_6DEC06,
        published="2006-12-06",
    ),
    # Australian Government, joint media release of the Parliamentary Secretary to the Minister for the Environment and Heritage (Greg Hunt) and the Minister for Industry, Tourism and Resources (Ian Macfarlane), 'Work starts on Christmas Island Tsunami monitoring system' (16 December 2005, the date under the bylines; the archive notice, the title and the sentences without a time word are not quoted; zone Australia/Sydney, the publisher's): work that 'had started' 'in the lead-up to the anniversary'; 'today' is on the verb of speaking (CONVENTIONS 2.2): past
    B(
        text="The Australian Government today announced work on the first installation of critical tsunami monitoring instrumentation, including a new sea-level gauge and seismograph, had started on Christmas Island in the lead-up to the anniversary of the tragic 2004 Indian Ocean tsunami.",
        due=None,
        vague=False,
        said="2005-12-15 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AUENV_XMASIS_16DEC05,
        published="2005-12-16",
    ),
    # the same release (the spelling as on the page): completion 'by the end of this month': 31 December 2005, end of day AEDT
    B(
        text="Australian Industry Minister, Ian Macfarlane, and Parliamentary Secretary with responsibility for the Bureau of Metrology, Greg Hunt, said Bureau staff and Geoscience Australia technicians expected to have the $130,000 installation completed by the end of this month.",
        due="2005-12-31 12:59:59",
        vague=False,
        said="2005-12-15 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AUENV_XMASIS_16DEC05,
        published="2005-12-16",
    ),
    # the same release, the second sentence of a quote: 'within 2 to 4 hours' of an undated tsunami (CONVENTIONS 1.3): event
    B(
        text='A tsunami could potentially reach Australia within 2 to 4 hours from the Sumatran coast," said Mr Hunt.',
        due=None,
        vague=False,
        said="2005-12-15 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AUENV_XMASIS_16DEC05,
        published="2005-12-16",
    ),
    # the same release: 'currently' on a present state, and the upgrade is given no time: no deadline
    B(
        text="Tsunami monitoring is currently conducted jointly through the Bureau of Meteorology, Geoscience Australia and Emergency Management Australia and the satellite data transmission will greatly upgrade the monitoring capacity.",
        due=None,
        vague=False,
        said="2005-12-15 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AUENV_XMASIS_16DEC05,
        published="2005-12-16",
    ),
    # Australian Government, joint media release of the Minister for Foreign Affairs (Alexander Downer) and the Attorney-General (Philip Ruddock), 'National Tsunami Warning System' (10 May 2005, the date under the bylines; the title, the sentences without a time word and the last line cut off by the end of the opening are not quoted; zone Australia/Sydney): 'in December last year', 'has announced': past
    B(
        text="Following the tragic events of the Indian Ocean tsunami in December last year, the Australian Government has announced a major initiative to establish an Australian National Tsunami Warning System.",
        due=None,
        vague=False,
        said="2005-05-10 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AUFM_TSUNAMI_10MAY05,
        published="2005-05-10",
    ),
    # the same release: funding 'over four years', the span of a programme that runs from budget years not dated here: event; unsure: 10 May 2009, end of day AEST (four years from the release, CONVENTIONS 1.1) or 30 June 2009 (the fourth financial year)
    B(
        text="The Government will provide $68.9 million over four years to establish a national tsunami warning centre, to be managed jointly by the Bureau of Meteorology and Geoscience Australia.",
        due=None,
        vague=False,
        said="2005-05-10 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AUFM_TSUNAMI_10MAY05,
        published="2005-05-10",
    ),
    # the same release: 'within two to four hours' of an undated tsunami (CONVENTIONS 1.3): event
    B(
        text="Australia is surrounded by 8,000 kilometres of active tectonic plate boundary capable of generating tsunamis with the potential to reach our coastline within two to four hours.",
        due=None,
        vague=False,
        said="2005-05-10 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AUFM_TSUNAMI_10MAY05,
        published="2005-05-10",
    ),
    # the same release: 'around-the-clock' sets no time for any act: no deadline
    B(
        text="This initiative will provide an around-the-clock tsunami monitoring and analysis capacity for Australia, integrated into our well-established emergency management arrangements.",
        due=None,
        vague=False,
        said="2005-05-10 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AUFM_TSUNAMI_10MAY05,
        published="2005-05-10",
    ),
    # the same release: 'existing' and 'timely' set no time, and the upgrade is given none: no deadline
    B(
        text="The existing sea-level gauge and seismic network will be upgraded and expanded to ensure accurate and timely tsunami warnings.",
        due=None,
        vague=False,
        said="2005-05-10 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AUFM_TSUNAMI_10MAY05,
        published="2005-05-10",
    ),
    # Australian Government, Department of Foreign Affairs and Trade, Australian Embassy Vienna, 'News Stories - 3 November 2006' on East Timor (the heading and the sentences without a time word are not quoted; a sentence repeated further down the page with the same words is taken once; zone Europe/Vienna, the embassy's): 'decided on 27 October': past
    B(
        text="The United Nations Security Council unanimously decided on 27 October to retain the Australian-led international security forces (ISF).",
        due=None,
        vague=False,
        said="2006-11-03 09:00:00",
        tz="Europe/Vienna",
        refusal="past",
        cluster=5,
        source=_AUEMB_VIENNA_3NOV06,
        published="2006-11-03",
    ),
    # the same page: 'in the days following 25 October': past
    B(
        text="Although progress has been made in restoring stability, there were serious riots between rival gangs in the vicinity of Dili airport and other isolated pockets in the days following 25 October.",
        due=None,
        vague=False,
        said="2006-11-03 09:00:00",
        tz="Europe/Vienna",
        refusal="past",
        cluster=5,
        source=_AUEMB_VIENNA_3NOV06,
        published="2006-11-03",
    ),
    # the same page, a point of its notes: 'On 27 October': past
    B(
        text="On 27 October, the United Nations (UN) Security Council unanimously decided to retain the ‘green helmet’ Australian-led ISF, rather than revert to UN-led blue-helmet peacekeepers, to support UN Integrated Mission in East Timor (UNMIT) police operations.",
        due=None,
        vague=False,
        said="2006-11-03 09:00:00",
        tz="Europe/Vienna",
        refusal="past",
        cluster=5,
        source=_AUEMB_VIENNA_3NOV06,
        published="2006-11-03",
    ),
    # the same notes: work kept up 'until the security situation has been stabilised', an undated event; 'since the unrest in April/May' is past: event
    B(
        text="As we have done since the unrest in April/May, we will continue to work closely with the UN and international community until the security situation has been stabilised.",
        due=None,
        vague=False,
        said="2006-11-03 09:00:00",
        tz="Europe/Vienna",
        refusal="event",
        cluster=5,
        source=_AUEMB_VIENNA_3NOV06,
        published="2006-11-03",
    ),
    # Australian Government, joint media release of the Minister for the Environment and Heritage (Ian Campbell) and the Minister for Fisheries, Forestry and Conservation (Eric Abetz), 'Applications closing for Community Water Grants' (22 August 2006, the date under the bylines; the archive notice, the title, the sentences without a time word and the last line cut off by the end of the opening are not quoted; zone Australia/Sydney): applications to 'close this Friday (25 August)', the weekday and the date agreeing: 25 August 2006, end of day AEST
    B(
        text="Applications for Round Two of the popular Community Water Grants will close this Friday (25 August).",
        due="2006-08-25 13:59:59",
        vague=False,
        said="2006-08-22 00:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_AUENV_CWG_22AUG06,
        published="2006-08-22",
    ),
    # the same release: applications 'by Friday'; 'today' is on the verbs of speaking (CONVENTIONS 2.2): 25 August 2006, end of day AEST
    B(
        text="The Australian Ministers for the Environment and Heritage, Senator Ian Campbell, and Fisheries, Forestry and Conservation, Senator Eric Abetz, today reminded community groups about the deadline for the popular programme and urged groups to submit their applications by Friday.",
        due="2006-08-25 13:59:59",
        vague=False,
        said="2006-08-22 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AUENV_CWG_22AUG06,
        published="2006-08-22",
    ),
    # Australian Government, joint media release of the Minister for the Environment and Heritage (David Kemp) and the Minister for Fisheries, Forestry and Conservation (Ian Macdonald), '$20 million for the Australian Government Envirofund' (11 May 2004, the date under the bylines; the archive notice, the title, the sentences without a time word and the last line cut off by the end of the opening are not quoted; zone Australia/Sydney): the fund extended 'in 2004-05', the Australian financial year to 30 June 2005: 30 June 2005, end of day AEST; unsure: 11 May 2004, end of day (the commitment made 'today', CONVENTIONS 2.1)
    B(
        text="Australia's grass-roots environmental management practices are set to improve with the Australian Government today committing to extend the popular Envirofund in 2004-05.",
        due="2005-06-30 13:59:59",
        vague=False,
        said="2004-05-11 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_AUENV_ENVIROFUND_11MAY04,
        published="2004-05-11",
    ),
    # the same release: money that 'had been allocated', 'ever delivered': past
    B(
        text="Australian Environment Minister, Dr David Kemp, and Australian Conservation Minister, Senator Ian Macdonald, said $20 million had been allocated to continue the highly successful Envirofund, which is the key local component of the Natural Heritage Trust — the largest environmental rescue effort ever delivered by any Australian Government.",
        due=None,
        vague=False,
        said="2004-05-11 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AUENV_ENVIROFUND_11MAY04,
        published="2004-05-11",
    ),
    # the same release: 'to date has provided': past
    B(
        text="Now in its third year, Envirofund to date has provided $49.9 million to fund 3314 projects nationwide.",
        due=None,
        vague=False,
        said="2004-05-11 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AUENV_ENVIROFUND_11MAY04,
        published="2004-05-11",
    ),
    # Australian Government, Minister for the Environment, Heritage and the Arts (Peter Garrett), doorstop interview at Beacon Lighting, Belrose (24 March 2009, the date under its title; the archive notice, the title, the speaker's name before a colon, the sentences without a time word and the last line cut off by the end of the opening are not quoted; zone Australia/Sydney): 'when they come in for lighting purchases', undated visits: event
    B(
        text="This is the first store which will have the Change the Globe point of sale material to provide directions and information for consumers on the best kind of lighting that they can get into their homes when they come in for lighting purchases.",
        due=None,
        vague=False,
        said="2009-03-23 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AUENV_GARRETT_24MAR09,
        published="2009-03-24",
    ),
    # the same interview: 'now' on a present act, and the uptake is given no time: no deadline
    B(
        text="And clearly, as this Government is now accelerating the phase out of inefficient light globes - that's the old pear shape, incandescent globes - we will see a significant uptake in energy efficiency lighting through increased purchasing of CFL - compact fluoro globes - and other forms of energy efficient lighting.",
        due=None,
        vague=False,
        said="2009-03-23 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AUENV_GARRETT_24MAR09,
        published="2009-03-24",
    ),
    # the same interview: 'now is the best time' sets no deadline for any act: no deadline; unsure: event (Earth Hour, which the page does not date)
    B(
        text="In the countdown to Earth Hour, when millions of Australians and thousands of businesses will switch off their lights, save energy and reduce greenhouse gas emissions, now is the best time for Australians to change over; to make the switch to energy efficiency lighting.",
        due=None,
        vague=False,
        said="2009-03-23 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AUENV_GARRETT_24MAR09,
        published="2009-03-24",
    ),
    # European Commission, Daily News item 'COLLEGE MEETING: Commission publishes guidance on upcoming new data protection rules' (24 January 2018; the heading, the speakers' names before their words, the sentences without a time word and the last line cut off by the end of the opening are not quoted; the spelling 'applicationof' is the page's; zone Europe/Brussels): guidance that the Commission 'publishes today', the present with a day word (CONVENTIONS 2.1); 'as of 25 May' is when the rules apply: 24 January 2018, end of day CET; unsure: 25 May 2018
    B(
        text="The Commission publishes today guidance to facilitate a direct and smooth applicationof the new data protection rules across the EU as of 25 May.",
        due="2018-01-24 22:59:59",
        vague=False,
        said="2018-01-24 09:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_EC_GDPR_24JAN18,
        published="2018-01-24",
    ),
    # the same item: '100 days left before the application of the new law', an application this sentence does not date: event; unsure: 25 May 2018 (the date of the sentence before)
    B(
        text="With just over 100 days left before the application of the new law, the guidance outlines what the European Commission, national data protection authorities and national administrations should still do to bring the preparation to a successful completion.",
        due=None,
        vague=False,
        said="2018-01-24 09:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_EC_GDPR_24JAN18,
        published="2018-01-24",
    ),
    # the same item, the Vice-President's words: rules to 'become a reality on 25 May' (CONVENTIONS 3.1): 25 May 2018, end of day CEST
    B(
        text="Strengthened EU data protection rules will become a reality on 25 May.",
        due="2018-05-25 21:59:59",
        vague=False,
        said="2018-01-24 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC_GDPR_24JAN18,
        published="2018-01-24",
    ),
    # the same item, the Commissioner's words: 'In today's world' and 'future' set no time for any act: no deadline
    B(
        text="In today's world, the way we handle data will determine to a large extent our economic future and personal safety.",
        due=None,
        vague=False,
        said="2018-01-24 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_GDPR_24JAN18,
        published="2018-01-24",
    ),
    # the same quote: 'the remaining time' before 'the big day', a day this sentence does not date: event; unsure: 25 May 2018
    B(
        text='We need modern rules to respond to new risks, so we call on EU governments, authorities and businesses to use the remaining time efficiently and fulfil their roles in the preparations for the big day."',
        due=None,
        vague=False,
        said="2018-01-24 09:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_EC_GDPR_24JAN18,
        published="2018-01-24",
    ),
    # the same item: 'While' and 'still' set no time for any act: no deadline
    B(
        text="While the new regulation provides for a single set of rules directly applicable in all Member States, it will still require significant adjustments in certain aspects, like amending existing laws by EU governments or setting up the European Data Protection Board by data protection authorities.",
        due=None,
        vague=False,
        said="2018-01-24 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_GDPR_24JAN18,
        published="2018-01-24",
    ),
    # the same item: 'already undertaken' and 'still ahead' give the work no time: no deadline
    B(
        text="The guidance recalls the main innovations, opportunities opened up by the new rules, takes stock of the preparatory work already undertaken and outlines the work still ahead of the European Commission, national data protection authorities and national administrations.",
        due=None,
        vague=False,
        said="2018-01-24 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_GDPR_24JAN18,
        published="2018-01-24",
    ),
    # European Commission, Daily News of 19 December 2016, item 'European Union delivers on its commitments in support of Ukraine' (Brussels, 19 December 2016; the headings, the sentences without a time word and the last line cut off by the end of the opening are not quoted; zone Europe/Brussels): agreements signed 'This morning': past
    B(
        text="This morning, in the margins of the third meeting of the European Union-Ukraine Association Council, the European Commission and Ukraine signed a number of agreements, further demonstrating the EU's ongoing commitment to Ukraine and to the ongoing reform efforts that Ukraine is undertaking.",
        due=None,
        vague=False,
        said="2016-12-19 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_UKRAINE_19DEC16,
        published="2016-12-19",
    ),
    # the same item: a signing 'This afternoon', the afternoon ending at 18:00 (parser docstring); '2014-2016' names the programme: 19 December 2016, 18:00 CET
    B(
        text="This afternoon the European Investment Bank (EIB) and Ukraine will sign the latest set of loans, totalling approximately €600 million and underpinned partly by EU grants, in the total €3 billion financial assistance programme for 2014-2016.",
        due="2016-12-19 17:00:00",
        vague=False,
        said="2016-12-19 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EC_UKRAINE_19DEC16,
        published="2016-12-19",
    ),
    # the same item: 'announced ... in March 2014': past
    B(
        text="This is part of the €11 billion EU support package announced by the EU in March 2014, and demonstrates the EU's commitment to helping Ukraine stabilise its economic and financial situation, increase resilience, and act as a catalyst for prosperity for the citizens of Ukraine.",
        due=None,
        vague=False,
        said="2016-12-19 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_UKRAINE_19DEC16,
        published="2016-12-19",
    ),
    # the same item: the ceremony 'live on EbS at 14:00', a bare clock time on the day of the item: 19 December 2016, 14:00 CET
    B(
        text="The signing ceremony will be available live on EbS at 14:00, at which time more information will be available in the press release of the EIB.",
        due="2016-12-19 13:00:00",
        vague=False,
        said="2016-12-19 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EC_UKRAINE_19DEC16,
        published="2016-12-19",
    ),
    # European Commission, Daily News of 10 July 2018, item 'Taking EU – NATO cooperation forward' (Brussels, 10 July 2018; the headings, the sentences without a time word and the contact line are not quoted; zone Europe/Brussels): a declaration signed 'Today', the present on the act (CONVENTIONS 2.1): 10 July 2018, end of day CEST
    B(
        text="Today, President Jean-Claude Juncker, European Council President Donald Tusk and NATO Secretary-General Jens Stoltenberg are taking the EU – NATO partnership to the next level by signing a Joint Declaration reconfirming the two organisations' commitment to continue their cooperation, for the security of their citizens.",
        due="2018-07-10 21:59:59",
        vague=False,
        said="2018-07-10 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC_NATO_10JUL18,
        published="2018-07-10",
    ),
    # the same item: a year in the name of an earlier declaration, and the work is given no time: no deadline
    B(
        text="The EU's joint work with NATO is advancing with full steam, to implement the 74 joint concrete actions in the seven areas of cooperation identified in the 2016 EU – NATO Joint Declaration signed in Warsaw, which includes countering hybrid threats, cyber security and defence capabilities, and joint exercises.",
        due=None,
        vague=False,
        said="2018-07-10 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_NATO_10JUL18,
        published="2018-07-10",
    ),
    # the same item: 'has been made since': past
    B(
        text="Significant progress has been made since President Juncker's call for the EU to become a stronger global actor, notably through the establishment of the Permanent Structured Cooperation, the creation of the European Defence Fund and work on military mobility.",
        due=None,
        vague=False,
        said="2018-07-10 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_NATO_10JUL18,
        published="2018-07-10",
    ),
    # the same item: spending 'from 2021 to 2027' in a budget only proposed, a span hung on its undated adoption: event; unsure: 31 December 2027, end of day CET (the range at its later end)
    B(
        text="The EU's commitment to advance its work on defence is also reflected in the Commission's new budget proposal, which includes an increase in spending in the field of defence to a total of €27.5 billion from 2021 to 2027.",
        due=None,
        vague=False,
        said="2018-07-10 08:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_EC_NATO_10JUL18,
        published="2018-07-10",
    ),
    # the same item: 'shortly', a vague window of 60 days (CONVENTIONS 5.1): 8 September 2018, end of day CEST
    B(
        text="A transcript of President Juncker's press statement will be available shortly here.",
        due="2018-09-08 21:59:59",
        vague=True,
        said="2018-07-10 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC_NATO_10JUL18,
        published="2018-07-10",
    ),
    # European Commission, Daily News of 3 May 2017 (dated 03 / 05 / 2017), as carried by Europe Direct Gozo, a centre of the Commission's Europe Direct network (the first item's words are the same as on the EU's own europa.rs page); the site's banners, the headings, the contact lines and the sentences without a time word are not quoted; zone Europe/Brussels: a recommendation that 'has today' been sent, the perfect with a day word (CONVENTIONS 2.4): past
    B(
        text="The College of Commissioners has today sent a recommendation to the Council to open the Article 50 negotiations with the United Kingdom.",
        due=None,
        vague=False,
        said="2017-05-03 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_ART50_3MAY17,
        published="2017-05-03",
    ),
    # the same item: an adoption 'on Saturday', the Saturday before: past
    B(
        text="This legal mandate follows the adoption on Saturday by the European Council of political guidelines.",
        due=None,
        vague=False,
        said="2017-05-03 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_ART50_3MAY17,
        published="2017-05-03",
    ),
    # the same item: 'Today's' names the text and sets no time for any act: no deadline
    B(
        text="Today's text complements the guidelines and provides the necessary details to conduct the first phase of the negotiations.",
        due=None,
        vague=False,
        said="2017-05-03 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_ART50_3MAY17,
        published="2017-05-03",
    ),
    # the same item: an adoption 'set' for '22 May' (CONVENTIONS 3.1): 22 May 2017, end of day CEST
    B(
        text="Today's recommendation will be sent to the Council, where it is set to be adopted by the General Affairs Council on 22 May.",
        due="2017-05-22 21:59:59",
        vague=False,
        said="2017-05-03 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC_ART50_3MAY17,
        published="2017-05-03",
    ),
    # the next item: results that the Commission 'has published today' (CONVENTIONS 2.4): past
    B(
        text="The European Commission has published today the results of the Eurobarometer survey of public attitudes to the European Union's role in emergency response.",
        due=None,
        vague=False,
        said="2017-05-03 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_ART50_3MAY17,
        published="2017-05-03",
    ),
    # the same item, the Commissioner's words: a year naming the results: no deadline
    B(
        text='"The 2017 results show a continuing and overwhelming level of public support for EU action on humanitarian aid and civil protection.',
        due=None,
        vague=False,
        said="2017-05-03 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_ART50_3MAY17,
        published="2017-05-03",
    ),
    # the same quote: 'When a disaster hits', an undated event: event
    B(
        text="When a disaster hits, there are no borders and the public support the EU helping in emergency response both at home and abroad.",
        due=None,
        vague=False,
        said="2017-05-03 08:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_EC_ART50_3MAY17,
        published="2017-05-03",
    ),
)
