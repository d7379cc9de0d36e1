"""A THIRTY-SEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 13:10 by the machine's clock, by a
labelling helper (branch issue12l3-s23) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py`, and the parser package's
docstring only (for the parts of the day, the vague windows, the meteorological seasons, the
thirds of a season and "a date without a year is its next occurrence"); nothing else of
`bot/core/deadlines/` was opened. The brief allowed any publisher but no one above a third of
the cases, at least eight publishers and several genres, and barred the publishers and series
used heavily by the earlier sets: the US Federal Trade Commission (an event page and releases,
two as reposted), the US Federal Communications Commission (two blog posts), the US Small
Business Administration (two releases, one as posted by a county), the US National
Transportation Safety Board (an archived events page and a media advisory as reposted), the US
Department of Labor (two OSHA releases, one as reposted), the US Department of State (two
travel statements, one as reposted), the Australian Government (a minister's release and a
department's newsletter) and GOV.UK (a press release and a news story, both as reposted). As
in the twenty-seventh to thirty-sixth sets, every sentence quoted holds a time word of some
kind (a date, a clock time, a day word, a period, a span, a year in a name, "now", "current",
"recent", "previously", "regularly", "occasionally", "periodically", "future", "latest",
"deadline", "delay", "schedule", "before", "after", "then", "while", "since"); the sentences of
the pages read that hold none were skipped, as were bare headings, titles, date lines,
release numbers, contact and address lines, link lines, site and subscription text around the
quoted item, speakers' names before a colon, the bold item headings of a blog post, a
publisher's closing boilerplate, and lines cut off by the start or end of an opening. A point of
a list or a line of a box or table was taken as its own case, without its bullet; no other word
was changed, and quotation marks stay as the page has them. The sentences were found with a
search over stored copies of public pages and taken as they came in the openings the search
returns, in page order. See README.md ("Thirty-seventh fresh blind set") for every address,
publisher and licence. No address listed in README.md, in a `#` header or README under
`tests/data/`, in the sources of the other set files or in the shared claims file was used:
each was checked against those lists (the address and a distinctive phrase of the page) and
claimed (`fresh37`) in `/work/helper-brief/claims.txt` before a quote was taken; pages already
used (among them a White House daily schedule of September 2016, a minister's release of
December 2015 on the National Stronger Regions Fund, the Justice Department's release list of
May 2007, the State Department's statements of April 2019, October 2010 and June 2008, and two
Wikinews stories reposted on a personal site) were dropped. Each label was worked out by hand
from the words, the publication date and the publisher's zone; the conversion of local
instants to UTC wall time, the day counts and the weekday checks were done with Python's
zoneinfo and datetime in a scratch script outside the repository, never with code of the
project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests
touched these texts before the labels were committed; the helpers improving the parser have
not seen them. See README.md for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (US federal publishers:
America/New_York, except the Small Business Administration's release issued from Sacramento:
America/Los_Angeles; the Australian Government in Canberra: Australia/Sydney; GOV.UK:
Europe/London); the publication date at 10:00 local; pages that show no date of their own (the
FTC's event page and three releases, the SBA's release as posted by Alexander County, the NTSB
advisory, the State Department's statement of June 2021, both FCC blog posts and the
biosecurity newsletter) are read at a day the comment names, and the comment says for which
days the labels hold; the NTSB events page is read at the day of its archived capture; a day
falls due at 23:59:59 local (zoneinfo decides the offset); a clock time without a zone word is
in the publisher's zone; a range, a list or a window falls due at its later end; seasons are
meteorological and "early fall" is the season's first month (the parser's docstring); the
Australian financial year "2011-12" ends on 30 June 2012; vague words take the parser's
documented windows (four weeks for "the coming weeks", 60 days for "as quickly as possible"),
counted from the day of speaking; a time that the sentence hangs on an undated event or on a
meeting, stop or window another sentence dates ("At the start of the meeting", "While in
Berlin", "after the consultation has concluded", "no later than 60 days before the deadline",
"We will then start") is `refusal='event'`, and where the page dates that event elsewhere the
label is marked "unsure" and names the instant; a standing schedule or limit (office hours,
"regularly", "two minutes" for each commenter, "15 working days from receipt") is
`refusal='recurring'`; an end date "previously ... scheduled" and replaced by a date the point
itself does not give is `refusal='negated'` (CONVENTIONS 4.1); refusals have `due=None` and a
`refusal` kind (past | event | recurring | negated; this set holds no earliest-only case); a
sentence whose time words set no time for any act (a year in the name of an Act, "now" or
"These days" on a present state, "the future", "current", "latest", a "deadline" or "schedule"
with no date, "forthcoming", "one-day") has `due=None` and no refusal word. Labels marked
"unsure" name the other reading; like every label here they stay as committed, whatever the
first run shows. First run: not yet taken (the lead runs it once, after merging, and records
it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_FTC_BIZOPP_2009 = (
    "https://www.ftc.gov/news-events/events-calendar/2009/06/business-opportunity-rule-workshop"
)
_FTC_AGENDA_SEP22 = "https://ftc.gov/news-events/news/press-releases/2022/09/ftc-announces-tentative-agenda-september-15-open-commission-meeting"
_FTC_EXTENDS_OCT13 = "https://marketswired.com/ftc/ftc-extends-the-deadlines-for-public-comments-on-13-matters-before-the-agency"
_FTC_PETROLEUM_2008 = "https://marketswired.com/ftc/ftc-to-host-public-workshop-on-petroleum-market-manipulation-rulemaking-2"
_SBA_ETA_NC_2021 = "https://alexandercountync.gov/sba-physical-damage-disaster-loan-deadline-in-north-carolina-is-feb-2-for-businesses-and-residents-affected-by-tropical-storm-eta/"
_SBA_NAPA_20DEC17 = "https://sba.gov/article/2017/dec/20/ca-15352-09-new-hours-sba-disaster-loan-outreach-center-napa"
_NTSB_EVENTS_FEB13 = (
    "http://eot.us.archive.org/eot/20130216173138/http:/www.ntsb.gov/news/events.html"
)
_NTSB_DOORPLUG_2024 = "https://aviationpros.com/aircraft/press-release/55126869/national-transportation-safety-board-ntsb-ntsb-releases-details-on-boeing-737-door-plug-investigative-hearing"
_AU_ROXON_1JUL11 = (
    "http://www.health.gov.au/internet/ministers/publishing.nsf/Content/mr-yr11-nr-nr130.htm"
)
_GOVUK_RAAB_19MAR18 = (
    "http://government-world.com/author/hm-government/page/13281/?print=print-search"
)
_GOVUK_SDLT_11FEB19 = "http://government-world.com/tag/hm-government/page/5245/?print=print-search"
_STATE_BLINKEN_JUN21 = (
    "https://www.state.gov/secretary-blinkens-travel-to-germany-france-italy-and-the-vatican/"
)
_STATE_POMPEO_15MAR19 = "http://www.israelnationalnews.com/News/News.aspx/260425"
_DOL_OSHA_27JUN17 = "https://content.govdelivery.com/accounts/USDOL/bulletins/1a5ae3a"
_DOL_OSHA_2DEC25 = "https://preemptcorp.com/us-labor-department-extends-contest-dates-for-workplace-safety-health-citations-focuses-efforts-to-address-pending-complaints"
_FCC_DECISION_OCT15 = "https://fcc.gov/blog/decision-time-incentive-auction"
_FCC_NEXTSTEPS_AUG15 = "https://fcc.gov/blog/next-steps-road-incentive-auction"
_AU_BIOSEC_MATTERS_2016 = (
    "https://www.agriculture.gov.au/biosecurity/australia/reports-pubs/biosecurity-matters/2016-03"
)

FRESH37_CASES: tuple[BlindCase, ...] = (
    # US Federal Trade Commission, event page 'Business Opportunity Rule Workshop' (the opening shows no date of its own; read at Wednesday 1 April 2009, and every label of this page holds for any day from 27 March 2008 to 4 May 2009; the address lines above the event description are not quoted): a 'day-long public workshop on June 1, 2009', a one-off event on a day (CONVENTIONS 3.1): 1 June 2009, end of day EDT
    B(
        text="The Federal Trade Commission will hold a day-long public workshop on June 1, 2009 in Washington, DC, to explore proposed changes to the FTC’s Business Opportunity Rule.",
        due="2009-06-02 03:59:59",
        vague=False,
        said="2009-04-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTC_BIZOPP_2009,
        published="2009-04-01",
    ),
    # the same page: the only date is that of a notice already issued ('on March 26, 2008'): past
    B(
        text="The workshop, which is free and open to the public, will examine possible changes to the rule that were outlined in a Revised Notice of Proposed Rulemaking (RNPR) on March 26, 2008.",
        due=None,
        vague=False,
        said="2009-04-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FTC_BIZOPP_2009,
        published="2009-04-01",
    ),
    # the same page: an agenda published 'at a later date, before the scheduled workshop', a workshop this sentence does not date: event; unsure: 31 May 2009, end of day EDT (the day before the workshop of the first sentence, CONVENTIONS 3.5)
    B(
        text="A more detailed agenda will be published at a later date, before the scheduled workshop.",
        due=None,
        vague=False,
        said="2009-04-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FTC_BIZOPP_2009,
        published="2009-04-01",
    ),
    # the same page: 'while' joins two aims of a proposed rule, no time for any act: no deadline
    B(
        text="The FTC’s new proposed rule is aimed at protecting consumers from bogus business opportunities while minimizing compliance costs for legitimate businesses.",
        due=None,
        vague=False,
        said="2009-04-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FTC_BIZOPP_2009,
        published="2009-04-01",
    ),
    # the same page: the workshop's hours 'from 9 a.m. to 5 p.m.', a day given only by the first sentence: event; unsure: 1 June 2009, 17:00 EDT (the later end on the workshop's day)
    B(
        text="The workshop will be held from 9 a.m. to 5 p.m. at the FTC’s satellite building conference center, located at 601 New Jersey Avenue, N.W., Washington, DC.",
        due=None,
        vague=False,
        said="2009-04-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=2,
        source=_FTC_BIZOPP_2009,
        published="2009-04-01",
    ),
    # the same page: 'a current driver's license', a time word that sets no time for any act: no deadline
    B(
        text="All attendees will be required to display a current driver’s license or other form of photo identification for entry.",
        due=None,
        vague=False,
        said="2009-04-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FTC_BIZOPP_2009,
        published="2009-04-01",
    ),
    # the same page: comments accepted 'until June 15, 2009' (CONVENTIONS 1.1 and 3.3): 15 June 2009, end of day EDT
    B(
        text="The Commission will be accepting comments on the topics to be covered at the workshop until June 15, 2009.",
        due="2009-06-16 03:59:59",
        vague=False,
        said="2009-04-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTC_BIZOPP_2009,
        published="2009-04-01",
    ),
    # the same page: requests 'by May 4, 2009' (the next sentence is cut off by the end of the opening and is not quoted): 4 May 2009, end of day EDT
    B(
        text="The FTC staff also invites interested parties to submit requests to be panelists by May 4, 2009.",
        due="2009-05-05 03:59:59",
        vague=False,
        said="2009-04-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTC_BIZOPP_2009,
        published="2009-04-01",
    ),
    # US Federal Trade Commission, press release 'FTC Announces Tentative Agenda for September 15 Open Commission Meeting' (the opening shows no date; the address dates it September 2022 and the Commission posts its agendas at least seven days ahead, so it is read at Thursday 8 September 2022, and every label of this page holds for any day from 1 to 15 September 2022; the item headings before a colon are quoted with their item): 'Today' on the verb of speaking (CONVENTIONS 2.2), the meeting 'on Thursday, September 15, 2022' (CONVENTIONS 3.1): 15 September 2022, end of day EDT
    B(
        text="Today, Federal Trade Commission Chair Lina M. Khan announced that an open meeting of the Commission will be held virtually on Thursday, September 15, 2022.",
        due="2022-09-16 03:59:59",
        vague=False,
        said="2022-09-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTC_AGENDA_SEP22,
        published="2022-09-08",
    ),
    # the same release: the meeting 'will commence at 1pm ET', its day given only by the sentence before: event; unsure: 15 September 2022, 13:00 EDT
    B(
        text="The open meeting will commence at 1pm ET and will begin with time for members of the public to address the Commission.",
        due=None,
        vague=False,
        said="2022-09-08 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=2,
        source=_FTC_AGENDA_SEP22,
        published="2022-09-08",
    ),
    # the same release: items on the agenda 'for the September 15th Commission meeting', the meeting dated: 15 September 2022, end of day EDT
    B(
        text="The following items will be on the tentative agenda for the September 15th Commission meeting:",
        due="2022-09-16 03:59:59",
        vague=False,
        said="2022-09-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTC_AGENDA_SEP22,
        published="2022-09-08",
    ),
    # the same release, the third agenda item: a report that 'follows the FTC's April 2021 dark patterns workshop', a workshop gone: past
    B(
        text="The report follows the FTC’s April 2021 dark patterns workshop.",
        due=None,
        vague=False,
        said="2022-09-08 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FTC_AGENDA_SEP22,
        published="2022-09-08",
    ),
    # the same release: 'At the start of the meeting' and 'then', hung on a meeting this sentence does not date: event; unsure: 15 September 2022, end of day EDT
    B(
        text="At the start of the meeting, Chair Khan will offer brief remarks and will then invite members of the public to share feedback on the Commission’s work generally and bring relevant matters to the Commission’s attention.",
        due=None,
        vague=False,
        said="2022-09-08 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FTC_AGENDA_SEP22,
        published="2022-09-08",
    ),
    # the same release: signing up to speak 'at the September 15 event', the event dated: 15 September 2022, end of day EDT; unsure: no deadline (the sign-up's own closing time is not given here)
    B(
        text="Members of the public must sign up for an opportunity to address the Commission virtually at the September 15 event.",
        due="2022-09-16 03:59:59",
        vague=False,
        said="2022-09-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTC_AGENDA_SEP22,
        published="2022-09-08",
    ),
    # the same release: 'two minutes' for each commenter, a standing limit with no start of its own (CONVENTIONS 1.3): recurring (the next sentence is cut off by the end of the opening and is not quoted)
    B(
        text="Each commenter will be given two minutes to share their comments.",
        due=None,
        vague=False,
        said="2022-09-08 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FTC_AGENDA_SEP22,
        published="2022-09-08",
    ),
    # US Federal Trade Commission, press release 'FTC Extends the Deadlines for Public Comments on 13 Matters Before the Agency', as reposted on marketswired.com (the repost shows no date; the release followed the end of the shutdown of 1 to 16 October 2013 and is read at Tuesday 22 October 2013, and every label of this page holds for any day from 17 October to 12 November 2013; the 'Comment on ...' link lines of the list hold no time word and are not quoted): 'recent', 'temporary' and 'currently', and periods extended with no date in this sentence: no deadline
    B(
        text="In light of the recent, temporary government shutdown, the Federal Trade Commission is extending the public comment periods for 13 matters that currently are pending before the agency in order to ensure that interested parties have a full opportunity to file comments.",
        due=None,
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FTC_EXTENDS_OCT13,
        published="2013-10-22",
    ),
    # the same release: periods 'previously extended': past
    B(
        text="The Commission also previously extended the comment periods in two proceedings under the Children’s Online Privacy Protection Act.",
        due=None,
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FTC_EXTENDS_OCT13,
        published="2013-10-22",
    ),
    # the same release: the deadline 'is being extended to November 12' (the year from the release's October 2013): 12 November 2013, end of day EST
    B(
        text="Except for the final three matters involving the Paperwork Reduction Act, the deadline for public comment for each of the matters listed below is being extended to November 12:",
        due="2013-11-13 04:59:59",
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTC_EXTENDS_OCT13,
        published="2013-10-22",
    ),
    # the same release, a point of the list: periods that 'previously were scheduled to end on October 3, 2013', a time called off with no new time in the point (CONVENTIONS 4.1): negated; unsure: 12 November 2013 (the new date of the list's heading)
    B(
        text="The public comment periods for the consent agreements in the matters of Ganley Ford West, Inc. and Timonium Chrysler, Inc., which previously were scheduled to end on October 3, 2013.",
        due=None,
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_FTC_EXTENDS_OCT13,
        published="2013-10-22",
    ),
    # the same list: 'previously was scheduled to end on October 4, 2013' (CONVENTIONS 4.1): negated; unsure: 12 November 2013
    B(
        text="The public comment period for the consent agreement in the matter of TRENDnet, Inc., which previously was scheduled to end on October 4, 2013.",
        due=None,
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_FTC_EXTENDS_OCT13,
        published="2013-10-22",
    ),
    # the same list: two former end dates, 'October 24, 2013, and October 10, 2013' (CONVENTIONS 4.1): negated; unsure: 12 November 2013
    B(
        text="The public comment periods for two divestiture applications in the matter of Pinnacle Entertainment, Inc., et al., which previously were respectively scheduled to end on October 24, 2013, and October 10, 2013.",
        due=None,
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_FTC_EXTENDS_OCT13,
        published="2013-10-22",
    ),
    # the same list: 'previously was scheduled to end on October 15, 2013' (CONVENTIONS 4.1; 'ofHoneywell' as the page has it): negated; unsure: 12 November 2013
    B(
        text="The public comment period for the consent agreement in the matter ofHoneywell International, Inc., which previously was scheduled to end on October 15, 2013.",
        due=None,
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_FTC_EXTENDS_OCT13,
        published="2013-10-22",
    ),
    # the same list: 'previously was scheduled to end on October 21, 2013' (CONVENTIONS 4.1; the next point is cut off by the end of the opening and is not quoted): negated; unsure: 12 November 2013
    B(
        text="The public comment period for the consent agreement in the matter of Nielsen Holdings, Inc., et al., which previously was scheduled to end on October 21, 2013.",
        due=None,
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_FTC_EXTENDS_OCT13,
        published="2013-10-22",
    ),
    # US Federal Trade Commission, press release on a workshop on its petroleum market manipulation rulemaking, as reposted on marketswired.com (the repost shows no date; the release cites the notice of proposed rulemaking of August 2008 and is read at Friday 22 August 2008, and every label of this page holds for any day up to 18 September 2008; the FTC's closing boilerplate and file lines are not quoted): a workshop 'following the close of the ... comment period', hung on an end this sentence does not date, and 'ongoing': event; unsure: no deadline before 18 September 2008 (the closing date given later)
    B(
        text="The Federal Trade Commission will host a workshop in Washington, DC, following the close of the Notice of Proposed Rulemaking (NPRM) comment period for its ongoing petroleum market manipulation rulemaking.",
        due=None,
        vague=False,
        said="2008-08-22 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FTC_PETROLEUM_2008,
        published="2008-08-22",
    ),
    # the same release: 'one-day' gives the workshop's length, no time for any act: no deadline
    B(
        text="The one-day workshop will be free and open to the public.",
        due=None,
        vague=False,
        said="2008-08-22 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FTC_PETROLEUM_2008,
        published="2008-08-22",
    ),
    # the same release: 'the recently issued NPRM' names a notice already out, and the submission has no time in this sentence: no deadline; unsure: past
    B(
        text="Parties interested in participating as panel members must submit a comment in response to the recently issued NPRM – see http://www.ftc.gov/os/2008/08/P082900nprm.pdf – as well as a request to participate.",
        due=None,
        vague=False,
        said="2008-08-22 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FTC_PETROLEUM_2008,
        published="2008-08-22",
    ),
    # the same release: 'The deadline ... is September 18, 2008': 18 September 2008, end of day EDT
    B(
        text="The deadline for submitting comments and requests to participate in the workshop is September 18, 2008.",
        due="2008-09-19 03:59:59",
        vague=False,
        said="2008-08-22 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTC_PETROLEUM_2008,
        published="2008-08-22",
    ),
    # the same release: 'The date of the workshop ... will be forthcoming', no date given: no deadline
    B(
        text="The date of the workshop, as well as a tentative agenda, will be forthcoming.",
        due=None,
        vague=False,
        said="2008-08-22 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FTC_PETROLEUM_2008,
        published="2008-08-22",
    ),
    # US Small Business Administration, release 'SBA physical damage disaster loan deadline in North Carolina is Feb. 2 ...', as posted by Alexander County, North Carolina (the post shows no date; read at Monday 25 January 2021, and every label of this page holds for any day from 13 November 2020 to 1 February 2021; the contact, address and 'About the U.S. Small Business Administration' lines hold no time word and are not quoted; the lines of the outreach centre's box are taken as points of a list): apply 'before the Feb. 2 deadline', the day before that day (CONVENTIONS 3.5), the year from the page's 2021 filing deadline: 1 February 2021, end of day EST
    B(
        text="The U.S. Small Business Administration (SBA) encourages businesses of all sizes, private nonprofit organizations, homeowners, and renters to apply for physical damage disaster loans before the Feb. 2 deadline.",
        due="2021-02-02 04:59:59",
        vague=False,
        said="2021-01-25 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SBA_ETA_NC_2021,
        published="2021-01-25",
    ),
    # the same release: the only date is that of the storm gone ('on Nov. 12, 2020'): past
    B(
        text="Anyone in Alexander, Caldwell, Catawba, Iredell, and Wilkes counties with damages caused by Tropical Storm Eta on Nov. 12, 2020, should apply for the disaster loan program.",
        due=None,
        vague=False,
        said="2021-01-25 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SBA_ETA_NC_2021,
        published="2021-01-25",
    ),
    # the same release, a director quoted: 'delays' and 'the application deadline' with no date: no deadline
    B(
        text="“Waiting to file an SBA application could cause unnecessary delays in receiving disaster assistance, and survivors may miss the application deadline.",
        due=None,
        vague=False,
        said="2021-01-25 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SBA_ETA_NC_2021,
        published="2021-01-25",
    ),
    # the same release: help 'during these hours', a standing schedule: recurring
    B(
        text="Virtual customer support representatives are available to help applicants complete the online application during these hours:",
        due=None,
        vague=False,
        said="2021-01-25 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_SBA_ETA_NC_2021,
        published="2021-01-25",
    ),
    # the same release, the box's second line: open 'Monday through Sunday (7 days/week)', a standing schedule: recurring
    B(
        text="Open: Monday through Sunday (7 days/week)",
        due=None,
        vague=False,
        said="2021-01-25 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_SBA_ETA_NC_2021,
        published="2021-01-25",
    ),
    # the same release, the box's third line: daily hours '8:00 a.m. to 8:00 p.m. Eastern Time': recurring
    B(
        text="Hours: 8:00 a.m. to 8:00 p.m. Eastern Time",
        due=None,
        vague=False,
        said="2021-01-25 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_SBA_ETA_NC_2021,
        published="2021-01-25",
    ),
    # the same release: 'The filing deadline ... is Feb. 2, 2021': 2 February 2021, end of day EST
    B(
        text="The filing deadline to return applications for physical property damage is Feb. 2, 2021.",
        due="2021-02-03 04:59:59",
        vague=False,
        said="2021-01-25 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SBA_ETA_NC_2021,
        published="2021-01-25",
    ),
    # the same release: 'The deadline ... is Sept. 7, 2021': 7 September 2021, end of day EDT
    B(
        text="The deadline to return economic injury applications is Sept. 7, 2021.",
        due="2021-09-08 03:59:59",
        vague=False,
        said="2021-01-25 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SBA_ETA_NC_2021,
        published="2021-01-25",
    ),
    # US Small Business Administration, release CA 15352-09 'New Hours for SBA Disaster Loan Outreach Center in Napa' (Wednesday 20 December 2017, the date in the page's address; issued from Sacramento, so read in America/Los_Angeles; the dateline, the contact and the address lines are not quoted, nor the director's quote that holds no time word): 'today announced' new hours '8 a.m. - 5 p.m. Mondays through Fridays', a standing schedule, beside wildfires gone: recurring
    B(
        text="Director Tanya N. Garfield of the U.S. Small Business Administration’s Disaster Field Operations Center-West today announced the Napa Disaster Loan Outreach Center’s new hours as 8 a.m. - 5 p.m. Mondays through Fridays for businesses and residents affected by the wildfires that occurred Oct. 8-13, 2017.",
        due=None,
        vague=False,
        said="2017-12-20 18:00:00",
        tz="America/Los_Angeles",
        refusal="recurring",
        cluster=5,
        source=_SBA_NAPA_20DEC17,
        published="2017-12-20",
    ),
    # the same release: 'now' open 'on the days and times indicated', a standing schedule: recurring
    B(
        text="The center will now be open on the days and times indicated.",
        due=None,
        vague=False,
        said="2017-12-20 18:00:00",
        tz="America/Los_Angeles",
        refusal="recurring",
        cluster=5,
        source=_SBA_NAPA_20DEC17,
        published="2017-12-20",
    ),
    # the same release, the line of the table of hours: 'Mondays - Fridays, 8 a.m. - 5 p.m.': recurring
    B(
        text="NAPA COUNTY Mondays - Fridays, 8 a.m. - 5 p.m. |",
        due=None,
        vague=False,
        said="2017-12-20 18:00:00",
        tz="America/Los_Angeles",
        refusal="recurring",
        cluster=5,
        source=_SBA_NAPA_20DEC17,
        published="2017-12-20",
    ),
    # the same release: a deadline that 'has passed' and time 'until July 12, 2018' to apply (CONVENTIONS 1.2): 12 July 2018, end of day PDT
    B(
        text="Even though the deadline to apply for a loan for property damage has passed, small businesses, small agricultural cooperatives, small businesses engaged in aquaculture and most private nonprofit organizations of any size still have until July 12, 2018, to apply for an economic injury disaster loan to help meet working capital needs caused by the disaster.",
        due="2018-07-13 06:59:59",
        vague=False,
        said="2017-12-20 18:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_SBA_NAPA_20DEC17,
        published="2017-12-20",
    ),
    # US National Transportation Safety Board, 'Events' page, as archived by the End of Term web archive on Saturday 16 February 2013 (the capture's date; the page shows none of its own; the headings, link lines and the copy-request text are not quoted, nor the line cut off by the end of the opening): Board Meetings held 'regularly', a standing practice: recurring
    B(
        text="The NTSB Board Members regularly conduct Board Meetings to discuss and adopt accident reports, special investigation reports, safety studies, and other Board products.",
        due=None,
        vague=False,
        said="2013-02-16 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NTSB_EVENTS_FEB13,
        published="2013-02-16",
    ),
    # the same page: forums held 'occasionally': recurring
    B(
        text="The NTSB also occasionally conducts public forums, symposia, and other meetings to focus attention and gather information about safety issues.",
        due=None,
        vague=False,
        said="2013-02-16 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NTSB_EVENTS_FEB13,
        published="2013-02-16",
    ),
    # the same page: 'past' investigations and 'future' accidents, no time for any act: no deadline
    B(
        text="These events focus on specific safety issues that have been a factor in past accident investigations and will likely be issues in future accidents unless the transportation community takes action.",
        due=None,
        vague=False,
        said="2013-02-16 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NTSB_EVENTS_FEB13,
        published="2013-02-16",
    ),
    # the same page: webcasts kept 'for a period of three months from the time of the meeting', a standing rule for every meeting (CONVENTIONS 1.3): recurring
    B(
        text="Webcasts are archived for a period of three months from the time of the meeting.",
        due=None,
        vague=False,
        said="2013-02-16 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NTSB_EVENTS_FEB13,
        published="2013-02-16",
    ),
    # the same page: archives 'generally available by the end of the event day' and 'by the end of the next day', a standing rule: recurring
    B(
        text="Webcast archives are generally available by the end of the event day for public Meetings, and by the end of the next day for Technical conferences.",
        due=None,
        vague=False,
        said="2013-02-16 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NTSB_EVENTS_FEB13,
        published="2013-02-16",
    ),
    # the same page: 'Events start at 9:30am unless otherwise noted', a standing rule: recurring
    B(
        text="Events start at 9:30am unless otherwise noted.",
        due=None,
        vague=False,
        said="2013-02-16 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NTSB_EVENTS_FEB13,
        published="2013-02-16",
    ),
    # the same page, a line of the list of upcoming events: a hearing on '2/26/2013' (CONVENTIONS 3.1): 26 February 2013, end of day EST; unsure: 09:30 EST that day (the start time of the line before)
    B(
        text="Public Hearing: 2/26/2013 Railroad Accident Investigation Involving Two Freight Trains",
        due="2013-02-27 04:59:59",
        vague=False,
        said="2013-02-16 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NTSB_EVENTS_FEB13,
        published="2013-02-16",
    ),
    # the same list: a forum on '2/27/2013' (CONVENTIONS 3.1): 27 February 2013, end of day EST; unsure: 09:30 EST that day
    B(
        text="Forum: 2/27/2013 Positive Train Control Systems",
        due="2013-02-28 04:59:59",
        vague=False,
        said="2013-02-16 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NTSB_EVENTS_FEB13,
        published="2013-02-16",
    ),
    # US National Transportation Safety Board, media advisory 'NTSB Releases Details on Boeing 737 Door Plug Investigative Hearing', as reposted on aviationpros.com (the repost shows no date; read at Monday 1 July 2024, and every label of this page but the vague one holds for any day from 13 March to 6 August 2024; the WHO, WHERE and HOW TO VIEW lines hold no time word and are not quoted): details 'released' of the 'Aug. 6-7' hearing, a range at its later end: 7 August 2024, end of day EDT; unsure: past (the act told is the release of details, already done)
    B(
        text="The National Transportation Safety Board has released additional details on its Aug. 6-7 fact-gathering hearing on its investigation into how and why a door plug departed from a Boeing 737-9 MAX passenger jet during flight.",
        due="2024-08-08 03:59:59",
        vague=False,
        said="2024-07-01 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NTSB_DOORPLUG_2024,
        published="2024-07-01",
    ),
    # the same advisory: 'WHAT:' names the 'Jan. 5 accident' gone: past
    B(
        text="WHAT: Investigative fact-gathering hearing on the Jan. 5 accident that occurred when a left mid exit door plug departed a Boeing 737-9 MAX airplane, operated as Alaska Airlines Flight 1282.",
        due=None,
        vague=False,
        said="2024-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NTSB_DOORPLUG_2024,
        published="2024-07-01",
    ),
    # the same advisory: two days with clock times 'Eastern time', the latest of them (CONVENTIONS 6.1): 7 August 2024, 18:00 EDT
    B(
        text="WHEN: Tuesday, Aug. 6, from 9:00 a.m. to 7:15 p.m. and Wednesday, Aug. 7, from 9 a.m. to 6 p.m. Eastern time.",
        due="2024-08-07 22:00:00",
        vague=False,
        said="2024-07-01 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NTSB_DOORPLUG_2024,
        published="2024-07-01",
    ),
    # the same advisory: the hearing announced 'on March 12', an announcement gone: past
    B(
        text="The NTSB announced it would hold the hearing on March 12.",
        due=None,
        vague=False,
        said="2024-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NTSB_DOORPLUG_2024,
        published="2024-07-01",
    ),
    # the same advisory: 'in the coming weeks', a vague window of four weeks (the parser's docstring) from the day of reading: 29 July 2024, end of day EDT
    B(
        text="The hearing agenda will be released in the coming weeks.",
        due="2024-07-30 03:59:59",
        vague=True,
        said="2024-07-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NTSB_DOORPLUG_2024,
        published="2024-07-01",
    ),
    # Australian Government, Minister for Health and Ageing Nicola Roxon, media release '1 July Brings Better Health Care for Australian Families' (Friday 1 July 2011; the title, the print and PDF links, the date line and the point cut off by the end of the opening are not quoted): measures 'beginning or coming into full operation' on '1 July 2011', the day of speaking (CONVENTIONS 3.1): 1 July 2011, end of day AEST
    B(
        text="1 July 2011 marks a significant milestone in national health reform, with many new measures that matter to Australian families beginning or coming into full operation.",
        due="2011-07-01 13:59:59",
        vague=False,
        said="2011-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AU_ROXON_1JUL11,
        published="2011-07-01",
    ),
    # the same release, the body's opening sentence, worded a little differently (CONVENTIONS 3.1): 1 July 2011, end of day AEST
    B(
        text="1 July 2011 marks a significant milestone in our national health reform journey, with many new measures that matter to Australian families beginning or coming into full operation, Minister for Health and Ageing Nicola Roxon explained.",
        due="2011-07-01 13:59:59",
        vague=False,
        said="2011-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AU_ROXON_1JUL11,
        published="2011-07-01",
    ),
    # the same release: investments 'committed ... since 2007', told as done: past
    B(
        text="“The Gillard Government wants to deliver better health services, closer to home, which is why we have committed to more than $66 billion in new health investments since 2007,” Minister Roxon said.",
        due=None,
        vague=False,
        said="2011-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_ROXON_1JUL11,
        published="2011-07-01",
    ),
    # the same release: initiatives that 'begin in 2011-12', the Australian financial year ending 30 June 2012 (CONVENTIONS 3.1): 30 June 2012, end of day AEST
    B(
        text="“Many significant new national health reform initiatives begin in 2011-12.",
        due="2012-06-30 13:59:59",
        vague=False,
        said="2011-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_AU_ROXON_1JUL11,
        published="2011-07-01",
    ),
    # the same release: 'after hours' names a service, no time for any act: no deadline
    B(
        text="“Programs like telehealth and our new after hours GP helpline will make a real difference in the lives of patients and show how the Gillard Government is delivering health reforms that matter for Australian families.",
        due=None,
        vague=False,
        said="2011-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_ROXON_1JUL11,
        published="2011-07-01",
    ),
    # the same release: reforms that 'also start today', the act on the day of speaking (CONVENTIONS 2.1 and 3.1): 1 July 2011, end of day AEST
    B(
        text="“Major structural reforms to our health system such as the funding of Medicare Locals and establishment of a permanent Australian Commission on Safety and Quality in Health Care also start today.",
        due="2011-07-01 13:59:59",
        vague=False,
        said="2011-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AU_ROXON_1JUL11,
        published="2011-07-01",
    ),
    # the same release: 'the long-term issues', no time for any act: no deadline
    B(
        text="“These reforms show how our Government is focused on the long-term issues that will ensure our health system can continue to deliver for our kids and our grandkids.",
        due=None,
        vague=False,
        said="2011-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_ROXON_1JUL11,
        published="2011-07-01",
    ),
    # the same release: a position held 'going into the election', told of the past: past
    B(
        text="“Of course, it was Tony Abbott’s position going into the election to rip apart national health reform including our after hours GP helpline and historic work to make e-health records a reality for all Australians.”",
        due=None,
        vague=False,
        said="2011-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_ROXON_1JUL11,
        published="2011-07-01",
    ),
    # the same release: measures 'kicking off in 2011-12', the financial year's end: 30 June 2012, end of day AEST
    B(
        text="Major measures kicking off in 2011-12 include:",
        due="2012-06-30 13:59:59",
        vague=False,
        said="2011-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_AU_ROXON_1JUL11,
        published="2011-07-01",
    ),
    # the same release, the first point of the list: 'The beginning of' a helpline with no time of its own, and 'after-hours' advice: no deadline; unsure: 30 June 2012 (the list's '2011-12')
    B(
        text="The beginning of a new after hours GP helpline, which will mean that after-hours advice from a GP will only be a phone call away.",
        due=None,
        vague=False,
        said="2011-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_ROXON_1JUL11,
        published="2011-07-01",
    ),
    # GOV.UK, Ministry of Housing, Communities and Local Government, press release 'Government commits to further support for neighbourhood planning' (Monday 19 March 2018, the date the release gives), as reposted on government-world.com (only the release's words are quoted; the title, the speaker line and the sentence cut off by the end of the opening are not quoted): 'announced today (19 March 2018)', today on the verb of speaking (CONVENTIONS 2.2), the access itself undated: past
    B(
        text="More communities across England will be able to get free access to expert advice and guidance to help make their neighbourhood vision a reality, Housing Minister Dominic Raab announced today (19 March 2018).",
        due=None,
        vague=False,
        said="2018-03-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GOVUK_RAAB_19MAR18,
        published="2018-03-19",
    ),
    # the same release: 'latest planning expertise', no time for any act: no deadline
    B(
        text="Community groups will be able to access a range of free help including financial support and latest planning expertise from trained professionals, to guide them through the process of preparing a neighbourhood plan.",
        due=None,
        vague=False,
        said="2018-03-19 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_RAAB_19MAR18,
        published="2018-03-19",
    ),
    # the same release: 'Previous government support has helped', told as done: past
    B(
        text="Previous government support has helped around 7 out of 10 of these communities progress their plans, with 365 neighbourhood plans finalised using support provided by the government.",
        due=None,
        vague=False,
        said="2018-03-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GOVUK_RAAB_19MAR18,
        published="2018-03-19",
    ),
    # the same release: applications that 'will open on 3 April 2018', a one-off opening (CONVENTIONS 3.1): 3 April 2018, end of day BST
    B(
        text="Applications to bid for funding will open on 3 April 2018.",
        due="2018-04-03 22:59:59",
        vague=False,
        said="2018-03-19 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_GOVUK_RAAB_19MAR18,
        published="2018-03-19",
    ),
    # GOV.UK, HM Treasury, news story 'New stamp duty land tax surcharge for non-UK resident homebuyers to be introduced' (Monday 11 February 2019, the day the consultation it announces opened), as reposted on government-world.com (only the story's words are quoted; the headings, the speaker line and the next story, cut off by the end of the opening, are not quoted): a commitment to end rough sleeping 'by 2027': 31 December 2027, end of day GMT
    B(
        text="The government has committed to ending rough sleeping by 2027.",
        due="2027-12-31 23:59:59",
        vague=False,
        said="2019-02-11 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_SDLT_11FEB19,
        published="2019-02-11",
    ),
    # the same story: a commitment and an announcement 'at Budget 2018', both gone: past
    B(
        text="This follows a commitment made by the Prime Minister and a subsequent announcement of the proposed rate at Budget 2018.",
        due=None,
        vague=False,
        said="2019-02-11 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GOVUK_SDLT_11FEB19,
        published="2019-02-11",
    ),
    # the same story, the minister quoted: a plan to halve the numbers 'by 2022' (with 'in the future' on the homes): 31 December 2022, end of day GMT
    B(
        text="A 1% surcharge could help more people own their own homes in the future, and its proceeds will go towards tackling rough sleeping, boosting our plan to halve the numbers of rough sleepers by 2022.",
        due="2022-12-31 23:59:59",
        vague=False,
        said="2019-02-11 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_GOVUK_SDLT_11FEB19,
        published="2019-02-11",
    ),
    # the same story: details published 'after the consultation has concluded', an end this sentence does not date: event
    B(
        text="Further details will be published after the consultation has concluded on how much the charge is expected to raise.",
        due=None,
        vague=False,
        said="2019-02-11 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_GOVUK_SDLT_11FEB19,
        published="2019-02-11",
    ),
    # the same story: 'whilst' and 'then', a move at no time: no deadline
    B(
        text="However, crown employees working abroad – such as military service personnel – will not have to pay the surcharge at all whilst those who buy a residential property and then move to the UK will be eligible for a refund of their extra payment.",
        due=None,
        vague=False,
        said="2019-02-11 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_SDLT_11FEB19,
        published="2019-02-11",
    ),
    # US Department of State, press statement 'Secretary Blinken's Travel to Germany, France, Italy, and the Vatican' (the opening shows no date; read at Monday 21 June 2021, the day before the trip, and every label of this page holds for any day from 1 to 22 June 2021; the sentences without a time word and the one cut off by the end of the opening are not quoted): travel 'June 22-29', a range at its later end (a date without a year is its next occurrence): 29 June 2021, end of day EDT
    B(
        text="Secretary of State Antony J. Blinken will travel to Berlin, Paris, Rome, the Vatican, Bari, and Matera, June 22-29.",
        due="2021-06-30 03:59:59",
        vague=False,
        said="2021-06-21 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_STATE_BLINKEN_JUN21,
        published="2021-06-21",
    ),
    # the same statement: the attendance 'In Berlin', a stop this sentence does not date, and 'in December' timing the elections of others: event; unsure: 31 December 2021, end of day EST (the elections' month)
    B(
        text="In Berlin, the Secretary will attend the Second Berlin Conference on Libya to support national elections in December and the withdrawal of foreign forces.",
        due=None,
        vague=False,
        said="2021-06-21 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_STATE_BLINKEN_JUN21,
        published="2021-06-21",
    ),
    # the same statement: 'While in Berlin', hung on the stop: event; unsure: 29 June 2021 (the trip's end)
    B(
        text="While in Berlin, Secretary Blinken will meet with Chancellor Angela Merkel and Foreign Minister Heiko Maas to highlight the importance of the U.S.-Germany relationship in addressing common challenges and priorities.",
        due=None,
        vague=False,
        said="2021-06-21 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_STATE_BLINKEN_JUN21,
        published="2021-06-21",
    ),
    # the same statement: meetings 'In Paris on June 25' (CONVENTIONS 3.1): 25 June 2021, end of day EDT
    B(
        text="In Paris on June 25, Secretary Blinken will meet with President Emmanuel Macron and Foreign Minister Jean-Yves Le Drian to deepen the strong U.S.-France relationship, highlight our shared values, and discuss areas of cooperation, including global security and recovering from the pandemic.",
        due="2021-06-26 03:59:59",
        vague=False,
        said="2021-06-21 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_STATE_BLINKEN_JUN21,
        published="2021-06-21",
    ),
    # the same statement: a meeting in Paris undated in this sentence, and 'the 60th anniversary Ministerial Council Meeting in October' naming another meeting: event; unsure: 25 June 2021 (the Paris day of the sentence before) or 31 October 2021 (the month named)
    B(
        text="The Secretary will also meet with OECD Secretary General Mathias Cormann to discuss key economic priorities, international taxation, and U.S. chairmanship of the 60th anniversary Ministerial Council Meeting in October.",
        due=None,
        vague=False,
        said="2021-06-21 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_STATE_BLINKEN_JUN21,
        published="2021-06-21",
    ),
    # US Department of State, press statement on Secretary Pompeo's travel to Beirut, Jerusalem and Kuwait City (Friday 15 March 2019, the date the repost gives), as reposted on israelnationalnews.com (only the statement's words are quoted, without the site's 'USA' label before the first sentence; the sentences without a time word are not quoted): travel 'March 19-23', a range at its later end: 23 March 2019, end of day EDT
    B(
        text="Secretary of State Michael R. Pompeo will travel to Beirut, Jerusalem, and Kuwait City March 19-23.",
        due="2019-03-24 03:59:59",
        vague=False,
        said="2019-03-15 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_STATE_POMPEO_15MAR19,
        published="2019-03-15",
    ),
    # the same statement: 'While in Jerusalem', hung on a stop this sentence does not date: event; unsure: 23 March 2019 (the trip's end)
    B(
        text="While in Jerusalem, the Secretary will also participate in a meeting with Israeli, Cypriot, and Greek leaders to discuss key energy and security issues facing the Eastern Mediterranean region.",
        due=None,
        vague=False,
        said="2019-03-15 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_STATE_POMPEO_15MAR19,
        published="2019-03-15",
    ),
    # US Department of Labor, Occupational Safety and Health Administration, news release 17-919-NAT (GovDelivery bulletin, Tuesday 27 June 2017; the date line, the media contacts and the release number are not quoted): a compliance date moved 'from July 1, 2017, to Dec. 1, 2017' by a delay 'today proposed', the new date: 1 December 2017, end of day EST; unsure: no deadline (only proposed, not yet decided)
    B(
        text="WASHINGTON – The U.S. Department of Labor’s Occupational Safety and Health Administration today proposed a delay in the electronic reporting compliance date of the rule, Improve Tracking of Workplace Injuries and Illnesses, from July 1, 2017, to Dec. 1, 2017.",
        due="2017-12-02 04:59:59",
        vague=False,
        said="2017-06-27 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_DOL_OSHA_27JUN17,
        published="2017-06-27",
    ),
    # the same release: 'The proposed delay' and 'further review', no time for any act: no deadline
    B(
        text="The proposed delay will allow OSHA an opportunity to further review and consider the rule.",
        due=None,
        vague=False,
        said="2017-06-27 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOL_OSHA_27JUN17,
        published="2017-06-27",
    ),
    # the same release: a rule published 'on May 12, 2016' and a determination made: past
    B(
        text="The agency published the final rule on May 12, 2016, and has determined that a further delay of the compliance date is appropriate for the purpose of additional review into questions of law and policy.",
        due=None,
        vague=False,
        said="2017-06-27 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOL_OSHA_27JUN17,
        published="2017-06-27",
    ),
    # the same release: 'the same four-month window', a span whose start this sentence does not give (CONVENTIONS 1.3): event
    B(
        text="The delay will also allow OSHA to provide employers the same four-month window for submitting data that the original rule would have provided.",
        due=None,
        vague=False,
        said="2017-06-27 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_DOL_OSHA_27JUN17,
        published="2017-06-27",
    ),
    # the same release: 'the proposed deadline extension', no date: no deadline
    B(
        text="OSHA invites the public to comment on the proposed deadline extension.",
        due=None,
        vague=False,
        said="2017-06-27 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOL_OSHA_27JUN17,
        published="2017-06-27",
    ),
    # the same release: 'The deadline for submitting comments is July 13, 2017': 13 July 2017, end of day EDT
    B(
        text="The deadline for submitting comments is July 13, 2017.",
        due="2017-07-14 03:59:59",
        vague=False,
        said="2017-06-27 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DOL_OSHA_27JUN17,
        published="2017-06-27",
    ),
    # the same release: 'of 1970' names an Act, no time for any act: no deadline
    B(
        text="Under the Occupational Safety and Health Act of 1970, employers are responsible for providing safe and healthful workplaces for their employees.",
        due=None,
        vague=False,
        said="2017-06-27 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOL_OSHA_27JUN17,
        published="2017-06-27",
    ),
    # US Department of Labor, Occupational Safety and Health Administration, news release 'US Labor Department extends contest dates for workplace safety, health citations ...' (Tuesday 2 December 2025, the date of the Department's release osha20251202), as reposted on preemptcorp.com (only the release's words are quoted; the sentences without a time word are not quoted): operations 'resumed ... following a lapse in appropriations', told as done: past
    B(
        text="WASHINGTON – The U.S. Department of Labor’s Occupational Safety and Health Administration has resumed normal enforcement operations and is working diligently to continue its mission to ensure safe and healthy working conditions free from unlawful retaliation, while also helping employers reduce job hazards following a lapse in appropriations.",
        due=None,
        vague=False,
        said="2025-12-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOL_OSHA_2DEC25,
        published="2025-12-02",
    ),
    # the same release: 'During the lapse in appropriations', complaints not processed: past
    B(
        text="During the lapse in appropriations, OSHA received safety and health complaints that did not meet criteria for excepted activity and, therefore, were not processed upon receipt.",
        due=None,
        vague=False,
        said="2025-12-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOL_OSHA_2DEC25,
        published="2025-12-02",
    ),
    # the same release: OSHA 'will respond as quickly as possible', a soon word of the speaker (CONVENTIONS 5.1), 60 days: 31 January 2026, end of day EST
    B(
        text="The agency is now actively addressing the backlog of complaints, which may be processed via informal inquiry, and OSHA will respond as quickly as possible.",
        due="2026-02-01 04:59:59",
        vague=True,
        said="2025-12-02 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DOL_OSHA_2DEC25,
        published="2025-12-02",
    ),
    # the same release: time 'extended' with no date in this sentence, for citations issued 'immediately prior to or during the government shutdown', gone: past
    B(
        text="Additionally, OSHA has extended the time employers have to respond to citations issued immediately prior to or during the government shutdown.",
        due=None,
        vague=False,
        said="2025-12-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOL_OSHA_2DEC25,
        published="2025-12-02",
    ),
    # the same release: shutdown days that 'do not count as “working days”', a standing rule: recurring
    B(
        text="Shutdown days do not count as “working days.”",
        due=None,
        vague=False,
        said="2025-12-02 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_DOL_OSHA_2DEC25,
        published="2025-12-02",
    ),
    # the same release: citations 'between October 1 and November 12, 2025' and a period 'tolled', told as done: past
    B(
        text="For employers whose citations were issued and/or received between October 1 and November 12, 2025, OSHA tolled the 15-day contest period due to the lapse in appropriations.",
        due=None,
        vague=False,
        said="2025-12-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOL_OSHA_2DEC25,
        published="2025-12-02",
    ),
    # the same release: periods 'now extended through December 4, 2025' (CONVENTIONS 3.3): 4 December 2025, end of day EST
    B(
        text="These contest periods are now extended through December 4, 2025.",
        due="2025-12-05 04:59:59",
        vague=False,
        said="2025-12-02 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DOL_OSHA_2DEC25,
        published="2025-12-02",
    ),
    # the same release: '15 working days from receipt', a standing limit for every company (CONVENTIONS 1.3): recurring
    B(
        text="Under the Occupational Safety and Health Act, a company has 15 working days from receipt of their citations and penalties to comply, request an informal conference with OSHA, or contest the findings before the independent Occupational Safety and Health Review Commission.",
        due=None,
        vague=False,
        said="2025-12-02 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_DOL_OSHA_2DEC25,
        published="2025-12-02",
    ),
    # the same release: 'throughout the course of the case process', no time for any act: no deadline
    B(
        text="Penalties and citations may be adjusted throughout the course of the case process.",
        due=None,
        vague=False,
        said="2025-12-02 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOL_OSHA_2DEC25,
        published="2025-12-02",
    ),
    # the same release: check the page 'periodically', a standing habit: recurring
    B(
        text="Please check the OSHA establishment search page periodically for any changes in the inspection or penalty status.",
        due=None,
        vague=False,
        said="2025-12-02 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_DOL_OSHA_2DEC25,
        published="2025-12-02",
    ),
    # US Federal Communications Commission, blog post 'Decision Time for the Incentive Auction' (the opening shows no date; the application procedures notice and the opening bid prices it reports were released on Friday 16 October 2015, so it is read at that day; the sentences without a time word are not quoted): 'Today wraps up' a week with two releases, the present with 'Today' on the act (CONVENTIONS 2.1): 16 October 2015, end of day EDT; unsure: past (the releases are already out)
    B(
        text="Today wraps up an important week for the Incentive Auction with the release of two critical items: the Application Procedures Public Notice and the final opening bid prices for broadcast stations.",
        due="2015-10-17 03:59:59",
        vague=False,
        said="2015-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FCC_DECISION_OCT15,
        published="2015-10-16",
    ),
    # the same post: 'Earlier today' on a past verb: past
    B(
        text="Earlier today Chairman Wheeler called this a “watershed moment” for auction participants, and he’s exactly right.",
        due=None,
        vague=False,
        said="2015-10-16 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FCC_DECISION_OCT15,
        published="2015-10-16",
    ),
    # the same post: 'now' on a present state: no deadline
    B(
        text="Broadcasters and potential forward auction participants now have in their hands all of the information they will need to decide whether to participate in the auction.",
        due=None,
        vague=False,
        said="2015-10-16 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FCC_DECISION_OCT15,
        published="2015-10-16",
    ),
    # the same post: two filing deadlines, '6 p.m. on December 18, 2015' and '6 p.m. on January 28, 2016', the later (CONVENTIONS 6.1): 28 January 2016, 18:00 EST
    B(
        text="We have set 6 p.m. on December 18, 2015, as the date by which interested broadcasters must file their applications; forward auction bidders must file by 6 p.m. on January 28, 2016.",
        due="2016-01-28 23:00:00",
        vague=False,
        said="2015-10-16 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FCC_DECISION_OCT15,
        published="2015-10-16",
    ),
    # the same post: 'After years of planning', the present 'is real': no deadline
    B(
        text="After years of planning and deliberations, this thing is real.",
        due=None,
        vague=False,
        said="2015-10-16 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FCC_DECISION_OCT15,
        published="2015-10-16",
    ),
    # the same post: 'a detailed schedule' of 'pre-auction' events, no date given: no deadline
    B(
        text="It explains how to complete and submit the applications, and provides a detailed schedule of pre-auction bidder education and training events.",
        due=None,
        vague=False,
        said="2015-10-16 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FCC_DECISION_OCT15,
        published="2015-10-16",
    ),
    # the same post: data that 'have been made available' 'Concurrently' with the notice: past
    B(
        text="Concurrently with the Application Procedures PN, additional data and information related to the incentive auction, including the final interference “constraints” and the associated supporting files, have been made available on the Auction 1000 website (http://www.fcc.gov/auctions/1000).",
        due=None,
        vague=False,
        said="2015-10-16 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FCC_DECISION_OCT15,
        published="2015-10-16",
    ),
    # the same post: 'Today's release ... completes the package', the present (CONVENTIONS 2.1): 16 October 2015, end of day EDT; unsure: past (the release is already out)
    B(
        text="Today’s release of opening bid prices for broadcasters completes the package.",
        due="2015-10-17 03:59:59",
        vague=False,
        said="2015-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FCC_DECISION_OCT15,
        published="2015-10-16",
    ),
    # US Federal Communications Commission, blog post 'Next Steps on the Road to the Incentive Auction' (the opening shows no date; its 'Earlier this month' dates it August 2015, after the bidding procedures notice of early August, and it is read at Thursday 20 August 2015; every label of this page holds for any day from 7 to 31 August 2015; the bold item headings before each paragraph are not quoted, nor the sentence cut off by the end of the opening): a notice adopted 'Earlier this month' that 'sets March 29, 2016 as the start date', the auction's start as a one-off event (CONVENTIONS 3.1): 29 March 2016, end of day EDT; unsure: past (the act told is the adoption, done)
    B(
        text="Earlier this month, the Commission adopted the Incentive Auction Bidding Procedures Public Notice, which sets March 29, 2016 as the start date of the first-ever incentive auction.",
        due="2016-03-30 03:59:59",
        vague=False,
        said="2015-08-20 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FCC_NEXTSTEPS_AUG15,
        published="2015-08-20",
    ),
    # the same post: releases 'This fall', the meteorological autumn (the parser's docstring): 30 November 2015, end of day EST
    B(
        text="This fall, staff will release detailed information on the application process and announce the reverse auction opening bid prices.",
        due="2015-12-01 04:59:59",
        vague=False,
        said="2015-08-20 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_FCC_NEXTSTEPS_AUG15,
        published="2015-08-20",
    ),
    # the same post: 'then', after releases this sentence does not date: event
    B(
        text="We will then start taking applications.",
        due=None,
        vague=False,
        said="2015-08-20 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FCC_NEXTSTEPS_AUG15,
        published="2015-08-20",
    ),
    # the same post: 'Today we lay out', the present with 'Today' on the act (CONVENTIONS 2.1): 20 August 2015, end of day EDT
    B(
        text="Today we lay out the roadmap for these critical next steps and outline the actions that will occur after the applications are submitted.",
        due="2015-08-21 03:59:59",
        vague=False,
        said="2015-08-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FCC_NEXTSTEPS_AUG15,
        published="2015-08-20",
    ),
    # the same post: 'In early fall', the first month of the autumn (the parser's docstring splits a season by its months): 30 September 2015, end of day EDT
    B(
        text="In early fall, we plan to release the Application Procedures Public Notice.",
        due="2015-10-01 03:59:59",
        vague=False,
        said="2015-08-20 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_FCC_NEXTSTEPS_AUG15,
        published="2015-08-20",
    ),
    # the same post: 'the opening dates', 'the filing deadline' and 'the schedule', none given: no deadline
    B(
        text="It will describe the nuts and bolts of the auction application process and post-auction procedures, including the opening dates for the application filing windows, the filing deadline, the schedule for mock auctions, and the information required on the auction application forms.",
        due=None,
        vague=False,
        said="2015-08-20 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FCC_NEXTSTEPS_AUG15,
        published="2015-08-20",
    ),
    # the same post: 'no later than 60 days before the deadline' that a later notice will set, an undated anchor: event
    B(
        text="We will publicly announce the reverse auction opening bid prices for all broadcasters no later than 60 days before the deadline for reverse auction applications established in the Application Procedures Public Notice.",
        due=None,
        vague=False,
        said="2015-08-20 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FCC_NEXTSTEPS_AUG15,
        published="2015-08-20",
    ),
    # the same post: 'already adopted', and a release at no time: no deadline
    B(
        text="The opening bid prices will be calculated using the formula already adopted by the Commission in the Bidding Procedures Public Notice, applying the final TV-to-TV constraints and interference-free population data for each station that we will also publicly release.",
        due=None,
        vague=False,
        said="2015-08-20 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FCC_NEXTSTEPS_AUG15,
        published="2015-08-20",
    ),
    # the same post: what the notice 'established' and 'explained when upfront payments would be due', told as done: past
    B(
        text="For the forward auction, the Bidding Procedures Public Notice established the upfront payment and opening bid prices per bidding unit, described how bidding units are calculated for each Partial Economic Are (PEA), and explained when upfront payments would be due.",
        due=None,
        vague=False,
        said="2015-08-20 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FCC_NEXTSTEPS_AUG15,
        published="2015-08-20",
    ),
    # the same post: a release 'This fall': 30 November 2015, end of day EST
    B(
        text="This fall we will release the final table of bidding units in each PEA so that potential applicants can plan for making their upfront payments.",
        due="2015-12-01 04:59:59",
        vague=False,
        said="2015-08-20 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_FCC_NEXTSTEPS_AUG15,
        published="2015-08-20",
    ),
    # Australian Government, Department of Agriculture and Water Resources, newsletter 'Biosecurity Matters, Issue 3, 2016' (special edition; the opening shows no date; it speaks of the Act's commencement on 16 June 2016 as ahead and is read at Wednesday 1 June 2016, and every label of this page holds for any day up to 15 June 2016; the headings, the subscription line, the link line and the sentence cut off by the end of the opening are not quoted): what 'the commencement' of an Act 'will mean', a commencement undated here and a year in the Act's name: no deadline
    B(
        text="In this special edition of Biosecurity Matters we focus exclusively on what the commencement of the Biosecurity Act 2015 will mean for you.",
        due=None,
        vague=False,
        said="2016-06-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_BIOSEC_MATTERS_2016,
        published="2016-06-01",
    ),
    # the same page: the new legislation introduced 'on 16 June 2016' (CONVENTIONS 3.1): 16 June 2016, end of day AEST
    B(
        text="The introduction of the new legislation on 16 June 2016 is a significant milestone for Australia.",
        due="2016-06-16 13:59:59",
        vague=False,
        said="2016-06-01 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AU_BIOSEC_MATTERS_2016,
        published="2016-06-01",
    ),
    # the same page: 'into the future', no time for any act: no deadline
    B(
        text="They will support our biosecurity system into the future and accommodate advances in transport and technology as well as changes in trade and travel.",
        due=None,
        vague=False,
        said="2016-06-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_BIOSEC_MATTERS_2016,
        published="2016-06-01",
    ),
    # the same page: an Act that 'supported us well for 108 years': past
    B(
        text="The Quarantine Act 1908 supported us well for 108 years.",
        due=None,
        vague=False,
        said="2016-06-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_BIOSEC_MATTERS_2016,
        published="2016-06-01",
    ),
    # the same page: 'times have changed since 1908': past
    B(
        text="But times have changed since 1908.",
        due=None,
        vague=False,
        said="2016-06-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_BIOSEC_MATTERS_2016,
        published="2016-06-01",
    ),
    # the same page: 'In the early years', told of the past: past
    B(
        text="In the early years we were more concerned with looking out for signs of the plague and smallpox.",
        due=None,
        vague=False,
        said="2016-06-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_BIOSEC_MATTERS_2016,
        published="2016-06-01",
    ),
    # the same page: 'These days' on a present state: no deadline
    B(
        text="These days we have an increased focus on the potential biosecurity risks to our agricultural industries and environment.",
        due=None,
        vague=False,
        said="2016-06-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_BIOSEC_MATTERS_2016,
        published="2016-06-01",
    ),
    # the same page: full force 'from commencement' and arrangements 'of up to three years', counted from a commencement this sentence does not date (CONVENTIONS 1.3): event; unsure: 16 June 2019 (three years from the commencement the page dates)
    B(
        text="While all aspects of the Biosecurity Act will come into full force from commencement, some parts of the legislation have transitional arrangements of up to three years to give affected clients time to adjust to the new operating environment.",
        due=None,
        vague=False,
        said="2016-06-01 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AU_BIOSEC_MATTERS_2016,
        published="2016-06-01",
    ),
    # the same page: 'a long road' and 'only the beginning', no time for any act: no deadline
    B(
        text="It’s been a long road to get to this milestone and it is really only the beginning of the journey.",
        due=None,
        vague=False,
        said="2016-06-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_BIOSEC_MATTERS_2016,
        published="2016-06-01",
    ),
)
