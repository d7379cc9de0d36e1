"""An EIGHTY-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-04 (UTC), in the evening (the machine's clock read 20:35 at the
start and about 20:42 when the labels were written), by a labelling helper (branch issue12l86-s41)
that neither changed, imported nor ran the parser, working at the same time as other labellers
(their claims were treated as used and their files and README sections were not opened). It read
`CONVENTIONS.md` (which wins over any earlier set, rule 6.3 among it), the docstring, comments,
some cases and the README section of `blind_fresh80.py`, and the top docstring of the parser
package only (the parts of the day, the vague windows, "a range falls due at its later end");
nothing else of `bot/core/deadlines/` was opened. The brief allowed only public-domain or openly
licensed publishers and asked for at least eight publishers, several genres and at least half of
the cases from outside the United States. The set quotes two Dáil Éireann debates and a page of
written parliamentary questions (Houses of the Oireachtas), two Official Reports of the Scottish
Parliament, a written ministerial statement, an Official Report and an oral answer of the Northern
Ireland Assembly, two Voice of America items, a Natural England press release, a US Department of
Energy webinar page, a European Parliament press release and a House of Commons "Business Today"
paper: 73 cases from 8 publishers. Many pages the searches offered (Hansard, Wikinews, kremlin.ru,
European Commission, EPA, VA, USDA, Interior and Australian ministers' pages among them) were found
used and dropped. As in the twenty-seventh set onwards, every sentence quoted holds a time word of
some kind (a date, a clock time, a day word, a part of the day, a period, a span, a year, "now",
"since", "then", "earlier", "recently", "once again", "future", "during", "at the time", "at the
earliest opportunity"); the sentences of the openings read that hold none were skipped, as were
titles, headings, date and posting lines, bylines, captions, speakers' names, question numbers,
contact lines, agenda-table rows, links, lines cut off by the end of an opening and the repeat of a
sentence already taken. No word was changed: quotation marks, the dash before a citation and a
missing full stop stay as the pages have them. The sentences were found with a search over stored
copies of public pages and taken as they came in the openings the search returns, in page order.
See README.md ("Eighty-sixth fresh blind set") for every address, publisher and licence. Every
address was checked with the lead's `fresh_check.py` and claimed (`fresh86`) in
`/work/helper-brief/claims.txt` before a quote was taken; then every sentence was checked whole with
the same tool, and three were found (stock wording: "The Assembly met at 10.30 am (Mr Speaker in the
Chair).", "Members observed two minutes’ silence." and "The sitting will be suspended from 11.30am
to 2.30pm.") and dropped. Each label was worked out by hand from the words, the publication date and
the publisher's zone; the conversion of local instants to UTC wall time was done with Python's
zoneinfo and datetime in a scratch script outside the repository, never with code of the project.
No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these
texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh80.py`: the publisher's zone (the Oireachtas: Europe/Dublin; the Scottish Parliament,
the Northern Ireland Assembly, Natural England and the House of Commons: Europe/London; Voice of
America and the Department of Energy: America/New_York; the European Parliament: Europe/Brussels),
an event elsewhere without a zone word read in the publisher's zone too (marked "unsure" where the
event's own zone gives another instant: Burma, Kinshasa); the publication date at 10:00 local,
except where the page gives its own moment (the Dáil at 1:00 pm, the Assembly's answers at 2:15 pm
and its sitting at 10.30 am, the Scottish Parliament's "This afternoon", taken at 14:00); a day
falls due at 23:59:59 local, an evening at 23:59:59 (the parser's docstring); a list or range falls
due at its later end (CONVENTIONS 6.1); "before" a day falls due at the end of the day before
(CONVENTIONS 3.5); the perfect with a day word, and acts told as done, are past (CONVENTIONS 2.4); a
standing rule for every member is `refusal='recurring'` and a time hung on an undated event
`refusal='event'` (CONVENTIONS 1.3); a sentence whose time words set no time for any act has
`due=None` and no refusal word. Rule 6.3 (a clock time with no day of its own, read from the
sentence and its moment): three cases kept (the European Parliament's "at 17.00" and "At 17.30",
the Commons' "between 11.30am and 2.00pm"; two more, the Assembly's past "met at 10.30 am" and the
Commons' "suspended from 11.30am to 2.30pm", were dropped as used); for the kept ones the page's day
is the same day, written in a "page:" comment where the page gives it. Clusters as in `blind_fresh80.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4
parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 11 labels are marked
"unsure" and name the other reading; like every label here they stay as committed, whatever the
first run shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 8 case(s) removed, European Parliament (no legal notice of the Parliament found in the store); 65 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 17 case(s) removed, Northern Ireland Assembly material (no statement of the Assembly's own terms found in the store: unclear); 48 remain. See README.md

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 14 case(s) removed, Scottish Parliament material (Scottish Parliament Copyright Licence, https://parlamaid-alba.scot/about/copyright: no use in connection with party political purposes or advertising endorsement, a restriction of purpose: not open); 34 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DAIL09 = "https://www.kildarestreet.com/debate/?id=2009-02-11.707.2"
_DAIL0903 = "https://www.oireachtas.ie/ga/debates/debate/dail/2009-03-04/39/"
_PQS = "http://www.parliamentary-questions.com/pqs/?asker=Deputy++Willie+Penrose%0A"
_HOLYR25 = "https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/meeting-of-parliament-17-12-2025?iob=143132&meeting=16757"
_HOLYR2501 = "https://parlamaid-alba.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/meeting-of-parliament-21-01-2025?iob=138451&meeting=16209"
_NIWMS = "https://archive.niassembly.gov.uk/record/wms2009/090821wms01.htm"
_NIAQO = "https://www.theyworkforyou.com/ni/?id=2021-11-23.2.27&s=education+OR+schools"
_NI2011 = "https://archive.niassembly.gov.uk/record/reports2010/110315.htm"
_VOABURMA = "http://www.voanews.com/content/burmese-opposition-considers-parliament-boycott-148243915/180151.html"
_VOADRC = "https://blogs.voanews.com/breaking-news/2011/12/09/news-conference-passes-with-no-drc-election-results/"
_NE = "https://www.ukpol.co.uk/tag/press-release/page/148"
_DOE = "https://www.energy.gov/indianenergy/transitioning-tribal-colleges-and-universities-clean-energy-2023-foa-webinar"
_EP = "https://www.europarl.europa.eu/news/en/press-room/20200911IPR86912/"
_HCBT = (
    "https://publications.parliament.uk/pa/cm201719/cmagenda/ob180131.htm?utm_source=HansardSociety"
)

FRESH86_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas, Dáil Éireann debate of Wednesday 11 February 2009 (the Minister for Agriculture, Brendan Smith, at 1:00 pm), as carried by KildareStreet.com; the page's heading lines are not quoted; zone Europe/Dublin, GMT, said at 13:00 local (the time the page gives): the five years run from the scheme's introduction, which the sentence does not date: event (CONVENTIONS 1.3); unsure: past (the funding was set when the scheme was introduced, told of the past)
    B(
        text="This scheme was introduced with funding of €250 million to be provided over five years.",
        due=None,
        vague=False,
        said="2009-02-11 13:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL09,
        published="2009-02-11",
    ),
    # the same page: the first year of applications and the 2008 scheme are over: past
    B(
        text="In the first year of applications there was a very large take up and the total cost of the 2008 scheme amounts to €77 million.",
        due=None,
        vague=False,
        said="2009-02-11 13:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL09,
        published="2009-02-11",
    ),
    # the same page: 'claimed for only towards the end of the year' is the standing rule of the scheme, every year: recurring (CONVENTIONS 1.3); unsure: past (the first clause, the 2008 Estimates)
    B(
        text="A sum of €33 million was provided in the Estimates for 2008 and this scheme, by its nature, is claimed for only towards the end of the year with calves weaning.",
        due=None,
        vague=False,
        said="2009-02-11 13:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL09,
        published="2009-02-11",
    ),
    # the same page: 'will be paid' is given no time; 2008 names the scheme and the year of a past spend: no deadline
    B(
        text="Some €33 million was spent in 2008 and the remaining €44 million due for the 2008 scheme will be paid.",
        due=None,
        vague=False,
        said="2009-02-11 13:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL09,
        published="2009-02-11",
    ),
    # the same page: 'since 1 January' counts what has been paid; the continuing payments are given no end: past
    B(
        text="A total of €12 million has been paid since 1 January and payments continue.",
        due=None,
        vague=False,
        said="2009-02-11 13:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL09,
        published="2009-02-11",
    ),
    # the same page: 'for 2009' names the scheme year; no act is given a time: no deadline
    B(
        text="No decision has been made on the rate of payment that would apply to this scheme for 2009.",
        due=None,
        vague=False,
        said="2009-02-11 13:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL09,
        published="2009-02-11",
    ),
    # Houses of the Oireachtas, Dáil Éireann Adjournment Debate of Wednesday 4 March 2009 (Departmental Strategy Statements, a Cork deputy speaking); the sentences without a time word and the cut-off last sentence are not quoted; zone Europe/Dublin, GMT, said at 10:00 local by convention: 'Each year' describes a state of affairs, no act is set a time and no rule a limit: no deadline
    B(
        text="Each year carers through their voluntary work in the home save the State in excess of €2.5 billion.",
        due=None,
        vague=False,
        said="2009-03-04 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL0903,
        published="2009-03-04",
    ),
    # the same page: 2016 names the agreement: no deadline
    B(
        text="The publication of the carers strategy was an integral element of the Towards 2016 agreement signed by the Government and the social partners.",
        due=None,
        vague=False,
        said="2009-03-04 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL0903,
        published="2009-03-04",
    ),
    # the same page: 'since last January' and the kite flown then are past: past
    B(
        text="They have been listening since last January when the Minister first flew a kite in The Sunday Business Post suggesting carers were to come under attack.",
        due=None,
        vague=False,
        said="2009-03-04 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL0903,
        published="2009-03-04",
    ),
    # the same page: amounts of time describing the work, no act set a time: no deadline
    B(
        text="It was about looking for acknowledgement of the work they do 365 days a year, seven days a week, 24 hours a day.",
        due=None,
        vague=False,
        said="2009-03-04 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL0903,
        published="2009-03-04",
    ),
    # the same page: acts told of the past; 'now' places a state: past
    B(
        text="The carers and their representatives went to exorbitant and significant levels to provide submissions on this report, only to be told that those submissions are now in the bin in the Minister's office.",
        due=None,
        vague=False,
        said="2009-03-04 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL0903,
        published="2009-03-04",
    ),
    # the same page: the boom times and the waiting are past; the forecast 'will be the first to suffer' is given no time: past; unsure: no deadline without a refusal word (the forecast is no act told of the past)
    B(
        text="In the boom times, carers waited a long time to eventually get someone recognition and monetary gain for the work they do, yet at the first sign of a turnaround in the economy it seems they will be the first to suffer.",
        due=None,
        vague=False,
        said="2009-03-04 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL0903,
        published="2009-03-04",
    ),
    # Houses of the Oireachtas written questions asked on 10 May 2018 by Deputy Willie Penrose and their answers, as carried by parliamentary-questions.com; question numbers, the '(Question ... asked on 10 May 2018 ...)' lines, ministers' names and cut-off lines are not quoted; zone Europe/Dublin, IST, said at 10:00 local on the day asked by convention (the answers' own day is not given): 'as soon as possible' on the admission asked for, from the day asked: vague, 60 days (CONVENTIONS 5.1), the end of 9 July 2018, 23:59:59 IST; unsure: no deadline (a question asks for an undertaking and gives none) (UTC 2018-07-09 22:59:59)
    B(
        text="Deputy Willie Penrose asked the Minister for Health if a person (details supplied) will be admitted to the National Rehabilitation Hospital in Dun Laoghaire as soon as possible; and if he will make a statement on the matter.",
        due="2018-07-09 22:59:59",
        vague=True,
        said="2018-05-10 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_PQS,
        published="2018-05-10",
    ),
    # the same page: 'without future delay' read as 'without delay': vague, 7 days (CONVENTIONS 5.1), the end of 17 May 2018, 23:59:59 IST; unsure: no deadline (a question, and 'without future delay' may only forbid further delay) (UTC 2018-05-17 22:59:59)
    B(
        text="Deputy Willie Penrose asked the Minister for Health the steps he will take to ensure that a person (details supplied) receives home help hours; if funding will be provided to the HSE to ensure same is funded without future delay; and if he will make a statement on the matter.",
        due="2018-05-17 22:59:59",
        vague=True,
        said="2018-05-10 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_PQS,
        published="2018-05-10",
    ),
    # the same page: received on a past date: past
    B(
        text="My department received an application for carer’s allowance (CA) from the person concerned on the 20 February 2018.",
        due=None,
        vague=False,
        said="2018-05-10 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_PQS,
        published="2018-05-10",
    ),
    # Voice of America, 'Burmese Opposition Considers Parliament Boycott' (20 April 2012, a Friday, as its photo caption and 'told reporters Friday' give); the caption, byline, subheading and the sentences without a time word are not quoted; zone America/New_York, EDT, said at 10:00 local by convention; events in Burma are read in the publisher's zone (unsure where Asia/Yangon gives another instant): a possibility under consideration, no undertaking: no deadline (CONVENTIONS 4.2)
    B(
        text="Burma’s main opposition party says it is considering boycotting the start of next week’s parliament session because of its objection to the wording of the constitutional oath of office.",
        due=None,
        vague=False,
        said="2012-04-20 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_VOABURMA,
        published="2012-04-20",
    ),
    # the same page: a one-off event on 23 April (CONVENTIONS 3.1), read in the publisher's zone: the end of 23 April 2012, 23:59:59 EDT; unsure: the event's own zone (Asia/Yangon) ends 23 April at 17:29:59 UTC (UTC 2012-04-24 03:59:59)
    B(
        text="The newly-elected members of parliament are expected to be sworn in on April 23, marking a key moment in the country’s ongoing political reforms.",
        due="2012-04-24 03:59:59",
        vague=False,
        said="2012-04-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VOABURMA,
        published="2012-04-20",
    ),
    # the same page: 'Friday' is on the verb of speaking (CONVENTIONS 2.2); 'on time' sets no time of its own: no deadline
    B(
        text="But National League for Democracy party secretary Nyan Win told reporters Friday he is still not sure if the party’s 43 newly-elected parliamentarians, including its leader Aung San Suu Kyi, would agree to take their oaths in parliament on time, or whether they would be barred from the entire session.",
        due=None,
        vague=False,
        said="2012-04-20 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_VOABURMA,
        published="2012-04-20",
    ),
    # the same page: traveled on Thursday (19 April): past
    B(
        text="Nyan Win traveled to Naypyitaw on Thursday to submit a request that the oath be amended.",
        due=None,
        vague=False,
        said="2012-04-20 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOABURMA,
        published="2012-04-20",
    ),
    # the same page: 'The following day', an act told of the past: past
    B(
        text="The following day he informed reporters at a news conference that officials said his request was deemed unnecessary.",
        due=None,
        vague=False,
        said="2012-04-20 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOABURMA,
        published="2012-04-20",
    ),
    # the same page: a pledge made during a past campaign, given no time of its own: past
    B(
        text="Aung San Suu Kyi pledged during her campaign to amend the constitution.",
        due=None,
        vague=False,
        said="2012-04-20 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOABURMA,
        published="2012-04-20",
    ),
    # the same page: 'recently' is on a past journey; the rest is a possibility: past
    B(
        text="Suzanne DiMaggio of the Asia Society, who has recently traveled to Burma, says the oath could thwart those plans.",
        due=None,
        vague=False,
        said="2012-04-20 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOABURMA,
        published="2012-04-20",
    ),
    # Voice of America, Breaking News blog, 'News Conference Passes With No DRC Election Results' (9 December 2011 by its address, a Friday); the sentences without a time word are not quoted; zone America/New_York, EST, said at 10:00 local by convention: 'delayed since Tuesday' tells of the past; the release is given no time: past
    B(
        text="Waiting continues in the Democratic Republic of Congo for the release of full presidential election results, delayed since Tuesday.",
        due=None,
        vague=False,
        said="2011-12-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOADRC,
        published="2011-12-09",
    ),
    # the same page: the announcement expected on Friday, the day of publishing (CONVENTIONS 3.1), read in the publisher's zone: the end of 9 December 2011, 23:59:59 EST; unsure: past (the expectation is told in the past tense), or the event's own zone (Africa/Kinshasa) ending 9 December at 22:59:59 UTC (UTC 2011-12-10 04:59:59)
    B(
        text="VOA's West Africa correspondent reports that Congo's electoral commission was expected to announce the results at a news conference Friday in the capital, Kinshasa.",
        due="2011-12-10 04:59:59",
        vague=False,
        said="2011-12-09 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VOADRC,
        published="2011-12-09",
    ),
    # the same page: three hours that have passed: past
    B(
        text="But he says three hours passed with no announcement, and that foreign ambassadors who had gathered for the event eventually left.",
        due=None,
        vague=False,
        said="2011-12-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOADRC,
        published="2011-12-09",
    ),
    # the same page: 'Earlier' results, told of the past: past
    B(
        text="Earlier results, from about 90 percent of polling places, showed Mr. Kabila heading for re-election with nearly 50 percent of the vote.",
        due=None,
        vague=False,
        said="2011-12-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOADRC,
        published="2011-12-09",
    ),
    # the same page: 'Thursday' is on the verb of speaking (CONVENTIONS 2.2), an act told of the past: past
    B(
        text="Mr. Tshisekedi's party secretary general told reporters Thursday those numbers do not reflect the vote of the people.",
        due=None,
        vague=False,
        said="2011-12-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOADRC,
        published="2011-12-09",
    ),
    # the same page: last week's polls and the war: past
    B(
        text="Last week's presidential and legislative polls were only the second free elections since the African nation was torn apart by several years of warfare that ended in 2003.",
        due=None,
        vague=False,
        said="2011-12-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOADRC,
        published="2011-12-09",
    ),
    # the same page: a past window: past
    B(
        text="Voting was supposed to last for one day but stretched into three because of ballot shortages in some areas and scattered incidents of violence.",
        due=None,
        vague=False,
        said="2011-12-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOADRC,
        published="2011-12-09",
    ),
    # Natural England press release of 13 May 2025 ('Bronte Country to become country's newest National Nature Reserve'), as carried by UKPOL; the title, the 'issued by' date line, the bullets and sentences without a time word and the cut-off last line are not quoted; the sentence ends without a full stop on the page; zone Europe/London, BST, said at 10:00 local by convention: 'announced and created today (13 May)', acts told as done: past (CONVENTIONS 2.4); unsure: due at the end of 13 May 2025 (CONVENTIONS 2.1, if read as the act being done as it is announced)
    B(
        text="The new National Nature Reserve – the 7th in the King’s Series – announced and created today (13 May) is the first of its kind in West Yorkshire and will provide people with opportunity to enjoy the landscapes that inspired and were celebrated by the Bronte Sisters",
        due=None,
        vague=False,
        said="2025-05-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NE,
        published="2025-05-13",
    ),
    # US Department of Energy, Office of Indian Energy, page of the 27 April 2023 webinar on funding opportunity DE-FOA-0002978 and its transcript; the speaker's name and sentences without a time word are not quoted; the page's own posting date is not shown, so it is taken as 27 April 2023 (the webinar's day; the labels are past or no deadline and do not depend on it); zone America/New_York, EDT, said at 10:00 local by convention: conducted on 27 April 2023, told of the past: past
    B(
        text="The Office of Indian Energy conducted a webinar on April 27, 2023 to provide information on the Transitioning Tribal Colleges and Universities to Clean Energy – 2023 (DE-FOA-0002978) funding opportunity announcement (FOA) for potential applicants.",
        due=None,
        vague=False,
        said="2023-04-27 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOE,
        published="2023-04-27",
    ),
    # the same page: a greeting; 'afternoon' sets no time for any act: no deadline
    B(
        text="Good afternoon, and welcome to the webinar.",
        due=None,
        vague=False,
        said="2023-04-27 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOE,
        published="2023-04-27",
    ),
    # the same page: issued on 12 April, told of the past: past
    B(
        text="This informational webinar is for people interested in applying to the Department of Energy's Office of Indian Energy's Funding Opportunity Announcement or FOA entitled Transitioning Tribal Colleges and Universities to Clean Energy 2023, which was issued on April 12.",
        due=None,
        vague=False,
        said="2023-04-27 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOE,
        published="2023-04-27",
    ),
    # House of Commons, 'Business Today: Chamber for Wednesday 31 January 2018'; the agenda table's rows (times and items, not sentences), notes and headings are not quoted, and one sentence found used was dropped; zone Europe/London, GMT, said at 10:00 local by convention: clock times with no day of their own: the first such range after the moment (10:00), 31 January 2018, due at its later end, 14:00 GMT (CONVENTIONS 6.1, 6.3); page: the same day (Business Today for 31 January) (UTC 2018-01-31 14:00:00)
    B(
        text="Deferred divisions will take place in the ‘No’ Lobby between 11.30am and 2.00pm",
        due="2018-01-31 14:00:00",
        vague=False,
        said="2018-01-31 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HCBT,
        published="2018-01-31",
    ),
)
