"""A HUNDRED-AND-NINETY-SECOND fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 12:35 and 12:45 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l192-s64) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 64 (fresh189 to fresh191 and fresh193, articles blind150 and blind151), whose claims in the
shared claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh188.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of `bot/core/deadlines/`
was opened. The brief asked for less-mined publishers (UK Commons debates of 1960 to 2004 other than business
statements and Lords debates, the US Department of Education, HHS, CDC and FDA, Statistics Canada, European
Commission releases on state aid, competition and infringements), open licences only, at least eight
publishers, none above a fifth, at most a third from the United States, a spread of genres, about 80 cases
(at least 60).

The set quotes UK Parliament (a Procedure Committee report printed in a Lords debate of 24 July 2002, the
Lords on Commons amendments to the Child Support Bill, 22 July 1991, and the Commons debate on the summer
adjournment motion, 26 July 1960), the Houses of the Oireachtas (the Seanad Order of Business of 17 September
2014, the Dáil Report Stage of the Finance Bill 2011 on 27 January 2011, Seanad statements on Budget 2024 of
10 October 2023), Statistics Canada (a regional officer's letter on the 2006 Census of 29 May 2006, the 2011
Census of Agriculture help page), the US Food and Drug Administration (a Federal Register notice of a public
meeting, 20 March 2012, the Commissioner's keynote to the 2018 FDLI conference, 3 May 2018), the European
Commission (the infringement fact sheets MEMO/18/3986 of 7 June 2018 and MEMO/11/646 of 29 September 2011),
the Centers for Disease Control and Prevention (the COCA Digest of 11 September 2019), the US Department of
Health and Human Services (its release of 12 January 2021 on a final rule) and the US Department of Education
(the Secretary's request for input of 26 April 2016). 63 cases from 8 publishers: UK Parliament 12 (19.0%);
the Oireachtas 12 (19.0%); Statistics Canada 10 (15.9%); FDA 10 (15.9%); the European Commission 8 (12.7%);
CDC 7 (11.1%); HHS 3 (4.8%); the Department of Education 1 (1.6%). 21 of the 63 (33.3%) are from the United
States (FDA, CDC, HHS, Education); 42 are not. Genres: a committee report printed in debate, exchanges on
Commons amendments, an adjournment debate, an Order of Business, a Report Stage debate, ministerial budget
statements, a statistics office's letter and help page, a Federal Register meeting notice, a Commissioner's
speech, infringement fact sheets, a clinicians' digest, an agency news release and a Secretary's request for
comments.

The store is heavily mined: of about 65 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (historic Hansard Consolidated Fund statements, a Lords question of 1982, Commons adjournment
debates of 1969, StatCan release schedules, Daily pages, census media advisories and newswire releases,
ED Review bulletins, CDC telebriefing transcripts and flutrackers copies of CDC advisories, the ASPE
statement of 2001 and an ASPE grant notice, eubusiness and readkong copies of Commission infringement and
Daily News pages, a Wikinews article on Haiti, Oireachtas pages of 2021 and 2023, ukpol.co.uk listings).
No Wikinews article was found fresh. Each page's cases share one `source` constant, so whole pages can be
dropped.

Left out, and why. Claimed (`fresh192`) but not used: the Commission's competition newsroom listing
ec.europa.eu/newsroom/comp/items/topic/2388?page=2 and the ieu-monitoring.com copy of an April infringements
package (neither stored text dates its items); the Lords debate of 10 May 2000, the Lords procedure debate
(procedure-of-the-house-select-committee-3) of 24 July 2002 and the TheyWorkForYou copy of the Commons summer
adjournment debate of 23 July 1970 (UK Parliament cap); the Dáil Report Stage of 17 December 2008 and the
KildareStreet copy of the Dáil Second Stage of the Finance Bill of 25 October 2016 (Oireachtas cap; one
sentence each); the FDA generic drug user fee notice of 26 September 2016 and the CDC COCA Digest of 16 October
2019 (United States share); the einpresswire copy of an Education Department release on coronavirus
resources (no date in the stored text); the barrierestarjournal.com item on the 2016 census (no date, and its
text may be the newspaper's own) and the bpbpd.wpengine.com letter of a Statistics Canada director (no date,
and its 'later this week' turns on the day). Within the pages kept: sentences without a time word; sentences
whose only time words are general ("now", "then", "monthly", "previous", "current", "future", "at this
stage", "at the moment", "in the time available", "in advance", "years of investment") or whose only year
names an Act, a budget or forms; motion lines, quoted amendment texts, speaker tags, interjections, titles,
headings, date and contact lines, a site banner added years after the page (FDA), a site counter line
(einpresswire) and sentences cut off where the stored text ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a year, a month, a clock
time, a fiscal year, "today", "this afternoon", "this morning", "last year", "this year", "each year", "the
previous week", "since 1992", "soon", "for the next little while", "the next three months", "the coming
year", "before the recess", "during the holidays", "a trial period of two parliamentary sessions", durations
in minutes and months); within each page quoted, the sentences of the stored text that hold one were taken
in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh192`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file): all 63 read fresh. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for UK Parliament, Europe/Dublin for the Oireachtas,
America/Toronto for Statistics Canada, Europe/Brussels for the Commission, America/New_York for FDA, CDC, HHS
and the Department of Education); the conversion of local instants to UTC wall time, weekdays and day counts
were done with Python's zoneinfo and datetime in a scratch script outside the repository, never with code of
the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh188.py`: the publication date at 10:00 local time unless the page gives the hour (three do: the
Hansard pages, '3.11 p.m.', '5.14 p.m.' and '3.57 p.m.'); the first comment of each page says where its date
was read. Three pages print no date of their own in the stored text: the HHS release is read on 12 January
2021 (the day the store's law-firm note gives for it), the Education request on 26 April 2016 (the date in
its address) and the Census of Agriculture help page on 10 May 2011 (Census Day, while its help line ran); no
label depends on the exact day within that window. A day falls due at 23:59:59 local; a one-off event at a
time due then (CONVENTIONS 3.1); a service kept to a date at that date (CONVENTIONS 3.3); several times and
ranges at the latest (CONVENTIONS 6.1); clock times with no day of their own after the moment of speaking
(CONVENTIONS 6.3); an activity given only its start earliest (CONVENTIONS 3.2); questions and wishes due None
with no refusal word (CONVENTIONS 4.2, 4.3); times hung on an undated event are event (CONVENTIONS 1.3);
standing rules and schedules recurring (CONVENTIONS 1.3); done acts past (CONVENTIONS 2.4); vague words told
as going to happen take the documented windows (CONVENTIONS 5.1); a day word on the verb of speaking is not
the deadline (CONVENTIONS 2.2). Clusters as in `blind_fresh188.py`: 1 no time set, 2 clock times, 3 ranges
and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 43 labels
are refusals (past 32, recurring 8, event 2, earliest 1; none negated); 2 are vague (60-day windows); 12
labels carry a due instant (the vague ones included); 8 have due None and no refusal word; 13 are marked
"unsure" and name the other reading; like every label here they stay as committed, whatever the first run
shows. First run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never
edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_EC18 = "http://europa.eu/rapid/press-release_MEMO-18-3986_en.htm"
_EC11 = "http://europa.eu/rapid/press-release_MEMO-11-646_en.htm?locale=en"
_SC06 = (
    "https://mobile.ghanaweb.com/GhanaHomePage/diaspora/May-16th-was-Census-Day-in-Canada-104996"
)
_SC11 = "http://www.statcan.gc.ca/eng/ca2011/201101/110014"
_HL02 = "http://api.parliament.uk/historic-hansard/lords/2002/jul/24/procedure-of-the-house-select-committee-2/division_1"
_HL91 = "https://api.parliament.uk/historic-hansard/lords/1991/jul/22/child-support-bill-hl-1"
_HC60 = "https://api.parliament.uk/historic-hansard/commons/1960/jul/26/sittings-of-the-house"
_SEN14 = "https://www.oireachtas.ie/ga/debates/debate/seanad/2014-09-17/3/"
_DAIL11 = "https://www.oireachtas.ie/en/debates/debate/dail/2011-01-27/5/member-speech/Brian-O'Shea.S.1987-04-25/"
_SEN23 = "https://www.oireachtas.ie/en/debates/debate/seanad/2023-10-10/11/"
_HHS21 = "https://www.einpresswire.com/article/534418532/improves-agency-procedures-relating-to-transparency-and"
_ED16 = "http://momagic.org/2016/04/26/request-for-feedback-essa-guidance-submit-your-comments-by-may-25-2016/"
_CDC19 = "https://emergency.cdc.gov/newsletters/coca/091119.htm"
_FDA12 = "https://print.casetext.com/federal-register/medical-device-user-fee-act-public-meeting"
_FDA18 = "https://www.fda.gov/news-events/speeches-fda-officials/keynote-address-2018-fdli-annual-conference-05032018"

FRESH192_CASES: tuple[BlindCase, ...] = (
    # European Commission (fact sheet MEMO/18/3986, the June infringements package, as stored on europa.eu/rapid, dated 7 June 2018 by the store; Commission reuse under Decision 2011/833/EU); zone Europe/Brussels (CEST, UTC+2); no hour on the page: said 7 June 2018 10:00. The opening sentence whose only time word is 'monthly', the section headings and the sentence cut off where the stored text ends ('Belgium is given two months' time ...') are not taken. 'Today, the Commission has decided', the perfect with a day word, an act already done: past (CONVENTIONS 2.4)
    B(
        text="Today, the Commission has decided to send a reasoned opinion to Belgium for not having notified transposition measures required under the Nuclear Safety Directive (Council Directive 2014/87/Euratom).",
        due=None,
        vague=False,
        said="2018-06-07 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-06-07",
    ),
    # a transposition deadline of 15 August 2017, ten months before the page: past
    B(
        text="The amending Nuclear Safety Directive was to be transposed by Member States by 15 August 2017.",
        due=None,
        vague=False,
        said="2018-06-07 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-06-07",
    ),
    # 'by that time' and December 2017, told of the past: past
    B(
        text="By that time, the Belgian authorities had not notified the Commission of their transposition measures and therefore received a letter of formal notice in December 2017.",
        due=None,
        vague=False,
        said="2018-06-07 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-06-07",
    ),
    # February 2018, told of the past: past
    B(
        text="In February 2018, the Belgian authorities communicated a number of transposition measures.",
        due=None,
        vague=False,
        said="2018-06-07 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-06-07",
    ),
    # European Commission (MEMO/11/646, 'EU law: Commission acts to ensure that European legislation is fully and properly implemented', as stored on europa.eu/rapid; Commission reuse under Decision 2011/833/EU); zone Europe/Brussels (CEST, UTC+2); the page gives 'Brussels, 29 September2011' and no hour: said 29 September 2011 10:00. The opening sentence whose only time word is 'monthly', the one whose only time word is 'previous', the section headings and the last sentence, cut off where the stored text ends, are not taken. 'has taken today', an act already done: past (CONVENTIONS 2.4)
    B(
        text="The Commission has taken today 500 decisions, including 5 decisions to refer Member States to the European Union's Court of Justice.",
        due=None,
        vague=False,
        said="2011-09-29 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC11,
        published="2011-09-29",
    ),
    # decisions already adopted, on Directives whose deadline 'has already passed': past
    B(
        text="The Commission has adopted several decisions to request Member States to adopt implementing measures for Directives where the deadline has already passed and warned Member States that if they fail to do so they may not only be referred to the Court but also that the Commission intends to request the Court to impose a financial penalty on the Member State concerned.",
        due=None,
        vague=False,
        said="2011-09-29 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC11,
        published="2011-09-29",
    ),
    # a standing power of the Commission since the Lisbon Treaty, 'the first time the case is referred', 'within the deadline agreed' for each Directive: recurring (CONVENTIONS 1.3). unsure: a careful reader could give past (the entry into force of the Lisbon Treaty, the only dated point, lies in the past)
    B(
        text="Since the entry into force of the Lisbon Treaty, the Commission may now request the Court, the first time the case is referred to the Court, to impose financial penalties in cases where Member States have failed to implement Directives within the deadline agreed by the EU's Council of Ministers and the European Parliament.",
        due=None,
        vague=False,
        said="2011-09-29 08:00:00",
        tz="Europe/Brussels",
        refusal="recurring",
        cluster=5,
        source=_EC11,
        published="2011-09-29",
    ),
    # 'has decided today', an act already done; the referral it decides on has no time of its own: past (CONVENTIONS 2.4)
    B(
        text="In accordance with the provisions of the Treaty on the Functioning of the European Union (TFEU), the Commission has decided today to take several Member States to Court for failing to comply with their legal obligations under EU law.",
        due=None,
        vague=False,
        said="2011-09-29 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC11,
        published="2011-09-29",
    ),
    # Statistics Canada (a letter of its Central Region public communications officer, Toronto, as carried by ghanaweb.com's diaspora page, which prints 'Mon, 29 May 2006'; Statistics Canada Open Licence, the letter being Statistics Canada's own text); zone America/Toronto (EDT, UTC-4); no hour on the page: said 29 May 2006 10:00. The date line, the contact lines and the sentences without a time word ('daily lives' is general) are not taken. Census Day, 16 May, told of the past: past
    B(
        text="As you are aware, May 16th was Census Day in Canada.",
        due=None,
        vague=False,
        said="2006-05-29 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC06,
        published="2006-05-29",
    ),
    # 'census day has come and gone', told of the past; the request to send forms now gives no time: past
    B(
        text="I am writing to you to ask you to remind your visitors , although census day has come and gone, IT'S NOT TOO LATE to send in their census forms if they have not already done so.",
        due=None,
        vague=False,
        said="2006-05-29 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC06,
        published="2006-05-29",
    ),
    # 'for the next little while', a span the parser's docstring documents no window for: due None, no refusal word. unsure: a careful reader could give a vague window (60 days, as 'soon', CONVENTIONS 5.1)
    B(
        text="Statistics Canada will be taking late census forms without any penalty for the next little while.",
        due=None,
        vague=False,
        said="2006-05-29 14:00:00",
        tz="America/Toronto",
        cluster=4,
        source=_SC06,
        published="2006-05-29",
    ),
    # 'soon' told as going to happen: vague, 60 days from 29 May 2006, 28 July 2006 end of day EDT (CONVENTIONS 5.1)
    B(
        text="Enumerators will be in your neighbourhood soon visiting households to follow-up on census questionnaires that have not been returned, as all households are legally obligated to complete their census questionnaire.",
        due="2006-07-29 03:59:59",
        vague=True,
        said="2006-05-29 14:00:00",
        tz="America/Toronto",
        cluster=4,
        source=_SC06,
        published="2006-05-29",
    ),
    # a penalty of the law for anyone refusing, 'three months' of it: recurring (CONVENTIONS 1.3)
    B(
        text="Person(s) refusing to complete a questionnaire can be fined $500 or imprisoned for three months, or both.",
        due=None,
        vague=False,
        said="2006-05-29 14:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_SC06,
        published="2006-05-29",
    ),
    # a release in February 2007: the month's end, 28 February 2007 end of day EST
    B(
        text="Preliminary population figures from the 2006 Census will be released in February 2007.",
        due="2007-03-01 04:59:59",
        vague=False,
        said="2006-05-29 14:00:00",
        tz="America/Toronto",
        precision="month",
        cluster=6,
        source=_SC06,
        published="2006-05-29",
    ),
    # Statistics Canada (2011 Census of Agriculture help page, statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EDT, UTC-4). The page prints no date: it is read on 10 May 2011, Census Day of the 2011 Census, while the help line it describes was running, at 10:00 (no label depends on the day between January and October 2011). Headings, questions used as headings, the list items (the '2010 income tax forms' names forms) and sentences without a time word are not taken. The help line runs weekdays 8 a.m. to 9 p.m. until the end of October 2011: a service kept going to a date falls due at that date (CONVENTIONS 3.3), and a schedule at its end (CONVENTIONS 6.1), so at 9 p.m. on Monday 31 October 2011 EDT. unsure: a careful reader could give recurring (a weekly timetable) or 31 October 2011 end of day (2011-11-01 03:59:59)
    B(
        text="The Census of Agriculture Help Line operates between 8 a.m. and 9 p.m. Monday to Friday until the end of October 2011.",
        due="2011-11-01 01:00:00",
        vague=False,
        said="2011-05-10 14:00:00",
        tz="America/Toronto",
        cluster=3,
        source=_SC11,
        published="2011-05-10",
    ),
    # 'the past 12 months' in a standing definition of an agricultural operation: recurring (CONVENTIONS 1.3). unsure: a careful reader could give past (a span that lies before the census)
    B(
        text="(It is not necessary to have had sales in the past 12 months.)",
        due=None,
        vague=False,
        said="2011-05-10 14:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_SC11,
        published="2011-05-10",
    ),
    # the 2006 census, told of the past: past
    B(
        text="On average, in 2006 respondents had to fill out 20% of the questions.",
        due=None,
        vague=False,
        said="2011-05-10 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC11,
        published="2011-05-10",
    ),
    # the time the form takes, a standing duration for every respondent: recurring (CONVENTIONS 1.3)
    B(
        text="Although the time required varies by the type and the complexity of the farm operation, on average it takes 45 to 60 minutes to complete the form.",
        due=None,
        vague=False,
        said="2011-05-10 14:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_SC11,
        published="2011-05-10",
    ),
    # UK Parliament (House of Lords, 24 July 2002, the 5th Report of the Procedure Committee printed in the debate on it, historic Hansard; Open Parliament Licence); zone Europe/London (BST, UTC+1); the page gives '3.11 p.m.': said 24 July 2002 15:11. The motion lines, the paragraph numbers and footnote marks (left out of the quotes), and sentences without a time word or whose only time words are general ('in the time available') are not taken. 21 May 2002, told of the past: past
    B(
        text='On 21 May 2002 the House debated a report by the Group appointed "to consider how the working practices of the House can be improved, and to make recommendations".',
        due=None,
        vague=False,
        said="2002-07-24 14:11:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL02,
        published="2002-07-24",
    ),
    # an instruction to report 'by 8 July', a date already gone when the report is debated on 24 July: past
    B(
        text="The House remitted the Group's report to the Procedure Committee with an instruction to make by 8 July recommendations, to be approved by the House, to implement the report.",
        due=None,
        vague=False,
        said="2002-07-24 14:11:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL02,
        published="2002-07-24",
    ),
    # 8 July, told of the past: past
    B(
        text="In our 4th report to the House on 8 July we explained why we were not able to meet this deadline.",
        due=None,
        vague=False,
        said="2002-07-24 14:11:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL02,
        published="2002-07-24",
    ),
    # a trial period of two sessions that starts only when the recommendations are approved, an undated event: event (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a conditional 'would', no undertaking, CONVENTIONS 4.2)
    B(
        text="Before turning to the Group's recommendations, we remind the House that the recommendations would be subject to a trial period of two parliamentary sessions and the House itself would have to approve any continuation thereafter.",
        due=None,
        vague=False,
        said="2002-07-24 14:11:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL02,
        published="2002-07-24",
    ),
    # 'at the end of the trial period', hung on the undated trial period: event (CONVENTIONS 1.3)
    B(
        text="At the end of the trial period the House should review how the new practices have worked and decide whether they should be continued.",
        due=None,
        vague=False,
        said="2002-07-24 14:11:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL02,
        published="2002-07-24",
    ),
    # UK Parliament (House of Lords, Monday 22 July 1991, Child Support Bill [HL], Commons amendments, historic Hansard; Open Parliament Licence); zone Europe/London (BST, UTC+1); the page gives '5.14 p.m.': said 22 July 1991 17:14. The motion line and sentences without a time word are not taken. 'earlier this afternoon', told of the past: past
    B(
        text="I should say that this has been agreed with the full consideration of what was said earlier this afternoon on the basis that this would be on balance more for the convenience of the whole House.",
        due=None,
        vague=False,
        said="1991-07-22 16:14:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL91,
        published="1991-07-22",
    ),
    # the consideration of the Bill 'beginning now, at a quarter-past five in the afternoon', an ongoing activity given only its start: earliest 17:15 BST (CONVENTIONS 3.2); the reporting verb is not the deadline (CONVENTIONS 2.2). unsure: a careful reader could give due 17:15 BST (the start as a one-off event, CONVENTIONS 3.1)
    B(
        text="It was said by my noble friend that the proposal to continue with the Bill—beginning now, at a quarter-past five in the afternoon—was for the convenience of the House.",
        due=None,
        vague=False,
        said="1991-07-22 16:14:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="1991-07-22 16:15:00",
        cluster=2,
        source=_HL91,
        published="1991-07-22",
    ),
    # 'only this morning', told of the past; the debate 'beginning quite late this very afternoon' has already begun: past. unsure: a careful reader could give earliest (the debate's start, an ongoing activity, CONVENTIONS 3.2) or due at the end of the afternoon, 18:00 BST (1991-07-22 17:00:00)
    B(
        text="To say that it is for the convenience of the House to tackle a Bill of such complexity and considerable importance—a Bill which was received by most of us only this morning—in a debate beginning quite late this very afternoon, is a misstatement.",
        due=None,
        vague=False,
        said="1991-07-22 16:14:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL91,
        published="1991-07-22",
    ),
    # UK Parliament (House of Commons, Tuesday 26 July 1960, 'Sittings of the House', the debate on the summer adjournment motion, historic Hansard; Open Parliament Licence); zone Europe/London (BST, UTC+1); the page gives '3.57 p.m.': said 26 July 1960 15:57. The motion line, the interjections, the sentences whose only time words are general ('at this stage', 'at the moment') and the last, cut off where the stored text ends, are not taken. 'nearly ten years', told of the past: past
    B(
        text="I have been in the House of Commons the comparatively short time of nearly ten years and I have never attempted to take up the time of the House frivolously.",
        due=None,
        vague=False,
        said="1960-07-26 14:57:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC60,
        published="1960-07-26",
    ),
    # 'this afternoon' on the speaking itself: a day word on the act of speaking is never the deadline (CONVENTIONS 2.2): due None, no refusal word. unsure: a careful reader could give the end of the afternoon, 18:00 BST (1960-07-26 17:00:00), as the act done while speaking (CONVENTIONS 2.1)
    B(
        text="I take up the time of the House this afternoon only because I feel so intensely that this is a serious time, both for the future of Britain and of those people for whom we have considerable responsibility, particularly those in Africa.",
        due=None,
        vague=False,
        said="1960-07-26 14:57:00",
        tz="Europe/London",
        cluster=1,
        source=_HC60,
        published="1960-07-26",
    ),
    # a wish ('I should like') to spend the recess with constituents, no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give the end of 'the next three months', 26 October 1960 end of day (1960-10-26 23:59:59)
    B(
        text="I should like, as would all other hon. Members, to spend the next few weeks, and, indeed, the next three months, with my constituents.",
        due=None,
        vague=False,
        said="1960-07-26 14:57:00",
        tz="Europe/London",
        cluster=4,
        source=_HC60,
        published="1960-07-26",
    ),
    # a question about 'during the holidays': due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="It may be asked, why not leave the affairs of the Congo and of United Nations troops during the holidays to Her Majesty's Government?",
        due=None,
        vague=False,
        said="1960-07-26 14:57:00",
        tz="Europe/London",
        cluster=1,
        source=_HC60,
        published="1960-07-26",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Wednesday 17 September 2014, Order of Business, the Irish-language address of the page, its text in English; CC BY 4.0, on oireachtas.ie); zone Europe/Dublin (IST, UTC+1); no hour on the page: said 17 September 2014 10:00. Sentences without a time word, those whose only time words are general ('future', 'previous', 'current') or name an Act, and the last, cut off where the stored text ends, are not taken. A schedule of this day's business: clock times with no day of their own read as their next occurrence after the moment of speaking (CONVENTIONS 6.3), the latest counts (CONVENTIONS 6.1): 8 p.m. IST
    B(
        text="The Order of Business is No. 62, Private Members' business, motion No. 11 re direct provision system, to be taken at 3.45 p.m. and conclude not later than 5.45 p.m.; and No. 1, Civil Registration (Amendment) Bill 2014 - Committee Stage, to be taken at 6 p.m. and adjourn not later than 8 p.m., if not previously concluded.",
        due="2014-09-17 19:00:00",
        vague=False,
        said="2014-09-17 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEN14,
        published="2014-09-17",
    ),
    # a meeting outside Leinster House 'today', already past when the Senator asks: past
    B(
        text="I do not know whether Members met the group of former IBRC mortgage holders outside Leinster House today.",
        due=None,
        vague=False,
        said="2014-09-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEN14,
        published="2014-09-17",
    ),
    # the Minister's undertaking to legislate in 2015, reported; the reporting verb is not the deadline (CONVENTIONS 2.2): 31 December 2015 end of day
    B(
        text="The Minister for Finance, Deputy Michael Noonan, stated that he would introduce legislation to protect such people in 2015.",
        due="2015-12-31 23:59:59",
        vague=False,
        said="2014-09-17 09:00:00",
        tz="Europe/Dublin",
        precision="year",
        cluster=6,
        source=_SEN14,
        published="2014-09-17",
    ),
    # 'before the recess', told of the past: past
    B(
        text="I raised the issue of the MS drug Fampyra a number of times before the recess and had hoped the matter had been resolved.",
        due=None,
        vague=False,
        said="2014-09-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEN14,
        published="2014-09-17",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate of Thursday 27 January 2011, Finance Bill 2011: Report and Final Stages, opened at a member's speech; CC BY 4.0, on oireachtas.ie); zone Europe/Dublin (GMT, UTC+0); no hour on the page: said 27 January 2011 10:00. The amendment's quoted text, the question about speaking times (no time word) and sentences without a time word are not taken. Speaking limits of Report Stage, 'two minutes' each: a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="On Report Stage all Members may speak twice on each amendment or group of amendments, with second contributions not exceeding two minutes.",
        due=None,
        vague=False,
        said="2011-01-27 10:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL11,
        published="2011-01-27",
    ),
    # the same standing limits, 'two minutes': recurring (CONVENTIONS 1.3)
    B(
        text="The Member who moves the amendment retains the right of reply; effectively, the mover of an amendment may speak three times — a contribution when moving the amendment, a second contribution of two minutes and a third contribution to conclude the debate.",
        due=None,
        vague=False,
        said="2011-01-27 10:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL11,
        published="2011-01-27",
    ),
    # 1997 and 1998, told of the past: past
    B(
        text="If the Dáil and Fianna Fáil while in government had adopted this approach, particularly after 1997 and 1998, we probably would not have had the kind of economic crash which the country has since suffered.",
        due=None,
        vague=False,
        said="2011-01-27 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL11,
        published="2011-01-27",
    ),
    # 'last year', told of the past: past
    B(
        text="Last year in the debate on the Finance Bill the Minister brought forward new tax expenditure schemes relating to tax reliefs for certain kinds of actions.",
        due=None,
        vague=False,
        said="2011-01-27 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL11,
        published="2011-01-27",
    ),
    # 'at the time' and a report due 'one month after the publication' of last year's Bill, both of the past (the next sentence says it was published): past
    B(
        text="At the time, the Dáil accepted an amendment in the name of the Labour Party to provide that one month after the publication of the Finance Bill, a cost-benefit analysis on tax expenditures would be published.",
        due=None,
        vague=False,
        said="2011-01-27 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL11,
        published="2011-01-27",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Tuesday 10 October 2023, Budget 2024 (Finance): Statements; CC BY 4.0, on oireachtas.ie); zone Europe/Dublin (IST, UTC+1); no hour on the page: said 10 October 2023 10:00. Sentences without a time word are not taken, nor the last, cut off where the stored text ends. This day's arrangements: the reply 'not later than 6.23 p.m.', the statements to conclude at 6.30 p.m.; clock times with no day of their own read after the moment of speaking (CONVENTIONS 6.3), the latest counts (CONVENTIONS 6.1): 6.30 p.m. IST
    B(
        text="I remind Members that the Minister of State has ten minutes to speak, group spokespersons have seven minutes, all other Senators have four minutes and the Minister will be called to reply not later than 6.23 p.m., with the statements to conclude at 6.30 p.m.",
        due="2023-10-10 17:30:00",
        vague=False,
        said="2023-10-10 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEN23,
        published="2023-10-10",
    ),
    # 'earlier today', told of the past ('budget 2024' names the budget): past
    B(
        text="I am very pleased to appear before the Seanad to discuss budget 2024, which was presented to Dáil Éireann earlier today by the Ministers for Finance and Public Expenditure, National Development Plan Delivery and Reform.",
        due=None,
        vague=False,
        said="2023-10-10 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEN23,
        published="2023-10-10",
    ),
    # 'recent years' and 'in decades', told of the past: past
    B(
        text="Recent years have seen the Irish economy grapple with a series of economic shocks - Brexit, the pandemic, Russia's invasion of Ukraine, and a rate of inflation not seen in decades.",
        due=None,
        vague=False,
        said="2023-10-10 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEN23,
        published="2023-10-10",
    ),
    # US Department of Health and Human Services (news release on the final rule 'Transparency and Fairness in Civil Administrative Enforcement Actions', as carried by einpresswire.com; US federal work, public domain); zone America/New_York (EST, UTC-5). The stored text prints no date: the release is HHS's of Tuesday 12 January 2021, the day the rule was issued (as a law firm's note of 14 January 2021 in the store says: 'a January 12 HHS press release'), read at 10:00 EST; no label depends on the exact day. The site's counter line, the headline, the quotation whose only time word is general ('in advance') and the last sentence, cut off where the stored text ends, are not taken. 'Today, ... released', an act already done: past (CONVENTIONS 2.4)
    B(
        text="Today, the Department of Health and Human Services (HHS) released a final rule designed to enhance HHS practices involving transparency and fairness in civil enforcement actions.",
        due=None,
        vague=False,
        said="2021-01-12 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HHS21,
        published="2021-01-12",
    ),
    # 'released last year', told of the past: past
    B(
        text="The final rule supplements and builds on the HHS Good Guidance Practices rule released last year by setting forth rules for appropriate HHS reliance on guidance documents and requiring HHS to give fair notice of relevant agency positions before taking a civil enforcement action.",
        due=None,
        vague=False,
        said="2021-01-12 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HHS21,
        published="2021-01-12",
    ),
    # 'Today’s final rule' names the rule; what it does has no time: due None, no refusal word. unsure: a careful reader could give past (the rule was issued that day, CONVENTIONS 2.4)
    B(
        text="Today’s final rule reiterates HHS’ commitment to proper use of guidance documents, by generally prohibiting HHS from treating noncompliance with a standard or practice announced solely in a guidance document as itself a violation of law.",
        due=None,
        vague=False,
        said="2021-01-12 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_HHS21,
        published="2021-01-12",
    ),
    # US Department of Education ('News from Secretary King', the Department's e-mail asking for input on non-regulatory guidance under ESSA, as reposted on momagic.org on 26 April 2016, the date in the address; US federal work, public domain); zone America/New_York (EDT, UTC-4); no hour: said 26 April 2016 10:00. Sentences without a time word ('previous' is general) are not taken. Comments asked for 'by May 25, 2016', the Department's own closing date: 25 May 2016 end of day EDT. unsure: a careful reader could give due None with no refusal word (a request that others act, CONVENTIONS 4.3)
    B(
        text="In order for your feedback to have the most impact, we encourage you to submit your comments by May 25, 2016.",
        due="2016-05-26 03:59:59",
        vague=False,
        said="2016-04-26 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED16,
        published="2016-04-26",
    ),
    # Centers for Disease Control and Prevention (COCA Digest of 11 September 2019, Clinician Outreach and Communication Activity, emergency.cdc.gov; US federal work, public domain); zone America/New_York (EDT, UTC-4); the date is in the address and no hour is given: said 11 September 2019 10:00. Headings, sentences without a time word or whose only time word is general ('currently available') and the list of states, cut off where the stored text ends, are not taken. 30 August 2019, told of the past: past
    B(
        text="On August 30, 2019, the Centers for Disease Control and Prevention (CDC) issued a Health Alert Network (HAN) advisory to provide: 1) background information in the forms of e-cigarette products, 2) information on the multistate outbreak of severe pulmonary disease associated with using e-cigarette products (devices, liquids, refill pods, and cartridges), and 3) clinical features of patients with severe pulmonary disease.",
        due=None,
        vague=False,
        said="2019-09-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CDC19,
        published="2019-09-11",
    ),
    # 1 January to 29 August 2019, a count of the past: past
    B(
        text="From January 1 to August 29, 2019, 1,234 individual cases of measles have been confirmed in 31 states.",
        due=None,
        vague=False,
        said="2019-09-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CDC19,
        published="2019-09-11",
    ),
    # 'the previous week', a count of the past: past
    B(
        text="This is an increase of 19 cases from the previous week.",
        due=None,
        vague=False,
        said="2019-09-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CDC19,
        published="2019-09-11",
    ),
    # 'since 1992', a count of the past: past
    B(
        text="This is the greatest number of cases reported in the U.S. since 1992.",
        due=None,
        vague=False,
        said="2019-09-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CDC19,
        published="2019-09-11",
    ),
    # 'this year', cases already counted: past
    B(
        text="More than 75% of the cases this year are linked to outbreaks in New York.",
        due=None,
        vague=False,
        said="2019-09-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CDC19,
        published="2019-09-11",
    ),
    # 'as of August 29, 2019', 'this year', a count of the past: past
    B(
        text="As of August 29, 2019, 125 of the people who got measles this year were hospitalized, and 65 reported having complications, including pneumonia and encephalitis.",
        due=None,
        vague=False,
        said="2019-09-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CDC19,
        published="2019-09-11",
    ),
    # 'this year', cases already typed: past
    B(
        text="All measles cases this year have been caused by measles wild-type D8 or B3.",
        due=None,
        vague=False,
        said="2019-09-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CDC19,
        published="2019-09-11",
    ),
    # US Food and Drug Administration (Federal Register notice 'Medical Device User Fee Act; Public Meeting', 77 Fed. Reg. 16239, 20 March 2012, as carried by casetext.com; US federal work, public domain); zone America/New_York (EDT, UTC-4); no hour: said 20 March 2012 10:00. The notice's headings, the sentence whose only time words are general ('future FYs') and the one whose only one is 'then', and the location and webcast lines are not taken. Fiscal years 2013 to 2017 name the period the reauthorized programme would cover, not a time for the meeting or the recommendations: due None, no refusal word. unsure: a careful reader could give the end of fiscal year 2017, 30 September 2017 end of day EDT (2017-10-01 03:59:59)
    B(
        text="The Food and Drug Administration (FDA) is announcing a public meeting to discuss proposed recommendations for the reauthorization of the Medical Device User Fee Act (MDUFA) for fiscal years (FYs) 2013 through 2017.",
        due=None,
        vague=False,
        said="2012-03-20 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FDA12,
        published="2012-03-20",
    ),
    # the authority expires on 1 October 2012, a one-off event at a date (CONVENTIONS 3.1): end of that day EDT
    B(
        text="The current legislative authority for MDUFA expires on October 1, 2012.",
        due="2012-10-02 03:59:59",
        vague=False,
        said="2012-03-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FDA12,
        published="2012-03-20",
    ),
    # the Act's standing procedure, 'a period of 30 days' for comments each time: recurring (CONVENTIONS 1.3)
    B(
        text="Following discussions with the device industry and periodic consultations with public stakeholders, the Federal Food, Drug, and Cosmetic Act (FD&C Act) directs FDA to publish the recommendations for the reauthorized program in the Federal Register, hold a meeting at which the public may present its views on such recommendations, and provide for a period of 30 days for the public to provide written comments on such recommendations.",
        due=None,
        vague=False,
        said="2012-03-20 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FDA12,
        published="2012-03-20",
    ),
    # the meeting on 28 March 2012 from 9 a.m. to 5 p.m.: the range's later end (CONVENTIONS 6.1), 5 p.m. EDT
    B(
        text="The public meeting will be held on March 28, 2012 from 9 a.m. to 5 p.m.",
        due="2012-03-28 21:00:00",
        vague=False,
        said="2012-03-20 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FDA12,
        published="2012-03-20",
    ),
    # registration to be received by 26 March 2012: end of that day EDT
    B(
        text="Registration to attend the meeting must be received by March 26, 2012.",
        due="2012-03-27 03:59:59",
        vague=False,
        said="2012-03-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FDA12,
        published="2012-03-20",
    ),
    # comments by 16 April 2012: end of that day EDT
    B(
        text="Submit either electronic or written comments by April 16, 2012.",
        due="2012-04-17 03:59:59",
        vague=False,
        said="2012-03-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FDA12,
        published="2012-03-20",
    ),
    # US Food and Drug Administration (Commissioner Scott Gottlieb's keynote address to the 2018 FDLI Annual Conference, 3 May 2018, fda.gov; US federal work, public domain); zone America/New_York (EDT, UTC-4); a morning speech ('Good morning') with no hour: said 3 May 2018 10:00. The site's banner about a reorganization begun on 1 October 2024 (added to the page six years after the speech, not part of it), the title and date lines, and sentences without a time word or whose only time word is general ('years of investment') are not taken. 'here today to speak', a day word on the act of speaking (CONVENTIONS 2.2): due None, no refusal word
    B(
        text="Good morning and thank you for having me here today to speak on behalf of the entire FDA.",
        due=None,
        vague=False,
        said="2018-05-03 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FDA18,
        published="2018-05-03",
    ),
    # 'each year' the Commissioner gives an address: recurring (CONVENTIONS 1.3)
    B(
        text="Each year at FDLI the FDA Commissioner gives a state of the union, if you will, reflecting on the past year at the agency.",
        due=None,
        vague=False,
        said="2018-05-03 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FDA18,
        published="2018-05-03",
    ),
    # 'today' on the speaking (CONVENTIONS 2.2); 'over the coming year' says where the focus lies, no act falls due at its end: due None, no refusal word. unsure: a careful reader could give a year from speaking, 3 May 2019 end of day EDT (2019-05-04 03:59:59)
    B(
        text="But today, I want to look ahead, and give you an outline of where our focus will be over the coming year when it comes to each of the spheres where we operate.",
        due=None,
        vague=False,
        said="2018-05-03 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_FDA18,
        published="2018-05-03",
    ),
    # 'soon' told as going to happen: vague, 60 days from 3 May 2018, 2 July 2018 end of day EDT (CONVENTIONS 5.1)
    B(
        text="And we’ll have much more to say soon on some of the new steps we plan to take to address this crisis.",
        due="2018-07-03 03:59:59",
        vague=True,
        said="2018-05-03 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_FDA18,
        published="2018-05-03",
    ),
)
