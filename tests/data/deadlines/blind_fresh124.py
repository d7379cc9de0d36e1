"""A HUNDRED-AND-TWENTY-FOURTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the evening (the machine's clock read 21:09 at the
start and about 21:18 when the labels were written), by a labelling helper (branch issue12l124-s50)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 50, whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full (rules 3.1a, 6.3 and 6.4 among them), the
docstring, comments, some cases and README section of `blind_fresh121.py`, and nothing of
`bot/core/deadlines/` beyond what those describe. The brief asked for the Scottish Government
(gov.scot, OGL), the Department of Health NI (the one Northern Ireland department confirmed open),
the Houses of the Oireachtas (CC BY 4.0), UK agencies under the OGL not much used yet (DVSA,
Environment Agency, Met Office, Ofgem, Ofsted, National Highways), the ONS, Wikinews (CC BY),
kremlin.ru (CC BY 4.0) and, for at most a quarter, US federal agencies (NASA, NOAA, NPS, USGS); at
least eight publishers, none above a fifth of the cases; about 100 cases (at least 70).

The set is SHORT: 45 cases, below the brief's floor of 70. The store offered few fresh pages of
these publishers in the time (most pages the searches returned were already used: consult.gov.scot,
several gov.scot Programme for Government pages, Health NI news, Oireachtas written answers and
debates, kremlin.ru readouts, ONS statements, Wikinews project pages), and the two caps (none above a
fifth, the United States at most a quarter) bound the count to what the smallest publishers gave: a
larger set would have needed more pages of the small ones, not more sentences of the large ones.
No Met Office page was kept (its press release was fresh but no Met Office statement putting its
website text under the OGL was found: its 'Licence Terms for Syndicated Content' name the OGL only
for syndicated content), and no kremlin.ru page (the ones found were used, and kremlin.ru's own
licence statement was not found in the store).

The set quotes the Houses of the Oireachtas (two committee press releases, of January 2011 and
October 2024), the Office for National Statistics (the 'Next steps' section of its Census 2021
outputs consultation of July 2021), the Scottish Government (a 'We Asked, You Said, We Did' page as
archived by the National Records of Scotland in September 2021, and a page of the Programme for
Government 2014-15), the Department of Health (Northern Ireland) (a closed consultation page of
2017 and a news release of 17 March 2016), Wikinews (an article of April 2005 on the new Italian
government), NASA (a SMAP mission blog post of January 2015), the National Park Service (a
Yellowstone fall road closures release of October 2022 carried in full by montanarightnow.com) and
the US Geological Survey (a news item of 21 December 2018): 45 cases from 8 publishers (the
Oireachtas 9; the ONS 9; Health NI 7; the Scottish Government 5; the Park Service 5; Wikinews 4;
NASA 4; the USGS 2). 11 of the 45 (24.4%) are from the United States (NASA, the Park Service, the
USGS); 34 are not. No publisher has more than a fifth (9 of 45).

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a month, a
year, a span, "now", "current", "recently", "already", "to-date", "ahead of", "until",
"during", "when", "year-round", "previous", "across generations", "waiting times"); the sentences of
the openings read that hold none were skipped, as were titles, headings, date lines, navigation,
contact lines, sentences cut off by the end of an opening, the web archive's banner and the carrying
site's own words. List items and numbered paragraphs were taken as they stand (a list bullet was
left out; a paragraph number such as "141. " was kept); no word was changed ("Minster’s", curly and
straight quotation marks, an opening quotation mark whose closing lies in a later sentence, and a
closing one whose opening lies in an earlier sentence stay as the pages have them). The sentences
were found with a search over stored copies of public pages and taken as they came in the openings
the search returns, in page order; to keep each publisher at a fifth, whole pages were left out
rather than sentences picked (the Oireachtas Committee of Public Accounts debate of 11 May 2021 and
its press release of 13 September 2011, and the ONS consultation's Section 2, were claimed and read
but not used), and within a page used every sentence with a time word was taken, except that
where the caps were reached the first ones in page order were kept (the Constitution committee
release's last sentence, "We plan to publish our report in February ..."; the ONS section's last
one, "Later this year, we will launch a further major phase of user engagement."; the USGS item's
last one, "Static website content will not be updated until further notice ..."). Two sentences of
the archived 'We Asked, You Said, We Did' page ("In relation to ETROs, ..." and "Preparations are
now underway ...") were found USED when checked whole (the same words stand on another capture used
before) and were dropped.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was
checked with the lead's `fresh_check.py` (the address and, for most, a distinctive phrase of the
page) and claimed (`fresh124`) in `/work/helper-brief/claims.txt` before its quotes were kept; many
pages were found used and dropped (README.md lists them). Every sentence was then checked whole with
the same tool (skipping this file). Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/Dublin for the Oireachtas, Europe/London for the
ONS, the Scottish Government and Health NI, UTC for Wikinews, America/New_York for NASA's EST times
and the USGS, America/Denver for Yellowstone); the conversion of local instants to UTC wall time,
weekdays and day counts were done with Python's zoneinfo and datetime in a scratch script outside
the repository, never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh121.py`: the publication date at 10:00 local time unless the page gives an hour (the
Oireachtas releases' "17.18" and "16:00"), and where a page carries no date in its opening, the one
its words or other facts give (each page's first comment says which and why); a day falls due at
23:59:59 local; "by February 2022" and "in May of 2006" at the end of the
month (CONVENTIONS 3.5); a range or a list falls due at its later end (CONVENTIONS 6.1,
6.2); a window kept open to a date falls due then (CONVENTIONS 3.3, 1.1); a meeting or a launch
attempt at a clock time is due then (CONVENTIONS 3.1); done acts and facts told of the past are past;
a standing state ("year-round") is recurring, acts hung on undated events ("When making these
decisions", "within 12 weeks of the consultation closing", "During the current federal government
shutdown") are event (CONVENTIONS 1.3); refusals have `due=None` and a
`refusal` kind; a sentence whose time words set no time for any act has `due=None` and no refusal
word (15 such). No sentence holds nights of work (CONVENTIONS 6.4 decides none), a vague word
(CONVENTIONS 5 decides none) or only a start (CONVENTIONS 3.2 decides none). Clusters as in
`blind_fresh121.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 months, years and
periods, 5 refusals, 6 plain days and dates. 18 labels are refusals (past 14, event 3, recurring 1),
none is vague; 12 labels carry a due instant; 3 are marked "unsure" and name the other reading; like
every label here they stay as committed, whatever the first run shows. First run: not yet taken (the
lead runs it once, after merging, and records it in README.md). Never edit these labels to fit the
parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_OIPET = (
    "https://www.oireachtas.ie/en/press-centre/press-releases/20241023-joint-committee-on-public-petitions-and-the-ombudsmen-to-consider-range-of-petitions/"
)
_OICON = (
    "https://www.oireachtas.ie/ga/press-centre/press-releases/20110111-review-of-the-powers-of-inquiry-of-the-houses-of-the-oireachtas-constitution-committee-to-take-evidence-from-donncha-o-connell-school-of-law-nui-galway/"
)
_ONSNX = (
    "https://consultations.ons.gov.uk/external-affairs/census-2021-outputs-consultation/consultation/subpage.2021-07-01.9482475319/"
)
_SGWAY = (
    "https://webarchive.nrscotland.gov.uk/web/20210925064936/https://consult.gov.scot/we_asked_you_said/"
)
_SGPFG = "https://www2.gov.scot/Publications/2014/11/6336/5"
_HNICON = (
    "https://www.health-ni.gov.uk/consultations/health-and-social-care-transformation-consultation-criteria-reconfiguring-health-and-social-care-services"
)
_HNIWL = "https://www.health-ni.gov.uk/news/health-minister-welcomes-reductions-waiting-lists"
_WNITA = "https://en.wikinews.org/wiki/New_Government_introduced_to_the_Italian_Parliament"
_NASASMAP = "https://blogs.nasa.gov/smap/author/sloff/"
_NPSYFC = (
    "https://www.montanarightnow.com/news/fall-road-closures-in-yellowstone-national-park/article_308d4bea-45c3-11ed-bcdc-fb9a0c069e72.html"
)
_USGSSD = (
    "https://www.usgs.gov/news/we-continue-monitor-and-report-volcanic-activity-during-any-lapse-appropriations-0"
)

FRESH124_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas, press release of 23 October 2024 ('23 Oct 2024, 16:00': said at 16:00 IST), Joint Committee on Public Petitions and the Ombudsmen (oireachtas.ie, CC BY 4.0); zone Europe/Dublin. The meeting is set for tomorrow, Thursday 24 October, at 1.30pm: a one-off event at a time (CONVENTIONS 3.1) [local due 2024-10-24 13:30:00 Europe/Dublin]
    B(
        text="The Joint Committee on Public Petitions and the Ombudsmen chaired by Deputy Martin Browne will meet tomorrow, Thursday, 24 October, at 1.30pm in Committee Room 4 of Leinster House to consider the following petitions:",
        due="2024-10-24 12:30:00",
        vague=False,
        said="2024-10-23 15:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIPET,
        published="2024-10-23",
    ),
    # the same release, a list item (its bullet left out, the words as they stand): the year is part of an Act's name and 'when it fails' sets no time for any act; due None, no refusal word
    B(
        text="Public Petition Number P00035/22 ‘Amend Child Care Act 1991 to provide HIQA with the necessary powers to sanction Tusla, Child and Family Agency when it fails to meet its statutory obligations’ (resumed);",
        due=None,
        vague=False,
        said="2024-10-23 15:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIPET,
        published="2024-10-23",
    ),
    # the same release, a later list item (the items between hold no time word and were skipped): '22 weeks' is an age of gestation, no time for any act; due None
    B(
        text="Public Petition Number P00037/24 ‘Mandate life-saving measures for babies born at 22 weeks in all Irish hospitals’ (resumed);",
        due=None,
        vague=False,
        said="2024-10-23 15:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIPET,
        published="2024-10-23",
    ),
    # Houses of the Oireachtas, press release of 11 January 2011 ('11 Ean 2011, 17.18': said at 17:18 GMT), Joint Committee on the Constitution (oireachtas.ie, CC BY 4.0); zone Europe/Dublin. Hearings continued tomorrow: due at the end of 12 January (a day word on the act) [local due 2011-01-12 23:59:59 Europe/Dublin]
    B(
        text="The Joint Committee on the Constitution will continue its hearings tomorrow on the parliamentary power of inquiry under Article 15 of the Constitution.",
        due="2011-01-12 23:59:59",
        vague=False,
        said="2011-01-11 17:18:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OICON,
        published="2011-01-11",
    ),
    # the same release: the meeting at 9.30 a.m. tomorrow, Wednesday 12 January: one-off event at a time (CONVENTIONS 3.1) [local due 2011-01-12 09:30:00 Europe/Dublin]
    B(
        text="The meeting will take place tomorrow, Wednesday, 12 January at 9.30 a.m. in Committee Room 3, Leinster House.",
        due="2011-01-12 09:30:00",
        vague=False,
        said="2011-01-11 17:18:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OICON,
        published="2011-01-11",
    ),
    # the same release: 'ahead of the meeting' is on the verb of speaking (CONVENTIONS 2.2), and the speaking is told as done: past
    B(
        text="Speaking ahead of the meeting, Deputy Seán Ardagh, chairman of the Committee, said:",
        due=None,
        vague=False,
        said="2011-01-11 17:18:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OICON,
        published="2011-01-11",
    ),
    # the same release, the chairman's words: 'now exists' is a present state, no time set for any act; due None
    B(
        text="As a cross-party committee, we are very hopeful that a window of opportunity now exists to strengthen the power of Parliament to undertake in-depth investigations into matters regarding public policy-making and administrative affairs.",
        due=None,
        vague=False,
        said="2011-01-11 17:18:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OICON,
        published="2011-01-11",
    ),
    # the same release: evidence heard 'to-date', told as done: past
    B(
        text="In our review to-date we heard evidence from academic experts with specialised knowledge of parliament and government, together with evidence of international best practice.",
        due=None,
        vague=False,
        said="2011-01-11 17:18:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OICON,
        published="2011-01-11",
    ),
    # the same release: hearing at the meeting tomorrow; no clock time in this sentence (the 9.30 a.m. is in another), so the end of 12 January [local due 2011-01-12 23:59:59 Europe/Dublin]
    B(
        text="At our meeting tomorrow we will hear from Mr Donncha O’Connell from the School of Law, NUI Galway who has written persuasively on this subject.",
        due="2011-01-12 23:59:59",
        vague=False,
        said="2011-01-11 17:18:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OICON,
        published="2011-01-11",
    ),
    # Office for National Statistics, consultation 'Census 2021 outputs: content design and release phase proposals', Section 8 'Next steps' (consultations.ons.gov.uk, OGL v3.0); zone Europe/London. The page carries no date of its own; the consultation opened on 13 July 2021 (the page says so), taken as said at 10:00 BST that day. Milestone dates are mentioned, none is set: due None
    B(
        text="You can see Census 2021 milestone dates related to this consultation, and progress against them, on the ONS website.",
        due=None,
        vague=False,
        said="2021-07-13 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSNX,
        published="2021-07-13",
    ),
    # the same page: kept open to 5 October 2021 (CONVENTIONS 3.3; the 12 weeks run to the same day, 1.1; a range falls due at its later end, 6.1) [local due 2021-10-05 23:59:59 Europe/London]
    B(
        text="This consultation contains the draft release schedule, and it will remain open for 12 weeks, from 13 July 2021 to 5 October 2021.",
        due="2021-10-05 22:59:59",
        vague=False,
        said="2021-07-13 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_ONSNX,
        published="2021-07-13",
    ),
    # the same page: 'during other stakeholder engagement activities' tells when information is collected, and no time is set for the evaluation; due None. unsure: a careful reader could call the evaluation hung on the responses to come, an undated event (event)
    B(
        text="We will evaluate the information you provide in response to this consultation, alongside information collected during other stakeholder engagement activities, to inform decisions on the final design of Census 2021 outputs for England and Wales.",
        due=None,
        vague=False,
        said="2021-07-13 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSNX,
        published="2021-07-13",
    ),
    # the same page: 'When making these decisions' hangs the act on an undated event (CONVENTIONS 1.3): event
    B(
        text="When making these decisions, we will consider how the publication of data will serve the public good.",
        due=None,
        vague=False,
        said="2021-07-13 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_ONSNX,
        published="2021-07-13",
    ),
    # the same page: a limit running from the closing, an event this sentence does not date (CONVENTIONS 1.3): event (page: the closing is 5 October 2021, so 28 December 2021 under the page's reading)
    B(
        text="We will publish a response to the consultation within 12 weeks of the consultation closing.",
        due=None,
        vague=False,
        said="2021-07-13 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_ONSNX,
        published="2021-07-13",
    ),
    # the same page: 'by February 2022' falls due at the end of February (CONVENTIONS 3.5) [local due 2022-02-28 23:59:59 Europe/London]
    B(
        text="We aim to publish the final design of Census 2021 outputs, in the form of a Census 2021 Outputs Prospectus, by February 2022.",
        due="2022-02-28 23:59:59",
        vague=False,
        said="2021-07-13 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ONSNX,
        published="2021-07-13",
    ),
    # the same page: a schedule is mentioned, no time set: due None
    B(
        text="This will include more detail on the planned release schedule.",
        due=None,
        vague=False,
        said="2021-07-13 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSNX,
        published="2021-07-13",
    ),
    # the same page: the year is part of the census's name and the research is ongoing with no end given: due None
    B(
        text="We’re also conducting a series of user-research projects to improve how people will be able to find, access and use Census 2021 data products.",
        due=None,
        vague=False,
        said="2021-07-13 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSNX,
        published="2021-07-13",
    ),
    # the same page: years in the names of censuses, no time set: due None
    B(
        text="Our aim is for Census 2021 data to be used by a wider range of users and for a wider range of purposes in comparison to the 2011 Census data.",
        due=None,
        vague=False,
        said="2021-07-13 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSNX,
        published="2021-07-13",
    ),
    # Scottish Government, 'We Asked, You Said, We Did' (consult.gov.scot as captured by the National Records of Scotland Web Archive at 06:49:36 UTC on 25 September 2021; Scottish Government content, OGL v3.0); zone Europe/London. The page carries no date of its own: said is the capture instant (07:49:36 BST), the latest moment the words can be from; the archive's own banner was skipped. Consultations 'recently' held: past
    B(
        text="Below are some of the issues we have recently consulted on and their outcomes.",
        due=None,
        vague=False,
        said="2021-09-25 06:49:36",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SGWAY,
        published="2021-09-25",
    ),
    # Scottish Government, 'One Scotland - Programme for Government 2014-15', page 5 (www2.gov.scot, the archived Scottish Government site, OGL v3.0); zone Europe/London. The programme was published on 26 November 2014 (the address's 2014/11 agrees); said 10:00 GMT that day. A numbered paragraph taken as it stands: a state that 'remains' and a need with no time: due None
    B(
        text="141. There remains a significant problem of poverty in Scotland which will need to be addressed in order to make our country a fairer, more equal place.",
        due=None,
        vague=False,
        said="2014-11-26 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SGPFG,
        published="2014-11-26",
    ),
    # the same page: 'across generations' is a span of no one act; due None
    B(
        text="Poverty can persist across generations, and as some in our society become richer, others are being left behind.",
        due=None,
        vague=False,
        said="2014-11-26 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SGPFG,
        published="2014-11-26",
    ),
    # the same page (the sentences of paragraph 142 hold no time word): a recession of 2008 and what it has done: past
    B(
        text="143. The 'austerity' response to the economic recession of 2008 has done much to deepen the problem of poverty in Scotland.",
        due=None,
        vague=False,
        said="2014-11-26 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SGPFG,
        published="2014-11-26",
    ),
    # the same page (the sentences of paragraph 144 hold no time word): 'has already had' success: past
    B(
        text="145. The Scottish Government has already had considerable success in protecting the services disproportionately relied upon by the most vulnerable in society, for example by protecting NHSScotland from the damaging reforms seen elsewhere in the UK.",
        due=None,
        vague=False,
        said="2014-11-26 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SGPFG,
        published="2014-11-26",
    ),
    # Department of Health (Northern Ireland), closed consultation page 'Health and Social Care Transformation - Consultation on Criteria for Reconfiguring Health and Social Care Services' (health-ni.gov.uk, Crown copyright under the OGL v3.0); zone Europe/London. The page carries no date: it says the consultation closed on 3 February 2017 at 5.00 pm and lists the consultation report, so said is taken as the next working day, Monday 6 February 2017, 10:00 GMT. The status line as it stands: opening and closing both told as done: past
    B(
        text="Consultation closed Consultation opened 11 November 2016, 9.05 am and closed 3 February 2017, 5.00 pm",
        due=None,
        vague=False,
        said="2017-02-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HNICON,
        published="2017-02-06",
    ),
    # the same page ('Minster’s' as the page has it): a commitment given at a publication of 25 October 2016, the consultation since held: past (the 2026 is a year in a document's name)
    B(
        text="In the Minster’s vision for the future of health and social care, ‘Health and Wellbeing 2026: Delivering Together’, published on 25 October 2016, she gave a commitment to embark on a consultation on the criteria for reconfiguring health and social care services.",
        due=None,
        vague=False,
        said="2017-02-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HNICON,
        published="2017-02-06",
    ),
    # Department of Health (Northern Ireland), news release 'Health Minister welcomes reductions in waiting lists', date published 17 March 2016 (health-ni.gov.uk, Crown copyright under the OGL v3.0); zone Europe/London; said 10:00 GMT that day. Waiting times said to be falling: a trend, no time set for any act; due None
    B(
        text="Health Minister Simon Hamilton has welcomed provisional figures which show that waiting times in Northern Ireland are falling.",
        due=None,
        vague=False,
        said="2016-03-17 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HNIWL,
        published="2016-03-17",
    ),
    # the same release: figures as at the end of February 2016 against December 2015, both before speaking: past
    B(
        text="The latest provisional waiting time figures for outpatient appointments and admission for treatment as at the end of February 2016 show significant reductions compared to the end of December 2015.",
        due=None,
        vague=False,
        said="2016-03-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HNIWL,
        published="2016-03-17",
    ),
    # the same release: spans of waiting in counts that 'have fallen': told of the past
    B(
        text="Those waiting more than 9 weeks for a first outpatient appointment have fallen by over 14,000 and those waiting over 18 weeks, by over 11,000, around 9%.",
        due=None,
        vague=False,
        said="2016-03-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HNIWL,
        published="2016-03-17",
    ),
    # the same release: as the sentence before: past
    B(
        text="For inpatient or daycase treatment, the numbers waiting more than 13 weeks for admission has fallen by over 1,200, and 26 weeks, by over 2,700, a fall of just under 13%.",
        due=None,
        vague=False,
        said="2016-03-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HNIWL,
        published="2016-03-17",
    ),
    # the same release: investments of November 2015 (past) 'now starting' to bring change, an ongoing state with no time set; the opening quotation mark whose closing lies later stays: due None. unsure: a careful reader could call the whole sentence told of the past (past), the only dated act being the investments
    B(
        text="The Minister said: “I very much welcome this fall in the numbers waiting which is clear evidence that the investments we have made in November 2015 are now starting to bring real change in reducing the length of time people have had to wait.",
        due=None,
        vague=False,
        said="2016-03-17 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HNIWL,
        published="2016-03-17",
    ),
    # Wikinews, 'New Government introduced to the Italian Parliament' (en.wikinews.org, CC BY 2.5); zone UTC (Wikinews, as in blind_fresh121). The opening carries no date: the third Berlusconi government, sworn in on 23 April 2005, was presented to the Chamber of Deputies on 26 April 2005 and won its confidence vote there on 27 April, which fits 'today' and 'only tomorrow'; said is taken as 26 April 2005 20:00 UTC (after the '6pm' Rome time of the sentence). Introduced today, told as done: past
    B(
        text="Today around 6pm the new Italian Government was introduced to the House of Parliament.",
        due=None,
        vague=False,
        said="2005-04-26 20:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNITA,
        published="2005-04-26",
    ),
    # the same article: 'the previous' government is a comparison, no time set: due None
    B(
        text="This government turns out to have a larger number of ministers, vice-ministers and undersecretaries than the previous.",
        due=None,
        vague=False,
        said="2005-04-26 20:00:00",
        tz="UTC",
        cluster=1,
        source=_WNITA,
        published="2005-04-26",
    ),
    # the same article (the sentences between hold no time word): the confidence vote 'only tomorrow', 27 April: due at the end of that day in the publisher's zone ('today' here is told of the past and sets nothing) [local due 2005-04-27 23:59:59 UTC; the end of the day in Rome would be 21:59:59 UTC]
    B(
        text="The crowding is expected to increase, because in the emiciclo (the party of the Parliamentarians) there were few Parliamentarians today, since the House vote of confidence in the new government will be carried out only tomorrow.",
        due="2005-04-27 23:59:59",
        vague=False,
        said="2005-04-26 20:00:00",
        tz="UTC",
        cluster=6,
        source=_WNITA,
        published="2005-04-26",
    ),
    # the same article: the speaking is no deadline (CONVENTIONS 2.2); the elections in May 2006 and the government serving 'until then' (CONVENTIONS 3.3) both fall due at the end of May 2006 [local due 2006-05-31 23:59:59 UTC]
    B(
        text="Prime Minister Berlusconi has said that the next elections will take place in May of 2006 and this government will continue to serve until then.",
        due="2006-05-31 23:59:59",
        vague=False,
        said="2005-04-26 20:00:00",
        tz="UTC",
        cluster=4,
        source=_WNITA,
        published="2005-04-26",
    ),
    # NASA, SMAP mission blog post 'SMAP Earth Mission Launch No Earlier than Saturday' (blogs.nasa.gov, a US federal work, public domain); zone America/New_York (the post gives its times in EST). The post carries no date in the opening: it follows the 29 January 2015 attempt and retargets to 31 January, a Saturday ('No Earlier than Saturday'), so said is taken as Friday 30 January 2015, 10:00 EST. The launch delayed to a targeted date of 31 January: due at the end of that day (the clock time is only in another sentence) [local due 2015-01-31 23:59:59 America/New_York]
    B(
        text="The launch of NASA’s Soil Moisture Active Passive (SMAP) observatory, which will produce the highest-resolution maps of soil moisture ever obtained from space, has been delayed to a targeted launch date of Jan. 31, pending completion of minor repairs to the United Launch Alliance Delta II launch vehicle.",
        due="2015-02-01 04:59:59",
        vague=False,
        said="2015-01-30 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NASASMAP,
        published="2015-01-30",
    ),
    # the same post: inspections after the 29 January attempt, told as done; the repair 'is being implemented' has no time of its own: past
    B(
        text="During inspections following the Jan. 29 launch attempt, minor “debonds” to the booster insulation were identified; a standard repair is being implemented.",
        due=None,
        vague=False,
        said="2015-01-30 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NASASMAP,
        published="2015-01-30",
    ),
    # the same post: an attempt at 9:20 a.m. EST on 31 January: one-off event at a time (CONVENTIONS 3.1); 'would' is the scheduled time given the repair, not a mere possibility [local due 2015-01-31 09:20:00 America/New_York]
    B(
        text="A launch attempt on Jan. 31 would take place at 9:20 a.m. EST.",
        due="2015-01-31 14:20:00",
        vague=False,
        said="2015-01-30 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASASMAP,
        published="2015-01-30",
    ),
    # the same post, the photograph's caption: a scene of Thursday 29 January 2015, before speaking: past (the line 'Photo Credit' and the caption title without a time word were skipped)
    B(
        text="The United Launch Alliance Delta II rocket with the Soil Moisture Active Passive (SMAP) observatory onboard is seen as the mobile service tower is moved back to help workers service the rocket at Space Launch Complex 2, Thursday, Jan. 29, 2015, Vandenberg Air Force Base, Calif.",
        due=None,
        vague=False,
        said="2015-01-30 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NASASMAP,
        published="2015-01-30",
    ),
    # National Park Service, Yellowstone National Park press release on fall road closures, carried in full by montanarightnow.com ('Press release from Yellowstone National Park'; the park's words, a US federal work, public domain); zone America/Denver. The carrier's address dates the item to 6 October 2022 (its time-based identifier reads 22:06 UTC that day); said is taken as 6 October 2022, 10:00 MDT. The dates are given only in a list the opening does not hold; the sentence sets none (as CONVENTIONS 6.3 keeps to the sentence): due None
    B(
        text="The following roads in Yellowstone National Park will be closed to public vehicle traffic beginning on the following dates:",
        due=None,
        vague=False,
        said="2022-10-06 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPSYFC,
        published="2022-10-06",
    ),
    # the same release (the sentence before, on Cooke City, holds no time word): kept open through 31 October (CONVENTIONS 3.3); the earlier snow closure is a condition, not a time [local due 2022-10-31 23:59:59 America/Denver]
    B(
        text="Tower Fall to Canyon Junction (Dunraven Pass) will remain open through Oct. 31 unless snow accumulates on the roadway and causes it to close sooner.",
        due="2022-11-01 05:59:59",
        vague=False,
        said="2022-10-06 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_NPSYFC,
        published="2022-10-06",
    ),
    # the same release, the same words again under the label 'Weather Dependent:' (taken as the page repeats them): as the case before (CONVENTIONS 3.3) [local due 2022-10-31 23:59:59 America/Denver]
    B(
        text="Weather Dependent: Tower Fall to Canyon Junction (Dunraven Pass) will remain open through Oct. 31 unless snow accumulates on the roadway and causes it to close sooner.",
        due="2022-11-01 05:59:59",
        vague=False,
        said="2022-10-06 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_NPSYFC,
        published="2022-10-06",
    ),
    # the same release: open 'year-round', a standing state with no start or end of its own (CONVENTIONS 1.3): recurring
    B(
        text="The road between the North Entrance in Gardiner, Montana, and the Northeast Entrance at Cooke City/Silver Gate, Montana (via Mammoth Hot Springs, Tower Junction and Lamar Valley), is open year-round.",
        due=None,
        vague=False,
        said="2022-10-06 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPSYFC,
        published="2022-10-06",
    ),
    # the same release: June 2022, told as done: past (the following lines are cut off where the page's dates were links, and were skipped)
    B(
        text="However, in June of this year, sections of the road were significantly damaged by floods, and closed temporarily.",
        due=None,
        vague=False,
        said="2022-10-06 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_NPSYFC,
        published="2022-10-06",
    ),
    # US Geological Survey, news item of 21 December 2018 on volcano monitoring during a lapse in appropriations (usgs.gov, a US federal work, public domain); zone America/New_York (USGS headquarters, Reston); said 10:00 EST that day (the title, the same words as the first line, was skipped). Updates kept up 'during the current shutdown', a span whose end is undated: event (CONVENTIONS 1.3, as fresh121's 'During this time')
    B(
        text="During the current federal government shutdown, the Volcano Hazard Program and all five U.S. Volcano Observatories will continue to issue updates, warnings, and notifications through the usual channels, including websites, email, and social media.",
        due=None,
        vague=False,
        said="2018-12-21 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USGSSD,
        published="2018-12-21",
    ),
    # the same item: data kept 'up to date' and instruments continuing, with no end given: due None. unsure: a careful reader could hang it on the shutdown of the sentence before (event), but this sentence names no span
    B(
        text="The volcano monitoring data on this website will be kept up to date and all monitoring instruments will continue to be operational.",
        due=None,
        vague=False,
        said="2018-12-21 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USGSSD,
        published="2018-12-21",
    ),
)
