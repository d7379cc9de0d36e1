"""A HUNDRED-AND-FORTY-SECOND fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 07:33 and 07:40 by the machine's clock (which ran
slowly against the work done) by a labelling helper (branch issue12l142-s54) that neither changed,
imported nor ran the parser, working at the same time as the other labellers of stop 54 (fresh139 to
fresh143), whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full, the docstring, comments, some cases and the
README section of `blind_fresh138.py`, the `BlindCase` fields of `blind_real.py`, the docstring of
`tests/data/fresh_check.py`, and the top docstring of the parser package only (the vague windows,
"before" and "by" periods, early/mid/late thirds, "midnight", fiscal years, parts of the day); nothing
else of `bot/core/deadlines/` was opened. The brief asked for GOV.UK agencies (DVLA, Companies House,
CMA, MHRA, HMRC, Ofsted, Environment Agency, National Highways), Stats NZ and LINZ, NSW and Victorian
Government pages under CC BY and US science agencies (NASA, NOAA, USGS, NIST), at most a third from the
United States; at least eight publishers, none above a fifth of the cases; about 90 cases (at least 70)
by 08:10 UTC.

The set quotes Land Information New Zealand (Landwrap of 13 December 2017 and 23 July 2019 and a news
story of 17 April 2019), Statistics New Zealand (a media release embargoed to 15 September 2011, the
Government Statistician's update of 14 April 2011 and his Gazette notice of Census Day of 2 September
2011), the NSW National Parks and Wildlife Service (local alerts on four park pages, 2023 to 2025), NASA
(an Ames advisory of 13 July 2009 on the STS-127 postponement, carried by spacenews.com), NOAA Fisheries
(a GovDelivery bulletin of July 2019 with a hearing schedule), the Environment Agency (a dry weather
update of 17 July 2018 and an operational update of 4 May 2020, both GOV.UK items carried by other
sites), HM Revenue and Customs (the July 2024 Employer Bulletin on GOV.UK), the Driver and Vehicle
Licensing Agency (a GovDelivery newsletter to number plate suppliers of late 2020) and NOAA's National
Weather Service (a final rule in the Federal Register of 2 March 1994). 80 cases from 9 publishers
(Land Information New Zealand 16 (20.0%); Statistics New Zealand 16 (20.0%); the NSW National Parks and
Wildlife Service 16 (20.0%); NASA 10 (12.5%); NOAA Fisheries 6 (7.5%); the Environment Agency 7
(8.75%); HMRC 4 (5.0%); DVLA 3 (3.75%); the National Weather Service 2 (2.5%)). 18 of the 80 (22.5%) are
from the United States (NASA, NOAA Fisheries, NWS); 62 are not (New Zealand 32, Australia 16, United
Kingdom 14). NOAA Fisheries and the National Weather Service are counted as separate publishers, as
earlier sets count NOAA's line offices. No page of Companies House, the CMA, MHRA, Ofsted, National
Highways, USGS or NIST could be used: every one the store returned read USED (the CMA case pages and
consultations, MHRA and Ofsted items carried by government-world.com and parliamenttoday.com, Highways
England's weekly roadworks summaries, Companies House's COVID-19 items, NIST's Standards in Trade notice of
23 May 2008, HMRC's October 2024 Employer Bulletin), or gave no date or no whole sentence with a time word
(USGS fieldwork previews, MHRA's old media centre, a CMA press release on a mirror with no date); no
Victorian Government page was used because the store showed no licence statement of the Premier's site
(only other Victorian sites' CC BY statements, which do not cover it).

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, "today",
"now", "currently", "this month", "in May", "early August", "by October 2026", a range of days or of
hours, a span, "a year", "some months", "since", "before", "until", "when", "during", "in the
meantime", "immediate", "quickly"), or a number a reader could take for one ("4.10", "1080"); sentences
of the openings read that hold none were skipped, as were titles, headings, datelines, "Applies from ...
Last reviewed ..." lines of the park alerts, contact lines, sentences cut off by the end of an opening,
and the words of the carrying sites themselves. The pages' slips stay as the pages have them (a double
space after "north", a space before a stop, "Thursday 11 December 2024" for a Wednesday); the opening
quotation marks of three sentences of quoted speech and the label "WHEN:" were left out of the quotes,
and line breaks inside a sentence were joined with a space. Lines of a schedule (NOAA Fisheries' hearings,
a park alert's list of nights) were taken as they stand. Claimed pages left out: Landwrap of 9 September
2020 (its only sentence with a time word is cut off by the end of the opening), the PeriOIOdical of 20
November 2019 and one sentence of the 17 April 2019 story (LINZ at a fifth), two Stats NZ releases of
February and March 2023 carried by Scoop (Stats NZ at a fifth); the Mount Kembla and Thirlmere Lakes
alerts pages read fresh but were not claimed (NPWS at a fifth). See README.md
("Hundred-and-forty-second fresh blind set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh142`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used
and dropped (README.md lists some). Every kept sentence was then checked whole with the same tool
(skipping this file). Each label was worked out by hand from the words, the moment of speaking and the
publisher's zone (Pacific/Auckland for LINZ and Stats NZ, Australia/Sydney for NPWS, America/Los_Angeles
for the NASA Ames advisory, America/New_York for NOAA Fisheries and the NWS, Europe/London for the
Environment Agency, HMRC and DVLA); the conversion of local instants to UTC wall time and the weekdays
were done with Python's zoneinfo and datetime in a scratch script outside the repository, never with
code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh138.py`: the publication date at 10:00 local time unless the page gives an hour (the Stats
NZ release is read at its embargo, 1:30 pm; each park alert at its own printed "Last reviewed" time);
where a page carries no date in its opening, the one its words give (the first comment of the page says
which and why: the NASA advisory from its weekdays and dates, the NOAA Fisheries bulletin from its dates
and NOAA's own page of the same schedule, the DVLA newsletter from its words, no label depending on the
day chosen); a day falls due at 23:59:59 local; a month or "by <month>" at its end, "early August" on
the 10th; a range, a schedule or alternatives fall due at the later end (CONVENTIONS 6.1, 6.2); a
closure or program kept to a day falls due then (CONVENTIONS 3.3); a rule or change taking effect on a
day is due that day, past when that day is gone (CONVENTIONS 3.1a); a state given only its start is
earliest (CONVENTIONS 3.2); a bare clock time is its first occurrence after the moment of speaking, the
page's day noted (CONVENTIONS 6.3); nights end on the morning after (CONVENTIONS 6.4); standing
practices and rates are recurring, and times hung on an undated event event (CONVENTIONS 1.3, 5.2);
an attempt called off is negated (CONVENTIONS 4.1); a likelihood or possibility is no undertaking
(CONVENTIONS 4.2); refusals have `due=None` and a `refusal` kind; a sentence whose time words set no time
for any act has `due=None` and no refusal word (20 such). Clusters as in `blind_fresh138.py`: 1 no time
set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals,
6 plain days and dates. 27 labels are refusals (past 13, event 9, recurring 3, earliest 1, negated 1);
none is vague; 33 labels carry a due instant; 14 are marked "unsure" and name the other reading; like
every label here they stay as committed, whatever the first run shows. First run: not yet taken (the lead
runs it once, after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_LINZDEC17 = "https://www.linz.govt.nz/news/2017-12/landwrap-december-2017"
_LINZCPL19 = (
    "https://www.linz.govt.nz/news/2019-04/more-3000-submissions-received-high-country-management"
)
_LINZJUL19 = "https://www.linz.govt.nz/news/2019-07/landwrap-july-2019"
_SNZCEN11 = "http://www.stats.govt.nz/browse_for_stats/Corporate/Corporate/CorporateCommunications_MR16sep2011.aspx"
_GAZCEN11 = "https://gazette.govt.nz/notice/id/2011-go6402"
_SNZEQ11 = "http://m.stats.govt.nz/tools_and_services/media-centre/additional-releases-archive/impact-of-earthquake-on-releases.aspx"
_NASASTS127 = (
    "https://spacenews.com/nasas-space-shuttle-endeavour-now-scheduled-to-launch-wednesday"
)
_NMFSBFT19 = "https://content.govdelivery.com/accounts/USNOAAFISHERIES/bulletins/2506c88"
_NWSFR94 = "http://federal.elaws.us/fr/3/2/1994/94-4659"
_NPWSMAD = "https://nationalparks.nsw.gov.au/things-to-do/lookouts/maddens-falls/local-alerts"
_NPWSPEB = "https://www.nationalparks.nsw.gov.au/things-to-do/picnic-areas/pebbly-beach-picnic-area/local-alerts"
_NPWSAPP = (
    "https://www.nationalparks.nsw.gov.au/visit-a-park/parks/appletree-aboriginal-area/local-alerts"
)
_NPWSSHE = "https://www.nationalparks.nsw.gov.au/things-to-do/walking-tracks/shepherds-peak-walking-track/local-alerts"
_EADRY18 = "http://government-world.com/environment/page/3903/?print=print-search"
_EAOPS20 = (
    "http://thepublicinterest.info/coronavirus-environment-agency-operational-update-4-may-2020"
)
_DVLARNPS20 = "https://content.govdelivery.com/accounts/UKDVLA/bulletins/2af0fc9?reqfrom=share"
_HMRCEB24 = "https://gov.uk/government/publications/employer-bulletin-july-2024/july-2024-issue-of-the-employer-bulletin"

FRESH142_CASES: tuple[BlindCase, ...] = (
    # Land Information New Zealand, Landwrap December 2017 (Issue 138) on linz.govt.nz, CC BY 4.0 (LINZ's copyright page); the page's own date '13 December 2017', no hour given, so said 13 December 2017 10:00 NZDT. 'This month' names the contents; no act is set a time: due None, no refusal word
    B(
        text="This month we have updates about our holiday hours, Citrix software, and the Review of the Rules for Cadastral Survey.",
        due=None,
        vague=False,
        said="2017-12-12 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZDEC17,
        published="2017-12-13",
    ),
    # the same issue: 'over the holiday period' names what the reminder is about; nothing is promised for a time: due None, no refusal word
    B(
        text="We also have information about Landonline Digital Certificates, and a reminder about lapsing caveats over the holiday period.",
        due=None,
        vague=False,
        said="2017-12-12 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZDEC17,
        published="2017-12-13",
    ),
    # the same issue: a state (closed) given only its start, 5pm Friday 22 December 2017 (the reopening is in the next sentence, not this one): earliest 22 December 2017 17:00 NZDT (CONVENTIONS 3.2). unsure: a careful reader could take the closing at 5pm as a one-off event due then, 22 December 2017 17:00 NZDT (CONVENTIONS 3.1)
    B(
        text="The LINZ Offices, including Customer Support, will be closed from 5pm Friday 22 December.",
        due=None,
        vague=False,
        said="2017-12-12 21:00:00",
        tz="Pacific/Auckland",
        refusal="earliest",
        earliest="2017-12-22 04:00:00",
        cluster=5,
        source=_LINZDEC17,
        published="2017-12-13",
    ),
    # the same issue: the resumption is a one-off event on Wednesday 3 January 2018, end of the day (CONVENTIONS 3.1) [local due 2018-01-03 23:59:59]
    B(
        text="Normal hours will resume on Wednesday 3 January 2018.",
        due="2018-01-03 10:59:59",
        vague=False,
        said="2017-12-12 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_LINZDEC17,
        published="2017-12-13",
    ),
    # the same issue: a close and a resumption given in turn, the later counts (CONVENTIONS 6.1, 6.2): 6am Wednesday 3 January 2018 NZDT [local due 2018-01-03 06:00:00]
    B(
        text="Landonline will close at the normal time of 5pm Sat 23 December and resume at 6am Wednesday 3 January 2018.",
        due="2018-01-02 17:00:00",
        vague=False,
        said="2017-12-12 21:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_LINZDEC17,
        published="2017-12-13",
    ),
    # the same issue: 'act quickly' hangs on an undated notice received (CONVENTIONS 5.2, 1.3): event
    B(
        text="If you or your client receives a notice of lapse of caveat or notice of claim in the lead-up to the Christmas period this year, you’ll need to act quickly to avoid the caveat or notice of claim lapsing.",
        due=None,
        vague=False,
        said="2017-12-12 21:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_LINZDEC17,
        published="2017-12-13",
    ),
    # the same issue: 'have recently released' tells of a done act: past
    B(
        text="Citrix have recently released a new version of the Citrix Receiver software used for Landonline.",
        due=None,
        vague=False,
        said="2017-12-12 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_LINZDEC17,
        published="2017-12-13",
    ),
    # the same issue: '4.10' is a version number and 'Windows 10' a name, no clock time or span: due None, no refusal word
    B(
        text="This new version (4.10) also includes a new option for Windows 10 users to download a Windows App Store version of the Citrix Receiver software.",
        due=None,
        vague=False,
        said="2017-12-12 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZDEC17,
        published="2017-12-13",
    ),
    # the same issue: '4.10' and '4.9' are versions; 'since this article was written' dates the finding, not the advice; no act is set a time: due None, no refusal word. unsure: a careful reader could call the whole 'past' (CONVENTIONS 2.4, an act already done)
    B(
        text="Please note: We have identified issues with defining diagrams in survey with the 4.10 version since this article was written and we recommend you download the 4.9 version of Citrix Receiver from the Citrix website.",
        due=None,
        vague=False,
        said="2017-12-12 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZDEC17,
        published="2017-12-13",
    ),
    # the same issue: '2010' names the Rules; the review is a present state with no time of its own: due None, no refusal word
    B(
        text="The Surveyor-General, Mark Dyer’s, review of the Rules for Cadastral Survey 2010 is well underway.",
        due=None,
        vague=False,
        said="2017-12-12 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZDEC17,
        published="2017-12-13",
    ),
    # Land Information New Zealand, news 'More than 3,000 submissions received on high country management' on linz.govt.nz, CC BY 4.0; the page's date '17 April 2019' (NZST, summer time ended 7 April 2019), no hour, so said 17 April 2019 10:00 NZST. The opening quotation mark of the speech is left out. 'over the past eight weeks' counts back: past
    B(
        text="We’ve had some really substantial feedback over the past eight weeks and I’d like to thank everybody who’s taken the time to make a submission.",
        due=None,
        vague=False,
        said="2019-04-16 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_LINZCPL19,
        published="2019-04-17",
    ),
    # the same story: 'in May' is May 2019, due at the month's end (a period falls due at its later end) [local due 2019-05-31 23:59:59]
    B(
        text="LINZ will release a summary of all the submissions in May.",
        due="2019-05-31 11:59:59",
        vague=False,
        said="2019-04-16 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_LINZCPL19,
        published="2019-04-17",
    ),
    # the same story: the time hangs on an undated Select Committee stage: event (CONVENTIONS 1.3)
    B(
        text="There will be a further opportunity for the public to provide comment when a Parliamentary Select Committee considers a Bill.",
        due=None,
        vague=False,
        said="2019-04-16 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_LINZCPL19,
        published="2019-04-17",
    ),
    # Land Information New Zealand, Landwrap July 2019 (Issue 153) on linz.govt.nz, CC BY 4.0; the page's date '23 July 2019', no hour, so said 23 July 2019 10:00 NZST. A duty that began on 1 July 2019 (CONVENTIONS 3.1a) is more than a day before the words: past
    B(
        text="From 1 July 2019 all CSDs lodged are required to be in terms of one of the current 13 local vertical datums or the New Zealand wide NZVD2016 where a 3rd order or better vertical control mark is within 200m of a class A boundary point or 500m of a class B boundary point defined by a reduced level [see rule 4.3(a) RCS 2010].",
        due=None,
        vague=False,
        said="2019-07-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_LINZJUL19,
        published="2019-07-23",
    ),
    # the same issue: a range already over, 'has now finished': past
    B(
        text="The transitional arrangement that was in place from 1 January to 30 June 2019 that allowed some CSDs to use an alternative or assumed datum has now finished.",
        due=None,
        vague=False,
        said="2019-07-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_LINZJUL19,
        published="2019-07-23",
    ),
    # the same issue: 'now' tells a present state; nothing is set a time: due None, no refusal word
    B(
        text="The options that now appear in Landonline relate to the two alternative ways of satisfying practitioner obligations when the transaction is, on the face of it, High Risk as defined in s4.2.1:",
        due=None,
        vague=False,
        said="2019-07-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZJUL19,
        published="2019-07-23",
    ),
    # Statistics New Zealand, '2013 Census announcement - Media Release' on stats.govt.nz, CC BY 4.0 (Stats NZ's copyright page); the page prints 'Embargoed until 01:30pm - 15 September 2011', so said 15 September 2011 13:30 NZST. The count on 5 March 2013 is a one-off, end of that day (NZDT). The page's double space after 'north' is kept [local due 2013-03-05 23:59:59]
    B(
        text="Wherever you are in New Zealand, from Scott Base in Antarctica to the far north  of the country, or even on an oil rig off the Taranaki coast, on 5 March 2013, you have to be counted in the census.",
        due="2013-03-05 10:59:59",
        vague=False,
        said="2011-09-15 01:30:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZCEN11,
        published="2011-09-15",
    ),
    # the same release: 'today announced' tells of the announcing done (CONVENTIONS 2.2, 2.4); 'well under two years to go' measures the time left to a census the sentence does not date: past. unsure: a careful reader could give due None and no refusal word (no act of the sentence is set a time)
    B(
        text="Government Statistician Geoff Bascand today announced the date for the next census and says with well under two years to go, preparations are moving with a sense of urgency and excitement.",
        due=None,
        vague=False,
        said="2011-09-15 01:30:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZCEN11,
        published="2011-09-15",
    ),
    # the same release (the opening quotation mark left out): a deferral done, the 2011 census and the February earthquake both gone: past
    B(
        text="The 2011 Census was deferred because of the February Christchurch earthquake.",
        due=None,
        vague=False,
        said="2011-09-15 01:30:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZCEN11,
        published="2011-09-15",
    ),
    # the same release: '2013 Census' names the census; no act is set a time: due None, no refusal word. unsure: a careful reader could read the year as the time of the census, end of 2013
    B(
        text='This makes the 2013 Census even more important, because people and organisations that rely on census statistics for their planning want the latest information available," Mr Bascand said.',
        due=None,
        vague=False,
        said="2011-09-15 01:30:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZCEN11,
        published="2011-09-15",
    ),
    # the same release (opening quotation mark left out): 'until the next census' hangs on a census this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="We’ve been working with these groups to identify other sources of information to help meet their needs until the next census.",
        due=None,
        vague=False,
        said="2011-09-15 01:30:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_SNZCEN11,
        published="2011-09-15",
    ),
    # the same release: '2013 Census' names the census to be run; no act is dated: due None, no refusal word. unsure: a careful reader could give the end of 2013 for running the census
    B(
        text="But we are aware of a keener interest than ever from government, business, and communities for Statistics NZ to run a very successful 2013 Census.",
        due=None,
        vague=False,
        said="2011-09-15 01:30:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZCEN11,
        published="2011-09-15",
    ),
    # Government Statistician (Statistics New Zealand), '2013 Census of Population and Dwellings: Notice of Census Day', New Zealand Gazette 2011-go6402 on gazette.govt.nz (the Gazette kept open by the licence audits recorded in README.md); 'Dated at Wellington this 2nd day of September 2011', no hour, so said 2 September 2011 10:00 NZST. The line break after 'and' is joined with a space. Midnight between Tuesday and Wednesday closes 5 March 2013 (the parser's 'midnight': 23:59:59 of that day) [local due 2013-03-05 23:59:59]. unsure: a careful reader could give 6 March 2013 00:00:00 NZDT, one second later
    B(
        text="Pursuant to section 23(4) of the Statistics Act 1975, I, Geoff Bascand, Government Statistician, hereby notify that Tuesday, 5 March 2013, shall be the day on which the Census of Population and Dwellings shall be taken, and the time with reference to which the particulars shall relate shall be 12.00 midnight between Tuesday, 5 March 2013 and Wednesday, 6 March 2013.",
        due="2013-03-05 10:59:59",
        vague=False,
        said="2011-09-01 22:00:00",
        tz="Pacific/Auckland",
        cluster=2,
        source=_GAZCEN11,
        published="2011-09-02",
    ),
    # Statistics New Zealand, 'Update from Government Statistician on information releases - 14 April 2011' on stats.govt.nz (archive), CC BY 4.0; the page's own date, no hour, so said 14 April 2011 10:00 NZST (summer time ended 3 April 2011). A yearly rate of releases is a standing pattern: recurring (CONVENTIONS 1.3)
    B(
        text="Statistics New Zealand puts out around 270 information releases a year, including things like Gross Domestic Product, Consumers Price Index, Household Labour Force Survey, and the Balance of Payments.",
        due=None,
        vague=False,
        said="2011-04-13 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_SNZEQ11,
        published="2011-04-14",
    ),
    # the same update: 'Before the earthquake' tells of the past; 'now' a present state: past
    B(
        text="Before the earthquake they were working in two buildings that are now yellow-stickered.",
        due=None,
        vague=False,
        said="2011-04-13 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZEQ11,
        published="2011-04-14",
    ),
    # the same update: a likelihood, no undertaking (CONVENTIONS 4.2), and 'some months' is no documented vague window: due None, no refusal word. unsure: a careful reader could give a vague window of some months (the parser's 'the coming months': 3 months, 14 July 2011)
    B(
        text="It is likely to be some months before these buildings could be functional.",
        due=None,
        vague=False,
        said="2011-04-13 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZEQ11,
        published="2011-04-14",
    ),
    # the same update: the move in May 2011 falls due at the month's end [local due 2011-05-31 23:59:59]
    B(
        text="Instead, we are moving to a floor at the Ministry of Social Development Building in Papanui in May.",
        due="2011-05-31 11:59:59",
        vague=False,
        said="2011-04-13 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_SNZEQ11,
        published="2011-04-14",
    ),
    # the same update: 'currently' tells a present activity with no end: due None, no refusal word
    B(
        text="We are currently working through how many of our staff will fit there.",
        due=None,
        vague=False,
        said="2011-04-13 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZEQ11,
        published="2011-04-14",
    ),
    # the same update: 'In the meantime' sets no time: due None, no refusal word
    B(
        text="In the meantime, we are doing our best with remote access, a small office formerly used by census staff in the suburb of Sockburn, and some limited travel to our Wellington and Auckland offices.",
        due=None,
        vague=False,
        said="2011-04-13 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZEQ11,
        published="2011-04-14",
    ),
    # the same update: what has been done since the earthquake: past
    B(
        text="Since the earthquake we have been able to produce nearly all of our planned statistical releases.",
        due=None,
        vague=False,
        said="2011-04-13 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZEQ11,
        published="2011-04-14",
    ),
    # the same update: 'since the earthquake' dates the input thanked for; the thanking is present and set no time: due None, no refusal word
    B(
        text="We also want to thank our users for their input since the earthquake and their understanding around changes to our output timing.",
        due=None,
        vague=False,
        said="2011-04-13 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZEQ11,
        published="2011-04-14",
    ),
    # the same update: 'some months' is a forecast, not an undertaking, and the updates go on with no end: due None, no refusal word. unsure: a careful reader could give a vague window of some months (3 months, 14 July 2011) for the recovery
    B(
        text="It will be some months before fully recovered but we will continue to provide updates on our website release calendar about what we are producing.",
        due=None,
        vague=False,
        said="2011-04-13 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZEQ11,
        published="2011-04-14",
    ),
    # NASA (Ames Research Center advisory on the STS-127 postponement), carried whole by spacenews.com, public domain (US federal government work); zone America/Los_Angeles (the advisory's times are PDT). Dated by its words: the attempt cancelled 'today' and the launch put off to 'Wednesday, July 15' (2009), so Monday 13 July 2009; no hour given, said 10:00 PDT as CONVENTIONS asks (no label changes if read after the scrub, about 15:40 PDT, except the two bare clock times noted below). The new day counts (CONVENTIONS 4.1): end of Wednesday 15 July 2009 [local due 2009-07-15 23:59:59]
    B(
        text="Space shuttle Endeavour’s launch to the International Space Station has been postponed until Wednesday, July 15, due to poor weather conditions within the launch area at NASA’s Kennedy Space Center in Florida.",
        due="2009-07-16 06:59:59",
        vague=False,
        said="2009-07-13 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_NASASTS127,
        published="2009-07-13",
    ),
    # the same advisory: a clock time with no day of its own is the first 3:03 p.m. PDT after the moment of speaking (CONVENTIONS 6.3); page: 15 July 2009 15:03 PDT [local due 2009-07-13 15:03:00]
    B(
        text="Liftoff is scheduled for 3:03 p.m. PDT.",
        due="2009-07-13 22:03:00",
        vague=False,
        said="2009-07-13 17:00:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_NASASTS127,
        published="2009-07-13",
    ),
    # the same advisory: today's attempt called off, no new time in the sentence: negated (CONVENTIONS 4.1). unsure: a careful reader could call it 'past', the cancelling being done
    B(
        text="Today’s attempt was canceled when anvil clouds and storm cells containing lightning flared up toward the end of the countdown, violating stringent launch safety rules.",
        due=None,
        vague=False,
        said="2009-07-13 17:00:00",
        tz="America/Los_Angeles",
        refusal="negated",
        cluster=5,
        source=_NASASTS127,
        published="2009-07-13",
    ),
    # the same advisory: 'today ... at 5 p.m. PDT', Monday 13 July 2009 17:00 PDT [local due 2009-07-13 17:00:00]
    B(
        text="A postponement briefing will air today live on NASA Television at 5 p.m. PDT.",
        due="2009-07-14 00:00:00",
        vague=False,
        said="2009-07-13 17:00:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_NASASTS127,
        published="2009-07-13",
    ),
    # the same advisory: 'Wednesday' is the next Wednesday, 15 July 2009, end of the day [local due 2009-07-15 23:59:59]
    B(
        text="News media and the public are invited to observe the live televised broadcast of Endeavour’s launch Wednesday in the Exploration Center at NASA Ames Research Center, Moffett Field, Calif.",
        due="2009-07-16 06:59:59",
        vague=False,
        said="2009-07-13 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_NASASTS127,
        published="2009-07-13",
    ),
    # the same advisory: '16-day' is the length of a mission whose start the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="The 16-day STS-127 mission will feature five spacewalks and complete final construction of the Japan Aerospace Exploration Agency’s Kibo laboratory.",
        due=None,
        vague=False,
        said="2009-07-13 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_NASASTS127,
        published="2009-07-13",
    ),
    # the same advisory (the label 'WHEN:' left out): one day with two clock times falls due at the later, 4 p.m. PDT Wednesday 15 July 2009 (CONVENTIONS 6.1, 3.3) [local due 2009-07-15 16:00:00]
    B(
        text="The Exploration Center will open at 10 a.m. PDT, Wednesday, July 15, and remain open until 4 p.m. PDT.",
        due="2009-07-15 23:00:00",
        vague=False,
        said="2009-07-13 17:00:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_NASASTS127,
        published="2009-07-13",
    ),
    # the same advisory, after the 'WHEN:' line: a clock time with no day of its own, the first 3:03 p.m. PDT after the moment of speaking (CONVENTIONS 6.3); page: 15 July 2009 15:03 PDT [local due 2009-07-13 15:03:00]
    B(
        text="Launch is scheduled for 3:03 p.m. PDT.",
        due="2009-07-13 22:03:00",
        vague=False,
        said="2009-07-13 17:00:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_NASASTS127,
        published="2009-07-13",
    ),
    # the same advisory: 'On launch day' names a day the sentence does not date: event
    B(
        text="On launch day, a blog originating from Kennedy Space Center will update the countdown.",
        due=None,
        vague=False,
        said="2009-07-13 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_NASASTS127,
        published="2009-07-13",
    ),
    # the same advisory: 'leading up to launch' describes the blog; no act is set a time: due None, no refusal word. unsure: a careful reader could call it 'event' (the undated launch)
    B(
        text="The blog is the definitive Internet source for information leading up to launch.",
        due=None,
        vague=False,
        said="2009-07-13 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_NASASTS127,
        published="2009-07-13",
    ),
    # NOAA Fisheries (National Marine Fisheries Service), GovDelivery bulletin on the pelagic longline bluefin tuna proposed rule and its hearings, public domain (US federal government work); zone America/New_York (the Service's headquarters). The stored copy prints no date: it lies after the DEIS of 10 May 2019 and before the first hearing (16 July 2019), and NOAA Fisheries' own page announcing the same hearing schedule is dated July 10, 2019, so said 10 July 2019 10:00 EDT (no label depends on the day chosen within that span). The only date is the DEIS's release, gone: past
    B(
        text="This proposed rule outlines the proposed regulatory changes that would occur under the preferred alternatives analyzed in a Draft Environmental Impact Statement (DEIS) released on May 10, 2019.",
        due=None,
        vague=False,
        said="2019-07-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NMFSBFT19,
        published="2019-07-10",
    ),
    # the same bulletin, a line of the hearing schedule taken as it stands: a range of clock times falls due at its later end, 7 p.m. EDT 16 July 2019 (CONVENTIONS 6.1) [local due 2019-07-16 19:00:00]
    B(
        text="July 16, 2019, 5–7 p.m. National Marine Fisheries Service Greater Atlantic Regional Office 55 Great Republic Drive Gloucester, MA 01930",
        due="2019-07-16 23:00:00",
        vague=False,
        said="2019-07-10 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NMFSBFT19,
        published="2019-07-10",
    ),
    # the same schedule: 8 p.m. on 24 July 2019; the line names no zone, so the publisher's (EDT) is read (CONVENTIONS 6.3) [local due 2019-07-24 20:00:00]. unsure: the hearing is in Houma, Louisiana; a careful reader could read the local (Central) time, 8 p.m. CDT = 9 p.m. EDT (25 July 2019 01:00 UTC)
    B(
        text="July 24, 2019, 5–8 p.m. Terrebonne Parish Library (Main Branch) 151 Library Dr Houma, LA 70360",
        due="2019-07-25 00:00:00",
        vague=False,
        said="2019-07-10 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NMFSBFT19,
        published="2019-07-10",
    ),
    # the same schedule: later end, 8 p.m. EDT 30 July 2019 [local due 2019-07-30 20:00:00]
    B(
        text="July 30, 2019, 5–8 p.m. Ocean County Library, Toms River Branch 101 Washington Street Toms River, NJ 08753",
        due="2019-07-31 00:00:00",
        vague=False,
        said="2019-07-10 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NMFSBFT19,
        published="2019-07-10",
    ),
    # the same schedule: later end, 7 p.m. EDT 13 August 2019 [local due 2019-08-13 19:00:00]
    B(
        text="August 13, 2019, 5–7 p.m. Dare County Administration Building 954 Marshall Collins Dr. Commissioners Meeting Room Manteo, NC 27954",
        due="2019-08-13 23:00:00",
        vague=False,
        said="2019-07-10 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NMFSBFT19,
        published="2019-07-10",
    ),
    # the same schedule, first conference-call hearing: later end, 4 p.m. EDT 19 July 2019; the phone number and passcode are no times [local due 2019-07-19 16:00:00]
    B(
        text="July 19, 2019, 2–4 p.m. Phone: 888-989-7692 Passcode: 2664906 Webinar: RSVP at https://noaanmfs-events2.webex.com/noaanmfs-events2/onstage/g.php?MTID=e8963997f0720f8ca85ee2fb56b726f19 to receive login information.",
        due="2019-07-19 20:00:00",
        vague=False,
        said="2019-07-10 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NMFSBFT19,
        published="2019-07-10",
    ),
    # NOAA's National Weather Service, 'Weather Service Modernization Criteria', final rule, Federal Register Volume 59, Number 41 (Wednesday, March 2, 1994), FR Doc 94-4659, carried whole by federal.elaws.us, public domain (US federal government work); zone America/New_York, no hour, said 2 March 1994 10:00 EST. Line breaks joined with spaces. A notice published on 6 December 1993: past
    B(
        text="A notice of proposed rulemaking (published December 6, 1993, 58 FR 64202) set forth the proposed criteria for those actions except for automating and closing field offices.",
        due=None,
        vague=False,
        said="1994-03-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NWSFR94,
        published="1994-03-02",
    ),
    # the same rule: 'after notice ...' and 'before either of these actions take place' hang on undated events: event (CONVENTIONS 1.3)
    B(
        text="The criteria for those two actions require further development and, after notice, public comments, and consultation with the Committee and NRC will be published in final form before either of these actions take place.",
        due=None,
        vague=False,
        said="1994-03-02 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NWSFR94,
        published="1994-03-02",
    ),
    # NSW National Parks and Wildlife Service, local alerts listed on the Madden's Falls lookout page of nationalparks.nsw.gov.au, CC BY 4.0 (NPWS's copyright page); each alert is read at its own printed 'Last reviewed' time: this one (pest control in Lane Cove National Park) 'Fri 22 Nov 2024, 3.55pm' AEDT. A line of the alert's list taken as it stands: the night from 10pm Tuesday 10 December ends at 2am on 11 December 2024 (CONVENTIONS 6.4) [local due 2024-12-11 02:00:00]. unsure: the page's 'Thursday 11 December' is a slip (11 December 2024 is a Wednesday); a careful reader could follow the weekday, Thursday 12 December 2024 02:00 AEDT
    B(
        text="From 10pm, Tuesday 10 December to 2am, Thursday 11 December 2024",
        due="2024-12-10 15:00:00",
        vague=False,
        said="2024-11-22 04:55:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSMAD,
        published="2024-11-22",
    ),
    # the same alert's second line: the night from Thursday 12 December ends at 2am Friday 13 December 2024 AEDT (CONVENTIONS 6.4) [local due 2024-12-13 02:00:00]
    B(
        text="From 10pm, Thursday 12 December to 2am, Friday 13 December 2024",
        due="2024-12-12 15:00:00",
        vague=False,
        said="2024-11-22 04:55:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSMAD,
        published="2024-11-22",
    ),
    # the same alert: 'during the closure period' names a period the sentence does not date: event
    B(
        text="Signs will be placed at all entrances during the closure period.",
        due=None,
        vague=False,
        said="2024-11-22 04:55:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSMAD,
        published="2024-11-22",
    ),
    # the same page, the Barren Grounds alert, 'Last reviewed: Fri 22 Nov 2024, 3.27pm' AEDT: a closure kept to 5pm Monday 25 November 2024 falls due then (CONVENTIONS 3.3, 6.1) [local due 2024-11-25 17:00:00]
    B(
        text="Barren Grounds Nature Reserve is closed from 4pm Saturday 23 November to 5pm Monday 25 November 2024, as a precaution due to High Fire Danger forecast.",
        due="2024-11-25 06:00:00",
        vague=False,
        said="2024-11-22 04:27:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSMAD,
        published="2024-11-22",
    ),
    # NSW National Parks and Wildlife Service, local alerts on the Pebbly Beach picnic area page of nationalparks.nsw.gov.au, CC BY 4.0; this alert 'Last reviewed: Tue 23 May 2023, 2.10pm' AEST. A closure to Friday 23 June 2023 falls due at the end of that day (CONVENTIONS 3.3) [local due 2023-06-23 23:59:59]
    B(
        text="Shelly Beach walking track is closed from Monday 5 June to Friday 23 June 2023 while the track is being upgraded.",
        due="2023-06-23 13:59:59",
        vague=False,
        said="2023-05-23 04:10:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSPEB,
        published="2023-05-23",
    ),
    # the same page, an alert 'Last reviewed: Tue 23 May 2023, 2.03pm' AEST: closed to Friday 2 June 2023, end of the day (CONVENTIONS 3.3) [local due 2023-06-02 23:59:59]
    B(
        text="Point Nor East walking track is closed from Wednesday 24 May to Friday 2 June 2023 while the track is being upgraded.",
        due="2023-06-02 13:59:59",
        vague=False,
        said="2023-05-23 04:03:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSPEB,
        published="2023-05-23",
    ),
    # the same page, an alert 'Last reviewed: Tue 9 May 2023, 9.41am' AEST: a closure already running, kept to Sunday 1 October 2023 (CONVENTIONS 3.3), end of that day (AEDT from 2am that day) [local due 2023-10-01 23:59:59]
    B(
        text="The Durras Mountain loop trail and Pebbly Beach to Durras Mountain walking track are closed from Monday 20 March to Sunday 1 October 2023 for track maintenance.",
        due="2023-10-01 12:59:59",
        vague=False,
        said="2023-05-08 23:41:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSPEB,
        published="2023-05-09",
    ),
    # the same page, an alert 'Last reviewed: Sun 30 Apr 2023, 9.16am' AEST: a program run to 31/10/23 (day first) falls due at the end of 31 October 2023 AEDT (CONVENTIONS 1.1, 6.1); '1080' is a poison, no time; the space before the stop is the page's [local due 2023-10-31 23:59:59]
    B(
        text="NSW National Parks and Wildlife Service (NPWS) is conducting an ongoing ground baiting program, using meat baits, manufactured baits and Ejectors-CPE's containing 1080 in Bimberamala National Park from 4/5/23 to 31/10/23 .",
        due="2023-10-31 12:59:59",
        vague=False,
        said="2023-04-29 23:16:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSPEB,
        published="2023-04-30",
    ),
    # the same alert: '1080' names the poison, no clock time: due None, no refusal word
    B(
        text="The operation will use 1080 (sodium fluoroacetate) poison for the control of wild dogs and foxes.",
        due=None,
        vague=False,
        said="2023-04-29 23:16:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWSPEB,
        published="2023-04-30",
    ),
    # NSW National Parks and Wildlife Service, local alerts on the Appletree Aboriginal Area page of nationalparks.nsw.gov.au, CC BY 4.0; this alert (Goulburn River National Park) 'Last reviewed: Fri 8 Aug 2025, 2.15pm' AEST. Closed to 5pm Friday 15 August 2025 (CONVENTIONS 3.3, 6.1) [local due 2025-08-15 17:00:00]
    B(
        text="Some areas in this park are closed from 6am, Monday 11th of August to 5pm on Friday the 15th of August 2025 for ground shooting for feral animal control.",
        due="2025-08-15 07:00:00",
        vague=False,
        said="2025-08-08 04:15:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSAPP,
        published="2025-08-08",
    ),
    # the same page, the aerial baiting alert, 'Last reviewed: Mon 4 Aug 2025, 3.46pm' AEST: a program run from Monday 25 August to Sunday 7 September 2025 falls due at the later end, end of 7 September (CONVENTIONS 1.1, 6.1) [local due 2025-09-07 23:59:59]
    B(
        text="NSW National Parks and Wildlife Service (NPWS) is conducting an aerial baiting program in Avisford Nature Reserve (NR), Capertee National Park (NP) and managed Crown Land, Dapper NR, Durridgere State Conservation Area (SCA), Goodiman SCA, Goulburn River NP, Mugii Murum-ban SCA, Munghorn Gap NR, and Yarrobil NP from Monday 25th August – Sunday 7th September 2025.",
        due="2025-09-07 13:59:59",
        vague=False,
        said="2025-08-04 05:46:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSAPP,
        published="2025-08-04",
    ),
    # the same alert: 'immediate' hangs on an undated poisoning: event (CONVENTIONS 5.2)
    B(
        text="In the event of accidental poisoning seek immediate veterinary assistance.",
        due=None,
        vague=False,
        said="2025-08-04 05:46:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSAPP,
        published="2025-08-04",
    ),
    # NSW National Parks and Wildlife Service, local alerts on the Shepherds Peak walking track page of nationalparks.nsw.gov.au, CC BY 4.0; this alert (Coolah Tops access road) 'Last reviewed: Thu 1 May 2025, 6.03pm' AEST. 'by October 2026' falls due at the month's end (AEDT) [local due 2026-10-31 23:59:59]
    B(
        text="Major roadwork is currently being undertaken on this section of road and is anticipated to be completed by October 2026.",
        due="2026-10-31 12:59:59",
        vague=False,
        said="2025-05-01 08:03:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_NPWSSHE,
        published="2025-05-01",
    ),
    # the same page, the Bald Hill Falls alert, 'Last reviewed: Wed 30 Apr 2025, 5.40pm' AEST: closed to Monday 12 May 2025, end of the day (CONVENTIONS 3.3) [local due 2025-05-12 23:59:59]
    B(
        text="The Bald Hill Falls area of Coolah Tops National Park is closed for maintenance and upgrade work from Wednesday 16 April to Monday 12 May 2025.",
        due="2025-05-12 13:59:59",
        vague=False,
        said="2025-04-30 07:40:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSSHE,
        published="2025-04-30",
    ),
    # the same alert: a possibility with no time of its own (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="This work is weather dependent and therefore the closure may be lifted earlier or extended as necessary to complete the work.",
        due=None,
        vague=False,
        said="2025-04-30 07:40:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWSSHE,
        published="2025-04-30",
    ),
    # the same page, an earlier baiting alert, 'Last reviewed: Mon 28 Apr 2025, 9.54am' AEST: run to Sunday 1 June 2025, end of the day (CONVENTIONS 1.1, 6.1) [local due 2025-06-01 23:59:59]
    B(
        text="NSW National Parks and Wildlife Service (NPWS) is conducting an aerial baiting program in Avisford Nature Reserve (NR), Capertee National Park (NP) and managed Crown Land, Dapper NR, Durridgere State Conservation Area (SCA), Goodiman SCA, Goulburn River NP, Mugii Murum-ban SCA, Munghorn Gap NR, and Yarrobil NP from Monday 19th May – Sunday 1st June 2025.",
        due="2025-06-01 13:59:59",
        vague=False,
        said="2025-04-27 23:54:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSSHE,
        published="2025-04-28",
    ),
    # Environment Agency, news story 'Dry weather update - 17th July 2018' (GOV.UK, carried by government-world.com), Crown copyright, Open Government Licence v3.0; the title's date, no hour, so said 17 July 2018 10:00 BST. 'during these hotter summer months' is the time the urging goes on in, with no end promised: due None, no refusal word. unsure: a careful reader could give the end of the summer, 31 August 2018
    B(
        text="The Environment Agency continues to urge people to follow water company advice and use water wisely during these hotter summer months to help manage demand and reduce the impact on the environment.",
        due=None,
        vague=False,
        said="2018-07-17 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EADRY18,
        published="2018-07-17",
    ),
    # the same story: a ban coming into effect in early August (2018) is due when it takes effect (CONVENTIONS 3.1a); early August is 1-10 August (the parser's thirds), end of 10 August 2018 [local due 2018-08-10 23:59:59]. unsure: 'is likely to' could be read as a possibility with no undertaking (CONVENTIONS 4.2), due None
    B(
        text="United Utilities has announced a ‘temporary use ban’ which is likely to come into effect in early August for its customers in the North West.",
        due="2018-08-10 22:59:59",
        vague=False,
        said="2018-07-17 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EADRY18,
        published="2018-07-17",
    ),
    # the same story: 'Over two very dry months, we have seen' counts back: past
    B(
        text="Over two very dry months, we have seen a rapid decline in reservoir levels in the North West and we support the announcement by United Utilities to manage water supplies by introducing household restrictions.",
        due=None,
        vague=False,
        said="2018-07-17 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EADRY18,
        published="2018-07-17",
    ),
    # the same story: 'for this time of year' is a comparison, no time for an act: due None, no refusal word
    B(
        text="Many rivers around the country have dropped to lower levels than normal for this time of year, which can be damaging to wildlife.",
        due=None,
        vague=False,
        said="2018-07-17 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EADRY18,
        published="2018-07-17",
    ),
    # the same story: what the Agency does whenever the weather is hot is a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="During hot weather the Environment Agency works with water companies and other organisations to reduce the impacts of the hot weather on the environment.",
        due=None,
        vague=False,
        said="2018-07-17 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_EADRY18,
        published="2018-07-17",
    ),
    # Environment Agency, 'Coronavirus: Environment Agency operational update: 4 May 2020' (GOV.UK, carried by thepublicinterest.info), Crown copyright, Open Government Licence v3.0; the title's date, no hour, said 4 May 2020 10:00 BST. 'in the meantime' sets no time: due None, no refusal word
    B(
        text="We will continue to review the situation in light of further advice from the government and will update you accordingly – in the meantime, we remind you to check the government’s guidance at www.gov.uk/coronavirus.",
        due=None,
        vague=False,
        said="2020-05-04 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EAOPS20,
        published="2020-05-04",
    ),
    # the same update: 'during this period' and 'recent' set no time for an act: due None, no refusal word
    B(
        text="You can also find out more about our ongoing work during this period in this recent blog post from our Chair, Emma Howard Boyd.",
        due=None,
        vague=False,
        said="2020-05-04 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EAOPS20,
        published="2020-05-04",
    ),
    # Driver and Vehicle Licensing Agency, GovDelivery newsletter to registered number plate suppliers ('straight from DVLA'), the agency's own mailing, Crown copyright, Open Government Licence v3.0. The stored copy prints no date: its words place it after the 2020 restrictions ('photo taken before the current restrictions') and before 1 January 2021 ('It will be specified in law from 1 January 2021'); taken as 1 December 2020 10:00 GMT (no label depends on the day chosen within that span). March 2018 is gone: past
    B(
        text="In March 2018, the BSI published an updated standard for number plates, BS AU 145e.",
        due=None,
        vague=False,
        said="2020-12-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVLARNPS20,
        published="2020-12-01",
    ),
    # the same newsletter: the standard becoming mandatory from 1 September 2021 is the rule taking effect, due that day (CONVENTIONS 3.1a); 'can be used from 1 January 2021' only opens a permission (CONVENTIONS 3.2, 3.4) [local due 2021-09-01 23:59:59]
    B(
        text="To take effect this new British Standard needs to be incorporated into the regulations and will become mandatory from 1 September 2021 but can be used from 1 January 2021.",
        due="2021-09-01 22:59:59",
        vague=False,
        said="2020-12-01 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DVLARNPS20,
        published="2020-12-01",
    ),
    # the same newsletter: the rule takes effect on 1 January 2021, due that day (CONVENTIONS 3.1a); 1 January 1980 defines the vehicles [local due 2021-01-01 23:59:59]
    B(
        text="It will be specified in law from 1 January 2021 that only vehicles manufactured before 1 January 1980 are eligible to display “black and silver” plates.",
        due="2021-01-01 23:59:59",
        vague=False,
        said="2020-12-01 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DVLARNPS20,
        published="2020-12-01",
    ),
    # HM Revenue and Customs, 'July 2024 issue of the Employer Bulletin' on GOV.UK, Crown copyright, Open Government Licence v3.0; the stored copy prints only 'Updated 6 August 2024', the text quoted is that version, so said 6 August 2024 10:00 BST (no label differs if read in July 2024). 21 days from each letter is a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="Currently, any employees who receive a tax calculation letter and do not claim the repayment online automatically receive a cheque after 21 days.",
        due=None,
        vague=False,
        said="2024-08-06 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HMRCEB24,
        published="2024-08-06",
    ),
    # the same bulletin: a change that took effect on 31 May 2024 (CONVENTIONS 3.1a) is more than a day before the words: past
    B(
        text="From 31 May 2024, cheques will no longer be issued automatically.",
        due=None,
        vague=False,
        said="2024-08-06 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRCEB24,
        published="2024-08-06",
    ),
    # the same bulletin: 'when they receive' an undated letter: event (CONVENTIONS 1.3)
    B(
        text="Instructions on how to claim will be available when they receive their tax calculation letter.",
        due=None,
        vague=False,
        said="2024-08-06 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HMRCEB24,
        published="2024-08-06",
    ),
    # the same bulletin: two deadlines for two ways of paying, the later counts (CONVENTIONS 6.2): end of 22 October 2024 BST; '2023 to 2024' names the tax year [local due 2024-10-22 23:59:59]
    B(
        text="If you have a PAYE Settlement Agreement (PSA) for 2023 to 2024, any tax and National Insurance must be paid by 22 October 2024 if paying electronically and by 19 October 2024 if you pay by post.",
        due="2024-10-22 22:59:59",
        vague=False,
        said="2024-08-06 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HMRCEB24,
        published="2024-08-06",
    ),
)
