"""A HUNDRED-AND-SIXTY-FOURTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 22:17 and 22:30 by a labelling helper (branch
issue12l164-s59) that neither changed, imported nor ran the parser, the benches or any test, working at the
same time as the other labellers of stop 59 (fresh165 to fresh168), whose claims in the shared claims file
were treated as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in full
(4.3 included), the docstring, comments, several cases and the README section of `blind_fresh163.py` (the
model of form), the field list of `BlindCase` and the docstring of `blind_real.py`, the docstring of
`tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows, parts of
the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of `bot/core/deadlines/` was
opened. The brief asked for GOV.UK departments and agencies (Home Office, Ministry of Justice, HMRC, DVLA,
National Highways, HM Courts & Tribunals Service), US Federal Register notices of the FAA, EPA and FDA,
Wikinews politics and elections stories and Oireachtas committee debates (not Order of Business); at least
eight publishers, none above a fifth of the cases, at most a third from the United States; about 80 cases
(at least 60), committed by 23:35 UTC.

The set has 87 cases from 9 publishers: the Houses of the Oireachtas 17 (19.5%; four committee debates),
the Food and Drug Administration 15 (17.2%), the Home Office 10 (11.5%), HM Revenue and Customs 10 (11.5%),
the Ministry of Justice 9 (10.3%), UK Parliament 9 (10.3%), the Environmental Protection Agency 9 (10.3%),
the Federal Aviation Administration 5 (5.7%) and HM Courts & Tribunals Service 3 (3.4%). 29 of the 87
(33.3%, exactly a third) are from the United States (FDA, EPA, FAA); 58 are not. Genres: committee
debates (Oireachtas), a Commons ministerial statement and a written answer (UK Parliament), press releases
and news stories (Home Office, Ministry of Justice, HMRC), an HMRC excise notice, an HMCTS bulletin and a
consultation response, and Federal Register notices of meetings, comment periods, extensions,
postponements and cancellations. Each page's cases share one `source` constant, so whole pages can be
dropped.

Not found, and left out. No fresh Wikinews politics or elections story was found (the one found, on
Tunisia's 2011 election, reads used); no fresh DVLA or National Highways page with a time word was found
(a GOV.UK Highways Agency press release and a GOV.UK news feed copy of Highways England items read used),
so the DVLA appears only inside a UK Parliament written answer. Claimed (`fresh164`) but not used: the
Oireachtas Joint Committee on the Implementation of the Good Friday Agreement (29 September 2020; one
whole sentence with a time word, left out to keep the Oireachtas within a fifth; its other one is cut off
in the stored text), the FAA notice 83 FR 17586 (its stored opening holds no sentence with a time word
past its date line), the FDA notice 82 FR 36789 (its only sentence with a time word, after 'DATES:', is
cut off in the stored text) and the HMCTS response on Northallerton Magistrates' Court (its only sentence
with a time word is cut off). Within the pages kept: sentences cut off in the stored text, and one FDA
sentence broken by a printed-page marker ('on Start Printed Page 59100or before November 16, 2007'), are
not taken; the sentences of a Surface Transportation Board notice printed on the same page as an FAA
notice are another publisher's and are not taken; the list numbers of the EPA's dated meeting list are
left off (the dated points are taken).

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time,
"today", "yesterday", "this week", "next week", "last week", "this autumn", "over the next year", "the
next decade", "in a decade", "within 10-12 weeks", "immediately", "each year", "each month", "the
morning session", "through the month of April", "for future months"); within each page quoted, the
sentences of the stored opening that hold one were taken in page order, easy or hard, except those whose
only time words are general ("now", "currently", "going forward", "Annual") or whose only year names an
Act, an Order, a session or a report. Titles, headings, date lines ('Dated:', 'issued by ... on', 'This
response is published on'), the 'DATES:' labels of the Federal Register notices (the sentence after the
label is kept), summary bullets and contact lines were skipped.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh164`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file); the result is in README.md's section for this set. Each label was
worked out by hand from the words, the publication date and the publisher's zone (Europe/Dublin for the
Oireachtas, Europe/London for the GOV.UK publishers and UK Parliament, America/New_York for the FAA, EPA
and FDA); the conversion of local instants to UTC wall time, weekdays and day counts were done with
Python's zoneinfo and datetime in a scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh163.py`: the publication date at 10:00 local time unless the page gives the hour (one page
does: the Oireachtas item of 30 June 2016, '9:00 am'); the first comment of each page says where its date
was read. A day falls due at 23:59:59 local; "today" on the act as it is spoken at the end of that day
(CONVENTIONS 2.1), a day word on a verb of speaking or announcing never the deadline (2.2), the perfect
with a day word past (2.4); a one-off event at a time due then (3.1, 3.1a); an offer open from a time an
earliest date (3.2); a window given from now due at its end (1.1, 1.2); several times or a range at the
latest (6.1, 6.2); a clock time with no day of its own at its first occurrence after the moment of
speaking, the page's instant written in the comment (6.3); a time denied or called off negated (4.1);
possibilities, questions, requests and proposals due None with no refusal word (4.2, 4.3); times hung on
an undated event are event (1.3, 5.2); standing rules and repeated acts recurring (1.3); done acts past;
"immediately" vague, 7 days (5.1). One GOV.UK page prints no date (HMRC's taskforce story): it is read at
10:00 on the day after the latest time it names as gone (1 November 2015), and all its labels (past, and
one due None) hold for any later reading day. Clusters as in `blind_fresh163.py`: 1 no time set, 2 clock
times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and
dates. 51 labels are refusals (past 36, negated 7, recurring 6, event 1, earliest 1); 1 is vague; 26 labels
carry a due instant (the vague one included); 10 have due None and no refusal word; 22 are marked "unsure"
and name the other reading; like every label here they stay as committed, whatever the first run shows.
First run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit
these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_OIR03 = "https://www.oireachtas.ie/en/debates/debate/joint_committee_on_social_and_family_affairs/2003-07-09/3/"
_OIR21 = "https://www.oireachtas.ie/en/debates/debate/joint_committee_on_key_issues_affecting_the_traveller_community/2021-04-20/2/"
_OIR16 = "https://www.kildarestreet.com/committees/?gid=2016-06-30a.339"
_OIR19 = "https://www.kildarestreet.com/committees/?gid=2019-07-09a.903"
_MOJ7 = "https://www.ukpol.co.uk/tag/ministry-of-justice/page/7"
_MOJ5 = "https://www.ukpol.co.uk/tag/ministry-of-justice/page/5"
_HO18 = "https://www.ukpol.co.uk/tag/home-office/page/18"
_HO16 = "https://www.ukpol.co.uk/tag/home-office/page/16"
_HO20 = "https://www.ukpol.co.uk/tag/home-office/page/20"
_HMRC21 = "https://www.gov.uk/government/publications/excise-notice-2004-tobacco-duty-tobacco-products-manufacturing-machine-licensing-scheme/excise-notice-2004-tobacco-duty-tobacco-products-manufacturing-machine-licensing-scheme"
_HMRC15 = "https://gov.uk/government/news/crackdown-on-tax-cheats-nets-109m-in-just-six-months"
_HMCTS22 = "https://content.govdelivery.com/accounts/UKHMCTS/bulletins/308850a"
_HMCTS15 = "https://abcdocz.com/doc/724430/cambridgeshire-schedule-consultation-response"
_UKP24 = (
    "https://parallelparliament.co.uk/debate/2024-07-18/commons/commons-chamber/prison-capacity"
)
_UKP15 = "https://www.parallelparliament.co.uk/question/8747/driving-licences"
_FAA19 = "https://regulations.justia.com/regulations/fedreg/2019/12/19/2019-27419.html"
_FAA19B = "https://regulations.justia.com/regulations/fedreg/2019/11/29/2019-25899.html"
_FAA19C = "https://regulations.justia.com/regulations/fedreg/2019/02/27/2019-03334.html"
_EPA17 = "http://print.casetext.com/federal-register/notice-of-extension-to-comment-period-on-the-request-for-public-comments-to-be-sent-to-epa-on-peer-review-materials-to-inform-the-safe-drinking-water-act-decision-making-on-perchlorate"
_EPA24 = "https://regulations.justia.com/regulations/fedreg/2024/04/05/2024-07256.html"
_FDA12 = "https://lexbuild.dev/fr/2012/10/2012-25503"
_FDA20 = "https://frnow.com/Browse/Document/usa/na/fr/2020/4/7/2020-07262"
_FDA07 = "http://federal.elaws.us/fr/10/18/2007/e7-20550"
_FDA08 = "https://lexbuild.dev/fr/2008/07/E8-16814"

FRESH164_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas (Joint Committee on Social and Family Affairs, 'Business of Joint Committee', Wednesday 9 July 2003, on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin (IST); the date is the sitting's own, in the address; no hour given, said 9 July 2003 10:00 IST. The first two sentences (thanks to the acting Chairman, a vote of sympathy) hold no time word. members indicated only that a meeting might be held, a possibility and no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give due 31 July 2003 23:59:59 IST, 'prior to the end of July' read as by its end (CONVENTIONS 3.5)
    B(
        text="On 'any other business', a number of members indicated we might have another meeting prior to the end of July.",
        due=None,
        vague=False,
        said="2003-07-09 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR03,
        published="2003-07-09",
    ),
    # the usual slot next week is set aside: negated (CONVENTIONS 4.1). unsure: a careful reader could give due None and no refusal word (a difficulty told, no time called off in so many words)
    B(
        text="There is a difficulty about next week, which would be our normal slot.",
        due=None,
        vague=False,
        said="2003-07-09 09:00:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_OIR03,
        published="2003-07-09",
    ),
    # a time put forward as a question while the date is being bargained over: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Perhaps 2.30 p.m. on 29 July would suit colleagues?",
        due=None,
        vague=False,
        said="2003-07-09 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR03,
        published="2003-07-09",
    ),
    # a question about a day: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Perhaps some colleagues would like to meet on Wednesday?",
        due=None,
        vague=False,
        said="2003-07-09 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR03,
        published="2003-07-09",
    ),
    # 'yesterday' dates only the agreeing (CONVENTIONS 2.2); the council meeting is a one-off event on the next Tuesday, 15 July 2003 (CONVENTIONS 3.1); the committee meeting on Wednesday was only a thought (CONVENTIONS 4.2). unsure: a careful reader could give refusal 'past', the sentence telling of an agreement already made [local due 2003-07-15 23:59:59 IST]
    B(
        text="I agreed yesterday to a council meeting on Tuesday because I thought we might have a meeting on Wednesday.",
        due="2003-07-15 22:59:59",
        vague=False,
        said="2003-07-09 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR03,
        published="2003-07-09",
    ),
    # the Chairman undertakes only to ask the Clerk to check whether a Wednesday meeting is possible, a time another is asked to look into: due None, no refusal word (CONVENTIONS 4.2, 4.3). unsure: a careful reader could date the colleagues' arrival, told as going to happen, to the Wednesday (16 July 2003 23:59:59 IST, or the day of speaking itself under the parser's on-or-after reading of a bare weekday)
    B(
        text="I will put it this way, I will ask the Clerk to the committee to check the possibility of meeting on Wednesday, as many of our colleagues will arrive on Wednesday.",
        due=None,
        vague=False,
        said="2003-07-09 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR03,
        published="2003-07-09",
    ),
    # 'I know.' and the Clerk's other business hold no time word. a one-off event on a year-less date, its next occurrence, 30 July 2003 (CONVENTIONS 3.1). unsure: a careful reader could give refusal 'recurring', the races being a yearly fixture that politicians habitually attend [local due 2003-07-30 23:59:59 IST]
    B(
        text="Many politicians go to the Galway Races on 30 July.",
        due="2003-07-30 22:59:59",
        vague=False,
        said="2003-07-09 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR03,
        published="2003-07-09",
    ),
    # a possibility to be examined, no undertaking: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="We may examine the possibility of holding the meeting on 23 July.",
        due=None,
        vague=False,
        said="2003-07-09 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR03,
        published="2003-07-09",
    ),
    # 'A matter that we will have to address at that meeting ...' holds no time word of its own and is not taken. deliveries made in the week gone: past
    B(
        text="I thank the Clerk for delivering some very detailed submissions to each of our offices in the past week.",
        due=None,
        vague=False,
        said="2003-07-09 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR03,
        published="2003-07-09",
    ),
    # the record of an adjournment already made: past
    B(
        text="The joint committee adjourned at 4.25 p.m.",
        due=None,
        vague=False,
        said="2003-07-09 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=2,
        source=_OIR03,
        published="2003-07-09",
    ),
    # Houses of the Oireachtas (Joint Committee on Key Issues affecting the Traveller Community, 'Business of Joint Committee', Tuesday 20 April 2021, on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin (IST); the date is the meeting's own, in the address; no hour given, said 20 April 2021 10:00 IST. The welcome holds no time word. the Business Committee's agreement is done, and nothing is undertaken: past. unsure: a careful reader could give due 20 April 2021 23:59:59 IST, the meeting held 'today' as it is spoken (CONVENTIONS 2.1)
    B(
        text="I also thank the Business Committee for agreeing to this meeting today.",
        due=None,
        vague=False,
        said="2021-04-20 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR21,
        published="2021-04-20",
    ),
    # the reminders about Leinster House and privilege hold no time word. meetings already held (the year-less dates are this year's, all gone): past
    B(
        text="Are the minutes of the meeting of 19 November 2020, those of 3 December 2020, 17 December 2020, 14 January, 28 January, 11 February, 25 February, 11 March and 25 March agreed?",
        due=None,
        vague=False,
        said="2021-04-20 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=3,
        source=_OIR21,
        published="2021-04-20",
    ),
    # Houses of the Oireachtas (Select Committee on Finance, Public Expenditure and Reform, and Taoiseach, Estimates for Public Services 2016, Thursday 30 June 2016, the Taoiseach speaking, as carried by kildarestreet.com, which links each contribution to its Oireachtas source; Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin (IST); the page prints the date and the hour of the item, 9:00 am: said 30 June 2016 09:00 IST. 'It will report then on the eighth amendment.' holds no time word ('then') and is not taken. the Taoiseach's own plan, put modestly, stays dated (CONVENTIONS 4.3): by the end of October 2016 [GMT after 30 October]. unsure: a careful reader could give due None and no refusal word, the time being only the condition of an 'if' [local due 2016-10-31 23:59:59 GMT]
    B(
        text="If I get it set up and running by October, which is a month earlier than was envisaged, that would mean that it can start its work and reflection on the eighth amendment.",
        due="2016-10-31 23:59:59",
        vague=False,
        said="2016-06-30 08:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR16,
        published="2016-06-30",
    ),
    # twelve months counted from the assembly's start, which this sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could count them from the moment of speaking, due 30 June 2017 23:59:59 IST (CONVENTIONS 1.2)
    B(
        text="Either way, it is envisaged that the citizens' assembly would complete its programme of work inside 12 months.",
        due=None,
        vague=False,
        said="2016-06-30 08:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIR16,
        published="2016-06-30",
    ),
    # Houses of the Oireachtas (Joint Committee on Finance, Public Expenditure and Reform, and Taoiseach, No Consent, No Sale Bill 2019, Tuesday 9 July 2019, the Chairman speaking, as carried by kildarestreet.com with its Oireachtas source linked; Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin (IST); no hour given in the stored opening, said 9 July 2019 10:00 IST. 'Let me be clear.' and the sentences on the draft report hold no time word. days put forward as examples while the date is being bargained over: due None, no refusal word (CONVENTIONS 4.2, 4.3)
    B(
        text="For example, we could make a decision to consider the report in full next Tuesday or any other day this week.",
        due=None,
        vague=False,
        said="2019-07-09 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR19,
        published="2019-07-09",
    ),
    # 'It would be whenever the members decided.' and the sentences on the select committee hold no time word. a question about a time: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Do members wish to do it this week or next week?",
        due=None,
        vague=False,
        said="2019-07-09 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR19,
        published="2019-07-09",
    ),
    # an offer of days while the date is being bargained over: due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could read it as the Chairman's own readiness, due at the end of the latest week offered, Sunday 28 July 2019 23:59:59 IST (CONVENTIONS 6.2)
    B(
        text="I would not mind sitting any day of this week, next week or the week after if it helped to get this matter sorted.",
        due=None,
        vague=False,
        said="2019-07-09 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR19,
        published="2019-07-09",
    ),
    # Ministry of Justice (press release 'Greater protection for domestic abuse victims in North Wales', 'issued by the Ministry of Justice on 28 April 2025', as carried on ukpol.co.uk's Ministry of Justice tag page 7 (one of two stored copies of that page); Crown copyright under the Open Government Licence v3.0); zone Europe/London (BST); no hour given, said Monday 28 April 2025 10:00 BST. The release's head line (a date line) and its summary sentence without a time word are not taken. an offer open from today, only its start given: earliest, 28 April 2025 00:00 BST (CONVENTIONS 3.2). unsure: a careful reader could read the expansion as taking effect today, due 28 April 2025 23:59:59 BST (CONVENTIONS 3.1a, 2.1)
    B(
        text="From today, victims in North Wales – as well as their friends, families or support workers – can apply for Domestic Abuse Protection Orders (DAPO) in the family court at Caernarfon, Prestatyn or Wrexham.",
        due=None,
        vague=False,
        said="2025-04-28 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2025-04-27 23:00:00",
        cluster=5,
        source=_MOJ7,
        published="2025-04-28",
    ),
    # 'Police can also apply ...' holds no time word. a decade given to the Government from the moment of speaking (CONVENTIONS 1.2): 28 April 2035. unsure: a careful reader could count the decade from the commitment's first making (2024), a start this sentence does not date (refusal 'event') [local due 2035-04-28 23:59:59 BST]
    B(
        text="This comes as the Government reiterates its commitment to halve violence against women and girls in a decade as part of its Plan for Change.",
        due="2035-04-28 22:59:59",
        vague=False,
        said="2025-04-28 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_MOJ7,
        published="2025-04-28",
    ),
    # the sentences on what the orders do hold no time word. the 28 days are the standing length of a class of orders: recurring (CONVENTIONS 1.3)
    B(
        text="There will also be no maximum duration for these orders, compared to the 28-days current protection orders offer.",
        due=None,
        vague=False,
        said="2025-04-28 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_MOJ7,
        published="2025-04-28",
    ),
    # a count for a year gone: past
    B(
        text="In the year to March 2024, North Wales Police granted 462 Domestic Violence Protection Notices and made over 350 applications under Clare’s Law to help protect victims of domestic abuse.",
        due=None,
        vague=False,
        said="2025-04-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ7,
        published="2025-04-28",
    ),
    # Ministry of Justice (press release 'Cowardly criminals forced to face victims under flagship Bill', 'issued by the Ministry of Justice on 7 May 2025', in the other stored copy of the same ukpol.co.uk tag page; OGL v3.0); zone Europe/London (BST); no hour given, said Wednesday 7 May 2025 10:00 BST. The bullet points and the Lord Chancellor's words hold no time word of their own. the Bill's introduction on the day, told as done ('following'): past (CONVENTIONS 2.4). unsure: a careful reader could give due 7 May 2025 23:59:59 BST, the introduction taking place on the day of speaking (CONVENTIONS 2.1)
    B(
        text="Victims will be better protected than ever thanks to new measures across the justice system following the introduction of the Victims and Courts Bill (7 May).",
        due=None,
        vague=False,
        said="2025-05-07 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ7,
        published="2025-05-07",
    ),
    # Ministry of Justice (press release 'Sexual predator has prison sentence increased', 'issued by the Ministry of Justice on 18 June 2o25' [sic], as carried on ukpol.co.uk's Ministry of Justice tag page 5; Crown copyright under the Open Government Licence v3.0); zone Europe/London (BST); no hour given, said Wednesday 18 June 2025 10:00 BST. The opening sentence ('posed as a 12-year-old') holds an age, not a time, and is not taken. an increase already made, the years and months being its size: past
    B(
        text="Joshua Wilson (26) from Bedworth, Warwickshire, had his sentence increased by one year and ten months after the case was referred to the Court of Appeal by the Solicitor General Lucy Rigby KC MP, under the Unduly Lenient Sentence scheme.",
        due=None,
        vague=False,
        said="2025-06-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ5,
        published="2025-06-18",
    ),
    # months gone: past
    B(
        text="The Court heard that between May and September 2023, Wilson contacted two children on social media.",
        due=None,
        vague=False,
        said="2025-06-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ5,
        published="2025-06-18",
    ),
    # a month gone: past
    B(
        text="In October 2024, following his arrest and whilst on bail, Wilson contacted a nine-year-old girl on social media.",
        due=None,
        vague=False,
        said="2025-06-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ5,
        published="2025-06-18",
    ),
    # 'Posing as a 12-year-old boy ...' and the Solicitor General's words hold no time word. a sentence passed on a date gone: past. The next sentence ('On 17 June 2025, ...') is cut off in the stored text and is not taken
    B(
        text="On 7 March 2025, Wilson was sentenced to four years imprisonment for three counts of making indecent photographs of children, one count of attempting to cause a child to watch a sexual act, one count of distributing indecent photographs of children, four counts of sexual communication with a child, one count of causing a child to watch a sexual act, and one count of causing or inciting a child under 13 to engage in sexual activity.",
        due=None,
        vague=False,
        said="2025-06-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ5,
        published="2025-06-18",
    ),
    # Home Office (press release 'Rwanda Bill to become law in major illegal migration milestone', 'issued by the Home Office on 23 April 2024', as carried on ukpol.co.uk's Home Office tag page 18; Crown copyright under the Open Government Licence v3.0); zone Europe/London (BST); no hour given, said Tuesday 23 April 2024 10:00 BST. The summary line ('Final phase ... to commence') holds no time word. a passage completed the night before: past
    B(
        text="UK government efforts to stop the boats and tackle illegal migration took a major step forward, after the Safety of Rwanda Bill completed its passage through Parliament overnight, Monday 22 April.",
        due=None,
        vague=False,
        said="2024-04-23 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO18,
        published="2024-04-23",
    ),
    # 'The Bill’s passing means ...' holds no time word. a window from the moment of speaking, at its later end, twelve weeks: 16 July 2024 (CONVENTIONS 1.2, 6.1). The later sentences ('going forward', 'now') hold only general time words and are not taken [local due 2024-07-16 23:59:59 BST]
    B(
        text="Robust operational plans are in place to ensure a first flight to Rwanda can be delivered within 10-12 weeks, with multiple flights set to take off after this.",
        due="2024-07-16 22:59:59",
        vague=False,
        said="2024-04-23 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HO18,
        published="2024-04-23",
    ),
    # Home Office (press release 'Home Office will not use RAF Scampton for asylum accommodation', 'issued by the Home Office on 5 September 2024', as carried on ukpol.co.uk's Home Office tag page 16; Crown copyright under the Open Government Licence v3.0); zone Europe/London (BST); no hour given, said Thursday 5 September 2024 10:00 BST. The summary and the decision sentence hold no time word. the opening planned for this autumn is called off, and 2027 was its end: negated (CONVENTIONS 4.1)
    B(
        text="Opening the site from this autumn as planned would have cost a total of £122 million by the end of its use in 2027, meaning the site no longer represents value for money.",
        due=None,
        vague=False,
        said="2024-09-05 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HO16,
        published="2024-09-05",
    ),
    # 'A total of £60 million has already been spent on the site.' holds no time word. 'immediately' as the department's undertaking: vague, 7 days (CONVENTIONS 5.1) [local due 2024-09-12 23:59:59 BST]
    B(
        text="Work to close the site will begin immediately with the sale happening in line with the process for disposing of Crown land.",
        due="2024-09-12 22:59:59",
        vague=True,
        said="2024-09-05 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HO16,
        published="2024-09-05",
    ),
    # a saving spread over the ten years from now, due at the window's end (CONVENTIONS 1.1). unsure: a careful reader could give due None and no refusal word, the decade measuring a forecast saving rather than timing an act. The Minister's words and the second release on the page ('Legislation has been laid ...') hold no time word; the rest of that release is cut off in the stored text [local due 2034-09-05 23:59:59 BST]
    B(
        text="Progress is already being made to clear the backlog of asylum cases, which will save around £7.7 billion in asylum costs over the next decade.",
        due="2034-09-05 22:59:59",
        vague=False,
        said="2024-09-05 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HO16,
        published="2024-09-05",
    ),
    # Home Office (press release 'Plan proven to slash anti-social behaviour rolled out nationwide', 'issued by the Home Office on 14 February 2024', as carried on ukpol.co.uk's Home Office tag page 20; Crown copyright under the Open Government Licence v3.0); zone Europe/London (GMT); no hour given, said Wednesday 14 February 2024 10:00 GMT. The summary ('Hundreds of thousands of hours of patrols') counts hours, no time, and the sentence on each force's £1 million holds no time word. hours of patrol 'each year', a standing yearly allowance: recurring (CONVENTIONS 1.3)
    B(
        text="It is estimated that the funding, hitting £66 million for England and Wales, will enable each force to deploy uniformed patrols for up to 20,000 hours in “hotspot” areas each year, helping drive down crime and boost public confidence in their local force.",
        due=None,
        vague=False,
        said="2024-02-14 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HO20,
        published="2024-02-14",
    ),
    # patrols to be run over the year from now, due at the window's end (CONVENTIONS 1.1) [local due 2025-02-14 23:59:59 GMT]
    B(
        text="Across all 43 forces areas, this will support between 600,000 and 900,000 hours of hotspot patrols over the next year.",
        due="2025-02-14 23:59:59",
        vague=False,
        said="2024-02-14 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HO20,
        published="2024-02-14",
    ),
    # six months gone: past
    B(
        text="This approach has already been piloted in 10 areas, with over 80,000 hours of patrols in the six months since it launched.",
        due=None,
        vague=False,
        said="2024-02-14 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO20,
        published="2024-02-14",
    ),
    # the sentences on arrests and on Brunswick hold no time word. the twelve months gone: past
    B(
        text="While in Essex, the police have reported that incidents of anti-social behaviour in Southend have almost halved in the last 12 months with hotspots in specific areas in the city playing a key role in this.",
        due=None,
        vague=False,
        said="2024-02-14 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO20,
        published="2024-02-14",
    ),
    # 'today' is on the announcing (CONVENTIONS 2.2) and the targeting has no time of its own: due None, no refusal word. unsure: a careful reader could give refusal 'past', the announcement being told as done. The next sentence is cut off in the stored text
    B(
        text="The £66m of funding announced today will be targeted in areas where there is high prevalence of violence, anti-social behaviour, and illegal public drug consumption, which not only makes communities feel less safe but can fuel drug related violence.",
        due=None,
        vague=False,
        said="2024-02-14 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HO20,
        published="2024-02-14",
    ),
    # HM Revenue and Customs (Excise Notice 2004, 'Tobacco Duty - Tobacco Products Manufacturing Machine Licensing Scheme', on GOV.UK; Crown copyright under the Open Government Licence v3.0); zone Europe/London (BST); the page prints 'Updated 15 September 2021' and its stored text is the updated one: said Wednesday 15 September 2021 10:00 BST. The title, the 'Updated' line, the headings and 'This notice explains/tells you about ...' (no time word) are not taken. a duty that took effect on a date three years gone (CONVENTIONS 3.1a): past
    B(
        text="From 1 August 2018 anyone who carries out a regulated activity must be licensed with HM Revenue and Customs (HMRC) unless an exemption applies.",
        due=None,
        vague=False,
        said="2021-09-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRC21,
        published="2021-09-15",
    ),
    # the definitions hold no time word. 'on or after' a date long gone, read on the update day: past. unsure: a careful reader could give refusal 'earliest' with 1 August 2018 00:00 BST, the words giving only a start
    B(
        text="You should read this notice if you will be carrying out a regulated activity in the UK on or after 1 August 2018.",
        due=None,
        vague=False,
        said="2021-09-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRC21,
        published="2021-09-15",
    ),
    # a deadline gone by the update day: past. The list of Acts (whose years name Acts) is not taken
    B(
        text="This is because, unless an exemption applies, you will need to apply for a licence and hold a valid one in time for 1 August 2018.",
        due=None,
        vague=False,
        said="2021-09-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRC21,
        published="2021-09-15",
    ),
    # HM Revenue and Customs (GOV.UK news story 'Crackdown on tax cheats nets £109m in just six months'; Crown copyright under the Open Government Licence v3.0); zone Europe/London (GMT); the stored opening prints no date: read at 10:00 on the first day after the latest time it names as gone ('Between April and October 2015'), said Sunday 1 November 2015 10:00 GMT; every label of this page (past, and one due None) holds for any later reading day. a sum brought in over six months gone: past
    B(
        text="HM Revenue and Customs (HMRC) taskforces have brought in £109 million in the last six months it was revealed today.",
        due=None,
        vague=False,
        said="2015-11-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRC15,
        published="2015-11-01",
    ),
    # months gone: past
    B(
        text="That figure includes £64.9 million recovered in the first three months of this year, more than double the figure for the same period in 2014.",
        due=None,
        vague=False,
        said="2015-11-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRC15,
        published="2015-11-01",
    ),
    # months gone: past
    B(
        text="Between April and October 2015, HMRC launched 27 new taskforces targeting sectors that are at the highest risk of tax fraud, including Income Tax Self Assessment (ITSA) Repayments, Retail, Hidden Wealth and Grocery sectors, with one taskforce alone generating 22 arrests.",
        due=None,
        vague=False,
        said="2015-11-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRC15,
        published="2015-11-01",
    ),
    # a season gone: past
    B(
        text="Taskforces were first launched in spring 2011 as part of HMRC’s compliance strategy to tackle tax evasion and fraud.",
        due=None,
        vague=False,
        said="2015-11-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRC15,
        published="2015-11-01",
    ),
    # a count since a time gone: past
    B(
        text="Over 100 taskforces have been launched since then yielding more than £404 million, protecting this money for public services.",
        due=None,
        vague=False,
        said="2015-11-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRC15,
        published="2015-11-01",
    ),
    # 'today' is on the verb of speaking (CONVENTIONS 2.2) and the sentence dates no act of its own: due None, no refusal word
    B(
        text="Speaking at the UK Tax Investigation Conference today, Jennie Granger, Director General for Enforcement and Compliance at HMRC, said:",
        due=None,
        vague=False,
        said="2015-11-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMRC15,
        published="2015-11-01",
    ),
    # the first sentences of the quote hold no time word. a comparison with a period gone: past. The notes for editors hold no time word
    B(
        text="This yield of £109 million – almost double the figure for the same period in 2014 - shows that our strategy is working.”",
        due=None,
        vague=False,
        said="2015-11-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRC15,
        published="2015-11-01",
    ),
    # HM Courts & Tribunals Service (HMCTS monthly bulletin, Issue 44, '7 Feb 2022' in its head, as sent through GovDelivery (content.govdelivery.com/accounts/UKHMCTS); Crown copyright under the Open Government Licence v3.0); zone Europe/London (GMT); no hour given, said Monday 7 February 2022 10:00 GMT. The head and the headlines without a time word are not taken. six months and a year are the standing limits of a class of sentences, and the doubling is given no time: recurring (CONVENTIONS 1.3)
    B(
        text="The maximum 6-month prison sentence that can currently be handed out by magistrates is to be doubled to a year, to help tackle outstanding case levels.",
        due=None,
        vague=False,
        said="2022-02-07 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HMCTS22,
        published="2022-02-07",
    ),
    # 'People from all walks of life ...' holds no time word. The stored text runs this clause into the next without a stop; only the clause is taken. a publication done, for months gone: past (CONVENTIONS 2.4). The remaining paragraphs hold only 'Annual' or no time word
    B(
        text="We have published management information for November 2020 to November 2021",
        due=None,
        vague=False,
        said="2022-02-07 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS22,
        published="2022-02-07",
    ),
    # HM Courts & Tribunals Service (response to the consultation on listing arrangements in Cambridgeshire, 'published on 22nd January 2015', produced by HMCTS, part of the Ministry of Justice, as carried on abcdocz.com; Crown copyright under the Open Government Licence v3.0); zone Europe/London (GMT); no hour given, said Thursday 22 January 2015 10:00 GMT. The publication line and the table of contents are not taken. a new listing schedule taking effect on a date, one-off (CONVENTIONS 3.1, 3.1a) [BST on 1 April 2015]. unsure: a careful reader could give refusal 'earliest' with 1 April 2015 00:00 BST, an ongoing arrangement given only its start (CONVENTIONS 3.2) [local due 2015-04-01 23:59:59 BST]
    B(
        text="It will cover: the background to the consultation a summary of the responses to the consultation a detailed response to the issues raised; and the finalised schedule which will commence on 1st April 2015.",
        due="2015-04-01 22:59:59",
        vague=False,
        said="2015-01-22 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMCTS15,
        published="2015-01-22",
    ),
    # UK Parliament (House of Commons, statement 'Prison Capacity' by the Lord Chancellor, Thursday 18 July 2024, as carried by parallelparliament.co.uk from Hansard; Open Parliament Licence); zone Europe/London (BST); no hour given, said 18 July 2024 10:00 BST. The opening sentences hold no time word ('first' is an order). measures set out before an event gone: past
    B(
        text="However, given the scale of the emergency facing our prisons, I was forced to set out these measures before Parliament returned.",
        due=None,
        vague=False,
        said="2024-07-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKP24,
        published="2024-07-18",
    ),
    # two weeks gone: past
    B(
        text="Since this Government took office two weeks ago, it has become clear that our prisons are in crisis and are at the point of collapse.",
        due=None,
        vague=False,
        said="2024-07-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKP24,
        published="2024-07-18",
    ),
    # months gone: past. The sentences with 'now' only, or none, are not taken
    B(
        text="The male prison estate has been running at over 99% capacity for the last 18 months.",
        due=None,
        vague=False,
        said="2024-07-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKP24,
        published="2024-07-18",
    ),
    # a week gone: past
    B(
        text="Last week, there were around 700 spaces remaining in the male prison estate.",
        due=None,
        vague=False,
        said="2024-07-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKP24,
        published="2024-07-18",
    ),
    # 'With 300 places left ...' and 'At that point ...' hold no time word. a time told as going to come: by the end of September 2024 (CONVENTIONS 3.5). unsure: a careful reader could give due None and no refusal word, a forecast that nobody undertakes [local due 2024-09-30 23:59:59 BST]
    B(
        text="With the prison population rising, it is now clear that by September this year, our prisons will overflow.",
        due="2024-09-30 22:59:59",
        vague=False,
        said="2024-07-18 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UKP24,
        published="2024-07-18",
    ),
    # the sentences with 'now', 'temporary' or no time word are not taken. an act done the day before: past. The next sentence is cut off in the stored text
    B(
        text="Yesterday, we laid a statutory instrument in draft.",
        due=None,
        vague=False,
        said="2024-07-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKP24,
        published="2024-07-18",
    ),
    # UK Parliament (written answer by the Department for Transport to question 8747 'Driving Licences', asked on 4 September 2015 and 'answered on 9th September 2015', as carried by parallelparliament.co.uk; Open Parliament Licence); zone Europe/London (BST); no hour given, said Wednesday 9 September 2015 10:00 BST. The question and the first two sentences of the answer hold no time word. a monthly sending: recurring (CONVENTIONS 1.3). unsure: a careful reader could give refusal 'past', the sending being told since a month gone
    B(
        text="Information has been sent to around a million drivers each month since February with driving licence renewal reminders.",
        due=None,
        vague=False,
        said="2015-09-09 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_UKP15,
        published="2015-09-09",
    ),
    # 'Awareness of the change ... is now over 84%.' holds only 'now'; 'The DVLA has a dedicated ...' none. standing opening hours: recurring (CONVENTIONS 1.3)
    B(
        text="This service is available Monday to Friday from 8am to 7pm and Saturday from 8am to 2pm.",
        due=None,
        vague=False,
        said="2015-09-09 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_UKP15,
        published="2015-09-09",
    ),
    # a count since a month gone: past. 'During the same period ...' holds no time word of its own
    B(
        text="Since the paper counterpart was abolished in June 2015, more than 154,000 drivers have used the telephone service.",
        due=None,
        vague=False,
        said="2015-09-09 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKP15,
        published="2015-09-09",
    ),
    # Federal Aviation Administration (Federal Register notice 2019-27419, 'Notice of Availability, Notice of Public Comment Period, Notice of Public Meeting, and Request for Comment on the Draft Environmental Assessment for the Titusville-Cocoa Airport Authority Launch Site Operator License', Vol. 84, No. 244, Thursday, December 19, 2019, as carried by regulations.justia.com; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EST); no hour given, said 19 December 2019 10:00 EST. The agency, action and summary sentences hold no time word. The label 'DATES:' is not taken (the sentence after it is). a comment deadline of the agency's own (CONVENTIONS 4.3 does not apply) [local due 2020-01-17 23:59:59 EST]
    B(
        text="Comments on the Draft EA must be received on or before January 17, 2020.",
        due="2020-01-18 04:59:59",
        vague=False,
        said="2019-12-19 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA19,
        published="2019-12-19",
    ),
    # a meeting on a date, at the later end of its hours (CONVENTIONS 3.1, 6.1). The next sentence is cut off in the stored text [local due 2020-01-08 20:00:00 EST]
    B(
        text="The FAA will hold a public meeting on January 8th, 2020, from 5:00 to 8:00 p.m.",
        due="2020-01-09 01:00:00",
        vague=False,
        said="2019-12-19 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FAA19,
        published="2019-12-19",
    ),
    # Federal Aviation Administration (Federal Register, Vol. 84, No. 230, Friday, November 29, 2019, the FAA notice on the Daniel Field Airport, Augusta, Georgia, printed on the page of FR Doc. 2019-25899 as carried by regulations.justia.com; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EST, the Atlanta Airports District Office); no hour given, said 29 November 2019 10:00 EST. The notice's opening sentences ('Currently ...') hold no time word; the label 'DATES:' is not taken. a comment deadline of the agency's own [local due 2019-12-30 23:59:59 EST]
    B(
        text="Comments must be received on or before December 30, 2019.",
        due="2019-12-31 04:59:59",
        vague=False,
        said="2019-11-29 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA19B,
        published="2019-11-29",
    ),
    # the address and contact sentences are not taken. a request made on a date gone: past
    B(
        text="On October 11, 2019, the City of Augusta (with concurrence from Georgia Department of Transportation) requested the FAA release 0.13 acres of surplus property for a permanent utility easement.",
        due=None,
        vague=False,
        said="2019-11-29 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FAA19B,
        published="2019-11-29",
    ),
    # Federal Aviation Administration (Federal Register notice 2019-03334, 'Public Notice for Intent To Release Airport Property', Deadhorse Airport, Alaska, Vol. 84, No. 39, Wednesday, February 27, 2019, as carried by regulations.justia.com; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (the FAA's seat; EDT on 29 March 2019); no hour given, said 27 February 2019 10:00 EST. The sentences of the Surface Transportation Board notice printed above it on the same page are another publisher's and are not taken; the FAA's summary holds no time word; the label 'DATES:' is not taken. a comment deadline of the agency's own. unsure: a careful reader could read the day in Alaska (America/Anchorage), the notice coming from the FAA's Alaskan Region, due 30 March 2019 07:59:59 UTC [local due 2019-03-29 23:59:59 EDT]
    B(
        text="Comments must be received on or before March 29, 2019.",
        due="2019-03-30 03:59:59",
        vague=False,
        said="2019-02-27 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA19C,
        published="2019-02-27",
    ),
    # Environmental Protection Agency (Federal Register notice 'Notice of Extension to Comment Period on the Request for Public Comments To Be Sent to EPA on Peer Review Materials To Inform the Safe Drinking Water Act Decision Making on Perchlorate', 82 Fed. Reg. 47507, Oct. 12, 2017, as carried by casetext.com; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EDT; EST on 20 November); no hour given, said Thursday 12 October 2017 10:00 EDT. The summary's first sentence holds no time word. a period extended to a new end: the later date (CONVENTIONS 3.4, 6.1) [local due 2017-11-20 23:59:59 EST]
    B(
        text="In response to stakeholder requests, EPA is extending the comment period for the “Draft Report: Proposed Approaches To Inform the Derivation of a Maximum Contaminant Level Goal for Perchlorate in Drinking Water” (draft MCLG Approaches Report)” an additional 21 days, from October 30, 2017, to November 20, 2017.",
        due="2017-11-21 04:59:59",
        vague=False,
        said="2017-10-12 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_EPA17,
        published="2017-10-12",
    ),
    # the sentence after the label 'DATES:'. a publication on a date gone, and the extension is given no time of its own here: past. unsure: a careful reader could give due None and no refusal word (the extension, done as it is spoken, has no time)
    B(
        text="The comment period announced in the notice that was published on September 15, 2017 (82 FR 43354) is extended.",
        due=None,
        vague=False,
        said="2017-10-12 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA17,
        published="2017-10-12",
    ),
    # the new deadline. The instructions that follow hold no time word [local due 2017-11-20 23:59:59 EST]
    B(
        text="Comments must now be received by EPA on or before November 20, 2017.",
        due="2017-11-21 04:59:59",
        vague=False,
        said="2017-10-12 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA17,
        published="2017-10-12",
    ),
    # Environmental Protection Agency (Federal Register notice 'Public Meetings of the Science Advisory Board Radionuclide Cancer Risk Coefficients Review Panel', FRL-11834-01-OA, Vol. 89, No. 67, Friday, April 5, 2024, printed on the page of FR Doc. 2024-07256 as carried by regulations.justia.com; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EDT); no hour given, said 5 April 2024 10:00 EDT. The agency, action and purpose sentences hold no time word; 'will meet on the following dates.' names no date. the first dated point of the list (its list number left off): a meeting at the later end of its hours (CONVENTIONS 3.1, 6.1) [local due 2024-04-25 17:00:00 EDT]
    B(
        text="April 25, 2024, from 1 p.m. to 5 p.m.",
        due="2024-04-25 21:00:00",
        vague=False,
        said="2024-04-05 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EPA24,
        published="2024-04-05",
    ),
    # the second dated point of the list [local due 2024-05-29 17:00:00 EDT]
    B(
        text="May 29, 2024, from 9 a.m. to 5 p.m.",
        due="2024-05-29 21:00:00",
        vague=False,
        said="2024-04-05 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EPA24,
        published="2024-04-05",
    ),
    # the third dated point of the list [local due 2024-05-30 17:00:00 EDT]
    B(
        text="May 30, 2024, from 9 a.m. to 5 p.m.",
        due="2024-05-30 21:00:00",
        vague=False,
        said="2024-04-05 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EPA24,
        published="2024-04-05",
    ),
    # the fourth dated point of the list. 'Comments: See the section ... for instructions and deadlines.' names no time [local due 2024-05-31 15:00:00 EDT]
    B(
        text="May 31, 2024, from 9 a.m. to 3 p.m.",
        due="2024-05-31 19:00:00",
        vague=False,
        said="2024-04-05 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EPA24,
        published="2024-04-05",
    ),
    # a one-off event on a date (CONVENTIONS 3.1) [local due 2024-04-25 23:59:59 EDT]
    B(
        text="The April 25, 2024, meeting will be conducted virtually.",
        due="2024-04-26 03:59:59",
        vague=False,
        said="2024-04-05 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA24,
        published="2024-04-05",
    ),
    # a range of days, at its later end (CONVENTIONS 6.1). The rest (website, contact) holds no time word [local due 2024-05-31 23:59:59 EDT]
    B(
        text="The May 29–31, 2024 meetings will be conducted in person and virtually.",
        due="2024-06-01 03:59:59",
        vague=False,
        said="2024-04-05 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_EPA24,
        published="2024-04-05",
    ),
    # Food and Drug Administration (Federal Register notice 2012-25503, 'Oncologic Drugs Advisory Committee; Cancellation', 77 FR 63839, publication date 2012-10-17, as carried by lexbuild.dev; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EDT); no hour given, said Wednesday 17 October 2012 10:00 EDT. a meeting called off: negated (CONVENTIONS 4.1)
    B(
        text="The meeting of the Oncologic Drugs Advisory Committee Meeting scheduled for November 8, 2012, is canceled.",
        due=None,
        vague=False,
        said="2012-10-17 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_FDA12,
        published="2012-10-17",
    ),
    # the parts of the day of the cancelled meeting: negated (CONVENTIONS 4.1)
    B(
        text="This cancellation applies to both the morning session and afternoon session of the meeting.",
        due=None,
        vague=False,
        said="2012-10-17 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=4,
        source=_FDA12,
        published="2012-10-17",
    ),
    # an announcement on a date gone: past. The 'Dated:' line is a date line and is not taken
    B(
        text="This meeting was announced in the Federal Register of September 20, 2012 (77 FR 58399).",
        due=None,
        vague=False,
        said="2012-10-17 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FDA12,
        published="2012-10-17",
    ),
    # Food and Drug Administration (Federal Register notice 2020-07262, 'Pulmonary-Allergy Drugs Advisory Committee; Postponed', 85 FR 19491, Tuesday, April 7, 2020, as carried by frnow.com; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EDT); no hour given, said 7 April 2020 10:00 EDT. a meeting postponed with no new time: negated (CONVENTIONS 4.1)
    B(
        text="The meeting of the Pulmonary-Allergy Drugs Advisory Committee (PADAC) scheduled for April 21, 2020, is postponed.",
        due=None,
        vague=False,
        said="2020-04-07 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_FDA20,
        published="2020-04-07",
    ),
    # the sentence on the Agency's steps ('day-to-day') holds no time word. meetings of the rest of April called off: negated (CONVENTIONS 4.1). unsure: a careful reader could give due 30 April 2020 23:59:59 EDT, a measure kept through the month (CONVENTIONS 3.3)
    B(
        text="Therefore, we are canceling or postponing all non-essential meetings through the month of April.",
        due=None,
        vague=False,
        said="2020-04-07 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_FDA20,
        published="2020-04-07",
    ),
    # a reassessment repeated month by month, no date: recurring (CONVENTIONS 1.3)
    B(
        text="We will reassess on an ongoing basis for future months.",
        due=None,
        vague=False,
        said="2020-04-07 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FDA20,
        published="2020-04-07",
    ),
    # 'Therefore, this meeting is being postponed.' holds no time word. an announcement on a date gone: past
    B(
        text="The meeting was announced in the Federal Register on February 20, 2020.",
        due=None,
        vague=False,
        said="2020-04-07 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FDA20,
        published="2020-04-07",
    ),
    # the contact sentences hold no time word. a date gone: past. The 'Dated:' line is not taken
    B(
        text="Please call the Information Line for up-to-date information on this meeting, which was announced in the Federal Register of February 20, 2020 (85 FR 9780).",
        due=None,
        vague=False,
        said="2020-04-07 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FDA20,
        published="2020-04-07",
    ),
    # Food and Drug Administration (Federal Register notice E7-20550, an amendment to the notice of meeting of the Science Board to the FDA, 18 October 2007 in its address, as carried by federal.elaws.us; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EDT; EST from 4 November 2007); no hour given, said Thursday 18 October 2007 10:00 EDT. The first sentence holds no time word. an announcement on a date gone: past
    B(
        text="This meeting was originally announced in the Federal Register of October 2, 2007 (72 FR 56078).",
        due=None,
        vague=False,
        said="2007-10-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FDA07,
        published="2007-10-18",
    ),
    # 'The amendment is being made to reflect a change in the Date and Time ...' and 'There are no other changes.' name no time. a day word on the verb of announcing is not the deadline; the meeting's own date is (CONVENTIONS 2.2). unsure: a careful reader could give refusal 'negated', the page going on to move the meeting to 3 December (this sentence does not say so) [local due 2007-10-30 23:59:59 EDT]
    B(
        text="In the Federal Register of October 2, 2007, FDA announced that a meeting of the Science Board would be held on October 30, 2007.",
        due="2007-10-31 03:59:59",
        vague=False,
        said="2007-10-18 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FDA07,
        published="2007-10-18",
    ),
    # 'On page 56078 ... amended to read as follows:' holds no time word. a meeting on a date, at the later end of its hours (CONVENTIONS 3.1, 6.1) [EST] [local due 2007-12-03 17:30:00 EST]
    B(
        text="Date and Time: The meeting will be held on December 3, 2007, from 8 a.m. to 5:30 p.m.",
        due="2007-12-03 22:30:00",
        vague=False,
        said="2007-10-18 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FDA07,
        published="2007-10-18",
    ),
    # 'Procedure: Interested persons may present ...' holds no time word. the agency's own deadline for submissions [EST] [local due 2007-11-26 23:59:59 EST]
    B(
        text="Written submissions may be made to the contact person on or before November 26, 2007.",
        due="2007-11-27 04:59:59",
        vague=False,
        said="2007-10-18 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FDA07,
        published="2007-10-18",
    ),
    # a clock time with no day of its own in the sentence: its first occurrence after the moment of speaking, at the later end (CONVENTIONS 6.3, 6.1); page: 3 December 2007 17:00 EST. The next sentence ('... on or before November 16, 2007.') is broken in the stored text by a printed-page marker inside it ('on Start Printed Page 59100or before') and is not taken [local due 2007-10-18 17:00:00 EDT]
    B(
        text="Oral presentations from the public will be scheduled between approximately 4 p.m. and 5 p.m.",
        due="2007-10-18 21:00:00",
        vague=False,
        said="2007-10-18 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FDA07,
        published="2007-10-18",
    ),
    # Food and Drug Administration (Federal Register notice E8-16814, 'Peripheral and Central Nervous System Drugs Advisory Committee; Notice of Postponement of Meeting', 73 FR 42819, publication date 2008-07-23, as carried by lexbuild.dev; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EDT); no hour given, said Wednesday 23 July 2008 10:00 EDT. a meeting postponed with no new time: negated (CONVENTIONS 4.1)
    B(
        text="The Food and Drug Administration (FDA) is postponing the meeting of the Peripheral and Central Nervous Drugs Advisory Committee scheduled for August 6 and 7, 2008.",
        due=None,
        vague=False,
        said="2008-07-23 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_FDA08,
        published="2008-07-23",
    ),
    # an announcement on a date gone: past. 'The postponement is due to ...' holds no time word; the contact sentences and the 'Dated:' line are not taken
    B(
        text="This meeting was announced in the Federal Register of July 8, 2008 (73 FR 39017).",
        due=None,
        vague=False,
        said="2008-07-23 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FDA08,
        published="2008-07-23",
    ),
)
