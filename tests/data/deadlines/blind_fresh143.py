"""A HUNDRED-AND-FORTY-THIRD fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 07:42 and 07:50 by a labelling helper (branch
issue12l143-s54) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 54 (fresh139 to fresh142), whose claims in the shared claims file were treated as used
and whose files and README sections were not opened. It read `CONVENTIONS.md` in full, the docstring,
comments, some cases and the README section of `blind_fresh138.py`, the field list of `BlindCase` in
`blind_real.py`, the docstring of `tests/data/fresh_check.py`, and the top docstring of the parser
package only (the vague windows, "by" and "before" periods, weeks running Monday to Sunday, "later this
<period>", "a deadline of"); nothing else of `bot/core/deadlines/` was opened. The brief asked for UK
Hansard (Commons and Lords debates and written answers), Wikinews, US health and benefits agencies (CMS,
HHS, SSA, IRS, USDA FNS) and GOV.UK departments (DWP, HMRC, DESNZ, DLUHC/MHCLG), at most a third from the
United States; at least eight publishers, none above a fifth of the cases; about 90 cases (at least 70)
by 08:30 UTC.

The set quotes the House of Lords (written answers of 6 July 2004 and 20 December 2010, the business of
25 May 1916, and the Order Papers of 7 July 2000, 7 January 2003 and 17 July 2003), the House of Commons
(questions and answers on the Palace of Westminster of 16 July 1946, 7 February 1949, 17 June 1952 and a
written answer of 10 March 1959), the Department of Health and Human Services (an hhs.gov blog post of 12
November 2015), the Social Security Administration (its history chronology of 2010 on ssa.gov), the
Centers for Medicare & Medicaid Services (Federal Register documents of 4 November 2009 and 12 April
2016), HM Revenue and Customs (the Making Tax Digital small business review outcome of 22 November 2023),
the Department for Energy Security and Net Zero (a consultation response updated 24 March 2026), the
Department for Work and Pensions (Pension Credit statistics updated 4 June 2025), the Department for
Levelling Up, Housing and Communities (the Building Safety Levy second consultation of 23 January 2024)
and Wikinews (a project page written before the Forbes Global CEO Conference of August 2005). 70 cases
from 10 publishers (the House of Lords 14 (20.0%); the House of Commons 14 (20.0%); HHS 8 (11.4%); SSA 7
(10.0%); CMS 6 (8.6%); HMRC 6 (8.6%); DESNZ 5 (7.1%); DWP 4 (5.7%); DLUHC 4 (5.7%); Wikinews 2 (2.9%)).
21 of the 70 (30.0%) are from the United States (HHS, SSA, CMS; HHS and CMS together, CMS being an HHS
agency, are 14, a fifth); 49 are not. The two Houses publish their own reports and are counted as
separate publishers, as earlier sets count them. No IRS or USDA FNS page of the publisher's own was found
fresh (IRS news releases on irs.gov and a copy of an IRS newswire read USED; FNS pages found were
resource listings without sentences to quote, or third parties' reports), and Wikinews gave only one
fresh page with time words of its own (its election and bulletin pages read USED; a talk page on a
launch read fresh but holds hardly a time word of Wikinews's own).

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, "to-morrow",
"now", "currently", "this year", "next week", "last week", "later this year", "next July", a month, a
year, a financial year, a span, "a year", "quarterly", "every 3 years", "as soon as possible", "as
quickly as possible", "after", "before", "until", "when", "during"); sentences of the openings read that
hold none were skipped, as were titles, headings (the day headings of the Order Papers, "MONDAY 10TH
JULY", "At half-past two o'clock"), date lines, contact lines, sentences cut off by the end of an
opening, and words quoted by Wikinews from a third party (the conference's own blurb). The sentences were
found with a search over stored copies of public pages and taken as they came in the openings the search
returns, in page order; four whose only time words are general were passed over ("yet" in Mr. Speir's
question of 1959, "for some time" and "now" in Mr. Braine's second question of 1952, "so long" in Baroness
Amos's answer of 2004, "the first time, and the last time" in Sir T. Moore's question of 1949). The
numbers and names of members run into a question ("§ 4. Sir T. Moore", "12. Mr. W. Shepherd", "49. Mr.
Braine"), the Lords' question numbers ("[HL3319]", "[HL4969]", "[HL5152]"), the Order Papers' markers
("*", "†*"), a column number printed inside a sentence ("5"), and the Federal Register's labels
("SUMMARY:", "DATES: Effective Date:") were left out of the quotes, and the line breaks of the Federal
Register pages were joined; the pages' slips ("ale scaffolding", "Penson Credit") stay as the pages have
them. To keep the House of Commons at a fifth, the Commons written answer of 14 May 1946 on the
Westminster Hall scaffolding, claimed, was left out whole.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh143`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used
and dropped (README.md lists some). Every kept sentence was then checked whole with the same tool
(skipping this file): none reads used. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for both Houses and the GOV.UK departments,
America/New_York for HHS, CMS and SSA, Australia/Sydney for the Wikinews page, whose subject is in
Sydney); the conversion of local instants to UTC wall time, weekdays and day counts were done with
Python's zoneinfo and datetime in a scratch script outside the repository, never with code of the
project. The summer time of 1916 (the first, from 21 May), 1946, 1949 and 1952 is zoneinfo's.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh138.py`: the publication date at 10:00 local time, no page giving an hour of speaking that
the sentences follow (the 1916 page prints only the hour of rising); where a page carries no date of its
own in its opening, the one its words, address or other facts give (the page's first comment says which
and why: the GOV.UK pages from their "Published"/"Updated" lines, the Order Papers and Hansard pages from
their addresses, the SSA chronology from the date that opens each entry, the Wikinews page from the
conference it announces); a day falls due at 23:59:59 local; "next week" falls due on its Sunday; "later
this year" and "this year" at the year's end; "by 2030" at the end of 2030 (CONVENTIONS 3.5); a stated
window from a stated end falls due at its end (CONVENTIONS 1.1); a state kept "until" a day falls due that
day (CONVENTIONS 3.3); of two stages the later (CONVENTIONS 6.2); "as soon as possible" and "as quickly
as possible" are vague, 60 days (CONVENTIONS 5.1); "not ... before next July" gives only a start
(CONVENTIONS 3.2); done acts are past (CONVENTIONS 2.4); standing limits and rates ("the 14 day
deadline", "quarterly", "every 3 years") are recurring, and times hung on an undated event ("during the
dinner adjournment", "when the result comes", "after the Summer Recess", "for 10 years" per household)
event (CONVENTIONS 1.3); a question or a possibility is no undertaking (CONVENTIONS 4.2); refusals have
`due=None` and a `refusal` kind; a sentence whose time words set no time for any act has `due=None` and no
refusal word (14 such). Clusters as in `blind_fresh138.py`: 1 no time set, 2 clock times, 3 ranges and
several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 39 labels are
refusals (past 28, event 5, recurring 5, earliest 1); 2 are vague; 17 labels carry a due instant (the 2
vague ones included); 18 are marked "unsure" and name the other reading; like every label here they stay
as committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HLWA04 = "https://api.parliament.uk/historic-hansard/written_answers/2004/jul/06/questions-for-written-answer"
_HLBUS16 = "https://api.parliament.uk/historic-hansard/lords/1916/may/25/business-of-the-house"
_HLOP03JUL = "http://www.publications.parliament.uk/pa/ld200203/minutes/030717/ldordpap.htm"
_HLOP03JAN = "http://www.publications.parliament.uk/pa/ld200203/minutes/030107/ldordpap.htm"
_HLOP00 = "http://www.publications.parliament.uk/pa/ld199900/minutes/000707/ldordpap.htm"
_HLWA10 = "https://publications.parliament.uk/pa/ld201011/ldhansrd/text/101220w0001.htm"
_HCNEW49 = "https://api.parliament.uk/historic-hansard/commons/1949/feb/07/new-house-of-commons"
_HCSCAF46 = (
    "https://api.parliament.uk/historic-hansard/commons/1946/jul/16/westminster-hall-scaffolding"
)
_HCBEN59 = (
    "https://api.parliament.uk/historic-hansard/written_answers/1959/mar/10/big-ben-centenary"
)
_HCOFF52 = "https://api.parliament.uk/historic-hansard/commons/1952/jun/17/westminster-hall-offices-reconditioning"
_CMSESRD09 = "http://edocket.access.gpo.gov/2009/E9-26529.htm"
_CMSAMRP16 = "https://thefederalregister.org/81-FR/21479"
_HHSBLOG15 = "http://www.hhs.gov/blog/2015/11/12/solid-start.html"
_SSAHIST10 = "https://www.ssa.gov/history/2010.html"
_DESNZBILL26 = "https://www.gov.uk/government/consultations/scheme-design-for-bill-discounts-for-new-transmission-network-infrastructure/outcome/scheme-design-for-bill-discounts-for-transmission-network-infrastructure-government-response-accessible-webpage"
_DWPPC25 = "https://www.gov.uk/government/statistics/pension-credit-applications-and-awards-may-2025/pension-credit-applications-and-awards-may-2025"
_HMRCMTD23 = "https://www.gov.uk/government/publications/outcome-of-the-making-tax-digital-small-business-review/making-tax-digital-small-business-review-outcome"
_DLUHCBSL24 = "https://www.gov.uk/government/consultations/building-safety-levy-technical-consultation/building-safety-levy-second-consultation"
_WNFORBES05 = "https://en.wikinews.org/wiki/Wikinews:Project_Forbes_Global_CEO_Conference_in_Sydney"

FRESH143_CASES: tuple[BlindCase, ...] = (
    # House of Lords (historic Hansard, HL Deb 06 July 2004 vol 663 c71WA, Open Parliament Licence v3.0; the date is the page's own and its address's); zone Europe/London (BST); no hour given, said 6 July 2004 10:00 BST. Lord Jopling's question; its number '[HL3319]' is left out. The only time that sets a limit is 'the standard period for replies is 14 days', a standing rule for every Question: recurring (CONVENTIONS 1.3). unsure: a question is no undertaking (CONVENTIONS 4.2), and a careful reader could give due None and no refusal word
    B(
        text="Whether the Ministry of Defence and the Northern Ireland Office will explain why they currently have 26 and 30 House of Lords Written Questions respectively awaiting reply of the 85 such Questions which have lain unanswered for over 21 days, when the standard period for replies is 14 days.",
        due=None,
        vague=False,
        said="2004-07-06 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HLWA04,
        published="2004-07-06",
    ),
    # the same answer (Baroness Amos): 'within the 14 day deadline' is a standing limit for every Question, with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="All government departments endeavour to answer Questions for Written Answer within the 14 day deadline.",
        due=None,
        vague=False,
        said="2004-07-06 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HLWA04,
        published="2004-07-06",
    ),
    # the same answer: 'has occasionally resulted in the deadline not being met' tells of deadlines already missed: past (CONVENTIONS 2.4)
    B(
        text="A number of the Northern Ireland Office questions have required co-ordination between several parts of the Northern Ireland Office and the 11 departments of the Northern Ireland Administration which has occasionally resulted in the deadline not being met.",
        due=None,
        vague=False,
        said="2004-07-06 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLWA04,
        published="2004-07-06",
    ),
    # the same answer: 'as soon as possible' as an undertaking of the speaker's departments: vague, 60 days from 6 July 2004 (CONVENTIONS 5.1) [local due 2004-09-04 23:59:59]
    B(
        text="I can assure the noble Lord that officials in both departments are working hard to provide the necessary information and ensure that the outstanding Questions are answered as soon as possible.",
        due="2004-09-04 22:59:59",
        vague=True,
        said="2004-07-06 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HLWA04,
        published="2004-07-06",
    ),
    # House of Lords (historic Hansard, HL Deb 25 May 1916, Open Parliament Licence v3.0; the date is in the address); zone Europe/London: the first summer time began on 21 May 1916, so BST (zoneinfo); the page prints only the hour of rising, so said 25 May 1916 10:00 BST. The speaker's name run into the words ('§ LORD FARQUHAR') is left out. The House is to stay adjourned until Tuesday 30 May 1916 (a Tuesday), a state kept to a date: due that day (CONVENTIONS 3.3) [local due 1916-05-30 23:59:59]
    B(
        text="My Lords, I beg to move that the House do adjourn, except for Judicial business, until Tuesday, May 30.",
        due="1916-05-30 22:59:59",
        vague=False,
        said="1916-05-25 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HLBUS16,
        published="1916-05-25",
    ),
    # the same page: the record of the rising is past, but the House meets again 'To-morrow half-past Ten o'clock', Friday 26 May 1916 10:30 BST, a one-off sitting at a time (CONVENTIONS 3.1) [local due 1916-05-26 10:30:00]. unsure: the line records an adjournment already made, and a careful reader could call it past (CONVENTIONS 2.4)
    B(
        text="House adjourned at twenty minutes past Six o'clock, till To-morrow half-past Ten o'clock.",
        due="1916-05-26 09:30:00",
        vague=False,
        said="1916-05-25 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HLBUS16,
        published="1916-05-25",
    ),
    # House of Lords (Minutes and Order Paper, Order Paper and Future Business, 17 July 2003, publications.parliament.uk, Open Parliament Licence v3.0; the date is in the address, 'minutes/030717'); zone Europe/London (BST); no hour given, said 17 July 2003 10:00 BST. 'during the dinner adjournment' is a part of a sitting the sentence does not date: event (CONVENTIONS 1.3). The day headings of the paper ('FRIDAY 18TH JULY', 'At eleven o'clock') are headings and were not taken
    B(
        text="Items marked are expected to be taken during the dinner adjournment.",
        due=None,
        vague=False,
        said="2003-07-17 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HLOP03JUL,
        published="2003-07-17",
    ),
    # the same paper (under the heading 'TUESDAY 9TH SEPTEMBER', which the sentence does not carry: CONVENTIONS 6.3): the only date, 3 July, is the day the draft Order was laid, in the past: past. unsure: the motion itself is set for a day the sentence does not give, and a careful reader could give due None and no refusal word
    B(
        text="Vienna Document 1999 (Privileges and Immunities) Order 2003—The Baroness Symons of Vernham Dean to move, That the draft Order laid before the House on 3rd July be approved.",
        due=None,
        vague=False,
        said="2003-07-17 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLOP03JUL,
        published="2003-07-17",
    ),
    # House of Lords (Minutes and Order Paper, 7 January 2003, publications.parliament.uk, Open Parliament Licence v3.0; the date is in the address, 'minutes/030107'); zone Europe/London (GMT); said 7 January 2003 10:00 GMT. The page's marker '*' is left out. A question asking whether something has 'now' been done; the only date, September (2002), is when the dossier was published: past (CONVENTIONS 2.4)
    B(
        text="The Lord Bramall—To ask Her Majesty’s Government whether the up-to-date information that appeared in the British Intelligence Dossier on Iraq’s weapons of mass destruction published in September has now been passed to the United Nations observers for verification and any necessary action.",
        due=None,
        vague=False,
        said="2003-01-07 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLOP03JAN,
        published="2003-01-07",
    ),
    # the same paper (markers '†*' left out): the only date, 5 January 2003, is that of the bombings, gone; the meeting asked about has no time: past. unsure: a question is no undertaking (CONVENTIONS 4.2), and a careful reader could give due None and no refusal word
    B(
        text="The Lord Clinton-Davis—To ask Her Majesty’s Government whether, in view of the suicide bombings in Tel Aviv on 5th January, it is still their intention to proceed with a Downing Street meeting on the Middle East Plan.",
        due=None,
        vague=False,
        said="2003-01-07 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLOP03JAN,
        published="2003-01-07",
    ),
    # House of Lords (Minutes and Order Paper, 7 July 2000, publications.parliament.uk, Open Parliament Licence v3.0; the date is in the address, 'minutes/000707'); zone Europe/London (BST); said 7 July 2000 10:00 BST. Marker '*' left out. The only date, 13 June (2000), is when the report was published: past (CONVENTIONS 2.4)
    B(
        text="The Lord Quirk—To ask Her Majesty’s Government what is their response to the most recent annual report from H M Chief Inspector of Prisons, published on 13th June.",
        due=None,
        vague=False,
        said="2000-07-07 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLOP00,
        published="2000-07-07",
    ),
    # the same paper: a question ('when they will publish'); 'Session 1998-99' names the report: no time is set for any act: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="The Lord Tombs—To ask Her Majesty’s Government when they will publish the consultation paper on nuclear waste which was promised in their response to the report of the Select Committee on Science and Technology on Management of Nuclear Waste (3rd Report, Session 1998-99, HL Paper 41).",
        due=None,
        vague=False,
        said="2000-07-07 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLOP00,
        published="2000-07-07",
    ),
    # House of Lords (Lords Hansard, written answers of Monday 20 December 2010, publications.parliament.uk, Open Parliament Licence v3.0; the date is in the address, '101220w'); zone Europe/London (GMT); said 20 December 2010 10:00 GMT. The number '[HL4969]' is left out. The only date, 16 November (2010), is that of an earlier answer: past. unsure: a question is no undertaking (CONVENTIONS 4.2), and a careful reader could give due None and no refusal word
    B(
        text="To ask Her Majesty's Government, further to the Written Answer by Earl Howe on 16 November (WA 177), when they will place in the Library of the House the requested information on the Parliamentary Under-Secretary of State's meeting with independent sector providers of abortions.",
        due=None,
        vague=False,
        said="2010-12-20 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLWA10,
        published="2010-12-20",
    ),
    # the same page (number '[HL5152]' left out): 'currently' tells a state as the question is asked; no time is set for any act: due None, no refusal word
    B(
        text="To ask Her Majesty's Government how many people are currently engaged in apprenticeships in the United Kingdom steel industry.",
        due=None,
        vague=False,
        said="2010-12-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLWA10,
        published="2010-12-20",
    ),
    # House of Commons (historic Hansard, 7 February 1949, Open Parliament Licence v3.0; the date is in the address); zone Europe/London (GMT); no hour given, said 7 February 1949 10:00 GMT. The question's number and asker ('§ 4. Sir T. Moore') are left out. A question is no undertaking: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="asked the Minister of Works whether he will now give a definite forecast of the date when the new Commons Chamber will be ready for occupation.",
        due=None,
        vague=False,
        said="1949-02-07 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCNEW49,
        published="1949-02-07",
    ),
    # the same exchange (Mr. Key; the column number '5' printed inside the sentence is left out): 'after the Summer Recess of 1950' hangs the readiness on the end of a recess the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could read 'after' as giving only a start (CONVENTIONS 3.2, earliest) at an end of the 1950 recess that the words do not fix
    B(
        text="The work is progressing according to programme, and there is every hope that the Chamber will be ready for occupation after the Summer Recess of 1950.",
        due=None,
        vague=False,
        said="1949-02-07 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HCNEW49,
        published="1949-02-07",
    ),
    # the same exchange (Sir T. Moore): a question is no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: 'before the General Election' hangs the act on an undated election, and a careful reader could give event (CONVENTIONS 1.3)
    B(
        text="Will he try to have it ready for occupation before the General Election?",
        due=None,
        vague=False,
        said="1949-02-07 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCNEW49,
        published="1949-02-07",
    ),
    # the same exchange (Mr. Key): 'It may be' is a possibility, no undertaking: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="It may be an even greater thrill for new Members in 1950 to be the first in there.",
        due=None,
        vague=False,
        said="1949-02-07 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCNEW49,
        published="1949-02-07",
    ),
    # the same exchange: 'when the result comes' is an undated event (the election's result): event (CONVENTIONS 1.3)
    B(
        text="The hon. and gallant Member will be surprised when the result comes.",
        due=None,
        vague=False,
        said="1949-02-07 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HCNEW49,
        published="1949-02-07",
    ),
    # the same exchange (Mr. Key, to Mr. Viant): 'not be possible ... before next July' gives only a lower bound: earliest 1 July 1949 00:00 BST (summer time from 3 April 1949, zoneinfo) (CONVENTIONS 3.2, 'not before')
    B(
        text="On account of the business of the House, it would not be possible to free a Committee Room before next July.",
        due=None,
        vague=False,
        said="1949-02-07 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="1949-06-30 23:00:00",
        cluster=5,
        source=_HCNEW49,
        published="1949-02-07",
    ),
    # House of Commons (historic Hansard, HC Deb 16 July 1946 vol 425 c1025, Open Parliament Licence v3.0); zone Europe/London (BST); no hour given, said 16 July 1946 10:00 BST. The number and asker ('12. Mr. W. Shepherd') are left out; the page's slip 'ale' is kept. A question is no undertaking: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="asked the Minister of Works how long has ale scaffolding been erected in Westminster Hall; what is its purpose; and when it is estimated that it will be dismantled.",
        due=None,
        vague=False,
        said="1946-07-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCSCAF46,
        published="1946-07-16",
    ),
    # the same answer (Mr. Tomlinson): the only time, 1941, dates the erecting, in the past: past (CONVENTIONS 2.4)
    B(
        text="The scaffolding in Westminster Hall was erected in 1941 to enable temporary repairs to be carried out after bomb damage to the roof, and it is being retained for the permanent repairs.",
        due=None,
        vague=False,
        said="1946-07-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCSCAF46,
        published="1946-07-16",
    ),
    # the same answer: the start of the preliminary work is hoped for 'this year': end of 1946 (summer time ended 6 October 1946) [local due 1946-12-31 23:59:59]
    B(
        text="It is hoped to begin the preliminary work this year.",
        due="1946-12-31 23:59:59",
        vague=False,
        said="1946-07-16 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HCSCAF46,
        published="1946-07-16",
    ),
    # the same answer: 'present' tells the state now and 'how long' is left open: no time is set: due None, no refusal word
    B(
        text="In present labour conditions it is not possible to say how long the work will take.",
        due=None,
        vague=False,
        said="1946-07-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCSCAF46,
        published="1946-07-16",
    ),
    # the same answer: '12–18 months' is how long the work was estimated to take from a start the sentence does not date: event (CONVENTIONS 1.3). unsure: 'The original estimate was' reports a forecast of the past, and a careful reader could give past or due None
    B(
        text="The original estimate was 12–18 months, but the work may take considerably longer.",
        due=None,
        vague=False,
        said="1946-07-16 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HCSCAF46,
        published="1946-07-16",
    ),
    # House of Commons (historic Hansard, HC Deb 10 March 1959 vol 601 c95W, written answers, Open Parliament Licence v3.0); zone Europe/London (GMT); no hour given, said Tuesday 10 March 1959 10:00 GMT. Mr. Speir's question (its only time word 'yet' is general) was passed over. 'next week' is Monday 16 to Sunday 22 March 1959, due on its Sunday (weeks run Monday to Sunday, parser docstring) [local due 1959-03-22 23:59:59]
    B(
        text="I hope to be in a position to make a statement on the subject next week.",
        due="1959-03-22 23:59:59",
        vague=False,
        said="1959-03-10 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HCBEN59,
        published="1959-03-10",
    ),
    # House of Commons (historic Hansard, HC Deb 17 June 1952 vol 502 c987, Open Parliament Licence v3.0); zone Europe/London (BST); no hour given, said 17 June 1952 10:00 BST. Number and asker ('49. Mr. Braine') left out. A question is no undertaking: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="asked the Minister of Works whether he will now take steps to speed up reconditioning of the offices on the west side of Westminster Hall.",
        due=None,
        vague=False,
        said="1952-06-17 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCOFF52,
        published="1952-06-17",
    ),
    # the same answer (Mr. David Eccles): 'as quickly as possible' as the Minister's undertaking, read as 'as soon as possible': vague, 60 days from 17 June 1952 (CONVENTIONS 5.1) [local due 1952-08-16 23:59:59]. unsure: the internal work waits 'until the repairs ... are completed', an undated event, and a careful reader could give event (CONVENTIONS 5.2)
    B(
        text="I will certainly see that these offices are reconditioned as quickly as possible, but the internal work cannot be done until the repairs to this section of the external stonework are completed.",
        due="1952-08-16 22:59:59",
        vague=True,
        said="1952-06-17 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HCOFF52,
        published="1952-06-17",
    ),
    # Centers for Medicare & Medicaid Services (HHS), 'Medicare Programs; End-Stage Renal Disease Prospective Payment System; Extension of Comment Period', Federal Register Volume 74, Number 212 (Wednesday, November 4, 2009), FR Doc E9-26529, on edocket.access.gpo.gov (public domain, US federal government work); zone America/New_York (EST); no hour given, said 4 November 2009 10:00 EST. The label 'SUMMARY:' is left out and the line breaks of the page are joined. The only date is that of the proposed rule (29 September 2009), gone; the extension's end is not in the sentence: past. unsure: a careful reader could give due None and no refusal word (the extending is done as spoken), or event (the size of an extension counts from an end not given)
    B(
        text="This notice extends the comment period for a proposed rule published in the Federal Register on September 29, 2009, (74 FR 49922).",
        due=None,
        vague=False,
        said="2009-11-04 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CMSESRD09,
        published="2009-11-04",
    ),
    # the same notice: the period that 'would have ended on November 16, 2009' (called off, CONVENTIONS 4.1) is kept open 30 days more from that stated end: 16 December 2009, end of the day (CONVENTIONS 1.1) [local due 2009-12-16 23:59:59]
    B(
        text="The comment period for the proposed rule, which would have ended on November 16, 2009, is extended for 30 days.",
        due="2009-12-17 04:59:59",
        vague=False,
        said="2009-11-04 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CMSESRD09,
        published="2009-11-04",
    ),
    # the same notice (the labels 'DATES: Effective Date:' left out): 5 p.m. EST on 16 December 2009 [local due 2009-12-16 17:00:00]
    B(
        text="The comment period is extended to 5 p.m. on December 16, 2009.",
        due="2009-12-16 22:00:00",
        vague=False,
        said="2009-11-04 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CMSESRD09,
        published="2009-11-04",
    ),
    # Centers for Medicare & Medicaid Services (HHS), 'Medicaid Program; Deadline for Access Monitoring Review Plan Submissions', Federal Register Volume 81, Issue 70 (April 12, 2016), FR Doc 2016-08368, carried whole by thefederalregister.org (public domain, US federal government work); zone America/New_York (EDT); no hour given, said 12 April 2016 10:00 EDT. The sentence stands twice on the page (summary and 'SUMMARY:'); it is taken once. The only date (2 November 2015) dates a publication gone: past (CONVENTIONS 2.4)
    B(
        text="In the November 2, 2015 Federal Register, we published a final rule with comment period entitled ``Medicaid Program: Methods for Assuring Access to Covered Medicaid Services.''",
        due=None,
        vague=False,
        said="2016-04-12 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CMSAMRP16,
        published="2016-04-12",
    ),
    # the same rule: the deadline the earlier rule set, 1 July 2016, is still ahead of the day of speaking and is the only time of the sentence [local due 2016-07-01 23:59:59]. unsure: the next sentence moves it to 1 October 2016, and a careful reader could call the earlier rule's deadline past (told as set in the past) or replaced (CONVENTIONS 4.1)
    B(
        text="The final rule with comment period established that states must develop and submit to CMS an access monitoring review plan by July 1, 2016.",
        due="2016-07-02 03:59:59",
        vague=False,
        said="2016-04-12 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CMSAMRP16,
        published="2016-04-12",
    ),
    # the same rule: the deadline revised 'until October 1, 2016', end of that day (CONVENTIONS 3.3, 4.1) [local due 2016-10-01 23:59:59]
    B(
        text="This document revises the deadline for states' access monitoring review plan submission to CMS until October 1, 2016.",
        due="2016-10-02 03:59:59",
        vague=False,
        said="2016-04-12 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CMSAMRP16,
        published="2016-04-12",
    ),
    # U.S. Department of Health and Human Services (hhs.gov blog, 'A Solid Start', 12 November 2015; the date is in the address, 'blog/2015/11/12'; public domain, US federal government work); zone America/New_York (EST); no hour given, said 12 November 2015 10:00 EST. The page's teaser line repeats this sentence in short; the body's sentence is taken. The first week of open enrollment is gone: past (CONVENTIONS 2.4)
    B(
        text="In the first week of the third Open Enrollment, more than 540,000 people selected a health insurance plan through the platform and more than 1.15 million consumers were included on applications submitted to the Marketplace.",
        due=None,
        vague=False,
        said="2015-11-12 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HHSBLOG15,
        published="2015-11-12",
    ),
    # the same post: 'over this last week' tells of engagement already seen: past (CONVENTIONS 2.4)
    B(
        text="It’s a solid start and I’m pleased with the consumer engagement we’ve seen over this last week.",
        due=None,
        vague=False,
        said="2015-11-12 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HHSBLOG15,
        published="2015-11-12",
    ),
    # the same post: '11 more weeks to go' is the time left to the enrollment work from the moment of speaking: 77 days after 12 November 2015, 28 January 2016, end of the day (CONVENTIONS 1.2) [local due 2016-01-28 23:59:59]. unsure: the open enrollment it counts down to ended on 31 January 2016 (page's facts, not the sentence's), and a careful reader could give due None (a statement of the time left, no undertaking)
    B(
        text="We know we have 11 more weeks to go and a lot of hard work still to do.",
        due="2016-01-29 04:59:59",
        vague=False,
        said="2015-11-12 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_HHSBLOG15,
        published="2015-11-12",
    ),
    # the same post: an expectation about the share of renewals 'this year'; no act is set a time: due None, no refusal word. unsure: a careful reader could give the end of 2015 (this year)
    B(
        text="We expect renewals to make up a larger share of our customers this year, since we have more than 9 million people with coverage through the Marketplace nationwide.",
        due=None,
        vague=False,
        said="2015-11-12 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_HHSBLOG15,
        published="2015-11-12",
    ),
    # the same post: 'this year' and 'last year' are compared, with no act to fall due: due None, no refusal word
    B(
        text="It’s important to recognize that it is difficult to directly compare this year to last year on a week-by-week basis for a number of reasons.",
        due=None,
        vague=False,
        said="2015-11-12 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_HHSBLOG15,
        published="2015-11-12",
    ),
    # the same post: the start dates (1 November 2015, 15 November 2014) are gone; the object of 'the December 15 deadline' is a deadline, 15 December 2015, end of the day (parser docstring, 'a deadline of'); 1 January (2016) is when coverage starts, no deadline [local due 2015-12-15 23:59:59]. unsure: the sentence compares the lengths of two seasons, and a careful reader could give due None (no undertaking)
    B(
        text="For example, because Open Enrollment started on November 1 this year, compared to November 15 last year, the time from the start of Open Enrollment to the December 15 deadline to sign up for January 1 coverage is much longer this year.",
        due="2015-12-16 04:59:59",
        vague=False,
        said="2015-11-12 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_HHSBLOG15,
        published="2015-11-12",
    ),
    # the same post: 'don't expect to see deadline effects for a few weeks' is an expectation, no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could read 'not ... for a few weeks' as a lower bound (CONVENTIONS 3.2, earliest about four weeks on)
    B(
        text="We know from past experience that people are deadline driven, so we don’t expect to see deadline effects for a few weeks.",
        due=None,
        vague=False,
        said="2015-11-12 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_HHSBLOG15,
        published="2015-11-12",
    ),
    # the same post: 'Last week' dates an announcement gone: past (CONVENTIONS 2.4)
    B(
        text="Last week, the President announced a “Healthy Communities Challenge.”",
        due=None,
        vague=False,
        said="2015-11-12 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HHSBLOG15,
        published="2015-11-12",
    ),
    # Social Security Administration (ssa.gov, 'Social Security History', chronology of 2010; public domain, US federal government work); zone America/New_York (SSA's headquarters, Baltimore). The page is a chronology whose entries each open with their own date; each sentence is read as said on its entry's day at 10:00 local (here Friday 8 January 2010, EST), and 'published' is that day. 'today launched' tells of an act done on the day it is told: past (CONVENTIONS 2.4)
    B(
        text="January 8, 2010 Michael J. Astrue, Commissioner of Social Security, and Chubby Checker, Grammy Award winner and rock and roll legend, today launched a new campaign to inform millions of Americans about a new “twist” in the law that makes it easier to qualify for extra help with Medicare prescription drug costs.",
        due=None,
        vague=False,
        said="2010-01-08 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SSAHIST10,
        published="2010-01-08",
    ),
    # the same entry (8 January 2010): 'currently' and 'a year' tell a state and a rate; no act is set a time: due None, no refusal word
    B(
        text="The extra help program currently provides assistance to more than nine million senior and disabled Americans -- saving them an average of almost $4,000 a year on their Medicare prescription drug plan costs.",
        due=None,
        vague=False,
        said="2010-01-08 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SSAHIST10,
        published="2010-01-08",
    ),
    # the entry of 22 January 2010 (read at 10:00 EST that day): 'today' is on the verb of speaking, 'announced', and the data being made available has no time of its own: due None, no refusal word (CONVENTIONS 2.2). unsure: a careful reader could call the whole a done announcement, past (CONVENTIONS 2.4)
    B(
        text="January 22, 2010 Michael J. Astrue, Commissioner of Social Security, today announced that the agency is making new data about beneficiaries and the agency’s disability and hearing processes available to the public.",
        due=None,
        vague=False,
        said="2010-01-22 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SSAHIST10,
        published="2010-01-22",
    ),
    # the entry of 1 February 2010 (read at 10:00 EST that day): awards already received: past (CONVENTIONS 2.4)
    B(
        text="February 1, 2010 SSA announced that 15 healthcare providers and networks have received $17.4 million in contract awards to provide electronic medical records to the agency.",
        due=None,
        vague=False,
        said="2010-02-01 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SSAHIST10,
        published="2010-02-01",
    ),
    # the entry of 15 March 2010 (read at 10:00 EDT that day; summer time from 14 March 2010): an office already open: past (CONVENTIONS 2.4)
    B(
        text="March 15, 2010 SSA announced its first Extended Service Team (EST) is open for business in Little Rock, Arkansas.",
        due=None,
        vague=False,
        said="2010-03-15 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SSAHIST10,
        published="2010-03-15",
    ),
    # the same entry (15 March 2010): 'Later this year' runs from the moment of speaking to the end of 2010 (parser docstring, 'later this <period>') [local due 2010-12-31 23:59:59 EST]
    B(
        text="Later this year, SSA plans to open additional ESTs in Madison, Mississippi; Roanoke, Virginia; and Oklahoma City, Oklahoma.",
        due="2011-01-01 04:59:59",
        vague=False,
        said="2010-03-15 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SSAHIST10,
        published="2010-03-15",
    ),
    # the entry of 7 April 2010 (read at 10:00 EDT that day): a plan released: past (CONVENTIONS 2.4)
    B(
        text="April 7, 2010 SSA released its Open Government plan.",
        due=None,
        vague=False,
        said="2010-04-07 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SSAHIST10,
        published="2010-04-07",
    ),
    # Department for Energy Security and Net Zero (GOV.UK consultation outcome, 'Scheme design for bill discounts for transmission network infrastructure: government response (accessible webpage)'; the stored copy prints 'Updated 24 March 2026' and no first publication date, so it is read on that day; Crown copyright, OGL v3.0); zone Europe/London (GMT); no hour given, said 24 March 2026 10:00 GMT. The only date (8 August 2025) is when the consultation was published: past (CONVENTIONS 2.4)
    B(
        text="This document details the UK government’s response to a consultation on the proposed scheme design for bill discounts for households living near new or significantly upgraded electricity network transmission infrastructure, published on 8 August 2025.",
        due=None,
        vague=False,
        said="2026-03-24 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DESNZBILL26,
        published="2026-03-24",
    ),
    # the same response: 'by 2030' is the end of 2030 (CONVENTIONS 3.5, 'by <period>'); 'the past decade' is gone [local due 2030-12-31 23:59:59]. unsure: the sentence states a need rather than an undertaking, and a careful reader could give due None
    B(
        text="To meet future electricity demand, around twice as much new transmission network infrastructure will be needed in the UK’s grid by 2030 as has been built in the past decade.",
        due="2030-12-31 23:59:59",
        vague=False,
        said="2026-03-24 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DESNZBILL26,
        published="2026-03-24",
    ),
    # the same response: 'deliver clean power by 2030': end of 2030 (CONVENTIONS 3.5) [local due 2030-12-31 23:59:59]
    B(
        text="The government is delivering the biggest upgrade in Great Britain’s electricity network in decades, which will minimise constraint costs and meet the capacity needed to deliver clean power by 2030.",
        due="2030-12-31 23:59:59",
        vague=False,
        said="2026-03-24 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DESNZBILL26,
        published="2026-03-24",
    ),
    # the same response: 'In March 2025' dates an announcement gone: past (CONVENTIONS 2.4)
    B(
        text="In March 2025, the government announced its intention to establish a bill discount scheme, enabled through the Planning and Infrastructure Act.",
        due=None,
        vague=False,
        said="2026-03-24 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DESNZBILL26,
        published="2026-03-24",
    ),
    # the same response: discounts 'a year for 10 years' run for each household from a start the sentence does not date (the infrastructure's coming): event (CONVENTIONS 1.3)
    B(
        text="The government intends for this scheme to cover households living near certain new or significantly upgraded electricity network transmission infrastructure, offering electricity bill discounts of up to £250 a year for 10 years for households living within 500m of new or significantly upgraded electricity transmission network infrastructure.",
        due=None,
        vague=False,
        said="2026-03-24 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_DESNZBILL26,
        published="2026-03-24",
    ),
    # Department for Work and Pensions (GOV.UK official statistics, 'Pension Credit applications and awards: May 2025'; the stored copy prints 'Updated 4 June 2025', read on that day; Crown copyright, OGL v3.0); zone Europe/London (BST); no hour given, said 4 June 2025 10:00 BST. The period the data cover, 3 April 2023 to 25 May 2025, is gone: past (CONVENTIONS 2.4). The page's slip 'Penson' is kept
    B(
        text="This statistical release provides data on Pension Credit applications and awards covering the number of weekly Pension Credit claims received, claims cleared, claims awarded or not awarded, and outstanding Penson Credit claims between 3 April 2023 and 25 May 2025, for Great Britain only.",
        due=None,
        vague=False,
        said="2025-06-04 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DWPPC25,
        published="2025-06-04",
    ),
    # the same release: financial years 2024 to 2025 and 2023/24, with their dates, are gone: past (CONVENTIONS 2.4)
    B(
        text="In 2024 to 2025 (1 April 2024 – 30 March 2025), Department for Work and Pensions (DWP) received 321,000 Pension Credit applications, a 28% increase or 69,900 extra applications compared to 2023/24 (3 April 2023 – 31 March 2024).",
        due=None,
        vague=False,
        said="2025-06-04 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DWPPC25,
        published="2025-06-04",
    ),
    # the same release: the first eight weeks of 2025 to 2026 (31 March to 25 May 2025) are gone: past (CONVENTIONS 2.4)
    B(
        text="DWP has received 29,500 Pension Credit applications in the first eight weeks of 2025 to 2026 (31 March 2025 – 25 May 2025).",
        due=None,
        vague=False,
        said="2025-06-04 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DWPPC25,
        published="2025-06-04",
    ),
    # the same release: the weeks commencing 19 May 2025 and 16 December 2024 are gone; 'still to be processed' gives no time: past (CONVENTIONS 2.4)
    B(
        text="There were 10,800 outstanding Pension Credit claims still to be processed at the end of week commencing 19 May 2025, 74,800 lower than at the end of week commencing 16 December 2024 (when outstanding Pension Credit claims peaked).",
        due=None,
        vague=False,
        said="2025-06-04 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DWPPC25,
        published="2025-06-04",
    ),
    # HM Revenue and Customs (GOV.UK corporate report, 'Making Tax Digital Small Business Review: outcome', published 22 November 2023 as the stored copy prints it; Crown copyright, OGL v3.0); zone Europe/London (GMT); no hour given, said 22 November 2023 10:00 GMT. April 2019 and 2022 date introductions gone: past (CONVENTIONS 2.4)
    B(
        text="An important step towards this is the introduction of Making Tax Digital for Income Tax Self Assessment (MTD for ITSA), which follows the successful introduction of MTD for VAT in April 2019 and its extension in 2022.",
        due=None,
        vague=False,
        said="2023-11-22 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRCMTD23,
        published="2023-11-22",
    ),
    # the same report: 'quarterly updates' are a standing duty with no start of their own: recurring (CONVENTIONS 1.3)
    B(
        text="MTD for ITSA will require self-employed individuals and landlords to use compatible software to keep digital records and send light-touch quarterly updates to HMRC, so that tax records are kept up to date and reflect their current situation.",
        due=None,
        vague=False,
        said="2023-11-22 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HMRCMTD23,
        published="2023-11-22",
    ),
    # the same report: 'In December 2022' dates an announcement gone; 'more time' has no end: past (CONVENTIONS 2.4)
    B(
        text="In December 2022, the government announced that self-employed individuals and landlords will have more time to prepare for MTD for ITSA.",
        due=None,
        vague=False,
        said="2023-11-22 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRCMTD23,
        published="2023-11-22",
    ),
    # the same report: a duty that begins on a date is due then (CONVENTIONS 3.1a); of the two stages given in turn, April 2026 and April 2027, the later counts (CONVENTIONS 6.2), and a month falls due at its end [local due 2027-04-30 23:59:59]. unsure: a careful reader could give the start of April 2027 (the duty's first day), or the first stage, April 2026
    B(
        text="Those with annual income over £50,000 will be mandated to join MTD from April 2026, followed by those with income over £30,000 from April 2027.",
        due="2027-04-30 22:59:59",
        vague=False,
        said="2023-11-22 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HMRCMTD23,
        published="2023-11-22",
    ),
    # the same report: 'the future introduction' has no time: due None, no refusal word
    B(
        text="The government remains committed to the future introduction of MTD for ITSA to partnerships as part of its tax administration strategy.",
        due=None,
        vague=False,
        said="2023-11-22 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMRCMTD23,
        published="2023-11-22",
    ),
    # the same report: 'At the same time' is December 2022, the announcement of the sentence before: an act told as done: past (CONVENTIONS 2.4)
    B(
        text="At the same time, the government announced a review into the best way to approach the needs of smaller businesses, particularly those under the £30,000 income threshold.",
        due=None,
        vague=False,
        said="2023-11-22 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRCMTD23,
        published="2023-11-22",
    ),
    # Department for Levelling Up, Housing and Communities (GOV.UK closed consultation, 'Building Safety Levy: second consultation', published 23 January 2024 as the stored copy prints it; Crown copyright, OGL v3.0); zone Europe/London (GMT); no hour given, said 23 January 2024 10:00 GMT. The earlier consultation ran from 22 November 2022 to 7 February 2023, gone: past (CONVENTIONS 2.4)
    B(
        text="This consultation follows on from the Building Safety Levy consultation which ran from 22 November 2022 to 7 February 2023.",
        due=None,
        vague=False,
        said="2024-01-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DLUHCBSL24,
        published="2024-01-23",
    ),
    # the same page: 'published on 23 January 2024', the day of speaking, told as done: past (CONVENTIONS 2.4)
    B(
        text="The feedback from that consultation was analysed and a response published on 23 January 2024.",
        due=None,
        vague=False,
        said="2024-01-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DLUHCBSL24,
        published="2024-01-23",
    ),
    # the same page (a point of a list, taken as the page has it, without a stop): returns 'on a quarterly basis' are a standing duty: recurring (CONVENTIONS 1.3)
    B(
        text="local authorities will need to return revenue and management information to central government on a quarterly basis",
        due=None,
        vague=False,
        said="2024-01-23 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DLUHCBSL24,
        published="2024-01-23",
    ),
    # the same list: a review 'every 3 years' is a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="the levy will be reviewed every 3 years",
        due=None,
        vague=False,
        said="2024-01-23 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DLUHCBSL24,
        published="2024-01-23",
    ),
    # Wikinews (project page 'Wikinews:Project Forbes Global CEO Conference in Sydney', CC BY 2.5); zone Australia/Sydney (AEST). The stored copy gives no date: the fifth Forbes Global CEO Conference met at the Sydney Opera House from Tuesday 30 August 2005, and the page was written before it, so it is taken as Monday 29 August 2005 10:00 AEST (no label depends on the day chosen in August 2005 before the 30th). 'starting Tuesday August 30th' is the event's start, a one-off time: end of Tuesday 30 August 2005 (CONVENTIONS 3.1) [local due 2005-08-30 23:59:59]
    B(
        text="The 5th Annual Forbes Global CEO Conference will be at the Sydney Opera House, starting Tuesday August 30th.",
        due="2005-08-30 13:59:59",
        vague=False,
        said="2005-08-29 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_WNFORBES05,
        published="2005-08-29",
    ),
    # the same page: 'have been organising ... for a number of months' tells of work gone; 'are expected' sets no time: past (CONVENTIONS 2.4)
    B(
        text="Global justice and peace groups have been organising a mobilisation for a number of months, and thousands of protestors are expected.",
        due=None,
        vague=False,
        said="2005-08-29 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_WNFORBES05,
        published="2005-08-29",
    ),
)
