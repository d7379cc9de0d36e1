"""A NINETY-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before the
parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the small hours (the machine's clock read 01:56 at the
start and about 02:06 when the labels were written), by a labelling helper (branch issue12l96-s43)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 43 (fresh91 to fresh95: UK government and agencies; Ireland, New Zealand and Australian states;
the EU, kremlin.ru and Wikinews; parliamentary records; UK NHS and transport bodies, the Met Office,
Irish agencies, NZ local agencies and US NOAA/USGS/FDA/CDC), whose claims were treated as used and
whose files and README sections were not opened. It read `CONVENTIONS.md` in full (the labelling
rules, which win over any earlier set's comment, rule 6.3 among them), the docstring, comments, some
cases and README section of `blind_fresh90.py`, and the top docstring of the parser package only (for
the parts of the day, the vague windows, a range falling due at its later end and "a date without a
year is its next occurrence"); nothing else of `bot/core/deadlines/` was opened. The brief allowed only
public-domain or openly licensed publishers, at least eight publishers, none above a fifth of the
cases, several genres, at least half of the cases from outside the United States and no more than a
quarter from it, and preferred Scottish and Welsh public bodies under the Open Government Licence,
UK courts and tribunals and the Ministry of Justice, UK Parliament committee notices (Open Parliament
Licence), Oireachtas committee and Dail schedules (Oireachtas PSI licence / CC BY 4.0), Australian
federal agencies under CC BY (not the Parliament of Australia's Hansard) and at most a quarter of US
federal works. The set quotes two SEPA flood news pages of 26 October 2023, a debate of the Oireachtas
Joint Committee on Education and Skills (13 January 2011), a House of Commons Science and Technology
Committee call for evidence and a Northern Ireland Affairs Committee press notice, a Services
Australia holiday release (carried by a community site) and a Services Australia (Human Services)
page, two Scottish Courts and Tribunals Service announcements (carried by the Glasgow Bar Association
and the Institute of Licensing), a Welsh Government consultation document (carried by a
document-sharing site), the Bureau of Meteorology Newsroom front page, two Ministry of Justice
press releases (carried by UKPOL) and an Australian Electoral Commission page on postal vote
applications: 79 cases from 9 publishers (the largest, the Houses of the Oireachtas, Services
Australia and the Scottish Courts and Tribunals Service, hold 14 each, 18%), none of them from the
United States. Every sentence quoted holds a time word of some kind (a date, a
clock time, a day word, a part of the day, a period, a span, a year, "now", "current", "currently",
"recent", "latest", "early", "24/7", "round the clock", "at this time", "urgently", "dates",
"upon publication", "on opening", "once", "after the deadline", "timely", "before", "until", "during", "over this period", "further
ahead"); the sentences of the openings read that hold none were skipped, as were titles, headings,
date, posting and update lines, labels before colons (the words after "Action required:" are
quoted), list points, speakers' names, contact lines, links, the carrying site's "The press release
issued by ..." lines, teasers cut off by "..." or by the end of an opening, and sentences that end in
a colon before a list. No word was changed: "FETAC ." with its space, "10.30 a.m for", "8.30 a.m?"
and "[email protected]" (the stored page's wording of an e-mail address) stay as the pages
have them. The sentences were found with a search over stored copies of
public pages and taken as they came in the openings the search returns, in page order; to keep each
publisher at or under a fifth, the Oireachtas debate is quoted up to its fourteenth sentence with a
time word ("Somewhere between 8.30 a.m. and 9 a.m. ...") and the second SCTS announcement up to its
fifth ("The last few months ..."), the rest of those openings left unread for the set. See
README.md ("Ninety-sixth fresh blind set") for every address, publisher and licence. No address
listed in README.md, in a README or file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh96`) in `/work/helper-brief/claims.txt` before a quote was taken; two pages the searches
offered were found used and dropped (a House of Lords Liaison Committee letter and its news page).
Four claimed pages were not quoted in the end (two Dail debates of 2018, a Finance committee debate
of 2002 and a SEPA flood outlook of 2019), to keep the publishers' shares. Every sentence was then
checked whole with the same tool (skipping this file): none was found used. Each label was worked
out by hand from the words, the publication date and the publisher's zone; the conversion of local
instants to UTC wall time, the weekdays and the day counts were done with Python's zoneinfo and
datetime in a scratch script outside the repository, never with code of the project. No run of
`parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before
the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 6.1"), then `blind_fresh90.py`: the publisher's zone (SEPA, the UK Parliament, the
Scottish Courts and Tribunals Service, the Welsh Government and the Ministry of Justice:
Europe/London; the Houses of the Oireachtas: Europe/Dublin; Services Australia and the AEC
(Canberra): Australia/Sydney; the Bureau of Meteorology (Melbourne): Australia/Melbourne); the publication date
at 10:00 local, except where the page gives its own moment (SEPA's "17.00 update"; the Oireachtas
debate read at 12:00, during the sitting that adjourned at 12.45 p.m.), and where a page carries no
date the one its words or another copy give (the comment says which: the Services Australia release
taken as 12 December 2023, the SCTS reopening announcement as 29 May 2020, the committee's call as 22
July 2022, the AEC page as 1 January 2025, none of which moves a label); a day falls due at 23:59:59 local; a range, a list, alternatives or a window fall due at
their later end (CONVENTIONS 6.1, 6.2); "today" with the perfect or the simple past is past
(CONVENTIONS 2.4); standing rules and hours ("24/7", "The cafeteria opens at 8.30 a.m.") are
`refusal='recurring'` (CONVENTIONS 1.3); a time hung on an undated event is `refusal='event'`;
vague words take the parser's documented windows (CONVENTIONS 5.1: "shortly" 60 days; "the coming
days" and "a few days" 7 days; "the coming weeks" and "a few weeks" 4 weeks); refusals have
`due=None` and a `refusal` kind (past | event | recurring | negated); a sentence whose time words set
no time for any act ("current", "recent", "early", "at this time", "during the holiday period" with
no end) has `due=None` and no refusal word. Rule 6.3 (a clock time with no day of its own, read from
the sentence and its moment, the page's instant written in a "page:" comment): four cases of the
Oireachtas debate hold such times ("I suggest 8.30 a.m.", "Somewhere between 8.30 a.m. and 9
a.m. ..."), labelled from the moment (the next such time, 14 January 2011), their page's days (20 or
27 January) in the comments; three more clock times without a day are refusals (two standing hours,
recurring; one hung on "the following week", event). Clusters as in `blind_fresh90.py`: 1 no time set, 2 clock times, 3
ranges and several dates, 4 parts of the day, periods and vague windows, 5 refusals, 6 plain days and
dates. 32 labels are refusals, 4 are vague; 10 labels are marked "unsure" and name the
other reading; like every label here they stay as committed, whatever the first run shows. First
run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit
these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_SEPA = "https://beta.sepa.scot/news/2023/sepa-continues-to-monitor-river-levels-in-north-east-as-more-rain-forecast/"
_SEPA17 = "https://beta.sepa.scot/news/2023/1700-update-sepa-continues-to-monitor-river-levels-in-north-east-as-more-rain-forecast/"
_OIR = "https://www.oireachtas.ie/ga/debates/debate/joint_committee_on_education_and_skills/2011-01-13/4/"
_CFE = "https://committees.parliament.uk/call-for-evidence/2694/"
_NIAC = "http://www.parliament.uk/business/committees/committees-archive/northern-ireland-affairs/niac0809pn11/"
_SA = "https://www.pisra.com.au/news/holiday-arrangements-for-payments-and-services"
_SAHS = "https://www.humanservices.gov.au/customer/public-holiday-reporting-dates-and-payment-arrangements"
_SCTS20 = "https://glasgowbarassociation.co.uk/2020/12/21/covid-update-21st-december-2020/"
_SCTS05 = "https://instituteoflicensingcmslive.azurewebsites.net/news/scottish-courts-and-tribunals-buildings-plans-to-reopen-next-week"
_WG = "https://pdfslide.net/documents/whelk-management-measures-2020-govwales-contact-details-for-further-information.html"
_BOM = "http://media.bom.gov.au/"
_MOJ = "https://www.ukpol.co.uk/tag/ministry-of-justice/page/3"
_AEC = "https://aec.gov.au/elections/candidates/third-party-pva.htm"

FRESH96_CASES: tuple[BlindCase, ...] = (
    # Scottish Environment Protection Agency (SEPA) news, 'Date published: 26 October 2023' (a Thursday); zone Europe/London, BST, said at 10:00 local by convention; the Flood Duty Manager's quote. Rain forecast 'for the coming days': a forecast, no act undertaken by the speaker; read as the documented vague window ('the coming days' 7 days, to 2 November 2023, GMT from 29 October). unsure: a careful reader could say the words set no time for any act (due None)
    B(
        text="“Following last week’s severe weather event, people in communities in the north east are still recovering from extensive river and surface water flooding impacts, and with more rain forecast for the coming days we understand that people are concerned.",
        due="2023-11-02 23:59:59",
        vague=True,
        said="2023-10-26 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_SEPA,
        published="2023-10-26",
    ),
    # the same page: the warning runs 'between today (Thursday) and Saturday': a window falls due at its later end (CONVENTIONS 6.1), Saturday 28 October 2023 23:59:59 BST; the perfect 'has issued' is on the issuing, the window is still to come
    B(
        text="“The Met Office has issued a yellow warning for rain between today (Thursday) and Saturday.",
        due="2023-10-28 22:59:59",
        vague=False,
        said="2023-10-26 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_SEPA,
        published="2023-10-26",
    ),
    # the same page: levels rise overnight on Thursday and stay high during the weekend: the later end, Sunday 29 October 2023 23:59:59 (GMT from that morning) (CONVENTIONS 6.1; weeks run Monday to Sunday)
    B(
        text="River levels are expected to rise overnight on Thursday and remain high during the weekend, but we are not looking at levels as high as experienced during Storm Babet.",
        due="2023-10-29 23:59:59",
        vague=False,
        said="2023-10-26 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_SEPA,
        published="2023-10-26",
    ),
    # the same page: 'round the clock' and 'the latest' set no time for any act: due None, no refusal word
    B(
        text="“Expert staff in SEPA’s flooding team continue to work round the clock to check forecasts and models, update Regional Flood Alerts, issue Local Flood Warnings and ensure that local authorities and other partners have the latest information.",
        due=None,
        vague=False,
        said="2023-10-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SEPA,
        published="2023-10-26",
    ),
    # the same page: '24/7' is a standing hour of an ongoing service, 'as required' has no time: recurring (CONVENTIONS 1.3)
    B(
        text="Rivers are being monitored 24/7 for potential impacts and SEPA will issue local Flood Warnings as required.",
        due=None,
        vague=False,
        said="2023-10-26 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_SEPA,
        published="2023-10-26",
    ),
    # the same page: 'currently' and 'recent' name states, not a time for an act: due None
    B(
        text="“Although widespread significant flooding is not currently expected, many catchments remain saturated following the recent heavy rainfall events – and further rain could affect areas where flood waters remain.",
        due=None,
        vague=False,
        said="2023-10-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SEPA,
        published="2023-10-26",
    ),
    # the same page: 'over the three days' measures a rainfall total, it sets no time for any act: due None. unsure: a reader could take the three days from the moment (29 October 2023 23:59:59 GMT) as a forecast window
    B(
        text="“Forecasts show accumulations over the three days will widely be around 20 to 30 mm with 50 to 70 mm likely to fall over higher ground.",
        due=None,
        vague=False,
        said="2023-10-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SEPA,
        published="2023-10-26",
    ),
    # the same page: a comparison with a past weekend and '48 hours' of past rainfall: past
    B(
        text="For context, during the weekend of Storm Babet, the north east experienced 200-250 mm of rainfall in 48 hours.",
        due=None,
        vague=False,
        said="2023-10-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SEPA,
        published="2023-10-26",
    ),
    # SEPA news, '17.00 update', 'Date published: 26 October 2023'; zone Europe/London, said at 17:00 BST (the update's own label); 'The latest forecast' and 'prolonged periods' set no time for an act: due None
    B(
        text="“The latest forecast from the Met Office is predicting prolonged periods of heavy rain in the north east around the South Esk.",
        due=None,
        vague=False,
        said="2023-10-26 16:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SEPA17,
        published="2023-10-26",
    ),
    # the same page: 'last week' names the areas flooded before; no time for an act: due None
    B(
        text="“This has the potential to result in surface water and river flooding in the same areas as last week – though rivers are not expected to reach the same levels.",
        due=None,
        vague=False,
        said="2023-10-26 16:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SEPA17,
        published="2023-10-26",
    ),
    # the same page: 'currently', 'recent' name states: due None
    B(
        text="Although widespread significant flooding is not currently expected, many catchments remain saturated following the recent heavy rainfall events – and further rain will affect areas where flood waters remain.",
        due=None,
        vague=False,
        said="2023-10-26 16:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SEPA17,
        published="2023-10-26",
    ),
    # the same page: warnings 'will be issued shortly': vague 60 days from 26 October 2023 (CONVENTIONS 5.1), 25 December 2023 23:59:59 GMT; the perfect on the alerts is past, the warnings are to come
    B(
        text="Regional Flood Alerts have been issued and localised Flood Warnings will be issued shortly.",
        due="2023-12-25 23:59:59",
        vague=True,
        said="2023-10-26 16:00:00",
        tz="Europe/London",
        cluster=4,
        source=_SEPA17,
        published="2023-10-26",
    ),
    # the same page: 'the latest', 'three-day' forecast and 'further ahead' set no time for an act: due None
    B(
        text="People can also check our flood updates for all the latest information and the three-day Scottish Flood Forecast to see what conditions are expected further ahead.”",
        due=None,
        vague=False,
        said="2023-10-26 16:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SEPA17,
        published="2023-10-26",
    ),
    # Houses of the Oireachtas, Joint Committee on Education and Skills, debate of Thursday 13 January 2011, 'Business of Joint Committee' (the page closes 'The joint committee adjourned at 12.45 p.m'); zone Europe/Dublin (GMT), said at 12:00 local (during the sitting, before its 12.45 p.m. adjournment, as the page shows; not the 10:00 default, which the sitting's times contradict): a schedule of two meetings, the later one, 27 January 2011 10:00 (CONVENTIONS 6.1)
    B(
        text="In regard to meetings, we suggest that we meet to discuss the presentation of the plan this day week, at 9 a.m. on Thursday, 20 January, and that we have our regular meeting at 10 a.m. on Thursday, 27 January when we will discuss FÁS and FETAC.",
        due="2011-01-27 10:00:00",
        vague=False,
        said="2011-01-13 12:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_OIR,
        published="2011-01-13",
    ),
    # the same page: two dates in turn, the later, 10 February 2011 23:59:59 (CONVENTIONS 6.1)
    B(
        text="A week later on Wednesday, 2 February we will discuss the Bill and on Thursday, 10 February we will discuss the Hunt report.",
        due="2011-02-10 23:59:59",
        vague=False,
        said="2011-01-13 12:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_OIR,
        published="2011-01-13",
    ),
    # the same page: clock times with no day of their own (CONVENTIONS 6.3): the presence at 10.30 a.m. is the undertaking, the 10 a.m. start is ruled out; the first 10.30 a.m. after the moment, 14 January 2011 10:30 (page: the meetings proposed for Thursday 20 January, 2011-01-20 10:30)
    B(
        text="As we want to be present in the Dáil at 10.30 a.m for questions to the Taoiseach, we do not want to start at 10 a.m.",
        due="2011-01-14 10:30:00",
        vague=False,
        said="2011-01-13 12:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIR,
        published="2011-01-13",
    ),
    # the same page: 9 a.m. and 10 a.m. with no day of their own (CONVENTIONS 6.3), one day with several times falls due at the latest (6.1): 14 January 2011 10:00 (page: 27 January 10:00 for the FÁS and FETAC meeting)
    B(
        text="I suggest that we meet at 9 a.m. to discuss the plan, we will meet at the usual time of 10 a.m. to discuss FÁS and FETAC .",
        due="2011-01-14 10:00:00",
        vague=False,
        said="2011-01-13 12:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIR,
        published="2011-01-13",
    ),
    # the same page: a bare clock time (CONVENTIONS 6.3): the first 8.30 a.m. after the moment, 14 January 2011 08:30 (page: 20 January 08:30)
    B(
        text="I suggest 8.30 a.m.",
        due="2011-01-14 08:30:00",
        vague=False,
        said="2011-01-13 12:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIR,
        published="2011-01-13",
    ),
    # the same page: 'early' sets no time: due None
    B(
        text="They can travel early.",
        due=None,
        vague=False,
        said="2011-01-13 12:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR,
        published="2011-01-13",
    ),
    # the same page: the cafeteria's opening hour is a standing rule: recurring (CONVENTIONS 1.3, refusals first under 6.3)
    B(
        text="The cafeteria opens at 8.30 a.m.",
        due=None,
        vague=False,
        said="2011-01-13 12:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_OIR,
        published="2011-01-13",
    ),
    # the same page: 'the standard meeting at 10 a.m.' is the committee's standing hour: recurring (CONVENTIONS 1.3). unsure: read as the next meeting under 6.3, 14 January 2011 10:00
    B(
        text="We have the standard meeting at 10 a.m.",
        due=None,
        vague=False,
        said="2011-01-13 12:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_OIR,
        published="2011-01-13",
    ),
    # the same page: a date and a clock time: Wednesday 2 February 2011 12:00 (CONVENTIONS 3.1)
    B(
        text="We will meet at noon on Wednesday, 2 February to discuss the Bill.",
        due="2011-02-02 12:00:00",
        vague=False,
        said="2011-01-13 12:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIR,
        published="2011-01-13",
    ),
    # the same page: 'the following week' follows a week that only the sentence before gives (the week of 2 February): a time hung on an undated anchor, event (CONVENTIONS 1.3, 6.3: a day that only another sentence gives is not used). unsure: read as 'next week' from the moment with its standing 10 a.m. (a week date), or the page's Thursday 10 February 10:00
    B(
        text="On the following week, we will have our standard meeting at 10 a.m.",
        due=None,
        vague=False,
        said="2011-01-13 12:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIR,
        published="2011-01-13",
    ),
    # the same page: 'our normal times' sets no time: due None
    B(
        text="We are fitting in two meetings between our normal times, to discuss the Bill and plan.",
        due=None,
        vague=False,
        said="2011-01-13 12:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR,
        published="2011-01-13",
    ),
    # the same page (a witness, Mr. Harold Hislop): 'the dates' names no date: due None
    B(
        text="May I clarify the dates?",
        due=None,
        vague=False,
        said="2011-01-13 12:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR,
        published="2011-01-13",
    ),
    # the same page: a question of two alternative times on one date: the later of them, 20 January 2011 09:00 (CONVENTIONS 6.2)
    B(
        text="Are we meeting on Thursday, 20 January at 9 a.m. or at 8.30 a.m?",
        due="2011-01-20 09:00:00",
        vague=False,
        said="2011-01-13 12:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIR,
        published="2011-01-13",
    ),
    # the same page: a range of clock times with no day of its own (CONVENTIONS 6.3, 6.1): its later end, the first 9 a.m. after the moment, 14 January 2011 09:00 (page: 20 January 09:00)
    B(
        text="Somewhere between 8.30 a.m. and 9 a.m. depending on whether we get a room.",
        due="2011-01-14 09:00:00",
        vague=False,
        said="2011-01-13 12:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIR,
        published="2011-01-13",
    ),
    # UK Parliament, House of Commons Science and Technology Committee, call for evidence 'My Science Inquiry'; the page gives no publication date (the call was open in the summer of 2022: said taken as 22 July 2022 10:00 BST, which changes nothing here); zone Europe/London: 'by Friday 9 September 2022', 23:59:59 BST
    B(
        text="The Committee invites written submissions of no more than 200 words by Friday 9 September 2022.",
        due="2022-09-09 22:59:59",
        vague=False,
        said="2022-07-22 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_CFE,
        published="2022-07-22",
    ),
    # the same page: the page's later notice, 'has now closed': past (the perfect, told as done)
    B(
        text="This call for written evidence has now closed.",
        due=None,
        vague=False,
        said="2022-07-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CFE,
        published="2022-07-22",
    ),
    # UK Parliament, Northern Ireland Affairs Committee press notice, 'Date 12/03/09' (12 March 2009); zone Europe/London, said at 10:00 GMT; '[email protected]' is the stored page's own wording of the address; 'should arrive by Friday 10 April 2009': 23:59:59 BST
    B(
        text="A copy of the submission should be sent by e-mail to [email protected] marked \"Consultative Group on the Past\" and should arrive by Friday 10 April 2009.",
        due="2009-04-10 22:59:59",
        vague=False,
        said="2009-03-12 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NIAC,
        published="2009-03-12",
    ),
    # the same page: 'upon publication' of a report not yet dated: event (CONVENTIONS 1.3)
    B(
        text="Please supply a postal address so a copy of the Committee's report can be sent to you upon publication.",
        due=None,
        vague=False,
        said="2009-03-12 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NIAC,
        published="2009-03-12",
    ),
    # Services Australia media release (General Manager Hank Jongen) carried by PISRA's news page, undated there; its dates (Monday 25 December, Monday 1 January 2024) place it in December 2023: said taken as 12 December 2023 10:00 in Canberra (Australia/Sydney, AEDT). 'the upcoming Christmas and New Year period' names when the changes apply, no act with a time of its own: due None. unsure: the period's end (about 1 January 2024) could be read as the time
    B(
        text="Services Australia is reminding Medicare, Centrelink and Child Support customers that there are some changes to payments and services during the upcoming Christmas and New Year period.",
        due=None,
        vague=False,
        said="2023-12-11 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_SA,
        published="2023-12-12",
    ),
    # the same page: closures on 25 to 27 December and on 1 January 2024: the later end, Monday 1 January 2024 23:59:59 AEDT (CONVENTIONS 6.1)
    B(
        text="All service centres and most phone lines will be closed on Monday December 25 through to Wednesday December 27, and on Monday January 1, 2024.",
        due="2024-01-01 12:59:59",
        vague=False,
        said="2023-12-11 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_SA,
        published="2023-12-12",
    ),
    # the same page: 'the date' names no date: due None
    B(
        text="Services Australia General Manager Hank Jongen said the date that some customers report or receive their payment will change, but that customers can be assured that these payments will still occur.",
        due=None,
        vague=False,
        said="2023-12-11 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_SA,
        published="2023-12-12",
    ),
    # the same page: a standing rule for any payment date on a public holiday: recurring (CONVENTIONS 1.3)
    B(
        text="“If your regular reporting or payment date falls on a public holiday, it will be changed to the day beforehand,” Mr Jongen said.",
        due=None,
        vague=False,
        said="2023-12-11 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_SA,
        published="2023-12-12",
    ),
    # the same page: 'early' sets no time: due None
    B(
        text="“It’s important to remember this is not an extra payment, it’s your regular payment made early.",
        due=None,
        vague=False,
        said="2023-12-11 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_SA,
        published="2023-12-12",
    ),
    # the same page: 'until your next payment is due', a date not given: event
    B(
        text="You may need to budget carefully so this payment lasts until your next payment is due.”",
        due=None,
        vague=False,
        said="2023-12-11 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_SA,
        published="2023-12-12",
    ),
    # the same page: available 'during the holiday period', a period with no end given: due None. unsure: the period's end (1 January 2024) could be read as a keep-going date (CONVENTIONS 3.3)
    B(
        text="Mr Jongen said self-service options would continue to be available during the holiday period.",
        due=None,
        vague=False,
        said="2023-12-11 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_SA,
        published="2023-12-12",
    ),
    # the same page: 'payment date' names no date: due None
    B(
        text="“You can check if your reporting or payment date has changed using your Centrelink online account through myGov, or through the Express Plus Centrelink mobile app,” Mr Jongen said.",
        due=None,
        vague=False,
        said="2023-12-11 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_SA,
        published="2023-12-12",
    ),
    # the same page: '24/7' and 'whenever' are standing hours: recurring (CONVENTIONS 1.3)
    B(
        text="“The myGov app, Express Plus app, and our phone self service lines will be available 24/7, so customers can still do what they need whenever it suits them.",
        due=None,
        vague=False,
        said="2023-12-11 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_SA,
        published="2023-12-12",
    ),
    # the same page: 'both in and out of the holiday season' sets no time: due None
    B(
        text="“Whether you’re reporting income, submitting claims, or applying for an advanced payment, these options are the easiest way to do business with us, both in and out of the holiday season.”",
        due=None,
        vague=False,
        said="2023-12-11 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_SA,
        published="2023-12-12",
    ),
    # the same page: 'over this period', no end given: due None
    B(
        text="Critical services for Medicare providers, such as PBS authorities and the Australian Organ Donor Register, remain available over this period.",
        due=None,
        vague=False,
        said="2023-12-11 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_SA,
        published="2023-12-12",
    ),
    # Services Australia (Department of Human Services), 'Public holiday reporting dates and payment arrangements', 'Page last updated: 15 February 2017'; said 15 February 2017 10:00 AEDT (Canberra): arrangements for every public holiday period: recurring (CONVENTIONS 1.3)
    B(
        text="We have special arrangements in place for public holiday periods to make sure you are not disadvantaged by office closures.",
        due=None,
        vague=False,
        said="2017-02-14 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_SAHS,
        published="2017-02-15",
    ),
    # the same page: 'during the holiday period' of no dated period: due None
    B(
        text="You can also use Express Plus mobile apps and phone self service during the holiday period.",
        due=None,
        vague=False,
        said="2017-02-14 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_SAHS,
        published="2017-02-15",
    ),
    # the same page: a standing rule for any report made on a public holiday: recurring (CONVENTIONS 1.3)
    B(
        text="However, if you do this on a public holiday you will not be paid until after the public holiday.",
        due=None,
        vague=False,
        said="2017-02-14 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_SAHS,
        published="2017-02-15",
    ),
    # Scottish Courts and Tribunals Service 'COVID Update for Monday 21 December' (signed by its Director, Corporate Communications) carried by the Glasgow Bar Association (posted 20 December 2020); said 21 December 2020 10:00 GMT, the day the update is for: a past announcement: past
    B(
        text="The First Minister announced a number of COVID related measures on 19 December.",
        due=None,
        vague=False,
        said="2020-12-21 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCTS20,
        published="2020-12-21",
    ),
    # the same page: a 3-week period 'from Boxing Day until 16 January': a window falls due at its end (CONVENTIONS 1.1, 6.1), 16 January 2021 23:59:59 GMT
    B(
        text="Most notably all of mainland Scotland will be placed into level 4 COVID protection arrangements for a 3-week period – from Boxing Day until 16 January.",
        due="2021-01-16 23:59:59",
        vague=False,
        said="2020-12-21 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_SCTS20,
        published="2020-12-21",
    ),
    # the same page: 'the current COVID arrangements' names a state: due None
    B(
        text="Courts and tribunals are defined as essential services that remain open under all 4 levels of the current COVID arrangements.",
        due=None,
        vague=False,
        said="2020-12-21 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCTS20,
        published="2020-12-21",
    ),
    # the same page: business 'for this week and the coming weeks will ... continue as normal': an undertaking to keep going, the later of the two, 'the coming weeks' vague 4 weeks from 21 December 2020, 18 January 2021 23:59:59 GMT (CONVENTIONS 5.1, 6.1)
    B(
        text="Business programmed for this week and the coming weeks will, therefore, continue as normal.",
        due="2021-01-18 23:59:59",
        vague=True,
        said="2020-12-21 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_SCTS20,
        published="2020-12-21",
    ),
    # the same page: 'the coming period' is no documented vague window and sets no time: due None
    B(
        text="If you are due to attend a court or tribunal in the coming period you should continue to do so – unless specifically advised otherwise.",
        due=None,
        vague=False,
        said="2020-12-21 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCTS20,
        published="2020-12-21",
    ),
    # the same page: 'recent' names a past rise: due None
    B(
        text="The First Minister stressed in her statement that Scotland is taking a precautionary approach in view of the recent rise in cases and the emergence of a new strain in England and Wales.",
        due=None,
        vague=False,
        said="2020-12-21 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCTS20,
        published="2020-12-21",
    ),
    # the same page: 'at this time' sets no time: due None
    B(
        text="For everyone attending courts and tribunals at this time, we would reiterate that need for caution.",
        due=None,
        vague=False,
        said="2020-12-21 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCTS20,
        published="2020-12-21",
    ),
    # the same page: what the buildings did 'for a number of weeks during the recent level 4 period': past
    B(
        text="Our buildings are already configured to operate safely at level 4, and did so for a number of weeks during the recent level 4 period in large parts of west and central Scotland.",
        due=None,
        vague=False,
        said="2020-12-21 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCTS20,
        published="2020-12-21",
    ),
    # the same page: 'at this time' sets no time: due None
    B(
        text="To maintain the safest possible working environment at this time we would remind everyone attending our buildings to take the simple precaution that helps keep everyone safe.",
        due=None,
        vague=False,
        said="2020-12-21 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCTS20,
        published="2020-12-21",
    ),
    # Scottish Courts and Tribunals Service announcement carried by the Institute of Licensing's news page ('Scottish Courts and Tribunals buildings plans to reopen next week'), undated there; the Law Society of Scotland dated the same announcement 29 May 2020 (a Friday): said 29 May 2020 10:00 BST; 'currently closed' names a state: due None
    B(
        text="The Scottish Courts and Tribunals Service (SCTS) plans to gradually reintroduce a small number of staff and judiciary to buildings currently closed.",
        due=None,
        vague=False,
        said="2020-05-29 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCTS05,
        published="2020-05-29",
    ),
    # the same page: buildings 'will remain closed' 'for the next few weeks': a state kept to a vague end, 'a few weeks' 4 weeks from 29 May 2020, 26 June 2020 23:59:59 BST (CONVENTIONS 3.3, 5.1)
    B(
        text="At this point, and for the next few weeks, those buildings will remain closed to all others except those with permanent office locations within these premises.",
        due="2020-06-26 22:59:59",
        vague=True,
        said="2020-05-29 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_SCTS05,
        published="2020-05-29",
    ),
    # the same page: five more hub courts introduced 'from Wednesday 3 June': a one-off act at a date (CONVENTIONS 3.1), 3 June 2020 23:59:59 BST; 'during this time' has no end. unsure: read as an activity given only its start, earliest 3 June (3.2)
    B(
        text="The ten hub sheriff courts will continue to operate during this time and we will introduce a further five hub sheriff courts at Livingston, Kirkcaldy, Greenock, Dumbarton and Airdrie from Wednesday 3 June to deal with custodies and help reduce court sitting times.",
        due="2020-06-03 22:59:59",
        vague=False,
        said="2020-05-29 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_SCTS05,
        published="2020-05-29",
    ),
    # the same page: 'on opening' and 'initially', hung on reopenings not dated: event
    B(
        text="The remainder of the sheriff courts, on opening, will initially focus on the backlog of work that has accrued due to the Coronavirus lockdown.",
        due=None,
        vague=False,
        said="2020-05-29 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_SCTS05,
        published="2020-05-29",
    ),
    # the same page: 'The last few months' of the past: past
    B(
        text="The last few months have shown our capacity and appetite for change.",
        due=None,
        vague=False,
        said="2020-05-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCTS05,
        published="2020-05-29",
    ),
    # Welsh Government consultation document WG39405 'Whelk Management Measures 2020' (Crown copyright, Welsh Government), carried by a document-sharing site; 'Date of issue: 16 March 2020'; zone Europe/London, said 16 March 2020 10:00 GMT; the words after the label 'Action required:' (the label not quoted): 7 June 2020 23:59:59 BST
    B(
        text="Responses by 7 June 2020",
        due="2020-06-07 22:59:59",
        vague=False,
        said="2020-03-16 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WG,
        published="2020-03-16",
    ),
    # the same document: 'to arrive by 7 June 2020 at the latest': 7 June 2020 23:59:59 BST
    B(
        text="E-mail/postal responses should be sent to the address below to arrive by 7 June 2020 at the latest.",
        due="2020-06-07 22:59:59",
        vague=False,
        said="2020-03-16 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WG,
        published="2020-03-16",
    ),
    # Bureau of Meteorology Newsroom front page (its latest item dated 26 March 2015 - National); zone Australia/Melbourne (the Bureau's head office), AEDT, said 26 March 2015 10:00: 'today issued' (the simple past with 'today') is told as done: past (CONVENTIONS 2.4); 'April to June 2015' names the outlook's period
    B(
        text="The Bureau of Meteorology today issued its monthly and seasonal climate outlooks for April to June 2015, which suggests wetter than normal conditions for most of Australia during this period.",
        due=None,
        vague=False,
        said="2015-03-25 23:00:00",
        tz="Australia/Melbourne",
        refusal="past",
        cluster=5,
        source=_BOM,
        published="2015-03-26",
    ),
    # the same page: 'Updated each month' is a standing schedule: recurring (CONVENTIONS 1.3)
    B(
        text="Updated each month, Climate Outlooks provide a key service for many Australian sectors that need to look at the months and season ahead for their planning, such as the resources, agriculture and rural sectors, as well as emergency services.",
        due=None,
        vague=False,
        said="2015-03-25 23:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_BOM,
        published="2015-03-26",
    ),
    # the same page, the item of 24 March 2015 (said 24 March 2015 10:00 AEDT): the perfect on a statement issued, on March 2015 heat: past
    B(
        text="The Bureau of Meteorology has issued a Special Climate Statement confirming record-breaking temperatures associated with an exceptional hot spell during March 2015, which affected large parts of northern and central Australia.",
        due=None,
        vague=False,
        said="2015-03-23 23:00:00",
        tz="Australia/Melbourne",
        refusal="past",
        cluster=5,
        source=_BOM,
        published="2015-03-24",
    ),
    # the same item: a record of the past: past
    B(
        text="The event included the highest temperature ever observed in Australia for the second half of March.",
        due=None,
        vague=False,
        said="2015-03-23 23:00:00",
        tz="Australia/Melbourne",
        refusal="past",
        cluster=5,
        source=_BOM,
        published="2015-03-24",
    ),
    # Ministry of Justice press release of 2 September 2025 (so dated by the carrying site UKPOL's line, not quoted), on UKPOL's Ministry of Justice tag page 3; zone Europe/London, said 2 September 2025 10:00 BST: approval 'before new guidelines are issued', guidelines not dated: event
    B(
        text="The approval of the Lady Chief Justice will also be required before new guidelines are issued.",
        due=None,
        vague=False,
        said="2025-09-02 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_MOJ,
        published="2025-09-02",
    ),
    # the same release: 'earlier this year' and 'planned' tell of the past: past
    B(
        text="Today’s news follows a disagreement between the Justice Secretary and Sentencing Council earlier this year over planned new guidelines which the Justice Secretary argued would result in “a clear example of differential treatment” and risked “undermining public confidence in a justice system that is built on the idea of equality before the law”.",
        due=None,
        vague=False,
        said="2025-09-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ,
        published="2025-09-02",
    ),
    # the same release: 'a new law introduced in June' and the commitment made are past: past
    B(
        text="While a new law introduced in June blocked these sentencing guidelines, the Justice Secretary is clear the Council should not be allowed to stray into setting policy without the direction of Parliament and committed to “right the democratic deficit that has been uncovered”.",
        due=None,
        vague=False,
        said="2025-09-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ,
        published="2025-09-02",
    ),
    # the same release: 'today' is on the Bill's introduction, told as done ('introduced ... today'); the powers to come have no time; 'before they can be issued' hangs on undated guidelines: past (CONVENTIONS 2.4). unsure: event, for the approval before issue
    B(
        text="As part of the Sentencing Bill, introduced in the House of Commons today, both the Justice Secretary and the Lady Chief Justice will be given individual – and separate – powers requiring them to approve any future guidelines before they can be issued.",
        due=None,
        vague=False,
        said="2025-09-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ,
        published="2025-09-02",
    ),
    # Ministry of Justice press release of 15 August 2025 (dated by UKPOL's line, not quoted), on the same tag page; zone Europe/London, said 15 August 2025 10:00 BST: 'urgently' is no documented vague window and sets no date: due None. unsure: 'urgently' as 'immediately' (7 days, 22 August 2025)
    B(
        text="Extra specialist staff, a bolstered senior leadership team and improved training for frontline officers will be deployed urgently at HMP Pentonville.",
        due=None,
        vague=False,
        said="2025-08-15 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_MOJ,
        published="2025-08-15",
    ),
    # the same release: a notification received 'in July': past
    B(
        text="The jail received an Urgent Notification in July, with inspectors finding poor living conditions, prisoners not being released at the end of their sentence due to administrative errors, and inadequate support for prisoners at risk of self-harm.",
        due=None,
        vague=False,
        said="2025-08-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ,
        published="2025-08-15",
    ),
    # the same release: 'has today (15 August) published', the perfect with 'today': past (CONVENTIONS 2.4)
    B(
        text="The Prison Service has today (15 August) published a new action plan in direct response to the notification – with the aim of drastically driving up safety and standards at the prison.",
        due=None,
        vague=False,
        said="2025-08-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ,
        published="2025-08-15",
    ),
    # the same release: 'has already been completed': past
    B(
        text="A review to minimise sentence calculation errors and ensure prisoners are released on time has already been completed.",
        due=None,
        vague=False,
        said="2025-08-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ,
        published="2025-08-15",
    ),
    # Australian Electoral Commission, 'Third party distribution of postal vote applications' page (undated in the stored copy; said taken as 1 January 2025 10:00 in Canberra, Australia/Sydney, which moves no label: every case here is a refusal or sets no time): 'once a federal election is announced', 'from the issue of writ', neither dated: event
    B(
        text="Unless they are already registered as a General Postal Voter, voters who wish to vote by post, and are eligible, must apply for a postal vote via a postal vote application once a federal election is announced, or from the issue of writ for a referendum.",
        due=None,
        vague=False,
        said="2024-12-31 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AEC,
        published="2025-01-01",
    ),
    # the same page: 'in a timely manner' sets no time: due None
    B(
        text="Promoting this method ensures that the AEC can receive and process the voter’s application in a timely manner.",
        due=None,
        vague=False,
        said="2024-12-31 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AEC,
        published="2025-01-01",
    ),
    # the same page: 'once postal vote production begins', not dated: event
    B(
        text="They will automatically be sent their postal vote pack via Australia Post once postal vote production begins.",
        due=None,
        vague=False,
        said="2024-12-31 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AEC,
        published="2025-01-01",
    ),
    # the same page: 6pm on the Wednesday before any event's polling day, a standing rule for every election and referendum: recurring (CONVENTIONS 1.3). unsure: event, the polling day being undated
    B(
        text="Applications must be received by the AEC by 6pm (local time) on the Wednesday before the event’s polling day.",
        due=None,
        vague=False,
        said="2024-12-31 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_AEC,
        published="2025-01-01",
    ),
    # the same page: 'after this deadline', 'too late', a standing rule for any late application: recurring (CONVENTIONS 1.3)
    B(
        text="Any applications received after this deadline will be deemed to have been received too late and the AEC will attempt to contact voters with alternative voting options.",
        due=None,
        vague=False,
        said="2024-12-31 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_AEC,
        published="2025-01-01",
    ),
    # the same page: 'after the deadline', a standing duty of third parties: recurring (CONVENTIONS 1.3)
    B(
        text="Third parties who receive PVAs after the deadline are responsible for informing voters of their alternative voting options.",
        due=None,
        vague=False,
        said="2024-12-31 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_AEC,
        published="2025-01-01",
    ),
)
