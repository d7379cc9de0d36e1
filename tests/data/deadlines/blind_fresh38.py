"""A THIRTY-EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 13:22 by the machine's clock, by a
labelling helper (branch issue12l4-s23) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py`, and the parser package's
docstring only (for the parts of the day, the thirds of a month in "mid-April", the
meteorological seasons and "a date without a year is its next occurrence"); nothing else of
`bot/core/deadlines/` was opened. The brief allowed any publisher but no one above a third of
the cases, at least eight publishers and several genres, and barred the publishers and series
the earlier sets used heavily: the US Department of State (travel alerts as reposted, an
embassy's security message as reposted, an OSAC demonstration alert), the US House of
Representatives' Majority Leader (weekly and daily floor schedules) and Democratic Whip (a
daily whip notice), the Congressional Record's Daily Digest, the European Parliament ('EP
Today' press releases as reposted), the Australian Government (a Treasurer's joint media
release and a consultation hub page), the Department of Commerce (an International Trade
Administration blog post and a Patent and Trademark Office notice), the Nuclear Regulatory
Commission and the Federal Energy Regulatory Commission (Federal Register documents as
reproduced), the Federal Deposit Insurance Corporation (a chairman's testimony), the
Department of Justice (a release list), the Department of Housing and Urban Development (a
news release) and Wikinews (a story). As in the twenty-seventh to thirty-seventh sets, every
sentence quoted holds a time word of some kind (a date, a clock time, a day word, a period, a
span, a year or day in a name, "now", "currently", "ongoing", "recently", "previous",
"temporary", "quickly", "continuously", "after-hours", "during", "while", "when", "upon",
"until"); the sentences of the pages read that hold none were skipped, as were bare headings,
titles, date and release lines, garbled boxes of meeting and vote times, list headings,
telephone, address and contact lines, site, navigation and reposting text around the quoted
item, attribution lines and lines cut off by the start or end of an opening. A point of a list
was taken as its own case; no word was changed, and quotation marks and the pages' own slips
("At that the time", "This the first", a sentence run into the next without a space, which was
taken apart) stay as the page has them. The sentences were found with a search over stored
copies of public pages and taken as they came in the openings the search returns, in page
order. See README.md ("Thirty-eighth fresh blind set") for every address, publisher and
licence. No address listed in README.md, in a `#` header or README under `tests/data/`, in the
sources of the other set files or in the shared claims file was used: each was checked against
those lists (the address and a distinctive phrase of the page) and claimed (`fresh38`) in
`/work/helper-brief/claims.txt` before a quote was taken; pages already used were dropped,
among them one (a Wikinews story of July 2005 on a shuttle launch) that was claimed and
labelled under a new address but found, by the whole-sentence check before the commit, to
have been quoted by the eleventh fresh set under another address. Each label was worked out
by hand from the words, the publication date and the publisher's zone; the conversion of
local instants to UTC wall time and the weekday checks were done with Python's zoneinfo and
datetime in a scratch script outside the repository, never with code of the project. No run
of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these
texts before the labels were committed; the helpers improving the parser have not seen them.
See README.md for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (US federal publishers,
the Congress and the State Department's travel alerts issued in Washington:
America/New_York; the US Embassy in Guatemala City: America/Guatemala; the US Embassy in
France: Europe/Paris; the European Parliament: Europe/Brussels; the Australian Government in
Canberra: Australia/Sydney; Wikinews: UTC); the publication date at 10:00 local, except the
FDIC testimony, read at the 10:00 a.m. its page gives; pages that show no date of their own
(the two 'EP Today' releases, the embassy's message on a march in Paris, the Seychelles and
South Pacific travel alerts, the Attorney-General's Department's consultation page) are read
at a day the comment names, and the comment says for which days the labels hold; items of a
list page dated by their own headings (the Justice Department's release list) are read at
their own dates; a day falls due at 23:59:59 local (zoneinfo decides the offset); a clock time
without a zone word is in the publisher's zone; a range, a list or a schedule of times falls
due at its later end; a weekday of a floor schedule for the coming week is that week's day,
and the comment names the weekday's next occurrence from the day of posting where it differs;
a time that the sentence hangs on an undated event, on a period another sentence dates or on
a day another sentence gives ("At that time", "during that time", "throughout the period",
"leading up to the election", "upon enactment", a lone clock time) is `refusal='event'`, and
where the page dates it elsewhere the label is marked "unsure" and names the instant; refusals
have `due=None` and a `refusal` kind (past | event | recurring | negated | earliest, with
`earliest` set for the last); a sentence whose time words set no time for any act (a year,
day, holiday or anniversary naming a thing, "the future", "ongoing", "continuously", "Today"
or "now" on a present state, 'specific dates' not given) has `due=None` and no refusal word.
Labels marked "unsure" name the other reading; like every label here they stay as committed,
whatever the first run shows. First run: not yet taken (the lead runs it once, after merging,
and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DOJ_OCT05 = "http://www.justice.gov/archive/opa/pr/2005/October/"
_HUD_14MAY04 = "https://archives.hud.gov/news/2004/pr04-043.cfm"
_WN_DUTCH_1JUN05 = "https://en.m.wikinews.org/wiki/Dutch_vote_today_on_EU_constitution"
_AU_TSY_1JUL20 = "https://ministers.treasury.gov.au/ministers/josh-frydenberg-2018/media-releases/delivering-key-measures-support-all-australians"
_ITA_10JAN17 = (
    "https://blog.trade.gov/2017/01/10/miscellaneous-tariff-bills-public-comment-period-opens/"
)
_DD_22JAN20 = "https://www.congress.gov/congressional-record/2020/1/22/daily-digest"
_DD_3FEB20 = "https://www.congress.gov/congressional-record/2020/2/3/daily-digest"
_DD_24FEB20 = "https://www.congress.gov/congressional-record/2020/2/24/daily-digest"
_HOYER_1MAY09 = "https://webarchive.library.unt.edu/eot2008/20090506152407/http://www.majorityleader.gov/links_and_resources/whip_resources/weeklyleader.cfm?pressreleaseID=2991"
_CANTOR_14MAR11 = "https://www.majorityleader.gov/content/daily-whip-monday-march-14-2011"
_WHIP_18MAR13 = "https://www.democraticwhip.gov/content/daily-whip-monday-march-18-2013?mini=calendar%252F2013-02"
_CANTOR_13DEC12 = "http://gretawire.foxnewsinsider.com/2012/12/13/what-is-next-weeks-house-of-representatives-schedule-from-fnc-chad-pergram/"
_NRC_16MAY01 = "https://self-law.org/code/register/2001/05/16/01-12338"
_EMB_PARIS_JUL16 = (
    "https://liberiawire.com/security-message-for-u-s-citizens-paris-france-planned-demonstration/"
)
_EP_TODAY_25MAR21 = "http://government-world.com/press-release-ep-today-31"
_EP_TODAY_17DEC20 = "http://government-world.com/press-release-ep-today-21/?print=print"
_AU_AGD_WEASKED = "https://consultations.ag.gov.au/we_asked_you_said/"
_FERC_26FEB24 = "http://federal.elaws.us/fr/2/26/2024/2024-03609"
_OSAC_GT_13SEP23 = "https://www.osac.gov/Content/Report/b84bbf5b-94df-4187-96e4-225e33a3d715"
_STATE_SEYCHELLES_DEC15 = "http://www.internacionaltraveler.com/tag/travel-warning/"
_STATE_SPACIFIC_2014 = "http://www.pickyourcity.com/blog/"
_STATE_ETHIOPIA_19AUG16 = (
    "http://www.tripinsurance.com/travel-alerts/us-state-department-travel-alerts"
)
_USPTO_2DEC04 = "http://www.uspto.gov/web/patents/hr4818/advancenotice.htm"
_FDIC_20JUN01 = "http://fdic.gov/news/news/speeches/archives/2001/sp20jun01.html"

FRESH38_CASES: tuple[BlindCase, ...] = (
    # US Department of Justice, Office of Public Affairs, press release list for October 2005 (each item is read at the date its heading gives: Monday 31 October or Friday 28 October 2005; the dated headings, the release titles in capitals, the '(Read more)' links and an item cut off by the end of the opening are not quoted): the Attorney General's statement on the Alito nomination (31 October 2005): 'nearly 30 years of public service', a span gone by: past
    B(
        text="Judge Alito is one of our Nation's most distinguished judges, and in his nearly 30 years of public service-nearly half of that at the Department of Justice-he has earned a reputation for excellence that few can equal.",
        due=None,
        vague=False,
        said="2005-10-31 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOJ_OCT05,
        published="2005-10-31",
    ),
    # an item of Friday 28 October 2005: 'today announced', told as done: past
    B(
        text="WASHINGTON, D.C. - The Justice Department today announced a settlement agreement with S.O.G. Specialty Knives, Inc. (SSK), resolving a lawsuit filed to protect the rights of a United States Coast Guard reservist who served in Operation Iraqi Freedom.",
        due=None,
        vague=False,
        said="2005-10-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOJ_OCT05,
        published="2005-10-28",
    ),
    # the next item of 28 October 2005: 'today announced', told as done: past
    B(
        text="WASHINGTON, D.C. - Attorney General Alberto R. Gonzales today announced the appointment of several high-level Department of Justice officials to serve on the Department‘s Task Force on Intellectual Property.",
        due=None,
        vague=False,
        said="2005-10-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOJ_OCT05,
        published="2005-10-28",
    ),
    # the next item of 28 October 2005: a sentence passed for scheming 'during a three-and-a-half year ... investigation', 'announced today': past
    B(
        text="WASHINGTON, D.C. - A former Federal Bureau of Investigation informant has been sentenced to 121 months in prison for scheming to deceive the FBI during a three-and-a-half year federal grand jury investigation in Detroit, Assistant Attorney General Alice S. Fisher of the Criminal Division and Inspector General Glenn A. Fine announced today.",
        due=None,
        vague=False,
        said="2005-10-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOJ_OCT05,
        published="2005-10-28",
    ),
    # US Department of Housing and Urban Development, news release HUD No. 04-043 (Friday 14 May 2004; the release line, the headline, the subhead and the contact lines are not quoted): 'today unveiled', told as done: past
    B(
        text='WASHINGTON - Housing and Urban Development Secretary Alphonso Jackson today unveiled HUD\'s simplified "SuperNOFA," a notice that makes available $2.3 billion in funding opportunities to help produce more affordable housing, assist homeless individuals and families, and promote community development.',
        due=None,
        vague=False,
        said="2004-05-14 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HUD_14MAY04,
        published="2004-05-14",
    ),
    # the same page: a fiscal year naming a notice: no deadline
    B(
        text="The Fiscal Year 2004 Notice of Funding Availability includes 49 separate funding opportunities that will help States, local governments and nonprofit grassroots organizations to house and serve lower income families living in their communities (see attached chart).",
        due=None,
        vague=False,
        said="2004-05-14 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_HUD_14MAY04,
        published="2004-05-14",
    ),
    # the same page: applications available 'in fiscal year 2005', a US federal fiscal year: 30 September 2005, end of day EDT
    B(
        text="It is HUD's intent to have all of its applications in fiscal year 2005 available on www.Grants.gov for electronic submission.",
        due="2005-10-01 03:59:59",
        vague=False,
        said="2004-05-14 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_HUD_14MAY04,
        published="2004-05-14",
    ),
    # the same page: 'This year' on a present priority: no deadline; unsure: 31 December 2004, end of day EST (the year's end)
    B(
        text="This year, HUD is placing the highest priority on funding local communities and organizations that are working toward removing excessive and burdensome regulations that restrict the development of affordable housing at the local level.",
        due=None,
        vague=False,
        said="2004-05-14 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_HUD_14MAY04,
        published="2004-05-14",
    ),
    # Wikinews, 'Dutch vote today on EU constitution' (Wednesday 1 June 2005; the review notice, the date line, the question in Dutch and its translation and the archive notice are not quoted): 'are voting today', the present with a day word on the act (CONVENTIONS 2.1): 1 June 2005, end of day UTC
    B(
        text="People all over the Netherlands are voting today in a referendum on the EU constitution.",
        due="2005-06-01 23:59:59",
        vague=False,
        said="2005-06-01 10:00:00",
        tz="UTC",
        cluster=6,
        source=_WN_DUTCH_1JUN05,
        published="2005-06-01",
    ),
    # the same page: 'the first national referendum for two hundred years', a span gone by: past; unsure: no refusal word (a count naming the referendum)
    B(
        text="This the first national referendum for two hundred years and it is non-binding.",
        due=None,
        vague=False,
        said="2005-06-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_DUTCH_1JUN05,
        published="2005-06-01",
    ),
    # the same page: 'current' and 'since the introduction of the euro', the past and a present state: past
    B(
        text="Some of the no voters do this to show they don't agree with the current political situation and the supposed risen prices since the introduction of the euro.",
        due=None,
        vague=False,
        said="2005-06-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_DUTCH_1JUN05,
        published="2005-06-01",
    ),
    # the same page: a turnout 'As of 14:00 CET', told as done: past
    B(
        text="As of 14:00 CET, 9% more voters had turned up for the referendum than for the European elections.",
        due=None,
        vague=False,
        said="2005-06-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_DUTCH_1JUN05,
        published="2005-06-01",
    ),
    # Australian Government, the Treasurer (Josh Frydenberg), joint media release with the Minister for Finance, 'Delivering on key measures to support all Australians' (Wednesday 1 July 2020; the date line, the note, the joint-release line and the bold subheads are not quoted): measures 'coming into effect on 1 July 2020', the day of the release (CONVENTIONS 3.1): 1 July 2020, end of day AEST
    B(
        text="Key Morrison Government measures coming into effect on 1 July 2020 will help Australians transition through the health and economic impacts from the Coronavirus.",
        due="2020-07-01 13:59:59",
        vague=False,
        said="2020-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AU_TSY_1JUL20,
        published="2020-07-01",
    ),
    # the same page: support 'through the crisis', a span hung on an undated end: event
    B(
        text="These measures are part of our economic plan which will support Australians through the crisis and help secure the strongest possible economic and jobs recovery.",
        due=None,
        vague=False,
        said="2020-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AU_TSY_1JUL20,
        published="2020-07-01",
    ),
    # the same page: a plan passed 'last year', told as done: past
    B(
        text="The Government passed its updated Personal Income Tax Plan announced in the 2019-20 budget last year, ensuring that Australians pay lower taxes.",
        due=None,
        vague=False,
        said="2020-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_TSY_1JUL20,
        published="2020-07-01",
    ),
    # the same page: a benefit received 'when they lodge returns from 1 July 2020', only a start (CONVENTIONS 3.2): earliest 1 July 2020, 00:00 AEST; unsure: 1 July 2030 ('over the next decade')
    B(
        text="Low and middle income earners will receive a benefit when they lodge returns from 1 July 2020, with millions more to benefit over the next decade.",
        due=None,
        vague=False,
        said="2020-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2020-06-30 14:00:00",
        cluster=5,
        source=_AU_TSY_1JUL20,
        published="2020-07-01",
    ),
    # the same page: relief 'at the end of each tax year to 2021-22', a standing schedule (CONVENTIONS 1.3): recurring; unsure: 30 June 2022, end of day AEST (the last tax year named)
    B(
        text="Under the already legislated part of the plan, the Low and Middle Income Tax Offset (LMITO) will provide tax relief of up to $1080 at the end of each tax year to 2021-22.",
        due=None,
        vague=False,
        said="2020-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_AU_TSY_1JUL20,
        published="2020-07-01",
    ),
    # US Department of Commerce, International Trade Administration, Tradeology blog post 'Miscellaneous Tariff Bills Public Comment Period Opens' (Tuesday 10 January 2017; the heading and the byline are not quoted): a comment period that 'will begin tomorrow, January 11, 2017', only its start (CONVENTIONS 3.2; its close is given further on): earliest 11 January 2017, 00:00 EST; unsure: 11 January 2017, end of day EST (the opening as a one-off event, CONVENTIONS 3.1)
    B(
        text="The U.S. International Trade Commission’s (USITC) Public Comment Period for the 2016 Miscellaneous Tariff Bill (MTB) cycle will begin tomorrow, January 11, 2017.",
        due=None,
        vague=False,
        said="2017-01-10 15:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2017-01-11 05:00:00",
        cluster=5,
        source=_ITA_10JAN17,
        published="2017-01-10",
    ),
    # the same page: petitions received 'during the MTB submission period', a notice published: past
    B(
        text="The USITC published a Federal Register notice, which can be found on the USITC MTB website, inviting the public to comment on the list of petitions it received during the MTB submission period.",
        due=None,
        vague=False,
        said="2017-01-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ITA_10JAN17,
        published="2017-01-10",
    ),
    # the same page: 'specific dates' not given: no deadline
    B(
        text="The website includes details and specific dates for filing public comments, along with the full list of MTB petitions.",
        due=None,
        vague=False,
        said="2017-01-10 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ITA_10JAN17,
        published="2017-01-10",
    ),
    # the same page: a window that 'will close on February 24': 24 February 2017, end of day EST
    B(
        text="The window for submitting public comments to the USITC will close on February 24.",
        due="2017-02-25 04:59:59",
        vague=False,
        said="2017-01-10 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ITA_10JAN17,
        published="2017-01-10",
    ),
    # the same page: a report 'in mid-April', the middle third of the month (the parser's docstring): 20 April 2017, end of day EDT
    B(
        text="Verified instances of domestic production and any subsequent objection from domestic producers will be shared in Commerce’s report to the USITC and to Congress in mid-April.",
        due="2017-04-21 03:59:59",
        vague=False,
        said="2017-01-10 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_ITA_10JAN17,
        published="2017-01-10",
    ),
    # Congressional Record, Daily Digest of Wednesday 22 January 2020 (Senate; read at 22 January 2020, 10:00 EST, and every label holds for any time that day; the headings, the page references, a committee item cut off by the end of the opening and the note on committees that did not meet are not quoted): a document that 'will be received on Wednesday, January 22, 2020', the day of the record; '100th Congress' names a Congress: 22 January 2020, end of day EST
    B(
        text="Pursuant to the provisions of S. Res. 243, of the 100th Congress, a single one-page classified document identified by the House managers for filing with the Secretary of the Senate, that will be received on Wednesday, January 22, 2020, shall not be made part of the public record and shall not be printed, but shall be made available pursuant to the standing order from the 100th Congress.",
        due="2020-01-23 04:59:59",
        vague=False,
        said="2020-01-22 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DD_22JAN20,
        published="2020-01-22",
    ),
    # the same page: an order for 'Tuesday, January 28, 2020, from 10 a.m. to 11 a.m.', the later end (CONVENTIONS 6.1): 28 January 2020, 11:00 EST
    B(
        text="Impeachment Reporting--Agreement: A unanimous-consent agreement was reached providing that on Tuesday, January 28, 2020, from 10 a.m. to 11 a.m., while the Senate is sitting as a Court of Impeachment, and notwithstanding the Senate's adjournment, the Senate can receive House messages and executive matters, committees be authorized to report legislative and executive matters, and Senators be allowed to submit statements for the Record, bills and resolutions and cosponsor requests, and where applicable, the Secretary of the Senate, on behalf of the Presiding Officer, be permitted to refer such matters.",
        due="2020-01-28 16:00:00",
        vague=False,
        said="2020-01-22 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DD_22JAN20,
        published="2020-01-22",
    ),
    # the same page: consideration to continue 'on Thursday, January 23, 2020': 23 January 2020, end of day EST
    B(
        text="Senate will continue to consider the articles of impeachment against President Trump, on Thursday, January 23, 2020.",
        due="2020-01-24 04:59:59",
        vague=False,
        said="2020-01-22 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DD_22JAN20,
        published="2020-01-22",
    ),
    # the same page: times of the day gone and an adjournment 'until 1 p.m. on Thursday, January 23, 2020', when the Senate meets again (CONVENTIONS 3.1): 23 January 2020, 13:00 EST
    B(
        text="Adjournment: Senate convened at 1:06 p.m. and adjourned at 9:42 p.m., until 1 p.m. on Thursday, January 23, 2020.",
        due="2020-01-23 18:00:00",
        vague=False,
        said="2020-01-22 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DD_22JAN20,
        published="2020-01-22",
    ),
    # the same page: 'today's Record' names the present record: no deadline
    B(
        text="(For Senate's program, see the remarks of the Majority Leader in today's Record on page S485.)",
        due=None,
        vague=False,
        said="2020-01-22 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DD_22JAN20,
        published="2020-01-22",
    ),
    # Congressional Record, Daily Digest of Monday 3 February 2020 (Senate; the headings, the highlights line, the page references and the lists of measures introduced and reported, which hold no time word, are not quoted): consideration to resume 'at 4 p.m., on Wednesday, February 5, 2020': 5 February 2020, 16:00 EST
    B(
        text="Pursuant to S. Res. 488, to provide for related procedures concerning the articles of impeachment against Donald John Trump, President of the United States, Senate will resume consideration of the articles of impeachment against President Trump, at 4 p.m., on Wednesday, February 5, 2020.",
        due="2020-02-05 21:00:00",
        vague=False,
        said="2020-02-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DD_3FEB20,
        published="2020-02-03",
    ),
    # the same page: the order of a past Friday modified to allow statements 'until Wednesday, February 26, 2020': 26 February 2020, end of day EST
    B(
        text="A unanimous-consent agreement was reached providing that the order of Friday, January 31, 2020, be modified to allow Senators to have until Wednesday, February 26, 2020, to have printed statements and opinions in the Congressional Record, if they choose, explaining their votes and include those in the documentation of the impeachment proceedings; and that the two page rule be waived.",
        due="2020-02-27 04:59:59",
        vague=False,
        said="2020-02-03 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_DD_3FEB20,
        published="2020-02-03",
    ),
    # the same page: a joint session 'to be held at 9 p.m., on Tuesday, February 4, 2020': 4 February 2020, 21:00 EST
    B(
        text="Escort Committee--Agreement: A unanimous-consent agreement was reached providing that the Presiding Officer of the Senate be authorized to appoint a committee on the part of the Senate to join with a like committee on the part of the House of Representatives to escort the President of the United States into the House Chamber for the joint session to be held at 9 p.m., on Tuesday, February 4, 2020.",
        due="2020-02-05 02:00:00",
        vague=False,
        said="2020-02-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DD_3FEB20,
        published="2020-02-03",
    ),
    # Congressional Record, Daily Digest of Monday 24 February 2020 (Senate; the headings, the highlights line, the page references, items without a time word and an item cut off by the end of the opening are not quoted): a resolution 'commemorating the 75th anniversary' and 'then agreed to', told as done: past
    B(
        text="Liberation of Auschwitz 75th Anniversary: Committee on Foreign Relations was discharged from further consideration of S. Res. 481, commemorating the 75th anniversary of the liberation of the Auschwitz extermination camp in Nazi-occupied Poland, and the resolution was then agreed to.",
        due=None,
        vague=False,
        said="2020-02-24 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DD_24FEB20,
        published="2020-02-24",
    ),
    # the same page: action taken 'today', told as done: past
    B(
        text="During consideration of this nomination today, Senate also took the following action: By 88 yeas to 1 nay (Vote No. EX. 53), Senate agreed to the motion to close further debate on the nomination.",
        due=None,
        vague=False,
        said="2020-02-24 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DD_24FEB20,
        published="2020-02-24",
    ),
    # the same page: further consideration 'at approximately 10 a.m., on Tuesday, February 25, 2020': 25 February 2020, 10:00 EST
    B(
        text="A unanimous-consent agreement was reached providing for further consideration of the nomination, post-cloture, at approximately 10 a.m., on Tuesday, February 25, 2020.",
        due="2020-02-25 15:00:00",
        vague=False,
        said="2020-02-24 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DD_24FEB20,
        published="2020-02-24",
    ),
    # US House of Representatives, Office of the Majority Leader (Steny Hoyer), 'The Weekly Leader' of Friday 1 May 2009, as archived by the End of Term web archive (the site navigation, the title and address lines, the date line, the garbled box of first and last votes, the telephone line, the day headings, the 'Suspensions' headings and points of the lists without a time word or cut off are not quoted): Monday's sitting times, the latest 'votes postponed until 6:30 p.m.' (CONVENTIONS 6.1): Monday 4 May 2009, 18:30 EDT
    B(
        text="On Monday, the House will meet at 12:30 p.m. for Morning Hour debate and 2:00 p.m. for legislative business with votes postponed until 6:30 p.m.",
        due="2009-05-04 22:30:00",
        vague=False,
        said="2009-05-01 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_HOYER_1MAY09,
        published="2009-05-01",
    ),
    # a point of the list: a holiday naming a resolution: no deadline
    B(
        text="H.Res. 230 - Recognizing the historical significance of the Mexican holiday of Cinco de Mayo (Rep. Baca – Foreign Affairs)",
        due=None,
        vague=False,
        said="2009-05-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_HOYER_1MAY09,
        published="2009-05-01",
    ),
    # the next point: an anniversary naming a resolution: no deadline
    B(
        text="H.Con.Res. 111 - Recognizing the 61st anniversary of the independence of the State of Israel (Rep. Garrett – Foreign Affairs)",
        due=None,
        vague=False,
        said="2009-05-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_HOYER_1MAY09,
        published="2009-05-01",
    ),
    # the next point: a day naming a resolution: no deadline
    B(
        text="H.Con.Res. 103 - Supporting the goals and ideals of Malaria Awareness Day (Rep. Payne – Foreign Affairs)",
        due=None,
        vague=False,
        said="2009-05-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_HOYER_1MAY09,
        published="2009-05-01",
    ),
    # the same page: Tuesday's sitting times, the latest '12:00 p.m.' (CONVENTIONS 6.1): Tuesday 5 May 2009, 12:00 EDT
    B(
        text="On Tuesday, the House will meet at 10:30 a.m. for Morning Hour debate and 12:00 p.m. for legislative business.",
        due="2009-05-05 16:00:00",
        vague=False,
        said="2009-05-01 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_HOYER_1MAY09,
        published="2009-05-01",
    ),
    # the same page: 'On Wednesday and Thursday ... at 10:00 a.m.', the later day: Thursday 7 May 2009, 10:00 EDT
    B(
        text="On Wednesday and Thursday, the House will meet at 10:00 a.m. for legislative business.",
        due="2009-05-07 14:00:00",
        vague=False,
        said="2009-05-01 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_HOYER_1MAY09,
        published="2009-05-01",
    ),
    # the same page: 'On Friday, no votes are expected' (CONVENTIONS 4.1): negated
    B(
        text="On Friday, no votes are expected in the House.",
        due=None,
        vague=False,
        said="2009-05-01 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_HOYER_1MAY09,
        published="2009-05-01",
    ),
    # US House of Representatives, Office of the Majority Leader (Eric Cantor), 'Daily Leader' of Monday 14 March 2011 (the garbled box of meeting and vote times, the 'Suspensions' heading, the points of the list, which hold no time word, and the quote's attribution line are not quoted): a recess 'At 2:00 p.m. ... until approximately 5:00 p.m.', the later time: 14 March 2011, 17:00 EDT
    B(
        text="At 2:00 p.m., following the prayer and pledge, the House is expected to recess until approximately 5:00 p.m.",
        due="2011-03-14 21:00:00",
        vague=False,
        said="2011-03-14 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CANTOR_14MAR11,
        published="2011-03-14",
    ),
    # the same page: 'At that the time', a time this sentence does not give: event; unsure: 14 March 2011, 17:00 EDT (the sentence before)
    B(
        text="At that the time, the house will debate bills listed for consideration under suspension of the Rules.",
        due=None,
        vague=False,
        said="2011-03-14 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CANTOR_14MAR11,
        published="2011-03-14",
    ),
    # the same page: a meeting 'today at 5:00 p.m.': 14 March 2011, 17:00 EDT
    B(
        text="The Rules committee is expected to meet today at 5:00 p.m. to report a Rule for H.J.Res. 48 – Further Continuing Appropriations Amendments Act (Rep. Rogers (KY) – Appropriations).",
        due="2011-03-14 21:00:00",
        vague=False,
        said="2011-03-14 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CANTOR_14MAR11,
        published="2011-03-14",
    ),
    # the daily quote: a 'short-term extension' sets no time for any act: no deadline
    B(
        text='“I am really not warmed over to [another short-term extension], because if you continue to do that you continue to create a lot of uncertainty and unpredictability for the American people."',
        due=None,
        vague=False,
        said="2011-03-14 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CANTOR_14MAR11,
        published="2011-03-14",
    ),
    # US House of Representatives, Office of the Democratic Whip (Steny Hoyer), 'Daily Whip' of Monday 18 March 2013 (the garbled box of meeting and vote times, the 'Suspensions' heading, the points of the list, which hold no time word, and the quote's attribution line are not quoted): a recess 'until approximately 5:00 p.m.' ('one minute speeches' names a kind of speech): 18 March 2013, 17:00 EDT
    B(
        text="** Following one minute speeches, the House is expected to recess until approximately 5:00 p.m.",
        due="2013-03-18 21:00:00",
        vague=False,
        said="2013-03-18 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_WHIP_18MAR13,
        published="2013-03-18",
    ),
    # the same page: 'At that time', a time this sentence does not give: event; unsure: 18 March 2013, 17:00 EDT (the sentence before)
    B(
        text="At that time, the House will reconvene and consider the two bills listed for consideration under suspension of the Rules.",
        due=None,
        vague=False,
        said="2013-03-18 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_WHIP_18MAR13,
        published="2013-03-18",
    ),
    # the same page: votes 'postponed until 6:30 p.m.', the time they are taken: 18 March 2013, 18:30 EDT
    B(
        text="Any recorded votes requested will be postponed until 6:30 p.m.",
        due="2013-03-18 22:30:00",
        vague=False,
        said="2013-03-18 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_WHIP_18MAR13,
        published="2013-03-18",
    ),
    # the same page: the schedule 'for Tuesday, March 19', the House to meet 'at 12:00 p.m.': 19 March 2013, 12:00 EDT
    B(
        text="The GOP Leadership has announced the following schedule for Tuesday, March 19: The House will meet at 12:00 p.m. for legislative business.",
        due="2013-03-19 16:00:00",
        vague=False,
        said="2013-03-18 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_WHIP_18MAR13,
        published="2013-03-18",
    ),
    # the same page: a fiscal year naming a budget resolution, the start of its consideration not dated here: no deadline; unsure: 19 March 2013 (the day the sentence before gives)
    B(
        text="The House is expected to begin consideration of H.Con.Res. 25 – Concurrent Resolution on the Budget for Fiscal Year 2014 (Rep. Ryan (WI) – Budget) (Subject to a Rule).",
        due=None,
        vague=False,
        said="2013-03-18 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_WHIP_18MAR13,
        published="2013-03-18",
    ),
    # US House of Representatives, Office of the Majority Leader (Eric Cantor), floor schedule for the week of 17 December 2012, as posted on Fox News's 'Gretawire' blog (Thursday 13 December 2012; the blog's heading and lines, the 'Courtesy of the Majority Leader' line and the producer's signature are not quoted; the weekdays are those of the week the schedule is for, and the comment names the other reading where the weekday's next occurrence differs): Monday's sitting times, the later '2:00 p.m.': Monday 17 December 2012, 14:00 EST
    B(
        text="On Monday, the House will meet at noon for morning hour and 2:00 p.m. for legislative business.",
        due="2012-12-17 19:00:00",
        vague=False,
        said="2012-12-13 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CANTOR_13DEC12,
        published="2012-12-13",
    ),
    # the same page: a lone clock time whose day the sentence before gives: event; unsure: Monday 17 December 2012, 18:30 EST
    B(
        text="Votes will be postponed to 6:30 p.m.",
        due=None,
        vague=False,
        said="2012-12-13 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CANTOR_13DEC12,
        published="2012-12-13",
    ),
    # the same page: 'On Tuesday, Wednesday, and Thursday ... noon', the last day and the later time: Thursday 20 December 2012, 12:00 EST; unsure: Thursday 13 December 2012 (the next Thursday from the day of posting)
    B(
        text="On Tuesday, Wednesday, and Thursday, the House will meet at 10:00 a.m. for morning hour and noon for legislative business.",
        due="2012-12-20 17:00:00",
        vague=False,
        said="2012-12-13 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CANTOR_13DEC12,
        published="2012-12-13",
    ),
    # the same page: 'On Friday ... at 9:00 a.m.' of the week the schedule is for: Friday 21 December 2012, 09:00 EST; unsure: Friday 14 December 2012 (the next Friday from the day of posting)
    B(
        text="On Friday, the House will meet at 9:00 a.m. for legislative business.",
        due="2012-12-21 14:00:00",
        vague=False,
        said="2012-12-13 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CANTOR_13DEC12,
        published="2012-12-13",
    ),
    # the same page: a weekend session only 'possible' (CONVENTIONS 4.2), last votes 'not yet known': no deadline
    B(
        text="Due to the ongoing negotiations regarding the fiscal cliff, a weekend session is possible, and therefore last votes for the week are not yet known.",
        due=None,
        vague=False,
        said="2012-12-13 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CANTOR_13DEC12,
        published="2012-12-13",
    ),
    # the same page: a list to be announced 'by the close of business Friday', said on a Thursday: Friday 14 December 2012, 17:00 EST; unsure: no deadline (the time sits in a relative clause; the bills' consideration, next week, has no day)
    B(
        text="The House will consider a number of bills under suspension of the rules, a complete list of which will be announced by the close of business Friday.",
        due="2012-12-14 22:00:00",
        vague=False,
        said="2012-12-13 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CANTOR_13DEC12,
        published="2012-12-13",
    ),
    # the same page: a fiscal year naming an Act, provisions 'expiring' and 'possible': no deadline; unsure: Sunday 23 December 2012 (the end of the week the schedule is for)
    B(
        text="Additionally, we expect to consider a conference report for the National Defense Authorization Act for Fiscal Year 2013, and a number of other expiring provisions of law are also possible.",
        due=None,
        vague=False,
        said="2012-12-13 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CANTOR_13DEC12,
        published="2012-12-13",
    ),
    # the same page: 'last week and the week before' gone, and no adjournment 'until action has been taken', an undated event: event
    B(
        text="As was announced last week and the week before, the House will not adjourn the 112th Congress until action has been taken to avert the fiscal cliff.",
        due=None,
        vague=False,
        said="2012-12-13 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CANTOR_13DEC12,
        published="2012-12-13",
    ),
    # US Nuclear Regulatory Commission, proposed rule: extension of comment period, FR Doc. 01-12338 (Federal Register of Wednesday 16 May 2001), as reproduced on self-law.org (the site's notice, the agency, action and citation lines and the headings are not quoted): a rule published 'On April 16, 2001': past
    B(
        text="On April 16, 2001 (66 FR 19610), the Nuclear Regulatory Commission (NRC) published for public comment a proposed rule amending its rules of practice to make the NRC's hearing process more effective and efficient.",
        due=None,
        vague=False,
        said="2001-05-16 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NRC_16MAY01,
        published="2001-05-16",
    ),
    # the same page: extensions of '90 and 120 day' requested, told as done: past
    B(
        text="Jonathan M. Block and the Nuclear Information and Resource Service (NIRS) requested a 90 and 120 day extension, respectively, to the public comment period.",
        due=None,
        vague=False,
        said="2001-05-16 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NRC_16MAY01,
        published="2001-05-16",
    ),
    # the same page: a meeting 'held on October 26-27, 1999' and a notice of 'April 16, 2001': past
    B(
        text="Their requests were based on the fact that the transcripts of a public meeting on NRC Hearing Processes which was held on October 26-27, 1999, had not been placed in the NRC Public Document Room (PDR) as was indicated in the April 16, 2001 Federal Register notice for the proposed rule, nor otherwise made available for electronic downloading on the NRC Web page or through ADAMS.",
        due=None,
        vague=False,
        said="2001-05-16 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NRC_16MAY01,
        published="2001-05-16",
    ),
    # the same page: transcripts placed 'on April 26, 2001, and subsequently': past
    B(
        text="The Commission placed the transcripts in the PDR on April 26, 2001, and subsequently placed the transcripts on the NRC's Web page ( ) and in ADAMS (Accession Nos. ML011160507, ML011160525).",
        due=None,
        vague=False,
        said="2001-05-16 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NRC_16MAY01,
        published="2001-05-16",
    ),
    # the same page: a period 'extended ... from the original July 16, 2001 deadline to September 14, 2001', the old date replaced (CONVENTIONS 4.1): 14 September 2001, end of day EDT
    B(
        text="In view of the 10-day delay in placing the transcripts in the PDR and in the interest of obtaining public comment from the broadest range of stakeholders, the comment period on the proposed rule is being extended for an additional 60 days from the original July 16, 2001 deadline to September 14, 2001.",
        due="2001-09-15 03:59:59",
        vague=False,
        said="2001-05-16 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NRC_16MAY01,
        published="2001-05-16",
    ),
    # the same page: a period that 'now expires on September 14, 2001': 14 September 2001, end of day EDT
    B(
        text="The comment period has been extended and now expires on September 14, 2001.",
        due="2001-09-15 03:59:59",
        vague=False,
        said="2001-05-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NRC_16MAY01,
        published="2001-05-16",
    ),
    # the same page: 'after this date' and 'before this date', a date this sentence does not give: event; unsure: 14 September 2001, end of day EDT (the sentence before)
    B(
        text="Comments received after this date will be considered if it is practical to do so, but the Commission is able to ensure consideration only for comments received before this date.",
        due=None,
        vague=False,
        said="2001-05-16 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NRC_16MAY01,
        published="2001-05-16",
    ),
    # US Department of State, US Embassy in France, 'Security Message for U.S. Citizens: Paris (France), Planned Demonstration', as reposted on liberiawire.com from OSAC (undated; read at Friday 22 July 2016, and every label holds for any day from 17 to 23 July 2016; the heading and the source line are not quoted): a protest 'expected on Saturday, July 23, 2016': 23 July 2016, end of day CEST
    B(
        text="The U.S. Embassy in France informs U.S. citizens that a protest against police violence in the United States is expected on Saturday, July 23, 2016.",
        due="2016-07-23 21:59:59",
        vague=False,
        said="2016-07-22 08:00:00",
        tz="Europe/Paris",
        cluster=6,
        source=_EMB_PARIS_JUL16,
        published="2016-07-22",
    ),
    # the same page: a march 'from 14h00 to 19h00', its day given only by the sentence before: event; unsure: 23 July 2016, 19:00 CEST
    B(
        text="The demonstration includes a march that will travel from la Fontaine des Innocents in the 1st arrondissement to Place de la Concorde in the 8th arrondissement from 14h00 to 19h00.",
        due=None,
        vague=False,
        said="2016-07-22 08:00:00",
        tz="Europe/Paris",
        refusal="event",
        cluster=5,
        source=_EMB_PARIS_JUL16,
        published="2016-07-22",
    ),
    # the same page: 'during that time', a time this sentence does not give: event; unsure: 23 July 2016, 19:00 CEST
    B(
        text="U.S. citizens should avoid this area during that time.",
        due=None,
        vague=False,
        said="2016-07-22 08:00:00",
        tz="Europe/Paris",
        refusal="event",
        cluster=5,
        source=_EMB_PARIS_JUL16,
        published="2016-07-22",
    ),
    # European Parliament, press release 'EP Today', as reposted on government-world.com (undated; read at Thursday 25 March 2021, the day of the summit address and of the votes it announces; the clock times hold for that day; the heading, the notes on coverage, newsletter and plenary information, the bold item headings, the 'See more info here' line, the telephone numbers, the 'In brief' heading and title, and an item cut off by the end of the opening are not quoted): an address 'at 13.00' on the day of the bulletin: 25 March 2021, 13:00 CET
    B(
        text="EP President David Sassoli will address heads of state or government at the EU summit at 13.00, where he will deliver Parliament’s position on the EU’s coordinated response to the COVID-19 pandemic, on EU-US relations, Turkey, the single market and digital transformation.",
        due="2021-03-25 12:00:00",
        vague=False,
        said="2021-03-25 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EP_TODAY_25MAR21,
        published="2021-03-25",
    ),
    # the same page: a press conference 'at 14.30': 25 March 2021, 14:30 CET
    B(
        text="A press conference is scheduled at 14.30.",
        due="2021-03-25 13:30:00",
        vague=False,
        said="2021-03-25 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EP_TODAY_25MAR21,
        published="2021-03-25",
    ),
    # the same page: a decision 'At 11.00'; 'before the summer' is the aim of the adoption, not of the decision: 25 March 2021, 11:00 CET; unsure: 31 May 2021, end of day CEST ('before the summer', CONVENTIONS 3.5)
    B(
        text="At 11.00, MEPs will decide whether to accelerate the approval of the Digital Green Certificate under the Parliament’s urgent procedure, to facilitate its adoption before the summer.",
        due="2021-03-25 10:00:00",
        vague=False,
        said="2021-03-25 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EP_TODAY_25MAR21,
        published="2021-03-25",
    ),
    # the same page: a result 'announced at 14.30': 25 March 2021, 14:30 CET
    B(
        text="The result of the vote will be announced at 14.30.",
        due="2021-03-25 13:30:00",
        vague=False,
        said="2021-03-25 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EP_TODAY_25MAR21,
        published="2021-03-25",
    ),
    # the same page: a result 'announced at 19.00' (the page gives no full stop): 25 March 2021, 19:00 CET
    B(
        text="The result of the vote will be announced at 19.00",
        due="2021-03-25 18:00:00",
        vague=False,
        said="2021-03-25 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EP_TODAY_25MAR21,
        published="2021-03-25",
    ),
    # the same page: a debate 'from around 9.30', a one-off event at its start (CONVENTIONS 3.1): 25 March 2021, 09:30 CET; unsure: earliest (only the start of the debate)
    B(
        text="The EU should tap into increasing volumes of data as a source of growth and innovation, according to a report on a “European Strategy for data” to be debated from around 9.30.",
        due="2021-03-25 08:30:00",
        vague=False,
        said="2021-03-25 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EP_TODAY_25MAR21,
        published="2021-03-25",
    ),
    # the same page: a vote placed 'two years after' a regulation took effect, a span from a past anchor; the vote itself has no time here: no deadline; unsure: past
    B(
        text="Parliament will also discuss and vote on the implementation of the General Data Protection Regulation (GDPR), two years after it has taken effect.",
        due=None,
        vague=False,
        said="2021-03-25 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EP_TODAY_25MAR21,
        published="2021-03-25",
    ),
    # European Parliament, press release 'EP Today', as reposted on government-world.com (undated; read at Thursday 17 December 2020, the day after the plenary vote on the resolution on the Multiannual Financial Framework that it calls 'yesterday's vote'; the clock times hold for that day; the heading, the notes on coverage, newsletter and plenary information, the bold item headings, the names, telephone numbers and account names, the 'In brief' heading and title, and an item cut off by the end of the opening are not quoted): a result announced 'At 8:45' of 'yesterday's vote': 17 December 2020, 08:45 CET
    B(
        text="At 8:45, the result from yesterday’s vote on the resolution on the Multiannual Financial Framework, Rule of Law Conditionality and Own Resources will be announced.",
        due="2020-12-17 07:45:00",
        vague=False,
        said="2020-12-17 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EP_TODAY_17DEC20,
        published="2020-12-17",
    ),
    # the same page: a debate 'starting at 8:45', a one-off event at its start (CONVENTIONS 3.1): 17 December 2020, 08:45 CET
    B(
        text="In a debate starting at 8:45, MEPs will give their input on a new strategy on adapting to climate change.",
        due="2020-12-17 07:45:00",
        vague=False,
        said="2020-12-17 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EP_TODAY_17DEC20,
        published="2020-12-17",
    ),
    # the same page: a strategy 'expected from the Commission in 2021': 31 December 2021, end of day CET
    B(
        text="It is part of the European Green Deal and is expected from the Commission in 2021.",
        due="2021-12-31 22:59:59",
        vague=False,
        said="2020-12-17 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EP_TODAY_17DEC20,
        published="2020-12-17",
    ),
    # the same page: a vote 'at 13.45 (result announced at 16.30)', the later time (CONVENTIONS 6.1): 17 December 2020, 16:30 CET; unsure: 13:45 (the vote on the resolution itself)
    B(
        text="In a resolution put to the vote at 13.45 (result announced at 16.30), they are set to call for renewed focus on adaptation, to minimise the adverse impact of climate change, for climate-proofed infrastructure to receive EU funding and for protecting the human rights of populations threatened by climate change.",
        due="2020-12-17 15:30:00",
        vague=False,
        said="2020-12-17 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EP_TODAY_17DEC20,
        published="2020-12-17",
    ),
    # the same page: debates 'from around 10:00', a one-off event at its start (CONVENTIONS 3.1); '2012 Sakharov Prize' names a prize: 17 December 2020, 10:00 CET; unsure: earliest (only the start of the debates)
    B(
        text="Parliament will hold urgent debates, from around 10:00, on the following human rights, democracy and rule of law topics: the deteriorating situation of human rights in Egypt, in particular the case of the activists of the Egyptian Initiative for Personal Rights (EIPR); forced labour and the situation of the Uyghurs in the Xinjiang Uyghur Autonomous Region; Iran, in particular the case of 2012 Sakharov Prize laureate Nasrin Sotoudeh.",
        due="2020-12-17 09:00:00",
        vague=False,
        said="2020-12-17 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EP_TODAY_17DEC20,
        published="2020-12-17",
    ),
    # the same page: a vote 'at 13.45' and results 'at 16.30', the later time (CONVENTIONS 6.1): 17 December 2020, 16:30 CET
    B(
        text="The resolution will be put to the vote at 13.45; results will be announced at 16.30.",
        due="2020-12-17 15:30:00",
        vague=False,
        said="2020-12-17 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EP_TODAY_17DEC20,
        published="2020-12-17",
    ),
    # Australian Government, Attorney-General's Department, consultation hub page 'We asked, you said, we did' (undated; read at Monday 1 July 2024, and every label holds for any day from 2024 on; the headings, the lists of submissions and of issues raised, and the sentences of the two openings without a time word are not quoted): issues 'recently consulted on': past
    B(
        text="Here are some issues we recently consulted on and their outcomes.",
        due=None,
        vague=False,
        said="2024-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_AGD_WEASKED,
        published="2024-07-01",
    ),
    # the same page: a paper released 'in November 2023': past
    B(
        text="We released a consultation paper in November 2023 seeking views on what reforms are needed to the Public Interest Disclosure Act 2013 (Cth) (the PID Act) and related measures to ensure the public sector whistleblowing framework remains fit for purpose and accessible for public officials to report wrongdoing.",
        due=None,
        vague=False,
        said="2024-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_AGD_WEASKED,
        published="2024-07-01",
    ),
    # the same page: a first stage 'in 2023', 'immediate' improvements told as delivered: past
    B(
        text="It follows on from a first stage of reforms in 2023 to deliver priority amendments to the PID Act to make immediate improvements to the public sector whistleblowing framework, ahead of the commencement of the National Anti-Corruption Commission.",
        due=None,
        vague=False,
        said="2024-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_AGD_WEASKED,
        published="2024-07-01",
    ),
    # the same page: submissions sought 'In July 2023': past
    B(
        text="In July 2023, we sought public submissions for a proposal to amend the Statutory Declarations Act 1959 and the Statutory Declarations Regulations 2018 to introduce new ways of executing Commonwealth statutory declarations.",
        due=None,
        vague=False,
        said="2024-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_AGD_WEASKED,
        published="2024-07-01",
    ),
    # the same page: 'temporary measures' that 'have worked', views reported: no time for any act: no deadline
    B(
        text="Stakeholders generally noted that electronic execution can save individuals and small businesses time and money, that the temporary measures have worked effectively, and that the COVID temporary measures should be retained.",
        due=None,
        vague=False,
        said="2024-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_AGD_WEASKED,
        published="2024-07-01",
    ),
    # the same page: a bill introduced 'on 7 September 2023': past
    B(
        text="The Attorney-General introduced the Statutory Declarations Amendment Bill 2023 into the House of Representatives on 7 September 2023.",
        due=None,
        vague=False,
        said="2024-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_AGD_WEASKED,
        published="2024-07-01",
    ),
    # US Federal Energy Regulatory Commission, policy statement 'Enforcement of Statutes, Orders, Rules, and Regulations', FR Doc. 2024-03609 (Federal Register of Monday 26 February 2024), as reproduced on federal.elaws.us (the headings, the agency and action lines, the contact lines, the sentences without a time word and a paragraph cut off by the end of the opening are not quoted): 'When ... staff receives' an offer, a standing procedure ('as is the case now') (CONVENTIONS 1.3): recurring; unsure: event (hung on an undated offer)
    B(
        text="When Office of Enforcement staff receives a viable offer of settlement from the subject of an investigation, it will present that offer to the Commission for voting, as is the case now.",
        due=None,
        vague=False,
        said="2024-02-26 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FERC_26FEB24,
        published="2024-02-26",
    ),
    # the same page: 'While' and 'ultimately' set no time for any act: no deadline
    B(
        text="While the new process grants Office of Enforcement staff new discretion to commence settlement negotiations, it does not change the fact that it is the Commission that ultimately determines whether any proposed settlement of an investigation is in the public interest.",
        due=None,
        vague=False,
        said="2024-02-26 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FERC_26FEB24,
        published="2024-02-26",
    ),
    # the same page: a statement 'effective February 26, 2024', the day of publication (CONVENTIONS 3.1): 26 February 2024, end of day EST
    B(
        text="This policy statement is effective February 26, 2024.",
        due="2024-02-27 04:59:59",
        vague=False,
        said="2024-02-26 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FERC_26FEB24,
        published="2024-02-26",
    ),
    # the same page: '(Issued February 15, 2024)', a date gone: past
    B(
        text="(Issued February 15, 2024)",
        due=None,
        vague=False,
        said="2024-02-26 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FERC_26FEB24,
        published="2024-02-26",
    ),
    # US Department of State, Bureau of Diplomatic Security, OSAC page of the US Embassy in Guatemala City's 'Demonstration Alert: Expect Heavy Traffic for Guatemalan Independence Day Celebrations' (Wednesday 13 September 2023; the site heading, the note that OSAC issues no alerts, the title, the date and location lines and the assistance and contact lines are not quoted): heavy traffic 'On Thursday, September 14, 2023, and Friday, September 15, 2023', the later day (CONVENTIONS 6.1): 15 September 2023, end of day CST
    B(
        text="On Thursday, September 14, 2023, and Friday, September 15, 2023, please expect heavy traffic on all roads throughout Guatemala due to Independence Day celebrations and activities.",
        due="2023-09-16 05:59:59",
        vague=False,
        said="2023-09-13 16:00:00",
        tz="America/Guatemala",
        cluster=3,
        source=_OSAC_GT_13SEP23,
        published="2023-09-13",
    ),
    # the same page: torch runs 'On Thursday, September 14, 2023': 14 September 2023, end of day CST
    B(
        text="On Thursday, September 14, 2023, there will be torch runs in Guatemala City and throughout the country.",
        due="2023-09-15 05:59:59",
        vague=False,
        said="2023-09-13 16:00:00",
        tz="America/Guatemala",
        cluster=6,
        source=_OSAC_GT_13SEP23,
        published="2023-09-13",
    ),
    # the same page: runs that 'generally will start from 8:00 a.m.', a lone clock time whose day the sentence before gives: event; unsure: earliest 14 September 2023, 08:00 CST
    B(
        text="In Guatemala City, these runs generally will start from 8:00 a.m. and originate from the Obelisco in Zone 10 with thousands of spectators in attendance.",
        due=None,
        vague=False,
        said="2023-09-13 16:00:00",
        tz="America/Guatemala",
        refusal="event",
        cluster=5,
        source=_OSAC_GT_13SEP23,
        published="2023-09-13",
    ),
    # the same page: traffic to increase 'after midday' of a day this sentence does not give (the page runs it into the next sentence without a space; the two are taken apart): event; unsure: earliest 14 September 2023, 12:00 CST
    B(
        text="Traffic should significantly increase after midday.",
        due=None,
        vague=False,
        said="2023-09-13 16:00:00",
        tz="America/Guatemala",
        refusal="event",
        cluster=5,
        source=_OSAC_GT_13SEP23,
        published="2023-09-13",
    ),
    # the same page: a parade 'On Friday, September 15, 2023': 15 September 2023, end of day CST
    B(
        text="On Friday, September 15, 2023, there will be a parade beginning at the National Palace in Zone 1 and ending at the soccer stadium in Zone 5.",
        due="2023-09-16 05:59:59",
        vague=False,
        said="2023-09-13 16:00:00",
        tz="America/Guatemala",
        cluster=6,
        source=_OSAC_GT_13SEP23,
        published="2023-09-13",
    ),
    # the same page: 'As always', 'timing' and 'duration' set no time for any act: no deadline
    B(
        text="As always, the timing, size, and duration of these activities can change.",
        due=None,
        vague=False,
        said="2023-09-13 16:00:00",
        tz="America/Guatemala",
        cluster=1,
        source=_OSAC_GT_13SEP23,
        published="2023-09-13",
    ),
    # the same page: 'quickly' sets no time for any act: no deadline
    B(
        text="The celebrations can grow quickly in size and move from one location to another, thus potentially disrupting or impeding movement.",
        due=None,
        vague=False,
        said="2023-09-13 16:00:00",
        tz="America/Guatemala",
        cluster=1,
        source=_OSAC_GT_13SEP23,
        published="2023-09-13",
    ),
    # US Department of State, 'Seychelles Travel Alert', as reposted on internacionaltraveler.com's 'Travel Warning' tag page (undated; read at Tuesday 1 December 2015, and every label holds for any day from then to 15 December 2015; the site and tag headings, the post title, the lines on further information and enrolment, the consular agency's address and email line and a line cut off by the end of the opening are not quoted): an election 'scheduled to take place December 16 -18', the later end (CONVENTIONS 6.1): 18 December 2015, end of day EST
    B(
        text="The U.S. Department of State alerts U.S. citizens residing in or traveling to Seychelles of the upcoming Presidential election scheduled to take place December 16 -18.",
        due="2015-12-19 04:59:59",
        vague=False,
        said="2015-12-01 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_STATE_SEYCHELLES_DEC15,
        published="2015-12-01",
    ),
    # the same page: 'during the election season', a season this sentence does not date: event; unsure: 18 December 2015, end of day EST (the sentence before)
    B(
        text="U.S. citizens are advised to avoid political rallies and demonstrations during the election season.",
        due=None,
        vague=False,
        said="2015-12-01 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_STATE_SEYCHELLES_DEC15,
        published="2015-12-01",
    ),
    # the same page: an alert that 'expires on January 15, 2016': 15 January 2016, end of day EST
    B(
        text="This Travel Alert expires on January 15, 2016.",
        due="2016-01-16 04:59:59",
        vague=False,
        said="2015-12-01 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_STATE_SEYCHELLES_DEC15,
        published="2015-12-01",
    ),
    # the same page: 'leading up to the election', a span before an event this sentence does not date: event; unsure: 18 December 2015, end of day EST
    B(
        text="Numerous public rallies and high-profile political events are expected to take place leading up to the election.",
        due=None,
        vague=False,
        said="2015-12-01 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_STATE_SEYCHELLES_DEC15,
        published="2015-12-01",
    ),
    # the same page: 'throughout the period', a period this sentence does not date: event
    B(
        text="These activities will lead to increased pedestrian and vehicular traffic throughout the period.",
        due=None,
        vague=False,
        said="2015-12-01 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_STATE_SEYCHELLES_DEC15,
        published="2015-12-01",
    ),
    # the same page: 'Previous elections' gone by, and 'quickly' on what may happen: past
    B(
        text="Previous elections in Seychelles have generally been peaceful; however, even peaceful demonstrations can quickly turn violent with little or no warning.",
        due=None,
        vague=False,
        said="2015-12-01 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_SEYCHELLES_DEC15,
        published="2015-12-01",
    ),
    # the same page: office hours on weekdays 'from 8:30 to 12:30', a standing schedule (CONVENTIONS 1.3): recurring
    B(
        text="The Agency is open on Tuesday, Wednesday, and Thursday from 8:30 to 12:30.",
        due=None,
        vague=False,
        said="2015-12-01 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_STATE_SEYCHELLES_DEC15,
        published="2015-12-01",
    ),
    # the same page: 'In an after-hours emergency' sets no time for any act: no deadline
    B(
        text="In an after-hours emergency, please call (230) 5253-3641 for the U.S. Embassy duty officer in Port Louis or (248) 251 52 56 for the Seychelles consular agent.",
        due=None,
        vague=False,
        said="2015-12-01 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_SEYCHELLES_DEC15,
        published="2015-12-01",
    ),
    # US Department of State, travel alert 'South Pacific Tropical Cyclone Season – 2014 – 2015', as reposted on the Pick Your City travel blog (undated; read at Friday 31 October 2014, and every label holds for any day from then to 30 April 2015; the blog's heading and tagline, the post title, the sentences without a time word and a sentence cut off by the end of the opening are not quoted): 'the ongoing threat' sets no time for any act: no deadline
    B(
        text="The Department of State alerts U.S. citizens residing in or traveling to the South Pacific region about the ongoing threat of tropical cyclones affecting the area.",
        due=None,
        vague=False,
        said="2014-10-31 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_SPACIFIC_2014,
        published="2014-10-31",
    ),
    # the same page: a season that 'begins on November 1, 2014, and ends April 30, 2015', its end (CONVENTIONS 6.1); 'throughout the year' on what may happen: 30 April 2015, end of day EDT
    B(
        text="While tropical cyclones in the South Pacific may occur throughout the year, the current South Pacific Tropical Cyclone Season begins on November 1, 2014, and ends April 30, 2015.",
        due="2015-05-01 03:59:59",
        vague=False,
        said="2014-10-31 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_STATE_SPACIFIC_2014,
        published="2014-10-31",
    ),
    # the same page: an alert that 'expires on April 30, 2015': 30 April 2015, end of day EDT
    B(
        text="This Travel Alert expires on April 30, 2015.",
        due="2015-05-01 03:59:59",
        vague=False,
        said="2014-10-31 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_STATE_SPACIFIC_2014,
        published="2014-10-31",
    ),
    # the same page: 'During and after some previous storms', 'for several days', told as done: past
    B(
        text="During and after some previous storms, U.S. citizens traveling abroad encountered dangerous and often uncomfortable conditions that lasted for several days while they awaited transportation to the United States.",
        due=None,
        vague=False,
        said="2014-10-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_SPACIFIC_2014,
        published="2014-10-31",
    ),
    # the same page: 'In the past': past
    B(
        text="In the past, many U.S. citizens were forced to delay travel (including return travel to the United States) due to infrastructure damage to airports and limited flight availability.",
        due=None,
        vague=False,
        said="2014-10-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_SPACIFIC_2014,
        published="2014-10-31",
    ),
    # the same page: 'in the aftermath of natural disasters', reports that 'have occurred': past
    B(
        text="Reports of looting and sporadic violence in the aftermath of natural disasters have occurred.",
        due=None,
        vague=False,
        said="2014-10-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_SPACIFIC_2014,
        published="2014-10-31",
    ),
    # US Department of State, 'Ethiopia Travel Alert', as reposted on tripinsurance.com's page of State Department travel alerts (posted Friday 19 August 2016; the site's introduction and list, the update and posting lines, the sentences without a time word and the Laos alert below it, cut off by the end of the opening, are not quoted): an alert that 'expires on February 18, 2017': 18 February 2017, end of day EST
    B(
        text="This Travel Alert expires on February 18, 2017.",
        due="2017-02-19 04:59:59",
        vague=False,
        said="2016-08-19 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_STATE_ETHIOPIA_19AUG16,
        published="2016-08-19",
    ),
    # the same page: protests 'Since November 2015' that 'have resulted': past
    B(
        text="Since November 2015, anti-government protests, mainly in the regional states of Amhara and Oromia, have resulted in violent clashes between demonstrators and government security forces.",
        due=None,
        vague=False,
        said="2016-08-19 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_ETHIOPIA_19AUG16,
        published="2016-08-19",
    ),
    # the same page: service cut 'sporadically' and 'prior to and during some of the protests', told as done: past
    B(
        text="Internet, cellular data, and phone service have been sporadically restricted or completely cut off prior to and during some of the protests, impeding the U.S. Embassy's ability to communicate with U.S. citizens.",
        due=None,
        vague=False,
        said="2016-08-19 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_ETHIOPIA_19AUG16,
        published="2016-08-19",
    ),
    # the same page: 'continuously' sets no time for any act: no deadline
    B(
        text="U.S. citizens in Ethiopia should increase their level of situational awareness, continuously assess their surroundings, evaluate their personal level of safety, and avoid demonstrations and large gatherings.",
        due=None,
        vague=False,
        said="2016-08-19 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_ETHIOPIA_19AUG16,
        published="2016-08-19",
    ),
    # US Department of Commerce, Patent and Trademark Office, 'H.R. 4818 - Advance Notice Regarding Changes to Patent Fees' (Thursday 2 December 2004; the heading and subhead, the date line, the contact paragraph and a sentence cut off by the end of the opening are not quoted; the 'SUMMARY:' and 'SUPPLEMENTARY INFORMATION:' labels stay as the page has them): fees revised 'during fiscal years 2005 and 2006' 'If enacted', hung on an undated enactment: event; unsure: 30 September 2006, end of day EDT (the end of fiscal year 2006)
    B(
        text="SUMMARY: If enacted in its present form, the Consolidated Appropriations Act, 2005 (Consolidated Appropriations Act), will revise patent fees in general, including maintenance fees, and will provide for a search fee and examination fee that are separate from the filing fee, during fiscal years 2005 and 2006.",
        due=None,
        vague=False,
        said="2004-12-02 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USPTO_2DEC04,
        published="2004-12-02",
    ),
    # the same page: 'advance notice' sets no time for any act: no deadline
    B(
        text="This notice provides advance notice to the public of the changes to patent fees in the Consolidated Appropriations Act.",
        due=None,
        vague=False,
        said="2004-12-02 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USPTO_2DEC04,
        published="2004-12-02",
    ),
    # the same page: 'the effective date' of an Act not yet signed and paying 'early': event
    B(
        text="In particular, with respect to maintenance fees, this notice advises the public to remain vigilant as to the effective date of the Consolidated Appropriations Act and to consider paying maintenance fees early or taking other appropriate steps to ensure that their patents remain in force.",
        due=None,
        vague=False,
        said="2004-12-02 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USPTO_2DEC04,
        published="2004-12-02",
    ),
    # the same page: fees revised 'upon enactment', an undated event ('2005' names the Act): event
    B(
        text="SUPPLEMENTARY INFORMATION: H.R. 4818, the Consolidated Appropriations Act, 2005 (Consolidated Appropriations Act) would, upon enactment, revise certain patent application and maintenance fees; provide separate fees for a basic filing fee, a search fee, and an examination fee; and require an additional fee for any patent application whose specification and drawings exceed 100 sheets of paper (application size fee).",
        due=None,
        vague=False,
        said="2004-12-02 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USPTO_2DEC04,
        published="2004-12-02",
    ),
    # the same page: fees effective 'on the date the President signs' the Act, an undated event: event
    B(
        text="The new patent fees become effective on the date the President signs the Consolidated Appropriations Act.",
        due=None,
        vague=False,
        said="2004-12-02 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USPTO_2DEC04,
        published="2004-12-02",
    ),
    # the same page: fees that 'will remain in effect during the remainder of fiscal year 2005 and during fiscal year 2006', kept to the later end (CONVENTIONS 3.3 and 6.1): 30 September 2006, end of day EDT
    B(
        text="The fees will remain in effect during the remainder of fiscal year 2005 and during fiscal year 2006.",
        due="2006-10-01 03:59:59",
        vague=False,
        said="2004-12-02 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USPTO_2DEC04,
        published="2004-12-02",
    ),
    # the same page: an Act expected 'to be signed by the President in December', the month's next occurrence: 31 December 2004, end of day EST
    B(
        text="The USPTO expects the Consolidated Appropriations Act to be signed by the President in December.",
        due="2005-01-01 04:59:59",
        vague=False,
        said="2004-12-02 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USPTO_2DEC04,
        published="2004-12-02",
    ),
    # US Federal Deposit Insurance Corporation, testimony before a Senate committee (Wednesday 20 June 2001, 10:00 a.m., the time the page gives, taken as the moment of speaking; the opening addresses 'Mr. Chairman, Senator Gramm and Members of the Committee' and does not name the witness; the site navigation, the time and date line, the sentences without a time word and a sentence cut off by the end of the opening are not quoted): 'in the future' sets no time for any act: no deadline
    B(
        text="However, we are seeing signs of stress that indicate that this continued strong performance will be more difficult to maintain in the future.",
        due=None,
        vague=False,
        said="2001-06-20 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FDIC_20JUN01,
        published="2001-06-20",
    ),
    # the same page: 'I will highlight ... in my testimony today', the act on the day of speaking (CONVENTIONS 2.1): 20 June 2001, end of day EDT
    B(
        text="I will highlight three of these warning signs in my testimony today-subprime lending, vulnerabilities in the agricultural sector and funding and liquidity challenges.",
        due="2001-06-21 03:59:59",
        vague=False,
        said="2001-06-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FDIC_20JUN01,
        published="2001-06-20",
    ),
    # the same page: 'today' on the message left and 'now' on the best time for a debate set no time for any act: no deadline; unsure: 20 June 2001, end of day EDT (CONVENTIONS 2.1, the message left today)
    B(
        text="Perhaps the most important message that I will leave with you today is that there are flaws in the current deposit insurance system and the best time for constructive debate on changes to deposit insurance is now, during a period of financial health for the banking and thrift industries, rather than in the charged atmosphere of a crisis.",
        due=None,
        vague=False,
        said="2001-06-20 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FDIC_20JUN01,
        published="2001-06-20",
    ),
    # the same page: 'Today' on a present state: no deadline
    B(
        text="Today, depository institutions are strong and profitable.",
        due=None,
        vague=False,
        said="2001-06-20 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FDIC_20JUN01,
        published="2001-06-20",
    ),
    # the same page: 'another decade' in what should not be assumed: no deadline
    B(
        text="We should not, however, assume that these good times will last another decade.",
        due=None,
        vague=False,
        said="2001-06-20 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FDIC_20JUN01,
        published="2001-06-20",
    ),
    # the same page: 'this most opportune moment' sets no time for the reform urged: no deadline
    B(
        text="I urge this Committee to take advantage of this most opportune moment and to move forward on reform to ensure that the strength and stability of our deposit insurance system remains unquestioned.",
        due=None,
        vague=False,
        said="2001-06-20 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FDIC_20JUN01,
        published="2001-06-20",
    ),
)
