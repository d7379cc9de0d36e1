"""A TWO-HUNDRED-AND-TENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 23:35 and 23:55 by the machine's clock (`date`;
the clock seemed to run slow against the work done, so the branch's commit time is the one to trust) by a
labelling helper of stop 68 (branch issue12l210-s68) that neither changed, imported nor ran the parser, the
extractor, the benches or the tests on this material, working at the same time as the other labellers of
the stop, whose claims in the shared claims file were treated as used and whose files were not opened. It
read `CONVENTIONS.md` in full, the docstring, comments and about a dozen cases of `blind_fresh208.py` and
its README section, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague
windows, parts of the day, "early / mid / late", "before", fiscal years); nothing else of
`bot/core/deadlines/` and no other set was opened. The brief asked for about 70-80 cases (at least 60),
every sentence of each page taken that holds a time word of any kind, refusals included, at least 8
publishers, none above a fifth, at most a third from the United States, a spread of genres, leaning on US
federal pages (NOAA and the National Weather Service, USGS, FEMA, the Federal Register, State, Defense, the
National Park Service) balanced with at least four non-US publishers.

The set quotes NOAA (two National Marine Fisheries Service temporary rules in the Federal Register, of April
and November 2018, and a National Weather Service release of April 2021 as carried by a newspaper), the US
Fish and Wildlife Service (a Federal Register meeting notice of November 2020), the USDA Forest Service (a
Federal Register meeting notice of September 2015, as carried), the Houses of the Oireachtas (three
KildareStreet copies of Dáil and Seanad speeches of 2008, 2024 and 2025), the Department for Environment,
Food and Rural Affairs (a bluetongue press release of May 2025, as carried), the Rural Payments Agency (its
'RPA update' of April 2021), the Marine Management Organisation (two GOV.UK news stories of 2014), New
Zealand's Department of Conservation (an undated guidance page on aerial 1080 operations) and the
Australian Bureau of Statistics (a 2001 Census media release). 65 cases from 9 publishers: the Oireachtas 13
(20.0%); the Marine Management Organisation 12 (18.5%); NOAA 8 (12.3%; 6 NMFS, 2 NWS); the Rural Payments
Agency 8 (12.3%); the Department of Conservation 8 (12.3%); the Australian Bureau of Statistics 6 (9.2%);
the Forest Service 4 (6.2%); the Fish and Wildlife Service 3 (4.6%); Defra 3 (4.6%). 15 are from the
United States (23.1%); 26 British (40.0%), 13 Irish, 8 New Zealand, 6 Australian. If the Rural Payments
Agency (an executive agency of Defra) and the Marine Management Organisation (a non-departmental public
body sponsored by Defra) are counted with Defra, the three hold 23 of 65 (35.4%) and the set has 7
publishers. Genres: fishery management temporary rules, federal advisory-committee meeting notices, a
weather service's training announcement, parliamentary speeches on a point of order, on works dates and on
a tender, an animal-disease press release, a farm-payments newsletter, a fisheries regulator's news
stories, a conservation agency's operational guidance and a statistics agency's census media release.

The store is heavily mined: of about 90 addresses checked with `fresh_check.py` (each with a distinctive
phrase), most read used: every kremlin.ru, European Commission daily-news and Statistics Canada page the
search returned, every pm.gov.au page but one (undated, not taken), the Wikinews pages, the FEMA and NWS
pages of the UNT web archive, the weather.gov hazard-simplification pages, the DOC media releases on Scoop,
most Oireachtas Order of Business and Seanad sitting-arrangement pages, State Department travel notes and
ONS release-date statements. So the set has no kremlin.ru, European Commission, Statistics Canada or
Wikinews case, and few US federal ones.

Left out, and why. Claimed (`fresh210`) but not used, to keep the Oireachtas at a fifth: the Dáil Order of
Business of 27 February 2024 (http://www.kildarestreet.com/debate/?id=2024-02-27a.56) and a Dáil reply of 6
July 2017 (https://www.kildarestreet.com/debate/?id=2017-07-06a.655); both stay claimed. Claimed and read:
the mirror copy of the RPA update (https://fly1.wordsworth.site/government/publications/rural-payments-agency-update-april-2021/rural-payments-agency-update-april-2021-html-version),
whose text is the one quoted under the GOV.UK address. Within the pages kept: titles, headings,
standfirsts, publication and date lines, Federal Register header and ACTION lines, bylines, page furniture,
table rows and list items without a verb, sentences without a time word, sentences whose only time words
are general ("now", "currently", "still", "recent", "real-time", "long-term", "quickly", "again",
"constant"), "early closure" (a kind of closure, as fresh208 left out "late claims"), one sentence in
Irish (a quotation of a Standing Order, "gach lá suí"), and sentences cut off where the stored text ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a numeric date, a weekday, a
clock time, a year, a month, a season, a quarter, "today", "tomorrow", "this year", "next year", "last
year", "this month", "the past four or five months", "this time last year", "as soon as we can", "as soon
as", "shortly thereafter", "imminently", "regularly", "annual", "monthly", "quarterly", "each sitting day",
"the following day", "in advance", "at short notice", "at this stage of the year", "2-3 years before",
"once", "while", "when", "then", "until", "since", "after", "prior to", "a long time", "the timing", "the
time of publication", "deadlines", "key dates", "20-30 minutes"); within each page quoted, the sentences of
the stored text that hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh210`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file). Each label was worked out by hand from the words, the publication date
and the publisher's zone; the conversion of local instants to UTC wall time, weekdays and day counts were
done with Python's zoneinfo and datetime in a scratch script outside the repository, never with code of the
project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh208.py`: the publication date at 10:00 local time unless the page gives the hour (the three
KildareStreet speeches of 2008 and 2024 and the ABS embargo do); the first comment of each page says where
its date was read. The Forest Service notice is quoted from its public-inspection copy, read on the day
before the Federal Register date it announces (8 September 2015); the MMO closures story prints no date in
the stored text and is read as of Tuesday 28 October 2014, the day after the latest date it reports (no
label changes for any day from 28 October to 31 December 2014); the DOC guidance page prints no date and
is read as of 1 July 2024 (every label on it holds for any day); the 2025 KildareStreet speech carries a
'2:45 am' stamp that cannot be a sitting time and is read at 10:00. A day falls due at 23:59:59 local; a
one-off event at a time due then (CONVENTIONS 3.1), a rule taking effect on a date due that day
(CONVENTIONS 3.1a); an activity given only its start earliest (CONVENTIONS 3.2); several times and ranges
at the latest (CONVENTIONS 6.1, 6.2); a day word or year of a reported act due at the act's time
(CONVENTIONS 2.2); a denied time negated (CONVENTIONS 4.1); possibilities, requests and guesses due None
with no refusal word (CONVENTIONS 4.2, 4.3); standing rules, practices and schedules recurring (CONVENTIONS
1.3); vague words hung on an undated event event (CONVENTIONS 5.2), told as the speaker's own undertaking
the documented windows (CONVENTIONS 5.1: "as soon as we can" 60 days); "local time" in a Federal Register
rule of the Gulf of Mexico read in the publisher's zone (America/New_York), marked unsure (the Central-time
reading is an hour later); years that only name a season, a quota, an Act or a census set no time (due
None, no refusal word). Clusters as in `blind_fresh208.py`: 1 no time set, 2 clock times, 3 ranges and
several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 28 labels are
refusals (recurring 12, past 11, negated 2, event 2, earliest 1); 1 is vague (a 60-day window); 15 labels
carry a due instant (the vague one included); 22 have due None without a refusal word; 16 are marked
"unsure" and name the other reading; like every label here they stay as committed, whatever the first run
shows. First run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never
edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_NMFS18 = "https://thefederalregister.org/83-FR/17623"
_NMFS18B = "https://thefederalregister.org/83-FR/55108"
_NWS21 = "https://www.thewashingtondailynews.com/2021/04/21/national-weather-service-to-offer-virtual-weather-spotter-training/?share=email"
_FWS20 = "https://fws.gov/policy/library/2020/2020-24619.html"
_FS15 = "https://slideblast.com/forest-service-usda-act_5a2b0c6d1723dd077263162a.html"
_DAIL25 = "https://www.kildarestreet.com/debate/?id=2025-07-17a.77"
_DAIL24 = "https://www.kildarestreet.com/debate/?id=2024-02-28a.165"
_SEN08 = "https://www.kildarestreet.com/sendebates/?gid=2008-12-04.8.0"
_DEFRA25 = "https://www.wired-gov.net/wg/news.nsf/articles/bluetongue+virus+restricted+zone+to+be+extended+to+all+of+england+on+1+july+2025+26052025112000?open"
_RPA21 = "https://www.gov.uk/government/publications/rural-payments-agency-update-april-2021/rural-payments-agency-update-april-2021-html-version"
_MMO14A = "https://www.gov.uk/government/news/catch-limits-increased-after-meetings-with-fishermen"
_MMO14B = "https://gov.uk/government/news/fisheries-closures-explained"
_DOC = "http://www.doc.govt.nz/our-work/national-predator-control-programme/how-an-aerial-1080-operation-is-run/"
_ABS01 = "http://www.abs.gov.au/ausstats/abs@.nsf/mediareleasesbytitle/54D9F95B8EFFD29FCA256A8B00054E62?OpenDocument"

FRESH210_CASES: tuple[BlindCase, ...] = (
    # NOAA, National Marine Fisheries Service ('2018 Recreational Fishing Seasons for Red Snapper in the Gulf of Mexico', temporary rule, 83 FR 17623, as carried by thefederalregister.org; US federal work, public domain); zone America/New_York (EDT); the Federal Register issue is dated Monday, April 23, 2018 and gives no hour: said Monday 23 April 2018 10:00 EDT. Titles, header lines, the ACTION line and the text after the summary (cut off) are not taken. The year only names the seasons announced: due None, no refusal word
    B(
        text="NMFS announces the 2018 recreational fishing seasons for the private angling and Federal charter vessel/headboat (for-hire) components for red snapper in the exclusive economic zone (EEZ) of the Gulf of Mexico (Gulf) through this temporary rule.",
        due=None,
        vague=False,
        said="2018-04-23 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NMFS18,
        published="2018-04-23",
    ),
    # the season's opening at a clock time on a date, read as a one-off event like 'the road will reopen at 12:01 a.m. on Monday' (CONVENTIONS 3.1): 1 June 2018 00:01 EDT. unsure: a careful reader could give earliest (2018-06-01 04:01, the open season is an activity given only its start, CONVENTIONS 3.2), or read 'local time' as Central time (05:01 UTC; most of the Gulf coast keeps Central time)
    B(
        text="The Federal recreational season for red snapper in the Gulf EEZ begins at 12:01 a.m., local time, on June 1, 2018.",
        due="2018-06-01 04:01:00",
        vague=False,
        said="2018-04-23 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NMFS18,
        published="2018-04-23",
    ),
    # a closure at a clock time on a date (CONVENTIONS 3.1): 1 June 2018 00:01 EDT. unsure: 'local time' read as Central time gives 05:01 UTC
    B(
        text="For recreational harvest by the private angling component, the season closes at 12:01 a.m., local time, on June 1, 2018.",
        due="2018-06-01 04:01:00",
        vague=False,
        said="2018-04-23 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NMFS18,
        published="2018-04-23",
    ),
    # a closure at a clock time on a date (CONVENTIONS 3.1): 22 July 2018 00:01 EDT. unsure: 'local time' read as Central time gives 05:01 UTC
    B(
        text="For recreational harvest by the Federal for-hire component, the season closes at 12:01 a.m., local time, on July 22, 2018.",
        due="2018-07-22 04:01:00",
        vague=False,
        said="2018-04-23 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NMFS18,
        published="2018-04-23",
    ),
    # 'annual' and 'the 2018 fishing year' only name the limits the closures protect: due None, no refusal word
    B(
        text="These closures are necessary to prevent the private angling and Federal for-hire components from exceeding their respective quotas, equivalent to annual catch limits (ACLs), for the 2018 fishing year and to prevent overfishing of the Gulf red snapper resource.",
        due=None,
        vague=False,
        said="2018-04-23 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NMFS18,
        published="2018-04-23",
    ),
    # NOAA, National Marine Fisheries Service ('Atlantic Highly Migratory Species; Atlantic Bluefin Tuna Fisheries', temporary rule, 83 FR 55108, as carried by thefederalregister.org; public domain); zone America/New_York (EDT); the issue is dated Friday, November 2, 2018: said Friday 2 November 2018 10:00 EDT. The summary's first and last sentences hold no time word, the ACTION line ('October-November fishery for 2018') is a header line, and the repeated summary is cut off. 'annual' quota and 'time periods' set no time: due None, no refusal word
    B(
        text="This action is intended to provide a reasonable opportunity to harvest the full annual U.S. BFT quota without exceeding it, while maintaining an equitable distribution of fishing opportunities across time periods; help achieve optimum yield in the BFT fishery; and optimize the ability of all permit categories to harvest their full BFT quota allocations.",
        due=None,
        vague=False,
        said="2018-11-02 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NMFS18B,
        published="2018-11-02",
    ),
    # NOAA, National Weather Service (Newport/Morehead City office's release on virtual SKYWARN spotter training, as carried verbatim by the Washington Daily News, which prints 'Published 2:55 pm Wednesday, April 21, 2021'; the release's words are a US federal work, public domain); zone America/New_York (EDT); the carrier's hour is when it carried the release: said Wednesday 21 April 2021 10:00 EDT. The carrier's byline and player line, sentences without a time word and those whose only time words are 'real-time' and 'still' are not taken. Two classes on two days, each from 6:30 to 8 p.m.: the last day at the range's later end (CONVENTIONS 6.1): 27 April 2021 20:00 EDT
    B(
        text="The National Weather Service in Newport/Morehead City will be conducting two basic SKYWARN (weather spotters) training classes on April 22 and April 27 from 6:30 p.m. to 8 p.m.",
        due="2021-04-28 00:00:00",
        vague=False,
        said="2021-04-21 14:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=3,
        source=_NWS21,
        published="2021-04-21",
    ),
    # a request to the reader; the dates only name the classes and no time is set for registering (CONVENTIONS 4.3): due None, no refusal word. unsure: a careful reader could give 27 April 2021 end of day (the later of the alternatives, CONVENTIONS 6.2)
    B(
        text="Register online for the April 22 class here or the April 27 class here.",
        due=None,
        vague=False,
        said="2021-04-21 14:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=1,
        source=_NWS21,
        published="2021-04-21",
    ),
    # US Fish and Wildlife Service ('Hunting and Shooting Sports Conservation Council; Public Meeting by Videoconference', notice, 85 FR 71088, FR Doc 2020-24619, on fws.gov; public domain); zone America/New_York (EST); the issue is dated Friday, November 6, 2020: said Friday 6 November 2020 10:00 EST. Header lines, the summary (no time word), the contact line and the last sentence (cut off) are not taken. A one-off meeting with a range of times: its later end (CONVENTIONS 3.1, 6.1): 3 December 2020 16:00 EST
    B(
        text="Videoconference: Thursday, December 3, 2020, from 1:00 p.m. to 4:00 p.m. Eastern Time.",
        due="2020-12-03 21:00:00",
        vague=False,
        said="2020-11-06 15:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=3,
        source=_FWS20,
        published="2020-11-06",
    ),
    # 'deadlines' points to another section; the sentence gives no time of its own (CONVENTIONS 6.3): due None, no refusal word
    B(
        text="Deadlines: For deadlines for registration, requests for accommodation, or comment submission, please see Public Input under SUPPLEMENTARY INFORMATION.",
        due=None,
        vague=False,
        said="2020-11-06 15:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=1,
        source=_FWS20,
        published="2020-11-06",
    ),
    # the Council's establishment and the dates of its Acts and Executive Order: past
    B(
        text="SUPPLEMENTARY INFORMATION: The Council was established to further the provisions of the Fish and Wildlife Act of 1956 (16 U.S.C. 742a et seq.), the Federal Land Policy and Management Act of 1976 (43 U.S.C. 1701-1785), the National Wildlife Refuge System Improvement Act of 1997 (16 U.S.C. 668dd-ee), other statutes applicable to specific bureaus, and Executive Order 13443 (August 16, 2007), ``Facilitation of Hunting Heritage and Wildlife Conservation.''",
        due=None,
        vague=False,
        said="2020-11-06 15:00:00",
        tz="America/New_York",
        day_first=False,
        refusal="past",
        cluster=5,
        source=_FWS20,
        published="2020-11-06",
    ),
    # USDA Forest Service ('Forest Resource Coordinating Committee', notice of meeting, FR Doc 2015-22611, public-inspection copy as carried by slideblast.com; public domain); zone America/New_York (EDT); the copy is the public-inspection version, which says it is to be published on 09/09/2015, so it is read on the business day before: said Tuesday 8 September 2015 10:00 EDT (the label below is the same if read on 9 September). The document-sharing site's furniture, the agency codes, the sentences without a time word and the last sentence (cut off) are not taken. The publication on a numeric US date, a one-off event (CONVENTIONS 3.1): 9 September 2015, end of day
    B(
        text="This document is scheduled to be published in the Federal Register on 09/09/2015 and available online at http://federalregister.gov/a/2015-22611, and on FDsys.gov",
        due="2015-09-10 03:59:59",
        vague=False,
        said="2015-09-08 14:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=6,
        source=_FS15,
        published="2015-09-08",
    ),
    # the years only name the Acts: due None, no refusal word
    B(
        text="The Committee is established consistent with the Federal Advisory Committee Act of 1972 (FACA) (5 U.S.C. App. II), and the Food, Conservation, and Energy Act of 2008 (the Act) (Pub. L. 110-246).",
        due=None,
        vague=False,
        said="2015-09-08 14:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=1,
        source=_FS15,
        published="2015-09-08",
    ),
    # a one-off teleconference with a range of times in the zone named: its later end (CONVENTIONS 3.1, 6.1): 14 October 2015 13:30 EDT
    B(
        text="The teleconference will be held on October 14, 2015 from 12:00 p.m. to 1:30 p.m., Eastern Daylight Time (EDT).",
        due="2015-10-14 17:30:00",
        vague=False,
        said="2015-09-08 14:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=3,
        source=_FS15,
        published="2015-09-08",
    ),
    # a request to the reader, 'prior to attendance' tied to no date (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="For status of the meeting prior to attendance, please contact the person listed under For Further Information Contact.",
        due=None,
        vague=False,
        said="2015-09-08 14:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=1,
        source=_FS15,
        published="2015-09-08",
    ),
    # Houses of the Oireachtas (Dáil debate of Thursday 17 July 2025, Other Questions, Office of Public Works, a Deputy's supplementary, KildareStreet copy; Oireachtas material, CC BY 4.0 as carried); zone Europe/Dublin (IST); the copy stamps the speech '2:45 am', which cannot be a sitting time: said Thursday 17 July 2025 10:00 IST. The first and last sentences hold no time word. 'this time last year': past
    B(
        text="Deputy Moran was not in position when I got the last reply, which was this time last year.",
        due=None,
        vague=False,
        said="2025-07-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL25,
        published="2025-07-17",
    ),
    # the works the Minister's reply of last year said would be carried out in 2025: the reported act's own year (CONVENTIONS 2.2): 31 December 2025, end of day (GMT). unsure: a careful reader could give past (the reply reported is a year old) or negated (the next sentence replaces 2025 with 2027, though not in this sentence, CONVENTIONS 4.1)
    B(
        text="It repeated exactly what he has said, namely, a weather window would be required to carry out the works and the works would be carried out in 2025, which is this year.",
        due="2025-12-31 23:59:59",
        vague=False,
        said="2025-07-17 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL25,
        published="2025-07-17",
    ),
    # 'for the past four or five months': past
    B(
        text="The reason I have asked the question is that the weather window has well and truly been with us for the past four or five months.",
        due=None,
        vague=False,
        said="2025-07-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL25,
        published="2025-07-17",
    ),
    # the Minister's present undertaking reported: the act's own year counts, not the verb of saying (CONVENTIONS 2.2): 31 December 2027, end of day (GMT)
    B(
        text="Now, the Minister of State is saying the works will be carried out in 2027.",
        due="2027-12-31 23:59:59",
        vague=False,
        said="2025-07-17 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL25,
        published="2025-07-17",
    ),
    # Houses of the Oireachtas (Dáil debate of Wednesday 28 February 2024, Questions on Policy or Legislation (Resumed), the Taoiseach's reply, KildareStreet copy stamped 12:45 pm; Oireachtas material, CC BY 4.0 as carried); zone Europe/Dublin (GMT): said Wednesday 28 February 2024 12:45 GMT. The other sentences hold no time word or only 'currently' and 'constant'. 'shortly thereafter' hung on the undated arrival of the tender (CONVENTIONS 5.2): event
    B(
        text="As soon as this is in, the Government will make a decision shortly thereafter.",
        due=None,
        vague=False,
        said="2024-02-28 12:45:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL24,
        published="2024-02-28",
    ),
    # Houses of the Oireachtas (Seanad debate of Thursday 4 December 2008, a Senator's point of order on the Order of Business, KildareStreet copy stamped 10:30 am; Oireachtas material, CC BY 4.0 as carried); zone Europe/Dublin (GMT): said Thursday 4 December 2008 10:30 GMT. The sentence in Irish and those without a time word are not taken. What the Leader did earlier that morning, his ordering of tomorrow's business included: past
    B(
        text="On a point of order, I note the Leader, in presenting the Order of Business, talked about today's business and then went on to order business for tomorrow.",
        due=None,
        vague=False,
        said="2008-12-04 10:30:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEN08,
        published="2008-12-04",
    ),
    # a Standing Order quoted: business proposed for each sitting day, a standing rule (CONVENTIONS 1.3): recurring
    B(
        text='That is clearly in breach of Standing Order 16 which states: "The Leader of the House ... for the purpose of this Standing Order) acting on behalf of the Government ... shall propose at the commencement of public business, the business for each sitting day and the order in which it shall be taken."',
        due=None,
        vague=False,
        said="2008-12-04 10:30:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_SEN08,
        published="2008-12-04",
    ),
    # what the Leader stated and told: past
    B(
        text="The Leader correctly stated today's business and he then proceeded to tell us what we will do tomorrow.",
        due=None,
        vague=False,
        said="2008-12-04 10:30:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEN08,
        published="2008-12-04",
    ),
    # tomorrow's business 'may not be ordered today': a time denied (CONVENTIONS 4.1): negated
    B(
        text="That might be helpful but it may not be ordered today.",
        due=None,
        vague=False,
        said="2008-12-04 10:30:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_SEN08,
        published="2008-12-04",
    ),
    # a duty on each sitting day, a standing rule (CONVENTIONS 1.3): recurring
    B(
        text="I ask the Leader to recognise and accept the Standing Order is clear in that regard and that on each sitting day we are required to agree the business of that day.",
        due=None,
        vague=False,
        said="2008-12-04 10:30:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_SEN08,
        published="2008-12-04",
    ),
    # 'the following day' of a standing rule (CONVENTIONS 1.3): recurring
    B(
        text="Standing Orders allow Adjournment Matters to be put forward to the following day.",
        due=None,
        vague=False,
        said="2008-12-04 10:30:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_SEN08,
        published="2008-12-04",
    ),
    # an argument about what could not happen; the matters 'to be taken on the Adjournment today' are undertaken by no one in the sentence: due None, no refusal word. unsure: a careful reader could give today, end of day (the Adjournment matters taken today, CONVENTIONS 2.1) or negated ('could not possibly be taken', CONVENTIONS 4.1)
    B(
        text="It means issues to be taken on the Adjournment today could not possibly be taken in the middle of the business that has been ordered on the Order of Business of the day.",
        due=None,
        vague=False,
        said="2008-12-04 10:30:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEN08,
        published="2008-12-04",
    ),
    # 'each sitting day', a standing requirement (CONVENTIONS 1.3): recurring
    B(
        text="It is clear that we require an Order of Business on each sitting day to deal with the public business for that sitting day.",
        due=None,
        vague=False,
        said="2008-12-04 10:30:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_SEN08,
        published="2008-12-04",
    ),
    # Department for Environment, Food and Rural Affairs (press release 'Bluetongue virus restricted zone to be extended to all of England on 1 July 2025', as carried verbatim by wired-gov.net; Crown copyright, OGL); zone Europe/London (BST); the carrier's address dates it 26 May 2025 (its 11:20 is when it carried the release): said Monday 26 May 2025 10:00 BST. The title, the standfirst (no time word), sentences whose only time word is 'now' and the last, cut off, are not taken. A zone extended from a date, a rule taking effect (CONVENTIONS 3.1, 3.1a): 1 July 2025, end of day
    B(
        text="The Bluetongue Virus restricted zone will be extended from 1 July 2025 to cover the whole of England, ending movement restrictions for animals and allowing farmers to move cattle, sheep, all ruminants, camelids, throughout England without movement tests.",
        due="2025-07-01 22:59:59",
        vague=False,
        said="2025-05-26 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DEFRA25,
        published="2025-05-26",
    ),
    # 'since September 2024': past
    B(
        text="The impacts on susceptible animals can vary greatly – but in most cases seen since September 2024 clinical signs have been mild and animals have recovered.",
        due=None,
        vague=False,
        said="2025-05-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA25,
        published="2025-05-26",
    ),
    # the perfect, an act done 'until vaccines are available': past
    B(
        text="Through movement controls we have slowed the westerly spread of bluetongue until vaccines are available.",
        due=None,
        vague=False,
        said="2025-05-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA25,
        published="2025-05-26",
    ),
    # Rural Payments Agency ('Rural Payments Agency update - April 2021 (HTML version)', GOV.UK; Crown copyright, OGL; the stored copy read is the identical mirror on fly1.wordsworth.site); zone Europe/London (BST); the page says 'Published 6 April 2021' and gives no hour: said Tuesday 6 April 2021 10:00 BST. Headings, the publication line, sentences without a time word, the one whose only time word is 'now' and the key-dates line cut off where the stored text ends are not taken. 'at the time of publication' sets no time: due None, no refusal word
    B(
        text="The deadlines and information given in this update are correct at the time of publication.",
        due=None,
        vague=False,
        said="2021-04-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_RPA21,
        published="2021-04-06",
    ),
    # 'regularly', a standing instruction (CONVENTIONS 1.3): recurring
    B(
        text="Check the page regularly for any updates.",
        due=None,
        vague=False,
        said="2021-04-06 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_RPA21,
        published="2021-04-06",
    ),
    # 'while our offices remain closed', a span tied to an undated end (blind_real.py): event. unsure: a careful reader could give due None with no refusal word (nothing is undertaken, the span only says why)
    B(
        text="For example, you can read about the different ways to submit applications, claims and documents to us, while our offices remain closed and we are unable to accept correspondence or documents in person.",
        due=None,
        vague=False,
        said="2021-04-06 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_RPA21,
        published="2021-04-06",
    ),
    # drop-in centres denied for the year (CONVENTIONS 4.1): negated
    B(
        text="Although we’re unable to open drop-in centres in 2021, in this update, we’ve explained where you can find useful guidance on GOV.UK to help you apply or claim for RPA schemes.",
        due=None,
        vague=False,
        said="2021-04-06 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_RPA21,
        published="2021-04-06",
    ),
    # 'considering' a window in 2021 is a possibility, no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give 31 December 2021, end of day (the agency's plan, put modestly, CONVENTIONS 4.3)
    B(
        text="In response to customer feedback and in preparation for our future environmental land management schemes, we are considering introducing a flexible application window in 2021.",
        due=None,
        vague=False,
        said="2021-04-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_RPA21,
        published="2021-04-06",
    ),
    # 'as soon as we can', the agency's own undertaking: vague, 60 days (CONVENTIONS 5.1; 'as soon as <subject> can' as in blind_real.py): 5 June 2021, end of day. unsure: a careful reader could give event (the changes to be told of are undated and may never come, CONVENTIONS 5.2)
    B(
        text="We’ll let you know about any changes as soon as we can, through our normal communication and social media channels.",
        due="2021-06-05 22:59:59",
        vague=True,
        said="2021-04-06 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_RPA21,
        published="2021-04-06",
    ),
    # advice to the reader; the deadline dates are given elsewhere and 'when' is not known (CONVENTIONS 4.3, 6.3): due None, no refusal word
    B(
        text="We strongly advise you to submit your application during the published application deadline dates, as we cannot specify when a flexible window will be introduced.",
        due=None,
        vague=False,
        said="2021-04-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_RPA21,
        published="2021-04-06",
    ),
    # 'key dates' points to the list below; no time of its own (CONVENTIONS 6.3): due None, no refusal word
    B(
        text="A reminder about key dates, a summary of the main updates, and how to apply are given below.",
        due=None,
        vague=False,
        said="2021-04-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_RPA21,
        published="2021-04-06",
    ),
    # Marine Management Organisation (news story 'Catch limits increased after meetings with fishermen', GOV.UK; Crown copyright, OGL); zone Europe/London (GMT); the page says 'Published 20 March 2014' and gives no hour: said Thursday 20 March 2014 10:00 GMT. The title, the standfirst, sentences without a time word, list items without one and the closing follow line are not taken. Limits raised after the fishermen spoke: past
    B(
        text="Catch limits for a range of species in Area VIId, North Sea and Area VIIe have gone up after fishermen highlighted in-demand species to the Marine Management Organisation (MMO).",
        due=None,
        vague=False,
        said="2014-03-20 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MMO14A,
        published="2014-03-20",
    ),
    # limits that will apply over a range of dates: its later end (CONVENTIONS 3.3, 6.1): 30 June 2014, end of day (BST)
    B(
        text="Quarterly limits from 1 April to the end of June that will apply to the 10-metres-and-under and non-sector fleets are:",
        due="2014-06-30 22:59:59",
        vague=False,
        said="2014-03-20 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_MMO14A,
        published="2014-03-20",
    ),
    # limits that 'applied from 16 March 2014', four days before: past
    B(
        text="Other increased monthly (unless stated) catch limits that applied from 16 March 2014 are:",
        due=None,
        vague=False,
        said="2014-03-20 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MMO14A,
        published="2014-03-20",
    ),
    # a list item: a quarterly limit for January to March, a state kept to the range's later end (CONVENTIONS 3.3, 6.1): 31 March 2014, end of day (BST from 30 March). unsure: a careful reader could give past (the item belongs to the limits that 'applied from 16 March 2014')
    B(
        text="Area VII pollock increased to 35 tonnes a quarter for January to March (10-metres-and-under vessels only)",
        due="2014-03-31 22:59:59",
        vague=False,
        said="2014-03-20 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_MMO14A,
        published="2014-03-20",
    ),
    # Marine Management Organisation (news story 'Fisheries closures explained', GOV.UK; Crown copyright, OGL); zone Europe/London (GMT); the stored text prints no publication date and reports uptake 'on 27 October 2014', so it is read the next day: said Tuesday 28 October 2014 10:00 GMT (no label changes for any day from 28 October to 31 December 2014). The title, the standfirst ('recent'), the two sentences whose only time word is 'early closure' (a kind of closure), those without a time word, the subheading and the last, cut off, are not taken. The year only names the quotas: due None, no refusal word
    B(
        text="The MMO recognises the importance of its role in helping the fishing industry to make use of as much as possible of 2014 quotas.",
        due=None,
        vague=False,
        said="2014-10-28 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_MMO14B,
        published="2014-10-28",
    ),
    # 'in advance', 'at short notice': the regulator's standing practice (CONVENTIONS 1.3): recurring
    B(
        text="Where possible the MMO seeks to involve the industry and notify them in advance of our decisions, however there are occasions when it may need to take action and make closures at short notice.",
        due=None,
        vague=False,
        said="2014-10-28 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_MMO14B,
        published="2014-10-28",
    ),
    # a consequence under an 'if', no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give 31 December 2015, end of day (the payback 'next year')
    B(
        text="If quota limits are exceeded they will have to be paid back next year and penalties may be applied by the European Commission, meaning the UK would have even less quota for 2015.",
        due=None,
        vague=False,
        said="2014-10-28 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_MMO14B,
        published="2014-10-28",
    ),
    # 'generally ... at this stage of the year', a yearly pattern (CONVENTIONS 1.3): recurring
    B(
        text="The MMO generally expects several fisheries to be at over 70 percent of quota uptake at this stage of the year.",
        due=None,
        vague=False,
        said="2014-10-28 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_MMO14B,
        published="2014-10-28",
    ),
    # 'imminently' is a forecast about the fisheries, no undertaking (CONVENTIONS 4.3, 5.1 applies to undertakings): due None, no refusal word
    B(
        text="It has identified around 10 fisheries with particularly high uptake and therefore likely to be at risk of reaching quota limits imminently.",
        due=None,
        vague=False,
        said="2014-10-28 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_MMO14B,
        published="2014-10-28",
    ),
    # a closure from two days before: past
    B(
        text="The [ishery was closed to the English under 10 metre and non-sector quota pools from Sunday 26 October 2014 as both groups have fished more than their current allocated quota.",
        due=None,
        vague=False,
        said="2014-10-28 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MMO14B,
        published="2014-10-28",
    ),
    # uptake on the day before: past
    B(
        text="Uptake on 27 October 2014 was over 115 percent for the English under 10s and 102 percent for the English non-sector.",
        due=None,
        vague=False,
        said="2014-10-28 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MMO14B,
        published="2014-10-28",
    ),
    # 'could be fished in 2014': a possibility under the rules, no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give 31 December 2014, end of day
    B(
        text="Up to 5 percent (around 75 tonnes) of the 2015 UK quota for this stock could be fished in 2014 under EC flexibility rules.",
        due=None,
        vague=False,
        said="2014-10-28 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_MMO14B,
        published="2014-10-28",
    ),
    # New Zealand Department of Conservation (guidance page 'How an aerial 1080 predator control operation is run', doc.govt.nz; CC BY 4.0); zone Pacific/Auckland (NZST); the stored text prints no date; every label on this page is a standing rule or sets no time, so it is read as of an arbitrary day: said Monday 1 July 2024 10:00 NZST (no label changes for any day). The image caption, headings, the list lead-in, sentences without a time word and those whose only time words are 'long-term' and 'quickly', and the last, cut off, are not taken. A lead time for every operation, a standing rule (CONVENTIONS 1.3): recurring
    B(
        text="We must begin planning 2-3 years before we can consider an aerial 1080 operation.",
        due=None,
        vague=False,
        said="2024-06-30 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC,
        published="2024-07-01",
    ),
    # 'once confirmed', 'the timing', 'when': no time set: due None, no refusal word. unsure: a careful reader could give recurring (how every operation is timed, CONVENTIONS 1.3)
    B(
        text="Once confirmed, the timing of a 1080 operation depends on what animals are most at risk and when they are most vulnerable.",
        due=None,
        vague=False,
        said="2024-06-30 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC,
        published="2024-07-01",
    ),
    # 'a long time' describes the species: due None, no refusal word
    B(
        text="The ones in most danger of extinction are those that breed slowly, are long-lived and take a long time to reach maturity.",
        due=None,
        vague=False,
        said="2024-06-30 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC,
        published="2024-07-01",
    ),
    # 'long nesting times' describes the birds: due None, no refusal word
    B(
        text="Birds that nest in cavities in trees or the ground, and/or have long nesting times, such as kiwi, kea, mōhua, and kōkako are particularly at risk from predators.",
        due=None,
        vague=False,
        said="2024-06-30 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC,
        published="2024-07-01",
    ),
    # 'then ... when it is the best time': no time set: due None, no refusal word
    B(
        text="We must then decide when it is the best time to use 1080.",
        due=None,
        vague=False,
        said="2024-06-30 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC,
        published="2024-07-01",
    ),
    # an option open to communities in every operation, the roar season a yearly one (CONVENTIONS 1.3): recurring
    B(
        text="Tangata whenua and community members can request operations to be during a time that won’t impact other activities, such as the deer hunting roar season.",
        due=None,
        vague=False,
        said="2024-06-30 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC,
        published="2024-07-01",
    ),
    # seasons of a yearly cycle and a standing plan (CONVENTIONS 1.3): recurring
    B(
        text="Most birds breed in spring and summer, at the same time young stoats leave the den, so we plan operations to protect them, their eggs and young.",
        due=None,
        vague=False,
        said="2024-06-30 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC,
        published="2024-07-01",
    ),
    # a requirement of every operation, 'before' the bait leaches (CONVENTIONS 1.3): recurring. unsure: a careful reader could give event (a time hung on the undated leaching, CONVENTIONS 1.3)
    B(
        text="An operation requires fine, calm weather so we can drop bait pellets safely by helicopter and predators can eat the baits before the 1080 leaches out of them.",
        due=None,
        vague=False,
        said="2024-06-30 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC,
        published="2024-07-01",
    ),
    # Australian Bureau of Statistics (media release '30,000 strong Census workforce prepare for the big campaign', C23/2001, abs.gov.au archive; CC BY); zone Australia/Sydney (AEST, the ABS is in Canberra); the title says 'Jul 2001' and the dateline reads 'July 16, 1997', a slip (the Census of Tuesday 7 August fits 2001 only, and the release number is C23/2001); 'Embargoed: 11:30 AM (AEST)': said Monday 16 July 2001 11:30 AEST. The title, dateline, the sentences without a time word and the media line cut off are not taken. The Census held on a day, a one-off event (CONVENTIONS 3.1): 7 August 2001, end of day
    B(
        text="With a month to go before the Census, to be held on Tuesday 7 August, the final stages of preparation are in full swing for the Australian Bureau of Statistics' (ABS) 30,000-strong field workforce.",
        due="2001-08-07 13:59:59",
        vague=False,
        said="2001-07-16 01:30:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS01,
        published="2001-07-16",
    ),
    # the training to commence within this month, its start a one-off event (CONVENTIONS 3.1): 31 July 2001, end of day. unsure: a careful reader could give earliest (training is an activity given only its start, CONVENTIONS 3.2; earliest 2001-06-30 14:00, the month's first day)
    B(
        text="Training of Census Collectors, who will distribute and collect census forms to over seven million households throughout Australia, will commence this month.",
        due="2001-07-31 13:59:59",
        vague=False,
        said="2001-07-16 01:30:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS01,
        published="2001-07-16",
    ),
    # two activities each given only its start (CONVENTIONS 3.2): earliest, the later start, 8 August 2001 00:00 AEST. unsure: a careful reader could set earliest at the first start, 28 July 2001 00:00 AEST (2001-07-27 14:00)
    B(
        text="Census Collectors will be delivering forms from Saturday 28 July and will be collecting the forms from 8 August.",
        due=None,
        vague=False,
        said="2001-07-16 01:30:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2001-08-07 14:00:00",
        cluster=5,
        source=_ABS01,
        published="2001-07-16",
    ),
    # the time each form takes, a standing figure for a class of cases (CONVENTIONS 1.3): recurring
    B(
        text="It should take 20-30 minutes to complete the questions on the census form.",
        due=None,
        vague=False,
        said="2001-07-16 01:30:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS01,
        published="2001-07-16",
    ),
    # the year only names the Census operations the training covers: due None, no refusal word
    B(
        text="The training sessions will also cover all aspects of the 2001 Census operations, including the objectives of the Census, quality control, the Census Time Capsule Project and reinforce the absolute necessity for adherence to privacy and confidentiality.",
        due=None,
        vague=False,
        said="2001-07-16 01:30:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS01,
        published="2001-07-16",
    ),
    # the year only names the Census: due None, no refusal word
    B(
        text="The 2001 Census, the biggest statistical collection undertaken by the Australian Bureau of Statistics, will involve all people in Australia, including overseas visitors and tourists.",
        due=None,
        vague=False,
        said="2001-07-16 01:30:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS01,
        published="2001-07-16",
    ),
)
