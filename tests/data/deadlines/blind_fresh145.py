"""A HUNDRED-AND-FORTY-FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 10:32 and 10:43 by a labelling helper (branch
issue12l145-s55) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 55 (fresh144 to fresh148), whose claims in the shared claims file were treated as used
and whose files and README sections were not opened. It read `CONVENTIONS.md` in full, the docstring,
comments, some cases and the README section of `blind_fresh143.py`, the field list of `BlindCase` in
`blind_real.py`, the docstring of `tests/data/fresh_check.py`, and the top docstring of the parser
package only (the vague windows, midnight at 23:59:59 of its day, weeks running Monday to Sunday, the
next such weekday); nothing else of `bot/core/deadlines/` was opened. The brief asked for UK Lords Hansard
and the Commons and Lords Library briefings, US transport agencies (FAA, FTA, NHTSA, FRA, FMCSA, PHMSA),
the Australian Bureau of Statistics and Australian federal departments that state CC BY, at most a third
from the United States; at least eight publishers, none above a fifth of the cases; about 90 cases (at
least 70) by 11:25 UTC.

The set quotes the House of Lords (the Chief Whip's Statement on the Arrangement of Business of 24 April
2017), the House of Commons (the Procedure Committee's report 'Matters for the Procedure Committee in the
2015 Parliament', its Summary and the Public Bill Office's note in its Appendix, prepared 17 March 2015),
the Houses of the Oireachtas (Seanad Éireann, Business of Seanad, 21 May 1986), the Australian Bureau of
Statistics (its Release Advice of 29 August 2014 and a 'Current Household Surveys' page of 2012), the
Federal Aviation Administration (the release of 5 April 2013 delaying the closure of 149 contract
towers), the Federal Transit Administration (a release of 19 April 2016 and a notice of funding
opportunity of 25 June 2018), the Federal Motor Carrier Safety Administration (the final rule of 14 May
2012 removing the vacated on-board recorders rule), the National Highway Traffic Safety Administration
(Enforcement Guidance Bulletin 2016-02 of 23 September 2016) and the Pipeline and Hazardous Materials
Safety Administration (advisory bulletin ADB-03-08 of 25 November 2003). 70 cases from 9 publishers (the
Houses of the Oireachtas 13 (18.6%); the House of Commons 13 (18.6%); the House of Lords 12 (17.1%); the
ABS 9 (12.9%); the FAA 7 (10.0%); the FTA 6 (8.6%); the FMCSA 5 (7.1%); NHTSA 3 (4.3%); PHMSA 2 (2.9%)).
23 of the 70 (32.9%) are from the United States (FAA, FTA, FMCSA, NHTSA, PHMSA, all of the Department of
Transportation); 47 are not. The two Houses publish their own reports and are counted as separate
publishers, as earlier sets count them. No Lords or Commons Library briefing, FRA page or Australian
department page was kept: the Library pages found were index pages without time words of their own,
FRA's pages found held no sentence with a time word or read USED, and the Australian departments' pages
found either read USED (a Norfolk Island release) or showed no licence statement of the department's own
in the store (the Department of Infrastructure's annual report of 2016-17, claimed and then left out for
that reason). The ABS pages of the 2016 Census, its release advice pages under the usual address,
Oireachtas Dáil and Seanad pages of 2008, 2009, 2019 and 2020, Statistics Canada release pages, a DOC
kauri release and the FMCSA Federal Register pages found first all read USED. Claimed and then left out
whole: the Lords business of 25 November 1931 and the Lords Order Paper of 4 April 2017 (to keep the
House of Lords under a fifth), the Procedure Committee report's Introduction (to keep the House of
Commons under a fifth; it opens with the Summary's first sentence) and a Commons Order Paper whose date
could not be established. The set stops at 70, not 90: time ran short in a heavily mined store.

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, "tomorrow", "now",
"this week", "last week", "last month", "today", "each month", "quarterly", "regularly", "since 1960", "in
the next decade", "currently", "afterward", "before", "after", "until", "towards the end of this
session", "for the duration of the 2015-16 Session", "a few minutes", "additional time"); sentences of the
openings read that hold none were skipped, as were titles, headings, date lines, contact lines, list
items that are only addresses (the docket's web address 'at any time'), sentences cut off by the end of
an opening, and the words of a television station before the FAA release it quotes. The sentences were
found with a search over stored copies of public pages and taken as they came in the openings the search
returns, in page order; passed over were "There has not yet been a case ..." in the Public Bill Office's
note ("yet", general), NHTSA's "As NHTSA has always done ..." ("always", general), the quotation from the
Committee's 2014 report that the note cites (the words of an earlier report), and the ABS line "No
scheduled releases today." (found whole in an earlier set). The names and titles of speakers ("Mr. Ferris:",
"[1440] An Leas-Chathaoirleach:"), a column number printed inside a sentence ("[1439]"), footnote
markers ("[48]") and the Federal Register's labels ("DATES:") were left out of the quotes; the pages'
slips ("who we will be expected", "it would helpful", "could then reviewed") stay as the pages have them.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh145`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used
and dropped (README.md lists some). Every kept sentence was then checked whole with the same tool
(skipping this file): none reads used. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for both Houses, Europe/Dublin for the Seanad,
Australia/Sydney for the ABS, whose Canberra time it shares, America/New_York for the US agencies, whose
releases give Eastern times); the conversion of local instants to UTC wall time, weekdays and day counts
were done with Python's zoneinfo and datetime in a scratch script outside the repository, never with code
of the project. Irish summer time of 1986 (from 30 March) is zoneinfo's.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh143.py`: the publication date at 10:00 local time unless the page gives an hour (the ABS
Release Advice prints its release at 11:30 AM Canberra time, and that hour is used); where a page
carries no date of its own in its opening, the one its words, address or other facts give (the page's
first comment says which and why: the Hansard and Seanad pages from their addresses and headings, the
Procedure Committee report from its 'Prepared 17 March 2015' line, the ABS household surveys page from
the surveys it lists as current, taken as 1 July 2012 with no label depending on the day, the FAA release
from its own words and the trade press, the NHTSA bulletin from its copy's address, the FMCSA rule from
its effective date on publication); a day falls due at 23:59:59 local; "this week" falls due on its
Sunday; midnight is 23:59:59 of its day; a clock time with no day in the sentence is read from the moment
of speaking, with the page's instant in the comment (CONVENTIONS 6.3); of several times or stages the
later (CONVENTIONS 6.1, 6.2); a time called off with a new one given counts the new one (CONVENTIONS
4.1); done acts are past (CONVENTIONS 2.4); standing rules and rates ("each month", "quarterly",
"Monday through Friday", the deadline for every report stage on a Monday) are recurring, and times hung
on an undated event ("before proposals can be brought", "afterward", "prior to the announcement")
event (CONVENTIONS 1.3); a question, a wish, a condition or a possibility is no undertaking (CONVENTIONS
4.2); refusals have `due=None` and a `refusal` kind; a sentence whose time words set no time for any act
has `due=None` and no refusal word (22 such). Clusters as in `blind_fresh143.py`: 1 no time set, 2 clock
times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and
dates. 33 labels are refusals (past 16, recurring 11, event 6); none is vague; 15 labels carry a due
instant; 17 are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after merging,
and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HLARR17 = "https://hansard.parliament.uk/Lords/2017-04-24/debates/74F28CDF-FD1B-4DDD-BFC5-0C94FBEB4260/ArrangementOfBusiness"
_HCPROC15S = "https://publications.parliament.uk/pa/cm201415/cmselect/cmproced/1121/112103.htm"
_HCPROC15A = "https://publications.parliament.uk/pa/cm201415/cmselect/cmproced/1121/112105.htm"
_SEANAD86 = "http://historical-debates.oireachtas.ie/S/0112/S.0112.198605210004.html"
_ABSREL14 = "http://www.abs.gov.au/AUSSTATS/abs@.nsf/97adb482c0aba769ca2570460017d0e7/a0061d6809bd80c3ca2571d2007ec005!OpenDocument"
_ABSMPS12 = "http://www.abs.gov.au/websitedbs/D3310114.nsf/4a256353001af3ed4b2562bb00121564/d64e3fdf17be5c1fca2571060079d60b!OpenDocument"
_FTATOD16 = "https://www.masstransitmag.com/home/press-release/12196661/federal-transit-administration-fta-fta-announces-205-million-to-improve-access-to-transit-in-communities-around-the-country"
_FTABUS18 = "https://thefederalregister.org/83-FR/29609"
_FAATWR13 = "http://wfxl.com/news/nation-world/faa-delaying-closure-of-149-air-traffic-control-towers-at-small-airports?id=881373"
_PHMSAADB03 = "https://webarchive.library.unt.edu/eot2008/20081105045653/http://www.phmsa.dot.gov/vgn-ext-templating/v/index.jsp?vgnextchannel=8590d95c4d037110VgnVCM1000009ed07898RCRD&vgnextfmt=print&vgnextoid=fce186edd3998110VgnVCM1000009ed07898RCRD"
_NHTSAEGB16 = "http://federal.elaws.us/fr/9/23/2016/2016-23010"
_FMCSAEOBR12 = "http://federal.elaws.us/citation/77-FR-28451"

FRESH145_CASES: tuple[BlindCase, ...] = (
    # House of Lords (Hansard, HL Deb 24 April 2017, 'Arrangement of Business', Open Parliament Licence v3.0; the date is the address's and the page's); zone Europe/London (BST); no hour given, said 24 April 2017 10:00 BST. 'this week’s business' names the business of which the Statement speaks; the Statement is made as the words are said and sets no time: due None, no refusal word
    B(
        text="My Lords, I wish to make a short Statement on this week’s business, which I hope will be of convenience to the House.",
        due=None,
        vague=False,
        said="2017-04-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLARR17,
        published="2017-04-24",
    ),
    # the same Statement: 'last week' dates developments gone: past (CONVENTIONS 2.4)
    B(
        text="It will not have escaped noble Lords’ attention that there were several developments last week.",
        due=None,
        vague=False,
        said="2017-04-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLARR17,
        published="2017-04-24",
    ),
    # the same Statement: 'On Tuesday morning' dates the announcement (the verb of speaking, never the deadline: CONVENTIONS 2.2); the act announced is a general election 'on Thursday 8 June', a one-off event due that day (CONVENTIONS 3.1) [local due 2017-06-08 23:59:59 BST; Thursday checked]. unsure: a careful reader could call the whole sentence past (CONVENTIONS 2.4), the announcement and the invitation having been made
    B(
        text="On Tuesday morning, my right honourable friend the Prime Minister announced her intention to invite the House of Commons to agree to an early Dissolution of Parliament to allow for a general election on Thursday 8 June.",
        due="2017-06-08 22:59:59",
        vague=False,
        said="2017-04-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HLARR17,
        published="2017-04-24",
    ),
    # the same Statement: 'last Wednesday' dates an act done: past (CONVENTIONS 2.4)
    B(
        text="The other place did so emphatically last Wednesday.",
        due=None,
        vague=False,
        said="2017-04-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLARR17,
        published="2017-04-24",
    ),
    # the same Statement: 'issued ... last Thursday' tells of an act done; 'this week’s business' and 'the end of this Parliament' set no time of their own: past (CONVENTIONS 2.4)
    B(
        text="Following that decision, in consultation with the usual channels, the Whips’ Office issued a revised Forthcoming Business last Thursday, which included a number of changes to this week’s business to reflect the fact that the end of this Parliament is nigh.",
        due=None,
        vague=False,
        said="2017-04-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLARR17,
        published="2017-04-24",
    ),
    # the same Statement: the purpose, the remaining business 'considered this week', falls due at the end of the week (weeks run Monday to Sunday, the parser's docstring): Sunday 30 April 2017 [local due 2017-04-30 23:59:59 BST]. unsure: a careful reader could take 'In a moment' (the Leader's invitation, minutes away) as the time of the act promised
    B(
        text="In a moment, my noble friend the Leader of the House will invite the House to agree to the Motion, which is a standard feature of what we know as wash-up at the end of a Parliament, to ensure that the remaining business can be considered this week, in the way indicated in Forthcoming Business.",
        due="2017-04-30 22:59:59",
        vague=False,
        said="2017-04-24 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HLARR17,
        published="2017-04-24",
    ),
    # the same Statement: 'the timings indicated in Forthcoming Business' are given in another paper, not in the sentence: due None, no refusal word
    B(
        text="The majority of the remaining business will be the consideration of reasons or amendments from the Commons in the normal way, to the timings indicated in Forthcoming Business.",
        due=None,
        vague=False,
        said="2017-04-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLARR17,
        published="2017-04-24",
    ),
    # the same Statement: 'This week’s business includes' names the business and states what it holds; no act is given a time: due None, no refusal word. unsure: a careful reader could read the Bills' passage as due this week (Sunday 30 April 2017)
    B(
        text="This week’s business includes two Bills that are on their way to us from the Commons—the Finance (No. 2) Bill and the Northern Ireland (Ministerial Appointments and Regional Rates) Bill.",
        due=None,
        vague=False,
        said="2017-04-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLARR17,
        published="2017-04-24",
    ),
    # the same Statement: 'on Wednesday', said on Monday 24 April, is Wednesday 26 April 2017 (the next such day, the parser's docstring); a day falls due at its end [local due 2017-04-26 23:59:59 BST]
    B(
        text="It is proposed that both Bills go through their substantive stages in this House on Wednesday.",
        due="2017-04-26 22:59:59",
        vague=False,
        said="2017-04-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HLARR17,
        published="2017-04-24",
    ),
    # the same Statement: 'tomorrow' dates the Report stage and the Third Reading that follows it at once: Tuesday 25 April 2017 [local due 2017-04-25 23:59:59 BST]
    B(
        text="It is also proposed that the Third Reading of the Criminal Finances Bill immediately follows the conclusion of its Report stage tomorrow.",
        due="2017-04-25 22:59:59",
        vague=False,
        said="2017-04-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HLARR17,
        published="2017-04-24",
    ),
    # the same Statement: prorogation 'at the conclusion of this Thursday’s business', a one-off act on a dated day, falls due at the end of Thursday 27 April 2017 (CONVENTIONS 3.1) [local due 2017-04-27 23:59:59 BST]
    B(
        text="Finally, subject to the progress of the remaining business, we expect to be able to prorogue at the conclusion of this Thursday’s business.",
        due="2017-04-27 22:59:59",
        vague=False,
        said="2017-04-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HLARR17,
        published="2017-04-24",
    ),
    # the same Statement: updates 'as necessary' hang on undated developments; 'as the week progresses' gives no end of its own: event (CONVENTIONS 1.3, 5.2). unsure: a careful reader could give the end of the week, Sunday 30 April 2017 23:59:59 BST
    B(
        text="I will update the House further as necessary, as the week progresses.",
        due=None,
        vague=False,
        said="2017-04-24 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HLARR17,
        published="2017-04-24",
    ),
    # House of Commons (Procedure Committee, 'Matters for the Procedure Committee in the 2015 Parliament', HC 1121 of 2014-15, Summary; Parliamentary copyright, Open Parliament Licence v3.0); the page prints 'Prepared 17 March 2015', taken as the day of publication; zone Europe/London (GMT); no hour given, said 17 March 2015 10:00 GMT. 'which we have produced in this Parliament' tells of reports done: past (CONVENTIONS 2.4)
    B(
        text="This is the thirty-first report which we have produced in this Parliament.",
        due=None,
        vague=False,
        said="2015-03-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCPROC15S,
        published="2015-03-17",
    ),
    # the same Summary: 'the new Parliament' names the successors' Parliament and 'in this Parliament' dates work done; the report informs as it is published and sets no time: due None, no refusal word
    B(
        text="Our intention in bringing forward this report is to inform the House, and especially our successors in the new Parliament, of those matters which we have considered but not brought to a conclusion in this Parliament.",
        due=None,
        vague=False,
        said="2015-03-17 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCPROC15S,
        published="2015-03-17",
    ),
    # the same Summary: 'reporting regularly' is a standing duty with no end; 'in the new Parliament' is a hope with no date: recurring (CONVENTIONS 1.3)
    B(
        text="First we consider the ongoing work of monitoring written Parliamentary questions, fulfilling the responsibility which we set ourselves of reporting regularly on the work which we do in this area, which we hope our successors will continue in the new Parliament.",
        due=None,
        vague=False,
        said="2015-03-17 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HCPROC15S,
        published="2015-03-17",
    ),
    # the same Summary: 'before proposals can be brought to the House' hangs on an undated event: event (CONVENTIONS 1.3)
    B(
        text='We then draw attention to three subjects—private Members\' bills, motions "That the House sit in private" and European scrutiny—on which we have done significant work but where further work with the Government is necessary before proposals can be brought to the House.',
        due=None,
        vague=False,
        said="2015-03-17 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HCPROC15S,
        published="2015-03-17",
    ),
    # the same Summary: 'before the end of this Parliament' names no calendar period, and the sentence does not date the dissolution: event (CONVENTIONS 1.3, 5.2). unsure: a careful reader who knows the fixed dissolution of 30 March 2015 could give that day (CONVENTIONS 3.5, 'before the end of <period>' at its end)
    B(
        text="In one of these cases, programming, which is considered at paragraphs 21 to 29 of this report, a further decision of the House to extend the trial of the three-day deadline for amendments at report stage will be necessary before the end of this Parliament in order to enable our successors to bring the matter to a successful conclusion.",
        due=None,
        vague=False,
        said="2015-03-17 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HCPROC15S,
        published="2015-03-17",
    ),
    # House of Commons (the same report, Appendix, a note by the Public Bill Office; Open Parliament Licence v3.0); said 17 March 2015 10:00 GMT as its Summary (the report's 'Prepared' day). 'approved ... on 8 May 2014' is done: past (CONVENTIONS 2.4)
    B(
        text="The House approved this recommendation on 8 May 2014.",
        due=None,
        vague=False,
        said="2015-03-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCPROC15A,
        published="2015-03-17",
    ),
    # the same note: 'Previously ... was' tells of a rule gone: past (CONVENTIONS 2.4)
    B(
        text="Previously, the deadline for tabling amendments for Report stage was two days - so for a Report Stage on a Monday, the deadline for tabling was the rise of the House on the preceding Thursday.",
        due=None,
        vague=False,
        said="2015-03-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCPROC15A,
        published="2015-03-17",
    ),
    # the same note: a deadline for every report stage on a Monday, a standing rule with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="Under the experiment, the deadline for a report stage on a Monday is the rise of the House on the previous Wednesday.",
        due=None,
        vague=False,
        said="2015-03-17 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HCPROC15A,
        published="2015-03-17",
    ),
    # the same note: an aim told in the past ('was to provide time, after ...'): past (CONVENTIONS 2.4)
    B(
        text="The Committee's aim in bringing forward the deadline was to provide time, after the Speaker had decided on selection and grouping of amendments, for the Government to table a supplementary programme motion which reflected the grouping.",
        due=None,
        vague=False,
        said="2015-03-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCPROC15A,
        published="2015-03-17",
    ),
    # the same note: the undertaking is told as given, but the review it promised keeps its own time (CONVENTIONS 2.2); 'towards the end of this session' dates no calendar period and the sentence does not date the session's end: event (CONVENTIONS 1.3). unsure: a careful reader could call the sentence past (CONVENTIONS 2.4), the note itself being the review
    B(
        text="The Committee undertook to review the operation of the trial towards the end of this session.",
        due=None,
        vague=False,
        said="2015-03-17 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HCPROC15A,
        published="2015-03-17",
    ),
    # the same note: the pluperfect tells of the Session so far: past (CONVENTIONS 2.4)
    B(
        text="In practice, for a number of reasons this Session had not produced very much evidence as to the impact of the change in the tabling deadline on programming.",
        due=None,
        vague=False,
        said="2015-03-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCPROC15A,
        published="2015-03-17",
    ),
    # the same note (the page's slip 'it would helpful' kept): a wish, no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could take 'for the duration of the 2015-16 Session' as a window hung on an undated session: event (CONVENTIONS 1.3)
    B(
        text="For this reason, and for the reasons set out in paragraphs 4 and 5 below, it would helpful if the experiment could be continued for the duration of the 2015-16 Session, so that a more substantial body of evidence could be obtained.",
        due=None,
        vague=False,
        said="2015-03-17 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCPROC15A,
        published="2015-03-17",
    ),
    # the same note (the page's slip 'could then reviewed' kept): 'then' (after the 2015-16 Session) with 'could' is a possibility, no undertaking (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="The experiment could then reviewed again.",
        due=None,
        vague=False,
        said="2015-03-17 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCPROC15A,
        published="2015-03-17",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate, vol. 112, 21 May 1986, 'Business of Seanad', on the Houses' historical-debates site; Oireachtas (Open Data) PSI Licence, CC BY 4.0); the date is the page's and its address's (19860521); zone Europe/Dublin (IST, summer time from 30 March 1986); no hour given, said 21 May 1986 10:00 IST. Mr. Ferris (the speaker's name is left out): the act proposed, adjourning 'now', is done on the day of speaking: end of that day, by the rule for a day word on the act as spoken (CONVENTIONS 2.1) [local due 1986-05-21 23:59:59 IST]. unsure: 'now' is no day word of 2.1; a careful reader could give the moment of speaking, or event for 'until the normal Adjournment time' (undated)
    B(
        text="In view of the length of time remaining until the normal Adjournment time I propose that the House adjourn now and not start new business.",
        due="1986-05-21 22:59:59",
        vague=False,
        said="1986-05-21 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SEANAD86,
        published="1986-05-21",
    ),
    # the same speech (the page's slip 'who we will be expected' kept): a hypothetical ('would be unfair') and an expectation, no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give the end of tomorrow, 22 May 1986 23:59:59 IST, for the attendance
    B(
        text="To start new business now would be unfair on the Members of the House who we will be expected to be in attendance for long hours tomorrow and also to the staff of the House who will be subjected to long sitting hours.",
        due=None,
        vague=False,
        said="1986-05-21 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEANAD86,
        published="1986-05-21",
    ),
    # the same speech: of the two acts proposed, adjourning now and sitting 'at 10 a.m. tomorrow', the later counts (CONVENTIONS 6.2): Thursday 22 May 1986 10:00 IST (CONVENTIONS 3.1)
    B(
        text="In view of this I propose that the House adjourn now and that it sit at 10 a.m. tomorrow to take the Tenth Amendment of the Constitution Bill.",
        due="1986-05-22 09:00:00",
        vague=False,
        said="1986-05-21 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEANAD86,
        published="1986-05-21",
    ),
    # the same speech (the column number '[1439]' printed inside the sentence is left out): a sitting 'tomorrow between 10 a.m. and 12 midnight' falls due at the latest of its times (CONVENTIONS 6.1); midnight is 23:59:59 of that day (the parser's docstring) [local due 1986-05-22 23:59:59 IST]
    B(
        text="I have been endeavouring to reach agreement with the various Members so that we can get a consensus: in view of the large number of representations that have been made to me I propose that the House sit tomorrow between 10 a.m. and 12 midnight, that there be a break for lunch between 1 p.m. and 2 p.m. and that there be no tea break.",
        due="1986-05-22 22:59:59",
        vague=False,
        said="1986-05-21 09:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_SEANAD86,
        published="1986-05-21",
    ),
    # the same speech: the arrangements 'for tomorrow' (Thursday 22 May) and 'again for Friday' (23 May 1986, checked): a schedule falls due at its end (CONVENTIONS 6.1); the hours are not given in the sentence, so the end of Friday [local due 1986-05-23 23:59:59 IST]
    B(
        text="There are intimations that a large number of Members would like to speak and in order not to curtail anybody, I propose those sitting arrangements for tomorrow and the same sitting hours again for Friday.",
        due="1986-05-23 22:59:59",
        vague=False,
        said="1986-05-21 09:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_SEANAD86,
        published="1986-05-21",
    ),
    # the same speech: 'over an extended period' is a hope with no end: due None, no refusal word
    B(
        text="I hope that the facilities of the House will be available to the Members and to the staff who will be expected to service the House over an extended period.",
        due=None,
        vague=False,
        said="1986-05-21 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEANAD86,
        published="1986-05-21",
    ),
    # Mr. Lanigan (the speaker's name is left out): a suggestion put as a question is no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could take it as a proposal of the sitting's hours and read the clock time by CONVENTIONS 6.3: the first 11 p.m. after the moment of speaking, 21 May 1986 23:00 IST, 22:00 UTC (page: 22 May 23:00 IST)
    B(
        text="May I suggest that the House sit from 10 a.m. to 11 p.m. with a lunch break?",
        due=None,
        vague=False,
        said="1986-05-21 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEANAD86,
        published="1986-05-21",
    ),
    # the same speaker: a condition, no undertaking (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="If the House sits until 12 midnight they will be incommoded.",
        due=None,
        vague=False,
        said="1986-05-21 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEANAD86,
        published="1986-05-21",
    ),
    # the Leas-Chathaoirleach (the column number '[1440]' and the speaker's title are left out): an entitlement after 11 p.m. on any late sitting is a standing rule: recurring (CONVENTIONS 1.3). unsure: a question is no undertaking (CONVENTIONS 4.2), and a careful reader could give due None and no refusal word
    B(
        text="Are they not entitled to taxis after 11 p.m.?",
        due=None,
        vague=False,
        said="1986-05-21 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_SEANAD86,
        published="1986-05-21",
    ),
    # Mr. Lanigan: as the question before it, a standing entitlement: recurring (CONVENTIONS 1.3). unsure: a question, due None and no refusal word (CONVENTIONS 4.2)
    B(
        text="Are we entitled to taxis after 11 p.m.?",
        due=None,
        vague=False,
        said="1986-05-21 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_SEANAD86,
        published="1986-05-21",
    ),
    # the Leas-Chathaoirleach: a question, no undertaking (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="Could we get agreement now on this?",
        due=None,
        vague=False,
        said="1986-05-21 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEANAD86,
        published="1986-05-21",
    ),
    # Mr. Ferris: a clock range with no day in the sentence is read from the moment of speaking (CONVENTIONS 6.3), at its later end (CONVENTIONS 6.1): the first 12 midnight after 21 May 1986 10:00 IST is 21 May 23:59:59 IST (page: 22 May 1986 23:59:59 IST, the sitting of tomorrow)
    B(
        text="I propose that the House sit from 10 a.m. to 12 midnight.",
        due="1986-05-21 22:59:59",
        vague=False,
        said="1986-05-21 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEANAD86,
        published="1986-05-21",
    ),
    # the same speaker: the perfect tells of a consideration done: past (CONVENTIONS 2.4)
    B(
        text="I have considered sitting from 10 a.m. to 11 p.m.",
        due=None,
        vague=False,
        said="1986-05-21 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEANAD86,
        published="1986-05-21",
    ),
    # Australian Bureau of Statistics (ABS Release Advice, latest issue released at 11:30 AM Canberra time on 29/08/2014, as the page prints it; CC BY 2.5 Australia per the ABS's own copyright and Creative Commons licensing pages); zone Australia/Sydney (Canberra's time, AEST); the page gives the hour, said 29 August 2014 11:30 AEST. The entry for Business Indicators, Australia, June 2014 (a description without a subject, as the page has it): 'quarterly estimates' is a standing rate: recurring (CONVENTIONS 1.3)
    B(
        text="Contains quarterly estimates of profits, income from the sale of goods and services, wages and salaries, and the book value of inventories.",
        due=None,
        vague=False,
        said="2014-08-29 01:30:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABSREL14,
        published="2014-08-29",
    ),
    # the same page (Mineral and Petroleum Exploration, Australia, June 2014): 'from the September quarter 1994' dates a classification begun long ago: past (CONVENTIONS 2.4)
    B(
        text="Petroleum exploration expenditure is classified by onshore/offshore, and from the September quarter 1994, by region.",
        due=None,
        vague=False,
        said="2014-08-29 01:30:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABSREL14,
        published="2014-08-29",
    ),
    # the same page (Balance of Payments and International Investment Position, Australia, June 2014): 'quarterly' tables 'for the latest six quarters' are a standing content: recurring (CONVENTIONS 1.3)
    B(
        text="Provides detailed quarterly balance of payments tables on current, capital and financial transactions for the latest six quarters, including seasonally adjusted, trend and chain volume measures of the current account.",
        due=None,
        vague=False,
        said="2014-08-29 01:30:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABSREL14,
        published="2014-08-29",
    ),
    # Australian Bureau of Statistics ('Current Household Surveys', the stored version that lists the Australian Health Survey 2011-2013, the Household Energy Consumption Survey 2012 and the Survey of Disability, Ageing and Carers 2012; CC BY 2.5 Australia per the ABS's own copyright and Creative Commons licensing pages); zone Australia/Sydney (AEST). The page carries no date of its own; the surveys it lists as current were in the field in 2012, so it is taken as 1 July 2012 10:00 AEST (no label depends on the day chosen: every label of the page is a refusal). The perfect with 'since 1960' tells of a survey run for decades: past (CONVENTIONS 2.4). unsure: a careful reader could call a survey kept going 'regular' recurring (CONVENTIONS 1.3), or an ongoing activity given only its start earliest (CONVENTIONS 3.2)
    B(
        text="The Monthly Population Survey (MPS) has been carried out since 1960 to provide regular information about the population and the labour force of Australia.",
        due=None,
        vague=False,
        said="2012-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABSMPS12,
        published="2012-07-01",
    ),
    # the same page: 'each month' is a standing rate: recurring (CONVENTIONS 1.3)
    B(
        text="Your household is one of approximately 35,000 around Australia selected by the ABS to take part in the survey each month.",
        due=None,
        vague=False,
        said="2012-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABSMPS12,
        published="2012-07-01",
    ),
    # the same page: '1905' is part of the Act's name: due None, no refusal word
    B(
        text="It is an official survey conducted under the authority of the Census and Statistics Act 1905.",
        due=None,
        vague=False,
        said="2012-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABSMPS12,
        published="2012-07-01",
    ),
    # the same page: 'In some months' of a monthly survey, a standing pattern: recurring (CONVENTIONS 1.3)
    B(
        text="In some months you might be asked additional questions on various topics including education, conditions of employment, the environment, or child care arrangements.",
        due=None,
        vague=False,
        said="2012-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABSMPS12,
        published="2012-07-01",
    ),
    # the same page: how long an interview 'usually' takes, for every household: recurring (CONVENTIONS 1.3)
    B(
        text="The questions can usually be answered for all of your household members in a few minutes and the answers can be provided by any adult member of the household.",
        due=None,
        vague=False,
        said="2012-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABSMPS12,
        published="2012-07-01",
    ),
    # the same page: 'once every month for eight months' is the standing pattern for every selected dwelling, with no start of its own: recurring (CONVENTIONS 1.3). unsure: the eight months run from the undated selection of the dwelling, which a careful reader could call event (CONVENTIONS 1.3)
    B(
        text="Interviews will be conducted for your dwelling once every month for eight months.",
        due=None,
        vague=False,
        said="2012-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABSMPS12,
        published="2012-07-01",
    ),
    # Federal Transit Administration (press release 'FTA Announces $20.5 Million to Improve Access to Transit in Communities Around the Country', dated April 19, 2016 on the page, in a trade journal's copy of the release; a work of the US Government, public domain under 17 U.S.C. 105); zone America/New_York (EDT; the release gives Eastern times); no hour given, said 19 April 2016 10:00 EDT. The release's first sentence (the page prints it twice, as subtitle and text; taken once): 'recently received' sets no time for any act: due None, no refusal word
    B(
        text="The U.S. Department of Transportation’s Federal Transit Administration (FTA) announces the availability of $20.5 million in competitive grant funds to support comprehensive planning associated with new fixed guideway and core capacity improvement projects that are seeking or have recently received funding through FTA’s Fixed Guideway Capital Investment Grants (CIG) Program.",
        due=None,
        vague=False,
        said="2016-04-19 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FTATOD16,
        published="2016-04-19",
    ),
    # the same release: 'midnight ... on June 13, 2016' is 23:59:59 of that day (the parser's docstring: midnight is 23:59:59 of that day) [local due 2016-06-13 23:59:59 EDT]. unsure: a careful reader could read midnight on June 13 as its first instant, 00:00 EDT on 13 June; no rule of CONVENTIONS settles which midnight a date names
    B(
        text="Applications are due at midnight Eastern time on June 13, 2016.",
        due="2016-06-14 03:59:59",
        vague=False,
        said="2016-04-19 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FTATOD16,
        published="2016-04-19",
    ),
    # the same release: a one-off event at a stated time (CONVENTIONS 3.1): Thursday 28 April 2016 (checked) 14:00 EDT
    B(
        text="FTA will host a webinar on this funding opportunity on Thursday, April 28 at 2:00 p.m. Eastern time at https://connectdot.connectsolutions.com/fta-tod-pilot.",
        due="2016-04-28 18:00:00",
        vague=False,
        said="2016-04-19 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FTATOD16,
        published="2016-04-19",
    ),
    # the same release: 'afterward' hangs on the webinar, not dated in the sentence: event (CONVENTIONS 1.3)
    B(
        text="The webinar will be recorded and posted on the FTA website afterward for any interested parties who are unable to attend.",
        due=None,
        vague=False,
        said="2016-04-19 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FTATOD16,
        published="2016-04-19",
    ),
    # Federal Transit Administration (83 FR 29609, notice of funding opportunity, Federal Register of Monday, June 25, 2018, as the page prints it; public domain, 17 U.S.C. 105); zone America/New_York (EDT); no hour given, said 25 June 2018 10:00 EDT. The summary's first sentence (printed again in the full text; taken once): 'fiscal year (FY) 2018 funds' names the money, it sets no time: due None, no refusal word
    B(
        text="The Federal Transit Administration (FTA) announces the opportunity to apply for approximately $366.3 million in fiscal year (FY) 2018 funds under the Grants for Buses and Bus Facilities Infrastructure Investment Program (CFDA #20.526).",
        due=None,
        vague=False,
        said="2018-06-25 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FTABUS18,
        published="2018-06-25",
    ),
    # the same summary: 'prior to the announcement of project selections' hangs on an undated event: event (CONVENTIONS 1.3)
    B(
        text="FTA may award additional funds if they are made available to the program prior to the announcement of project selections.",
        due=None,
        vague=False,
        said="2018-06-25 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FTABUS18,
        published="2018-06-25",
    ),
    # Federal Aviation Administration (press release of Friday, April 5, 2013 on delaying the closure of 149 contract towers, quoted whole by a television station's page, whose own words before it are not taken; a work of the US Government, public domain under 17 U.S.C. 105). The stored copy prints no date: the release says the FAA 'announced today' and that 'On March 22' and 'Last month' it announced the closures, and the trade press reports the announcement as made on Friday (AVweb, 'the FAA Friday announced it will delay until June 15'), Friday 5 April 2013; zone America/New_York (EDT); no hour given, said 5 April 2013 10:00 EDT. 'announced today' is the verb of speaking (CONVENTIONS 2.2); the closures, moved to 'June 15', fall due on the new day (CONVENTIONS 4.1: a time called off with a new time given counts the new one) [local due 2013-06-15 23:59:59 EDT]. unsure: 'delay ... until June 15' could be read as only a lower bound, no closure before June 15, earliest (CONVENTIONS 3.2)
    B(
        text="The U.S. Department of Transportation's Federal Aviation Administration announced today that it will delay the closures of all 149 federal contract air traffic control towers until June 15.",
        due="2013-06-16 03:59:59",
        vague=False,
        said="2013-04-05 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAATWR13,
        published="2013-04-05",
    ),
    # the same release: 'Last month' dates an announcement gone: past (CONVENTIONS 2.4)
    B(
        text="Last month, the FAA announced it would eliminate funding for these towers as part of the agency's required $637 million budget cuts under sequestration.",
        due=None,
        vague=False,
        said="2013-04-05 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FAATWR13,
        published="2013-04-05",
    ),
    # the same release: 'This additional time' names the delay, no time for the attempt: due None, no refusal word
    B(
        text="This additional time will allow the agency to attempt to resolve multiple legal challenges to the closure decisions.",
        due=None,
        vague=False,
        said="2013-04-05 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FAATWR13,
        published="2013-04-05",
    ),
    # the same release: 'the transition deadline' and 'more time' are not dated in the sentence: due None, no refusal word
    B(
        text="Extending the transition deadline will give the FAA and airports more time to execute the changes to the National Airspace System.",
        due=None,
        vague=False,
        said="2013-04-05 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FAATWR13,
        published="2013-04-05",
    ),
    # the same release (words of the Secretary of Transportation quoted in it; the attribution is left out): 'this additional time' is not dated in the sentence: due None, no refusal word
    B(
        text="We will use this additional time to make sure communities and pilots understand the changes at their local airports.",
        due=None,
        vague=False,
        said="2013-04-05 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FAATWR13,
        published="2013-04-05",
    ),
    # the same release: 'As of today ... have indicated' tells of acts done: past (CONVENTIONS 2.4)
    B(
        text="As of today, approximately 50 airport authorities and other stakeholders have indicated they may join the FAA's non-Federal Contract Tower program and fund the tower operations themselves.",
        due=None,
        vague=False,
        said="2013-04-05 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FAATWR13,
        published="2013-04-05",
    ),
    # the same release: as the sentence of the same kind before it, no time for the act: due None, no refusal word
    B(
        text="This additional time will allow the FAA to help facilitate that transition.",
        due=None,
        vague=False,
        said="2013-04-05 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FAATWR13,
        published="2013-04-05",
    ),
    # Pipeline and Hazardous Materials Safety Administration (advisory bulletin ADB-03-08, 68 FR 66155, dated Nov 25, 2003 on the page, issued by RSPA's Office of Pipeline Safety, PHMSA's predecessor, and kept on phmsa.dot.gov, here in the end-of-term web archive's copy; public domain, 17 U.S.C. 105); zone America/New_York (EST); no hour given, said 25 November 2003 10:00 EST. 'issued September 5, 2003 ... noted' tells of a bulletin gone: past (CONVENTIONS 2.4)
    B(
        text="In an advisory bulletin issued September 5, 2003 (68 FR 52816) RSPA/ OPS noted that the Pipeline Safety Improvement Act of 2002 (PSIA) requires each owner or operator of a gas or hazardous liquid pipeline system to implement a continuous public education program on the use of one call notification systems and other damage prevention activities, the indications of and hazards of an unintended release of product from a pipeline, the public safety steps required after a release, and how to report pipeline product releases.",
        due=None,
        vague=False,
        said="2003-11-25 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_PHMSAADB03,
        published="2003-11-25",
    ),
    # the same bulletin: 'no later than December 17, 2003' is the deadline of the submission: end of that day [local due 2003-12-17 23:59:59 EST]
    B(
        text="This advisory reminds pipeline operators that they must complete and submit self-assessments of their public education programs to RSPA/OPS for receipt no later than December 17, 2003, to meet the deadline established in the PSIA.",
        due="2003-12-18 04:59:59",
        vague=False,
        said="2003-11-25 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_PHMSAADB03,
        published="2003-11-25",
    ),
    # National Highway Traffic Safety Administration (Enforcement Guidance Bulletin 2016-02, final notice, FR doc 2016-23010, in a copy of the Federal Register whose address gives the issue date 9/23/2016; public domain, 17 U.S.C. 105); zone America/New_York (EDT); no hour given, said 23 September 2016 10:00 EDT. 'may evolve farther in the next decade' is a possibility, no undertaking (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="Automotive technology is at a moment of rapid change and may evolve farther in the next decade than in the previous 45-plus year history of the Agency.",
        due=None,
        vague=False,
        said="2016-09-23 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NHTSAEGB16,
        published="2016-09-23",
    ),
    # the same summary: 'currently' and 'in the future' set no time for any act: due None, no refusal word
    B(
        text="As the automobile industry moves toward fully automated (self-driving) vehicles and other innovative mobility solutions, NHTSA seeks to facilitate the advance of automated technologies that currently present safety improvements and that, in the future, are likely to improve safety and decrease the number of crashes, traffic fatalities, and serious injuries on U.S. roadways.",
        due=None,
        vague=False,
        said="2016-09-23 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NHTSAEGB16,
        published="2016-09-23",
    ),
    # the same summary: 'current views' names the present; the bulletin sets them forth as it is published: due None, no refusal word
    B(
        text="This Enforcement Guidance Bulletin sets forth NHTSA's current views on its enforcement authority—including its view that when vulnerabilities in automated safety technology or equipment pose an unreasonable risk to safety, those vulnerabilities constitute a safety-related defect—and suggests guiding principles and best practices for motor vehicle and equipment manufacturers in this context.",
        due=None,
        vague=False,
        said="2016-09-23 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NHTSAEGB16,
        published="2016-09-23",
    ),
    # Federal Motor Carrier Safety Administration (final rule removing the vacated electronic on-board recorders rule, FR doc 2012-11437, 77 FR 28448, in a copy of the Federal Register; public domain, 17 U.S.C. 105). The stored copy prints no issue date; the rule is 'Effective May 14, 2012' and, removing a rule a court had vacated, takes effect on publication, so it is read as published on Monday 14 May 2012; zone America/New_York (EDT); no hour given, said 14 May 2012 10:00 EDT. The dates are those of documents published long before: past (CONVENTIONS 2.4). unsure: the rescinding itself is the rule's act now, with no time in the sentence; a careful reader could give due None and no refusal word
    B(
        text="This final rule rescinds the final rule published on April 5, 2010, entitled “Electronic On-Board Recorders for Hours-of-Service Compliance” and amended by a September 13, 2010, technical amendment.",
        due=None,
        vague=False,
        said="2012-05-14 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FMCSAEOBR12,
        published="2012-05-14",
    ),
    # the same rule: the court's decision and 'the April 2010 final rule' are gone: past (CONVENTIONS 2.4)
    B(
        text="This action responds to a decision of the Court of Appeals for the Seventh Circuit that vacated the April 2010 final rule.",
        due=None,
        vague=False,
        said="2012-05-14 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FMCSAEOBR12,
        published="2012-05-14",
    ),
    # the same rule (the DATES line, without its label): a rule taking effect on a date is due that day (CONVENTIONS 3.1), the day of publication [local due 2012-05-14 23:59:59 EDT]
    B(
        text="Effective May 14, 2012.",
        due="2012-05-15 03:59:59",
        vague=False,
        said="2012-05-14 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FMCSAEOBR12,
        published="2012-05-14",
    ),
    # the same rule (ADDRESSES): opening hours 'Monday through Friday': recurring (CONVENTIONS 1.3)
    B(
        text="You may view the docket online by visiting the facility between 9 a.m. and 5 p.m. e.t., Monday through Friday except Federal holidays.",
        due=None,
        vague=False,
        said="2012-05-14 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FMCSAEOBR12,
        published="2012-05-14",
    ),
    # the same rule: 'the April 2010 final rule' names a rule; nothing is given a time: due None, no refusal word
    B(
        text="The legal basis for the April 2010 final rule is fully addressed in the rule and available at 75 FR 17209-17210.",
        due=None,
        vague=False,
        said="2012-05-14 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FMCSAEOBR12,
        published="2012-05-14",
    ),
)
