"""A HUNDRED-AND-EIGHTY-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 09:45 and 09:53 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l186-s63) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 63 (fresh184, fresh185, fresh187, fresh188, articles blind148 and blind149), whose claims
in the shared claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh183.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of `bot/core/deadlines/`
was opened. The brief asked for less-used publishers (GOV.UK departments and agencies such as the Home
Office, the Department for Education, MHCLG, DCMS, Ofgem, Ofwat, HMRC and DVSA; US Federal Register notices
of the FAA, FTA, Coast Guard and EPA; Wikinews), open licences only, at least eight publishers, none above a
fifth, at most a third from the United States, a spread of genres, about 80 cases (at least 60).

The set quotes UK Parliament (a Commons written statement of 26 February 2015 on hansard.parliament.uk, a
Commons written statement of 21 December 2010 as carried by parallelparliament.co.uk), the Home Office (two
written statements to Parliament on GOV.UK, of 15 March 2012 and of the week before 20 October 2014), the
Houses of the Oireachtas (Dáil Orders of Business of 14 June 1994, 29 March 1995, 22 March 2006 and 9 May
2013), the Department for Education (press releases of 18 July 2017, as carried by wired-gov.net, and of 29
February 2024, as carried by ukpol.co.uk), the Ministry of Housing, Communities and Local Government (a press
release of 17 July 2020 as carried by wired-gov.net), Ofgem (a press release on ofgem.gov.uk, early 2014),
the US Coast Guard (Federal Register notices of 29 December 1999, 9 November 2000 and 27 June 2016 as carried
by federal.elaws.us, a district media release of 5 May 2017 as carried by hawaii247.com), the Federal
Aviation Administration (Federal Register meeting notices of 22 November 2022 and 9 September 2024 as
carried by casetext's stores) and the Environmental Protection Agency (a news item of 12 December 2012 as
carried by pollutiononline.com). 75 cases from 9 publishers: the Oireachtas 15 (20.0%); the US Coast Guard
14 (18.7%); the Home Office 13 (17.3%); UK Parliament 12 (16.0%); the FAA 8 (10.7%); the Department for
Education 6 (8.0%); Ofgem 3 (4.0%); MHCLG 2 (2.7%); the EPA 2 (2.7%). 24 of the 75 (32.0%) are from the
United States (Coast Guard, FAA, EPA); 51 are not. Genres: parliamentary written statements, Orders of
Business with questions and answers across the floor, ministerial written statements as published by a
department, departmental and regulator press releases, Federal Register notices of meetings and of extended
comment periods, an agency media release and an agency news item. No wire news or statistics calendar is
quoted: no Wikinews article and no Statistics Canada release calendar was found fresh in the time.

The store is heavily mined: of about 50 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, many read used (an Ofgem blog post of 2023, the FAA's ARAC notices of 1997, 2019, 2020 and
2022 on other carriers, an FAA extension notice of 2004, an EPA release and Federal Register notice of 2018,
an FTA funding notice of 2018 and FTA notice pages archived in 2008 and 2009, a Wikinews article on Tunisia,
Commission Daily News and agenda pages of 2012 to 2021, Statistics Canada calendars of 2015 and 2019, several
ukpol.co.uk Home Office and Department for Education pages, a Dáil Order of Business of 2004 and a written
answer of 2012, a parliament.uk written statements listing). Each page's cases share one `source` constant,
so whole pages can be dropped.

Left out, and why. Claimed (`fresh186`) but not used, to keep the caps (a fifth for each publisher): the
Commons written statement 'Points-based immigration system' of 22 October 2020 as carried by
parallelparliament.co.uk (four sentences; with them UK Parliament would pass a fifth). Within the pages kept:
sentences without a time word; sentences whose only time words are general ("now", "daily", "earlier", "for
some time", "recent", "at this time", "early", "beforehand", "the interim period") or name an event and no
time ("before the elections", "during the pandemic", "by the deadline"), or whose only year names an Act, a
Bill or a report; titles, headings, date lines (the carriers' 'The press release issued by ... on ...' lines
and GOV.UK's 'laid on ...' line), speaker tags, agency/action/address/contact lines, summary bullets, agenda
items and other list items, the carriers' own text, and sentences cut off where the stored opening ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a month, a year, a
fiscal year, a clock time, "today", "tonight", "this evening", "this morning", "yesterday", "this year", "last
October", "last year", "the next two years", "the last few months", "since July", "some time ago", "within
28 days", "six years", "up to two years in advance", "daily in two one-hour windows", "one week", "before the
recess", "before the summer recess"); within each page quoted, the sentences of the stored opening that hold
one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh186`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file): all 75 read fresh. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for UK Parliament, the Home Office, the Department
for Education, MHCLG and Ofgem; Europe/Dublin for the Oireachtas; America/New_York for the Federal Register
notices of the Coast Guard and the FAA and for the EPA; America/Chicago for the Coast Guard notice issued in
New Orleans; Pacific/Honolulu for the Coast Guard district's release); the conversion of local instants to
UTC wall time, weekdays and day counts were done with Python's zoneinfo and datetime in a scratch script
outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh183.py`: the publication date at 10:00 local time unless the page gives the hour (none does);
the first comment of each page says where its date was read. Two pages print no date in their stored text
(the Home Office statement of October 2014 and the Ofgem release): each is read on a day fixed as its
comment says, and no label depends on the exact day within the window the comment gives. A day falls due at
23:59:59 local; a one-off event or a rule taking effect at a time due then (CONVENTIONS 3.1, 3.1a); several
times and ranges at the latest (CONVENTIONS 6.1, 6.2); a clock time with no day of its own at its first
occurrence after the moment of speaking (CONVENTIONS 6.3); a meeting moved to a new day at the new time
(CONVENTIONS 4.1); a window or comment period at its end (CONVENTIONS 1.1); "today" on an act in the present
tense due that day (CONVENTIONS 2.1); questions and requests due None with no refusal word (CONVENTIONS 4.3);
possibilities due None (CONVENTIONS 4.2); a day word on the verb of speaking is not the deadline (CONVENTIONS
2.2); times hung on an undated event are event (CONVENTIONS 1.3); standing rules recurring (CONVENTIONS 1.3);
done acts past; lower bounds and activities open from a date earliest (CONVENTIONS 3.2); a superseded date
with no new one in the sentence negated (CONVENTIONS 4.1); GB fiscal years end on 31 March (`blind_real.py`).
Clusters as in `blind_fresh183.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the
day, periods and windows, 5 refusals, 6 plain days and dates. 28 labels are refusals (past 17, recurring 6,
earliest 2, event 2, negated 1); none is vague (no vague word of an undertaking occurs in the pages taken); 39
labels carry a due instant; 8 have due None and no refusal word; 23 are marked "unsure" and name the other
reading; like every label here they stay as committed, whatever the first run shows. First run: not yet
taken (the lead runs it once, after merging, and records it in README.md). Never edit these labels to fit
the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HC15 = "https://hansard.parliament.uk/Commons/2015-02-26/debates/15022648000026/ImmigrationActCommencementAndChangesInImmigrationRules"
_PP10 = "https://parallelparliament.co.uk/mp/damian-green/debate/Commons/2010-12-21/debates/10122138000018/ChangesToTheImmigrationRules"
_HO14 = "https://gov.uk/government/speeches/immigration-act-commencement-and-statement-of-changes-in-immigration-rules"
_HO12 = "https://www.gov.uk/government/speeches/immigration-rules-statement-of-changes"
_DAIL94 = "https://www.oireachtas.ie/en/debates/debate/dail/1994-06-14/13/member-speech/Albert-Reynolds.D.1977-07-05/"
_DAIL06 = "http://www.oireachtas.ie/en/debates/debate/dail/2006-03-22/6/"
_DAIL95 = "https://www.oireachtas.ie/en/debates/debate/dail/1995-03-29/2/"
_DAIL13 = "https://www.oireachtas.ie/en/debates/debate/dail/2013-05-09/3/"
_DFE17 = "https://www.wired-gov.net/wg/news.nsf/articles/1.3bn+for+core+schools+budget+delivers+rise+in+per+pupil+funding+18072017160552?open"
_DFE24 = "https://www.ukpol.co.uk/tag/department-for-education/page/9"
_MHCLG20 = "https://www.wired-gov.net/wg/news.nsf/articles/Government+confirms+allocations+of+500+million+additional+funding+for+councils+17072020112000?open"
_OFGEM14 = "https://www.ofgem.gov.uk/publications/ofgem-breaks-down-barriers-so-competition-can-work-better-energy-consumers"
_CG16 = "http://federal.elaws.us/fr/6/27/2016/2016-15033"
_CG99 = "http://federal.elaws.us/fr/12/29/1999/99-33472"
_CG00 = "http://federal.elaws.us/fr/11/9/2000/00-28701"
_CG17 = "http://www.hawaii247.com/2017/05/05/coast-guard-to-host-public-meeting-regarding-kamokuna-lava-ocean-entry-access-monday-may-8/"
_FAA22 = (
    "http://print.casetext.com/federal-register/aviation-rulemaking-advisory-committee-meeting-91"
)
_FAA24 = "https://d1tvxue8o4w0fl.cloudfront.net/federal-register/aviation-rulemaking-advisory-committee-amended-notice-of-meeting"
_EPA12 = "https://www.pollutiononline.com/doc/epa-extends-public-comment-period-on-proposed-0001"

FRESH186_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (Hansard, Commons written statement 'Immigration Act Commencement and Changes in Immigration Rules', Thursday 26 February 2015, on hansard.parliament.uk; Open Parliament Licence); zone Europe/London (GMT, UTC+0); the page gives the date and no hour: said 26 February 2015 10:00 GMT. Sentences without a time word, or whose only time word is 'now', and the last, cut off where the stored opening ends, are not taken. 'Today' on the commencement itself, told as happening as spoken: 26 February 2015, end of day (CONVENTIONS 2.1). unsure: a careful reader could give due None (the sentence only calls the day a milestone, it promises nothing)
    B(
        text="Today is another significant milestone in bringing the reforms in the Immigration Act 2014 into force.",
        due="2015-02-26 23:59:59",
        vague=False,
        said="2015-02-26 10:00:00",
        tz="Europe/London",
        precision="day",
        cluster=6,
        source=_HC15,
        published="2015-02-26",
    ),
    # the announcing is past (24 November), the implementation it announced has its own later date: 2 March 2015, end of day (CONVENTIONS 2.2, 2.3, 3.1). unsure: a careful reader could give 'past' (told as the content of a past announcement) or 'earliest' ('implement from', an ongoing activity, CONVENTIONS 3.2)
    B(
        text="On 24 November I announced our plans to implement from 2 March 2015 the main provisions in the Act that tackle sham marriage and civil partnership.",
        due="2015-03-02 23:59:59",
        vague=False,
        said="2015-02-26 10:00:00",
        tz="Europe/London",
        precision="day",
        cluster=6,
        source=_HC15,
        published="2015-02-26",
    ),
    # 'from that date' names a date only the sentence before gives, which is not used (as CONVENTIONS 6.3 reads a day another sentence gives); 'Today's' dates the order, not a promised act: due None, no refusal word (page: 2 March 2015). unsure: a careful reader could give 26 February 2015, end of day (the order made today, CONVENTIONS 2.1) or 'event'
    B(
        text="Today’s commencement order, together with the secondary legislation we have already laid before Parliament, will bring the new scheme into force from that date.",
        due=None,
        vague=False,
        said="2015-02-26 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC15,
        published="2015-02-26",
    ),
    # last October, told of the past: past
    B(
        text="Last October we started the phased implementation of the new immigration appeals system.",
        due=None,
        vague=False,
        said="2015-02-26 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC15,
        published="2015-02-26",
    ),
    # 'within 28 days' for every case of a class, no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="Instead of appeals, the new system provides a system of administrative review through which case work errors will be corrected within 28 days.",
        due=None,
        vague=False,
        said="2015-02-26 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HC15,
        published="2015-02-26",
    ),
    # 'By 6 April 2015': 6 April 2015, end of day (BST from 29 March, UTC+1)
    B(
        text="By 6 April 2015 the new appeals system will be fully in place.",
        due="2015-04-06 22:59:59",
        vague=False,
        said="2015-02-26 10:00:00",
        tz="Europe/London",
        precision="day",
        cluster=6,
        source=_HC15,
        published="2015-02-26",
    ),
    # provisions coming into force on a date: 6 April 2015, end of day (CONVENTIONS 3.1); 'born before 2006' is a condition of the class, not a time of the act
    B(
        text="Also on 6 April 2015 new provisions will come into force that enable children of unmarried British fathers born before 2006 to register as British citizens, correcting a historical anomaly in our nationality law.",
        due="2015-04-06 22:59:59",
        vague=False,
        said="2015-02-26 10:00:00",
        tz="Europe/London",
        precision="day",
        cluster=6,
        source=_HC15,
        published="2015-02-26",
    ),
    # UK Parliament (Hansard, Commons written statement 'Changes to the Immigration Rules' of Tuesday 21 December 2010, Damian Green, as carried by parallelparliament.co.uk; Open Parliament Licence, the text is Hansard's); zone Europe/London (GMT); no hour: said 21 December 2010 10:00 GMT. Speaker tags, the carrier's own lines ('14 years, 1 month ago', link labels) and sentences without a time word (or whose only one is 'the interim period') are not taken. the present with 'today' on the act: 21 December 2010, end of day (CONVENTIONS 2.1)
    B(
        text="I am today laying before the House a statement of changes to the Immigration Rules pertaining to tier 1 and tier 2 of the points-based system.",
        due="2010-12-21 23:59:59",
        vague=False,
        said="2010-12-21 10:00:00",
        tz="Europe/London",
        precision="day",
        cluster=6,
        source=_PP10,
        published="2010-12-21",
    ),
    # the announcement of 28 June is past, the permanent limit it anticipates is dated April 2011 and still to come: end of April 2011 (CONVENTIONS 2.2, 2.3). unsure: a careful reader could give 'past' (all of it told as the content of a past announcement)
    B(
        text="On 28 June the Home Secretary announced in the House of Commons that the Government would introduce an interim limit on economic migration in anticipation of the introduction of a permanent limit in April 2011.",
        due="2011-04-30 22:59:59",
        vague=False,
        said="2010-12-21 10:00:00",
        tz="Europe/London",
        precision="month",
        cluster=3,
        source=_PP10,
        published="2010-12-21",
    ),
    # a limit in force from 19 July 2010 to April 2011, its end still to come: 30 April 2011, end of day (CONVENTIONS 3.3, a range at its later end). unsure: a careful reader could give 'past' (told in the past tense, 'applied')
    B(
        text="This limit applied to out-of-country main applicants to tier 1 (general) between 19 July 2010 and April 2011, and numbers entering through this route would be equal to those entering in the equivalent period for 2009-10.",
        due="2011-04-30 22:59:59",
        vague=False,
        said="2010-12-21 10:00:00",
        tz="Europe/London",
        precision="month",
        cluster=3,
        source=_PP10,
        published="2010-12-21",
    ),
    # 'since 19 July 2010', the date set: past
    B(
        text="I am taking this step as a result of the volume of applications that have been received since 19 July 2010, the date I set the interim limit on tier 1 general.",
        due=None,
        vague=False,
        said="2010-12-21 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PP10,
        published="2010-12-21",
    ),
    # the judgment of 17 December 2010: past
    B(
        text="The second of these changes, specifying the level of the tier 2 (general) interim limit in the Immigration Rules, is being made to take account of the divisional court judgment of 17 December 2010 in the cases brought by the Joint Council for the Welfare of Immigrants and the English Community Care Association.",
        due=None,
        vague=False,
        said="2010-12-21 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PP10,
        published="2010-12-21",
    ),
    # Home Office (GOV.UK written statement to Parliament 'Immigration Act commencement and statement of changes in Immigration Rules', James Brokenshire; Crown copyright, Open Government Licence); zone Europe/London (BST, UTC+1); the stored text prints no date: it announces reforms 'phased in from 20 October' and changes 'From Monday', so it was laid in the week before Monday 20 October 2014, read on Thursday 16 October 2014 10:00 BST (no label depends on the day within 14 to 19 October). Sentences without a time word ('beforehand', 'once') and the last, cut off, are not taken. an activity phased in from a date, an ongoing start: earliest 20 October 2014 00:00 BST (CONVENTIONS 3.2). unsure: a careful reader could give 20 October 2014, end of day (the rules taking effect, CONVENTIONS 3.1a)
    B(
        text="The reforms to the immigration appeals system in the Immigration Act 2014 are being phased in from 20 October.",
        due=None,
        vague=False,
        said="2014-10-16 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2014-10-19 23:00:00",
        cluster=5,
        source=_HO14,
        published="2014-10-16",
    ),
    # July, told of the past: past
    B(
        text="In July we introduced new powers to stop criminals using family life arguments to delay their deportation.",
        due=None,
        vague=False,
        said="2014-10-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO14,
        published="2014-10-16",
    ),
    # 'since July', done: past
    B(
        text="This has been successful, enabling the Home Office to deport over 100 criminals since July pending any appeal.",
        due=None,
        vague=False,
        said="2014-10-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO14,
        published="2014-10-16",
    ),
    # a bar that begins on a day: Monday 20 October 2014, end of day (CONVENTIONS 3.1a)
    B(
        text="From Monday criminals will also no longer be able to appeal against a decision that their deportation is conducive to the public good.",
        due="2014-10-20 22:59:59",
        vague=False,
        said="2014-10-16 09:00:00",
        tz="Europe/London",
        precision="day",
        cluster=6,
        source=_HO14,
        published="2014-10-16",
    ),
    # 'since 1971': past
    B(
        text="This is the most significant change to deportation appeals since 1971.",
        due=None,
        vague=False,
        said="2014-10-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO14,
        published="2014-10-16",
    ),
    # the Act's reform taking effect on a day: Monday 20 October 2014, end of day (CONVENTIONS 3.1, 3.1a). unsure: a careful reader could give 'earliest' with 20 October 00:00 BST (a reform running from a date, CONVENTIONS 3.2)
    B(
        text="From Monday the new Act will also reform the appeals system for students.",
        due="2014-10-20 22:59:59",
        vague=False,
        said="2014-10-16 09:00:00",
        tz="Europe/London",
        precision="day",
        cluster=6,
        source=_HO14,
        published="2014-10-16",
    ),
    # 'within 28 days rather than 12 weeks' for every case: recurring (CONVENTIONS 1.3)
    B(
        text="New immigration rules provide a system of administrative review through which case work errors will be corrected within 28 days rather than 12 weeks, supporting our policy of attracting immigrants who benefit the United Kingdom’s businesses and universities.",
        due=None,
        vague=False,
        said="2014-10-16 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HO14,
        published="2014-10-16",
    ),
    # Home Office (GOV.UK written statement to Parliament 'Immigration rules: Statement of changes', laid on Thursday 15 March 2012 by Damian Green; Crown copyright, Open Government Licence); zone Europe/London (GMT); the page gives the date and no hour: said 15 March 2012 10:00 GMT. The page's own line saying when it was laid (a date line), sentences without a time word and the last, cut off, are not taken. the present with 'today' on the act: 15 March 2012, end of day (CONVENTIONS 2.1)
    B(
        text="My Rt Hon Friend the Home Secretary is today laying before the House a Statement of Changes in the Immigration Rules, which implement the next phase of our reforms to the immigration system.",
        due="2012-03-15 23:59:59",
        vague=False,
        said="2012-03-15 10:00:00",
        tz="Europe/London",
        precision="day",
        cluster=6,
        source=_HO12,
        published="2012-03-15",
    ),
    # a consultation of December 2010 to January 2011 and a statement of 13 February, all done: past
    B(
        text="The student reforms, originally proposed in our student visas consultation which ran from December 2010 to January 2011 were set out in more detail in a Statement of Intent published by the Home Office on 13 February.",
        due=None,
        vague=False,
        said="2012-03-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO12,
        published="2012-03-15",
    ),
    # the only time words name the last year and an annual limit; the renewing has no time of its own: past. unsure: a careful reader could give 'recurring' (an annual limit) or due None with no refusal word
    B(
        text="I am renewing the annual limit for Tier 1 (Exceptional Talent) at the same level it was set for the last year, 1,000 places.",
        due=None,
        vague=False,
        said="2012-03-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO12,
        published="2012-03-15",
    ),
    # the level kept for two years and reviewed for April 2014: the later time, 30 April 2014, end of day (CONVENTIONS 3.3, 6.2; 'I propose' is the Minister's plan, not a counter-offer, CONVENTIONS 4.3). unsure: a careful reader could give 15 March 2014, end of day ('the next two years') or due None (a proposal, CONVENTIONS 4.3)
    B(
        text="In order to give more certainty to potential applicants, I propose that this level will remain the same for each of the next two years, and will be reviewed again for April 2014.",
        due="2014-04-30 22:59:59",
        vague=False,
        said="2012-03-15 10:00:00",
        tz="Europe/London",
        precision="month",
        cluster=3,
        source=_HO12,
        published="2012-03-15",
    ),
    # rules applying to applications made after April 2012: a lower bound, earliest 1 May 2012 00:00 BST (CONVENTIONS 3.2). unsure: a careful reader could give 30 April 2012, end of day (the changed rules in force, CONVENTIONS 3.1a)
    B(
        text="I am making changes to the rules for entry clearance and leave to remain under Tier 2 which will apply to applications made after April 2012.",
        due=None,
        vague=False,
        said="2012-03-15 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2012-04-30 23:00:00",
        cluster=5,
        source=_HO12,
        published="2012-03-15",
    ),
    # a maximum stay of six years for every migrant: recurring (CONVENTIONS 1.3)
    B(
        text="Temporary leave as a skilled worker will be limited to a maximum stay of six years and will be granted in two blocks of three, rather than the current 3+2.",
        due=None,
        vague=False,
        said="2012-03-15 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HO12,
        published="2012-03-15",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Order of Business (Resumed), Tuesday 14 June 1994, on oireachtas.ie; CC BY 4.0); zone Europe/Dublin (IST, UTC+1); no hour: said 14 June 1994 10:00 IST. Sentences without a time word ('put off further', 'before the elections' and 'before and during the elections' name events, not times; 'early stage' is no time), 'recent elections' (general) and the last, cut off, are not taken. a question about a time: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Will it be introduced before the recess?",
        due=None,
        vague=False,
        said="1994-06-14 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL94,
        published="1994-06-14",
    ),
    # 'not ... before the summer recess' is a lower bound hung on the recess, which the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give 'earliest' (CONVENTIONS 3.2, 'not before') or 'negated' (publication before the recess denied, CONVENTIONS 4.1)
    B(
        text="It is a very detailed Bill covering approximately 200 sections and it will not be published before the summer recess.",
        due=None,
        vague=False,
        said="1994-06-14 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL94,
        published="1994-06-14",
    ),
    # a question: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Can we expect to see it before the summer recess?",
        due=None,
        vague=False,
        said="1994-06-14 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL94,
        published="1994-06-14",
    ),
    # a possibility, no undertaking: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="It is possible that it will be published before the summer recess.",
        due=None,
        vague=False,
        said="1994-06-14 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL94,
        published="1994-06-14",
    ),
    # 'some time ago', a promise told of the past: past
    B(
        text="The Minister of State at the Department of Justice promised some time ago that amending legislation would be introduced to protect long-standing tenants from eviction from ordinary residential property.",
        due=None,
        vague=False,
        said="1994-06-14 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL94,
        published="1994-06-14",
    ),
    # the time indicated hangs on the summer recess, undated in the sentence: event (CONVENTIONS 1.3, 2.2). unsure: a careful reader could give 'past' (an indication told of the past)
    B(
        text="It was indicated that it would be dealt with before the summer recess.",
        due=None,
        vague=False,
        said="1994-06-14 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL94,
        published="1994-06-14",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Order of Business, Wednesday 22 March 2006, on oireachtas.ie; CC BY 4.0); zone Europe/Dublin (GMT, UTC+0, before the change of 26 March); no hour: said 22 March 2006 10:00 GMT. The proposals without a time word, sentences whose only time words are general ('for some time', 'earlier') and those whose only year names a Bill are not taken. this morning, told of the past: past
    B(
        text="He had meetings this morning on some ongoing issues.",
        due=None,
        vague=False,
        said="2006-03-22 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL06,
        published="2006-03-22",
    ),
    # yesterday's remarks: past
    B(
        text="I wish to clarify the Taoiseach's remarks yesterday.",
        due=None,
        vague=False,
        said="2006-03-22 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL06,
        published="2006-03-22",
    ),
    # 'yesterday' is on the verb of speaking; the recommittal has no time of its own: due None, no refusal word (CONVENTIONS 2.2). unsure: a careful reader could give 'past'
    B(
        text="On the same issue, the Taoiseach stated yesterday the Bill would be recommitted, which seems to be in error.",
        due=None,
        vague=False,
        said="2006-03-22 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL06,
        published="2006-03-22",
    ),
    # the Taoiseach's undertaking for the meeting tonight: 22 March 2006, end of day (the parser's 'tonight')
    B(
        text="I will get full clarity from the Minister and I will give the information to the Whips for the meeting tonight.",
        due="2006-03-22 23:59:59",
        vague=False,
        said="2006-03-22 10:00:00",
        tz="Europe/Dublin",
        precision="day",
        cluster=4,
        source=_DAIL06,
        published="2006-03-22",
    ),
    # a day designated every year: recurring
    B(
        text="The United Nations conference on environment and development has designated 22 March as world water day.",
        due=None,
        vague=False,
        said="2006-03-22 10:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL06,
        published="2006-03-22",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Order of Business, Wednesday 29 March 1995, on oireachtas.ie; CC BY 4.0); zone Europe/Dublin (IST from 26 March 1995, UTC+1); no hour: said 29 March 1995 10:00 IST. The first proposal (its only year names a Bill), the exchanges whose only year names an Act or whose only time word is 'now' or 'at this time', and the last, cut off, are not taken. two clock times with no day of their own, the Order of Business told as the plan of the day: the later, 8.30 p.m., first after the moment of speaking, 29 March 1995 20:30 IST (CONVENTIONS 6.1, 6.3). unsure: a careful reader could give due None (a proposal put to the House for agreement, CONVENTIONS 4.3)
    B(
        text="It is also proposed, notwithstanding anything in Standing Orders, that: (1) — Nos. 3 and 9 shall be decided without debate; (2), subject to the agreement of No. 9, the proceedings on the Report and Final Stages of the Social Welfare Bill, 1995, if not previously concluded, shall be brought to a conclusion at 6.45 p.m. by one question which shall be put from the Chair and which shall, in relation to amendments, include only those set down or accepted by the Minister for Social Welfare and (3), Private Members' Business shall be No. 16 and the proceedings thereon shall be brought to a conclusion at 8.30 p.m.",
        due="1995-03-29 19:30:00",
        vague=False,
        said="1995-03-29 09:00:00",
        tz="Europe/Dublin",
        precision="minute",
        cluster=2,
        source=_DAIL95,
        published="1995-03-29",
    ),
    # a question seeking agreement to a time: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Are the proposals for dealing with Private Members' Business this evening satisfactory and agreed?",
        due=None,
        vague=False,
        said="1995-03-29 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL95,
        published="1995-03-29",
    ),
    # a question; 'this morning's papers' is past: due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give 'past'
    B(
        text="Since this morning's papers are full of reports about a meeting on the sanitary services legislation, will the Tánaiste say when that Bill will be published?",
        due=None,
        vague=False,
        said="1995-03-29 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL95,
        published="1995-03-29",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Order of Business, Thursday 9 May 2013, on oireachtas.ie; CC BY 4.0); zone Europe/Dublin (IST, UTC+1); no hour: said 9 May 2013 10:00 IST. The proposals (whose only years name Bills), the questions without a time word and 'I do not have a date' (no time) are not taken. 'will be published this year', the Tánaiste's answer: 31 December 2013, end of day (GMT)
    B(
        text="The Shannon aviation services centre Bill to establish a new State-owned commercial entity to merge the Shannon Airport Authority and the restructured Shannon Development will be published this year.",
        due="2013-12-31 23:59:59",
        vague=False,
        said="2013-05-09 09:00:00",
        tz="Europe/Dublin",
        precision="year",
        cluster=4,
        source=_DAIL13,
        published="2013-05-09",
    ),
    # Department for Education (press release '£1.3bn for core schools budget delivers rise in per pupil funding', as carried by wired-gov.net under the department's name; Crown copyright, Open Government Licence); zone Europe/London (BST, UTC+1); the release says the Secretary of State announced 'yesterday' (her Commons statement of Monday 17 July 2017) and the carrier's address is stamped 18 July 2017; the page gives no hour of its own: said Tuesday 18 July 2017 10:00 BST. The summary bullets (list items) and sentences without a time word are not taken. 'yesterday' is on the verb of speaking; the increase has no time of its own: due None, no refusal word (CONVENTIONS 2.2). unsure: a careful reader could give 'past'
    B(
        text="A £1.3billion boost for core school funding will mean local authorities are able to increase the amount of cash going to every school, the Education Secretary announced yesterday.",
        due=None,
        vague=False,
        said="2017-07-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE17,
        published="2017-07-18",
    ),
    # investment over the next two years from the moment of speaking: 18 July 2019, end of day (CONVENTIONS 1.1). unsure: a careful reader could give 31 March 2020 (the end of 2019-20, the second funded year)
    B(
        text="She has also announced plans for a new national funding formula, with the additional investment over the next two years during the transition to the NFF allowing an increase in the basic amount of funding for all pupils – allowing gains for all schools.",
        due="2019-07-18 22:59:59",
        vague=False,
        said="2017-07-18 09:00:00",
        tz="Europe/London",
        precision="day",
        cluster=4,
        source=_DFE17,
        published="2017-07-18",
    ),
    # funding kept for the next two years: 18 July 2019, end of day (CONVENTIONS 3.3, 1.1). unsure: a careful reader could give 31 March 2020 (the funded years 2018-19 and 2019-20)
    B(
        text="The new formula will maintain overall per pupil funding in real terms for the next two years; and it will allow for a cash increase for every school.",
        due="2019-07-18 22:59:59",
        vague=False,
        said="2017-07-18 09:00:00",
        tz="Europe/London",
        precision="day",
        cluster=4,
        source=_DFE17,
        published="2017-07-18",
    ),
    # 'since 2010', standards already delivered: past
    B(
        text="It will further build on the improved standards delivered since 2010, with 1.8 million more children in good or outstanding schools, nine out of 10 schools are now good or outstanding and the attainment gap beginning to close.",
        due=None,
        vague=False,
        said="2017-07-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE17,
        published="2017-07-18",
    ),
    # sums for 2018-19 and 2019-20 and a level reached in 2019-20: the later fiscal year's end, 31 March 2020 (GB fiscal years end 31 March, blind_real.py; CONVENTIONS 6.1)
    B(
        text="The £1.3billion announced yesterday – £416million in 2018-19 and £884million in 2019-20, on top of the core school budget set in the last spending review - means schools funding will be £2.6billion higher in 2019-20 compared to 2017-18.",
        due="2020-03-31 22:59:59",
        vague=False,
        said="2017-07-18 09:00:00",
        tz="Europe/London",
        precision="year",
        cluster=3,
        source=_DFE17,
        published="2017-07-18",
    ),
    # Department for Education (press release 'New regulations for schools in next stage of attendance drive', issued on 29 February 2024, as carried in full by ukpol.co.uk; Crown copyright, Open Government Licence); zone Europe/London (GMT); no hour: said 29 February 2024 10:00 GMT. The carrier's date line, sentences whose only time words are general ('now', 'daily') and the last, cut off, are not taken. 'over the course of last year', done: past
    B(
        text="Our plan is already working, with 380,000 fewer pupils persistently off school over the course of last year.",
        due=None,
        vague=False,
        said="2024-02-29 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE24,
        published="2024-02-29",
    ),
    # Ministry of Housing, Communities and Local Government (press release 'Government confirms allocations of £500 million additional funding for councils', as carried by wired-gov.net under the ministry's name; Crown copyright, Open Government Licence); zone Europe/London (BST); the release dates the confirmation 'yesterday (16 July 2020)': said Friday 17 July 2020 10:00 BST. Bullets, the speaker line, sentences without a time word ('during the lockdown', 'during the pandemic' name no time) and the last, cut off, are not taken. yesterday (16 July 2020), done: past
    B(
        text="Local Government Secretary Robert Jenrick yesterday (16 July 2020) confirmed allocations for individual councils from the £500 million of additional support for coronavirus-related spending pressures.",
        due=None,
        vague=False,
        said="2020-07-17 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MHCLG20,
        published="2020-07-17",
    ),
    # 'over the last few months', done: past
    B(
        text="Over the last few months, the government has worked closely with councils to understand their needs and provided more than £27 billion to help them, businesses in their area and their communities through the pandemic.",
        due=None,
        vague=False,
        said="2020-07-17 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MHCLG20,
        published="2020-07-17",
    ),
    # Ofgem (press release 'Ofgem breaks down barriers so competition can work better for energy consumers', on ofgem.gov.uk; Crown copyright, Open Government Licence); zone Europe/London; the stored text prints no date (its 'Publication date' field is empty): it announces rules in force 'From 31 March' as the retail rules come into force, read on Wednesday 26 February 2014 10:00 GMT; no label depends on the day between 1 April 2013 and 30 March 2014. Bullets, sentences without a time word or whose only time word is 'now', and the last, cut off, are not taken. rules coming into force on a date, with duties from then: 31 March 2014, end of day (BST; CONVENTIONS 3.1a)
    B(
        text="From 31 March new rules come into force meaning the six largest suppliers and the largest independent generators will have to trade fairly with independent suppliers in the wholesale market, or face financial penalties.",
        due="2014-03-31 22:59:59",
        vague=False,
        said="2014-02-26 10:00:00",
        tz="Europe/London",
        precision="day",
        cluster=6,
        source=_OFGEM14,
        published="2014-02-26",
    ),
    # 'up to two years in advance', a standing duty: recurring (CONVENTIONS 1.3)
    B(
        text="The six largest suppliers will also have to publish the price at which they will trade wholesale power up to two years in advance.",
        due=None,
        vague=False,
        said="2014-02-26 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_OFGEM14,
        published="2014-02-26",
    ),
    # 'daily in two one-hour windows', a standing duty: recurring (CONVENTIONS 1.3)
    B(
        text="These prices must be published daily in two one-hour windows, giving independent suppliers and generators the opportunity and products they need to trade and compete effectively.",
        due=None,
        vague=False,
        said="2014-02-26 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_OFGEM14,
        published="2014-02-26",
    ),
    # US Coast Guard (Federal Register notice 2016-15033, 'Anchorage Grounds; Lower Chesapeake Bay, Cape Charles, VA', notice of public meeting and extension of comment period, Monday 27 June 2016, as carried by federal.elaws.us; US federal work, public domain); zone America/New_York (EDT, UTC-4); no hour: said 27 June 2016 10:00 EDT. Agency, action and address lines and sentences without a time word are not taken. 19 April 2016, told of the past: past
    B(
        text="The Coast Guard announces a public meeting to receive comments on an advance notice of proposed rulemaking entitled “Anchorage Grounds; Lower Chesapeake Bay, Cape Charles, VA” that was published in the Federal Register on Tuesday, April 19, 2016.",
        due=None,
        vague=False,
        said="2016-06-27 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CG16,
        published="2016-06-27",
    ),
    # two meetings: the later ends 20 July 2016 20:00 EDT (CONVENTIONS 6.1)
    B(
        text="A public meeting will be held on Tuesday, July 19, 2016, from 6 p.m. to 7:30 p.m. and on July 20, 2016, from 6:30 to 8 p.m. to provide an opportunity for oral comments.",
        due="2016-07-21 00:00:00",
        vague=False,
        said="2016-06-27 14:00:00",
        tz="America/New_York",
        precision="minute",
        cluster=3,
        source=_CG16,
        published="2016-06-27",
    ),
    # 'on or before Wednesday, August 31, 2016': end of that day EDT
    B(
        text="All comments and related material submitted after the meeting must be received by the Coast Guard on or before Wednesday, August 31, 2016.",
        due="2016-09-01 03:59:59",
        vague=False,
        said="2016-06-27 14:00:00",
        tz="America/New_York",
        precision="day",
        cluster=6,
        source=_CG16,
        published="2016-06-27",
    ),
    # one meeting, 19 July 2016 from 6 to 7:30 p.m.: its end, 19:30 EDT (CONVENTIONS 6.1); the telephone number is no time
    B(
        text="The public meeting on July 19, 2016, from 6 p.m. to 7:30 p.m. will be held at Slover Public Library Meeting Room, 235 E. Plume St., Norfolk, VA 23510, telephone 757-617-7986.",
        due="2016-07-19 23:30:00",
        vague=False,
        said="2016-06-27 14:00:00",
        tz="America/New_York",
        precision="minute",
        cluster=2,
        source=_CG16,
        published="2016-06-27",
    ),
    # one meeting, 20 July 2016 from 6:30 to 8 p.m.: its end, 20:00 EDT (CONVENTIONS 6.1)
    B(
        text="The public meeting on July 20, 2016, from 6:30 p.m. to 8 p.m. will be held at Eastern Shore Community College Lecture Hall, 29300 Lankford Highway, Melfa, VA, 23410.",
        due="2016-07-21 00:00:00",
        vague=False,
        said="2016-06-27 14:00:00",
        tz="America/New_York",
        precision="minute",
        cluster=2,
        source=_CG16,
        published="2016-06-27",
    ),
    # a comment period extended to a day: 31 August 2016, end of day EDT (CONVENTIONS 1.1)
    B(
        text="This document serves to inform the public that the Coast Guard has extended the public comment period for advance notice of proposed rulemaking (ANPRM); Anchorage Grounds; Lower Chesapeake Bay, Cape Charles, VA to Wednesday, August 31, 2016.",
        due="2016-09-01 03:59:59",
        vague=False,
        said="2016-06-27 14:00:00",
        tz="America/New_York",
        precision="day",
        cluster=6,
        source=_CG16,
        published="2016-06-27",
    ),
    # the first closing day, superseded, with no new time in this sentence: negated (CONVENTIONS 4.1). unsure: a careful reader could give 'past' (told as the original schedule)
    B(
        text="The public comment period for this ANPRM was originally scheduled to end on Monday, July 18, 2016.",
        due=None,
        vague=False,
        said="2016-06-27 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_CG16,
        published="2016-06-27",
    ),
    # US Coast Guard (Federal Register notice 99-33472, 'Great Lakes Pilotage Meeting', Wednesday 29 December 1999, as carried by federal.elaws.us; public domain); zone America/New_York (EST, UTC-5); no hour: said 29 December 1999 10:00 EST. The 'DATES: Public Meeting:' and 'Written Comments:' labels are not part of the sentences; 'end the meeting early' (general) and address lines are not taken. a meeting from 10 a.m. to 4 p.m. on 27 January 2000: its end, 16:00 EST (CONVENTIONS 6.1)
    B(
        text="We will hold the meeting on January 27, 2000, from 10 a.m. to 4 p.m.",
        due="2000-01-27 21:00:00",
        vague=False,
        said="1999-12-29 15:00:00",
        tz="America/New_York",
        precision="minute",
        cluster=2,
        source=_CG99,
        published="1999-12-29",
    ),
    # 'on or before January 15, 2000': end of that day EST
    B(
        text="The Docket Management Facility must receive your comments on or before January 15, 2000.",
        due="2000-01-16 04:59:59",
        vague=False,
        said="1999-12-29 15:00:00",
        tz="America/New_York",
        precision="day",
        cluster=6,
        source=_CG99,
        published="1999-12-29",
    ),
    # US Coast Guard (Federal Register notice 00-28701, Lower Mississippi River Waterway Safety Advisory Committee meeting, Thursday 9 November 2000, as carried by federal.elaws.us; public domain); zone America/Chicago (the notice is issued for the committee by Marine Safety Office New Orleans and the meeting is in New Orleans; CST, UTC-6); no hour: said 9 November 2000 10:00 CST. 'may close early' (general), the address line and the agenda items (a list) are not taken. a meeting from 9 a.m. to 12 noon on Thursday 7 December 2000: its end, 12:00 CST (CONVENTIONS 6.1). unsure: a careful reader reading the Federal Register's zone (America/New_York) would give 17:00 UTC
    B(
        text="LMRWSAC will meet on Thursday, December 7, 2000, from 9 a.m. to 12 noon.",
        due="2000-12-07 18:00:00",
        vague=False,
        said="2000-11-09 16:00:00",
        tz="America/Chicago",
        precision="minute",
        cluster=2,
        source=_CG00,
        published="2000-11-09",
    ),
    # 'on or before November 20, 2000': end of that day CST
    B(
        text="Written material and requests to make oral presentations should reach the Coast Guard on or before November 20, 2000.",
        due="2000-11-21 05:59:59",
        vague=False,
        said="2000-11-09 16:00:00",
        tz="America/Chicago",
        precision="day",
        cluster=6,
        source=_CG00,
        published="2000-11-09",
    ),
    # the same day for the second kind of request: 20 November 2000, end of day CST
    B(
        text="Requests to have a copy of your material distributed to each member of the committee should reach the Coast Guard on or before November 20, 2000.",
        due="2000-11-21 05:59:59",
        vague=False,
        said="2000-11-09 16:00:00",
        tz="America/Chicago",
        precision="day",
        cluster=6,
        source=_CG00,
        published="2000-11-09",
    ),
    # US Coast Guard (media release of Coast Guard District 14 on the Kamokuna lava ocean entry meeting, dated 5 May 2017, as carried by hawaii247.com; US federal work, public domain); zone Pacific/Honolulu (HST, UTC-10); no hour: said Friday 5 May 2017 10:00 HST. Sentences without a time word ('by the deadline' dates nothing) are not taken. a meeting at 5 p.m. on Monday 8 May 2017: 17:00 HST
    B(
        text="The Coast Guard will host a public meeting regarding the Notice of Proposed Rule Making for the Kamokuna lava ocean entry safety zone at the East Hawaii County Building (Hilo) Aupuni Center Conference Room located at 101 Pauahi Street #7, Hilo, HI, 96720 at 5 p.m., Monday, May 8, 2017.",
        due="2017-05-09 03:00:00",
        vague=False,
        said="2017-05-05 20:00:00",
        tz="Pacific/Honolulu",
        precision="minute",
        cluster=2,
        source=_CG17,
        published="2017-05-05",
    ),
    # the comment period ends at 11:59 p.m. on 2 June 2017 HST
    B(
        text="The comment period ends at 11:59 p.m. June 2, 2017.",
        due="2017-06-03 09:59:00",
        vague=False,
        said="2017-05-05 20:00:00",
        tz="Pacific/Honolulu",
        precision="minute",
        cluster=2,
        source=_CG17,
        published="2017-05-05",
    ),
    # Federal Aviation Administration (Federal Register notice 87 FR 71391, Aviation Rulemaking Advisory Committee meeting, Tuesday 22 November 2022, as carried by print.casetext.com; US federal work, public domain); zone America/New_York (EST); no hour: said 22 November 2022 10:00 EST. The summary without a time word and the address and RSVP sentences are not taken. a meeting from 9 a.m. to 12 p.m. Pacific Time on Thursday 8 December 2022: its end, 12:00 PST (the zone the sentence names, CONVENTIONS 6.1, 6.3)
    B(
        text="The meeting will be held on Thursday, December 8, 2022, from 9 a.m. to 12 p.m. Pacific Time.",
        due="2022-12-08 20:00:00",
        vague=False,
        said="2022-11-22 15:00:00",
        tz="America/New_York",
        precision="minute",
        cluster=2,
        source=_FAA22,
        published="2022-11-22",
    ),
    # 'by Monday, November 21, 2022': end of that day EST, the evening before the notice's publication day. unsure: a careful reader could give 'past' (the day had ended when the notice was published)
    B(
        text="Requests to attend the meeting must be received by Monday, November 21, 2022.",
        due="2022-11-22 04:59:59",
        vague=False,
        said="2022-11-22 15:00:00",
        tz="America/New_York",
        precision="day",
        cluster=6,
        source=_FAA22,
        published="2022-11-22",
    ),
    # 'by November 21, 2022': end of that day EST. unsure: a careful reader could give 'past' (as above)
    B(
        text="Requests for accommodations to a disability must be received by November 21, 2022.",
        due="2022-11-22 04:59:59",
        vague=False,
        said="2022-11-22 15:00:00",
        tz="America/New_York",
        precision="day",
        cluster=6,
        source=_FAA22,
        published="2022-11-22",
    ),
    # 'no later than Monday, November 21, 2022': end of that day EST. unsure: a careful reader could give 'past' (as above)
    B(
        text="Requests to submit written materials to be reviewed during the meeting must be received no later than Monday, November 21, 2022.",
        due="2022-11-22 04:59:59",
        vague=False,
        said="2022-11-22 15:00:00",
        tz="America/New_York",
        precision="day",
        cluster=6,
        source=_FAA22,
        published="2022-11-22",
    ),
    # Federal Aviation Administration (Federal Register notice 89 FR 73178, Aviation Rulemaking Advisory Committee, amended notice of meeting, Monday 9 September 2024, as carried by d1tvxue8o4w0fl.cloudfront.net (casetext's store); public domain); zone America/New_York (EDT); no hour: said 9 September 2024 10:00 EDT. The carrier's explanation of document headings (a list), the summary without a time word, the address sentences and the last, cut off, are not taken. the 12 September meeting moved to 26 September, 1 to 4 p.m. eastern time: the new time counts, 16:00 EDT (CONVENTIONS 4.1, 6.1); 30 May 2024 is past
    B(
        text="For the meetings announced in the Federal Register on May 30, 2024 (89 FR 46984), notice is hereby given to change the September 12, 2024, ARAC public meeting to September 26, 2024, from 1 p.m. to 4 p.m. eastern time.",
        due="2024-09-26 20:00:00",
        vague=False,
        said="2024-09-09 14:00:00",
        tz="America/New_York",
        precision="minute",
        cluster=3,
        source=_FAA24,
        published="2024-09-09",
    ),
    # 'by Monday, September 16, 2024': end of that day EDT
    B(
        text="The FAA must receive requests to attend the meeting by Monday, September 16, 2024.",
        due="2024-09-17 03:59:59",
        vague=False,
        said="2024-09-09 14:00:00",
        tz="America/New_York",
        precision="day",
        cluster=6,
        source=_FAA24,
        published="2024-09-09",
    ),
    # 'by Thursday, September 19, 2024': end of that day EDT
    B(
        text="The FAA must receive requests for accommodations to a disability by Thursday, September 19, 2024.",
        due="2024-09-20 03:59:59",
        vague=False,
        said="2024-09-09 14:00:00",
        tz="America/New_York",
        precision="day",
        cluster=6,
        source=_FAA24,
        published="2024-09-09",
    ),
    # 'by Thursday, September 19, 2024' (the stored wording 'to during' kept as published): end of that day EDT
    B(
        text="The FAA must receive any written materials to during the meeting by Thursday, September 19, 2024.",
        due="2024-09-20 03:59:59",
        vague=False,
        said="2024-09-09 14:00:00",
        tz="America/New_York",
        precision="day",
        cluster=6,
        source=_FAA24,
        published="2024-09-09",
    ),
    # Environmental Protection Agency (news item of 12 December 2012, 'EPA Extends Public Comment Period On Proposed MATS Reconsideration', as carried by pollutiononline.com with 'Source: US Environmental Protection Agency'; US federal work, public domain); zone America/New_York (EST); no hour: said 12 December 2012 10:00 EST. The sentence on the hearing (no time word) is not taken. a comment period extended by one week, until 7 January 2013: end of that day EST (CONVENTIONS 1.1; the stated end counts)
    B(
        text="EPA has extended the comment period on the MATS reconsideration proposal by one week - until January 7, 2013.",
        due="2013-01-08 04:59:59",
        vague=False,
        said="2012-12-12 15:00:00",
        tz="America/New_York",
        precision="day",
        cluster=4,
        source=_EPA12,
        published="2012-12-12",
    ),
    # 30 November and 5 December 2012, told of the past: past
    B(
        text='The Office of the Federal Register mistakenly published the MATS reconsideration proposal in the "final rules" section of the Nov. 30, 2012, Federal Register, and published a correction notice stating the inaccuracy on Dec. 5, 2012.',
        due=None,
        vague=False,
        said="2012-12-12 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA12,
        published="2012-12-12",
    ),
)
