"""A HUNDRED-AND-EIGHTY-SEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 09:53 and 10:05 by the machine's clock (which may run
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l187-s63) that neither changed, imported nor ran the parser, the benches or any test, working at the
same time as the other labellers of stop 63 (fresh184 to fresh186 and fresh188, articles blind148 and
blind149), whose claims in the shared claims file were treated as used and whose files and README sections
were not opened. It read `CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and
the README section of `blind_fresh183.py`, the field list and the docstring conventions of `BlindCase` in
`blind_real.py`, the docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only
(the vague windows, parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of
`bot/core/deadlines/` was opened. The brief asked for less-mined publishers (UK Commons debates of 1960 to
2004 other than business statements and Lords debates, the US Department of Education, HHS, CDC and FDA,
Statistics Canada release notes, European Commission releases on state aid, competition and infringements),
open licences only, at least eight publishers, none above a fifth, at most a third from the United States, a
spread of genres, about 80 cases (at least 60).

The set quotes UK Parliament (the Speaker's statement of 6 March 1986 on the Consolidated Fund adjournment
debate, a Lords starred question of 19 March 1981, Commons written answers of 15 July 1992), the Houses of the
Oireachtas (Dáil written answers of 5 October 1999, and Dáil questions and replies of 13 February 2019,
26 September 2007 and 5 October 2004 as carried by kildarestreet.com), Statistics Canada (a StatCan Plus article
of 9 January 2024 on the census dissemination consultation, its 2017 census content consultation notice as
quoted by the Community Data Program), the European Commission (press release IP/07/1609 of 26 October 2007,
State Aid Weekly e-News of 18 December 2009 and 20 June 2008, its release of 27 January 2006 launching that
newsletter, the May 2022 infringements package), the Food and Drug Administration (two Federal Register
notices extending comment periods, 4 October 2018 and 6 December 2017), the Department of Health and Human
Services (its release of 20 January 2012 on the preventive-services rule), the Centers for Disease Control and
Prevention (a media advisory of early December 2011) and the Department of Education (the Secretary's letter
of 23 September 2011, a release of 6 May 2013). 60 cases from 8 publishers: UK Parliament 12 (20.0%); the
Oireachtas 12 (20.0%); Statistics Canada 9 (15.0%); the Commission 7 (11.7%); the CDC 6 (10.0%); HHS 5 (8.3%);
the Department of Education 5 (8.3%); the FDA 4 (6.7%). 20 of the 60 (33.3%) are from the United States (FDA,
HHS, CDC, Education); 40 are not. Genres: a Speaker's statement, a Lords question time, Commons and Dáil written
answers, Dáil question time replies, a statistics-office article and consultation notice, press releases and
newsletters on state aid, an infringements package, Federal Register notices, a health department release, a
media advisory, a Secretary's letter to Governors and an education release.

The store is heavily mined: of about 75 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, many read used (StatCan release calendars, The Daily and its home page, StatCan's official
release policy pages and a 2020 survey announcement, Commission Daily News pages of 2015 to 2021 and their
readkong copies, infringement packages of 2015 and 2021, several Commons and Lords items of 1968 to 2002,
Consolidated Fund statements of 1984, CDC telebriefing advisories of 2020, FDA notices of 2015 and January
2018, a Wikinews report on Haiti). No kremlin.ru page was needed. Each page's cases share one `source`
constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh187`) but not used, to keep the caps (a fifth for each publisher, a third
for the United States): the Commons oral answers and private business of 25 June 1992 (hansard.parliament.uk)
and the written answers of 1 April 1993 on Romanian adoptions (UK Parliament cap); the Dáil written answers on
the fuel voucher scheme of 16 November 1983, the Dáil second stage of 12 February 1991 and the Dáil written
answers of 4 February 2004 on the rural social scheme (Oireachtas cap); the HHS news feed as carried by
acerohealth.com and the Department of Education's SFSF fact sheet of July 2009 (United States share).
Claimed and not used for want of a date or of time words: an FDA constituent update as carried by
northlandlabs.com (no date), the Commons debate of 4 March 1992 on ME (only general time words in the stored
opening), an ED blog tag page (no date). Within the pages kept: sentences without a time word; sentences whose
only time words are general ("now", "at present", "currently", "recently", "already", "still", "then", "a long
time", "in the future", "for the first time", "in years past", "annual") or whose only year names an Act, a
budget, a plan or a census; questions printed as numbered list parts; speaker tags, titles, headings, date
lines, field lines (What, Who, When), datelines, salutations, contact and dial-in lines; a greeting in Irish;
sentences cut off where the stored opening ends; one Statistics Canada sentence that read USED in the final
check.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, a month, "today", "this October", "next month", "last July", "this year", "the end of this year",
"within the next month", "in the next month or two", "six months", "two year", "later that day", "this period",
"Fridays", "each census", "150 years later", "since 1988", "how much longer", "not be very long", "without
delay", "before the start"); within each page quoted, the sentences of the stored opening that hold one were
taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh187`) in `/work/helper-brief/claims.txt`
before its quotes were kept. Every kept sentence was then checked whole with the same tool (skipping this
file): one read USED and was dropped; all 60 kept read fresh. Each label was worked out by hand from the words,
the publication date and the publisher's zone (Europe/London for UK Parliament, Europe/Dublin for the
Oireachtas, America/Toronto for Statistics Canada, Europe/Brussels for the Commission, America/New_York for the
FDA, HHS, the CDC and the Department of Education); the conversion of local instants to UTC wall time, weekdays
and day counts were done with Python's zoneinfo and datetime in a scratch script outside the repository, never
with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh183.py`: the publication date at 10:00 local time unless the page gives the hour (four do: the
Lords item of 1981, '3.3 p.m.', and the three kildarestreet.com pages, '10:40 am' and '3:00 pm'); the first
comment of each page says where its date was read. Two pages print no date in their stored text (the CDC
advisory, the Statistics Canada notice as quoted): each is read on a day fixed as its comment says, and no
label depends on the exact day within that window. A day falls due at 23:59:59 local; a one-off event at a
time due then (CONVENTIONS 3.1); a rule taking effect on its day (CONVENTIONS 3.1a); several times at the
latest, a range at its later end (CONVENTIONS 6.1); a window run for a stated length at its end (CONVENTIONS
1.1); a clock time on a named day at that time; a time given only by another sentence is not used (CONVENTIONS
6.3, the page's instant written in the comment); questions due None with no refusal word (CONVENTIONS 4.3);
times hung on an undated event are event (CONVENTIONS 1.3); standing rules recurring (CONVENTIONS 1.3); done
acts past (CONVENTIONS 2.4); a time called off negated (CONVENTIONS 4.1); lower bounds earliest (CONVENTIONS
3.2); vague words of an undertaking take the documented windows (CONVENTIONS 5.1). Clusters as in
`blind_fresh183.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods and
windows, 5 refusals, 6 plain days and dates. 34 labels are refusals (past 20, event 6, recurring 5, negated 2,
earliest 1); 1 is vague (a 60-day window); 21 labels carry a due instant (the vague one included); 5 have due
None and no refusal word; 24 are marked "unsure" and name the other reading; like every label here they stay
as committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after merging, and
records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HC86 = "https://api.parliament.uk/historic-hansard/commons/1986/mar/06/consolidated-fund-bill"
_HL81 = "https://api.parliament.uk/historic-hansard/lords/1981/mar/19/consumers-and-the-nationalised-industries"
_WA92 = "https://api.parliament.uk/historic-hansard/written_answers/1992/jul/15/romanian-adoptions"
_WA99 = "https://www.oireachtas.ie/ga/debates/debate/dail/1999-10-05/41/"
_KS19 = "https://www.kildarestreet.com/debate/?id=2019-02-13a.31"
_KS07 = "https://www.kildarestreet.com/debate/?id=2007-09-26.67.3"
_KS04 = "https://www.kildarestreet.com/debates/?id=2004-10-05.149.0"
_SC24 = "https://statcan.gc.ca/o1/en/plus/5357-2026-census-population-dissemination-consultation-opportunity-provide-feedback"
_SC17 = "https://donneescommunautaires.ca/content/2021-census-population-content-consultation-0"
_EC07 = "http://europa.eu/rapid/press-release_IP-07-1609_en.htm"
_EC09 = "https://documents.pub/download/public-version-48-2009-european-15122009-netherlands-exemption-from-environmental.html"
_EC08 = "https://fdocuments.net/document/state-aid-weekly-e-news-european-partners-headed-by-the-car-supplier-valeo-.html"
_EC06 = "https://ecer.minbuza.nl/-/27-januari-commissie-lanceert-wekelijkse-nieuwsbrief-over-staatssteun"
_EC22 = "https://malta.representation.ec.europa.eu/news/may-infringements-package-key-decisions-2022-05-19_en?prefLang=bg"
_FDA18 = "https://thefederalregister.org/83-FR/50109"
_FDA17 = "http://www.gpo.gov/fdsys/pkg/FR-2017-12-06/html/2017-26199.htm"
_HHS12 = (
    "https://beaseedforchange.org/tag/united-states-department-of-health-and-human-services/page/2"
)
_CDC11 = "https://www.einpresswire.com/article/69710184/telebriefing-on-u-s-influenza-activity-and-vaccination-rates-for-current-season"
_ED11 = "https://www2.ed.gov/policy/gen/guid/secletter/110923a.html"
_ED13 = "http://brandtsrandomgovernmentpressreleases.blogspot.com/search/label/U.S.%20DEPARTMENT%20OF%20EDUCATION"

FRESH187_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (historic Hansard, 'Consolidated Fund Bill', HC Deb 6 March 1986 vol 93 c469, the Speaker's statement on the arrangements for the adjournment debate, on api.parliament.uk; Open Parliament Licence); zone Europe/London (GMT, UTC+0); the page gives the date and no hour: said Thursday 6 March 1986 10:00 GMT. The speaker tag and the page's column line are not quoted; the sentence without a time word (the ballot of identical subjects) and the last (keeping in touch with developments, no time word) are not taken. the adjournment debate follows the passing of the Bill on Thursday 13 March: the day falls due at its end (CONVENTIONS 3.1). unsure: a careful reader could give 'event' (the debate hangs on the passing of the Bill, and such debates often run past midnight into 14 March)
    B(
        text="I have a short statement to make about arrangements for the debate on the motion for the Adjournment which will follow the passing of the Consolidated Fund Bill on Thursday 13 March.",
        due="1986-03-13 23:59:59",
        vague=False,
        said="1986-03-06 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC86,
        published="1986-03-06",
    ),
    # a limit set for Members, a clock time on a named day: 12 March 09:00 GMT (CONVENTIONS 1.2, 3.1)
    B(
        text="Members should submit their subjects to my office not later than 9 am on Wednesday 12 March.",
        due="1986-03-12 09:00:00",
        vague=False,
        said="1986-03-06 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HC86,
        published="1986-03-06",
    ),
    # 'later that day' points to a day only the sentence before gives; the sentence's own day is undated, so the publication hangs on it: event (CONVENTIONS 6.3, a day given only by another sentence is not used). page: 12 March 1986, end of day. unsure: a careful reader could give the end of the day of speaking (6 March), reading 'that day' without its antecedent, or 12 March (the page's day)
    B(
        text="A list showing the subjects and the times will be published later that day.",
        due=None,
        vague=False,
        said="1986-03-06 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC86,
        published="1986-03-06",
    ),
    # 'Normally' an allotment of one and a half hours, at most three: a standing rule for the debates, with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="Normally the time allotted will not exceed one and half hours, but I propose to exercise a discretion to allow one or two debates to continue for rather longer, up to a maximum of three hours.",
        due=None,
        vague=False,
        said="1986-03-06 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HC86,
        published="1986-03-06",
    ),
    # UK Parliament (historic Hansard, 'Consumers and the Nationalised Industries', HL Deb 19 March 1981, a starred question, on api.parliament.uk; Open Parliament Licence); zone Europe/London (GMT, UTC+0); the page gives the hour '3.3 p.m.': said Thursday 19 March 1981 15:03 GMT. Speaker tags are not quoted; the question as printed, the Minister's first answer ('currently') and the later exchanges hold no time word but general ones ('then', 'a long time', 'currently') and are not taken. a question about what was said on 22 October about 'the end of the year' (1980): both times are past at the moment of speaking: past
    B(
        text="My Lords, does the noble Lord recall, or does he have a note of it in his brief, that his noble friend Lord Trenchard told me on 22nd October that the Minister expected the report by the end of the year?",
        due=None,
        vague=False,
        said="1981-03-19 15:03:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL81,
        published="1981-03-19",
    ),
    # a question asking how much longer: nobody undertakes a time: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Could the noble Lord say how much longer we shall have to add to that long time?",
        due=None,
        vague=False,
        said="1981-03-19 15:03:00",
        tz="Europe/London",
        cluster=1,
        source=_HL81,
        published="1981-03-19",
    ),
    # 'it will not be very long' as the Minister's answer on when the review is complete: read as the vague 'soon', 60 days (CONVENTIONS 5.1): 18 May 1981 end of day BST. unsure: a careful reader could give due None (the words are none of the documented vague words, and the Minister says he 'cannot be precise')
    B(
        text="I am afraid I cannot be precise, my Lords, but I can tell the noble Baroness that it will not be very long.",
        due="1981-05-18 22:59:59",
        vague=True,
        said="1981-03-19 15:03:00",
        tz="Europe/London",
        cluster=4,
        source=_HL81,
        published="1981-03-19",
    ),
    # UK Parliament (historic Hansard, written answers 'Romanian Adoptions', 15 July 1992, on api.parliament.uk; Open Parliament Licence); zone Europe/London (BST, UTC+1); the page gives the date and no hour: said Wednesday 15 July 1992 10:00 BST. Speaker tags are not quoted; the numbered two-part question ('(1) ... prior to 16 July 1991; (2) ...'), printed as list items, is not taken; the sentence without a time word (continuing to trace) and the last, cut off where the stored opening ends, are not taken. a written question whose only time is the date the agreement was signed, 19 March, past: past. unsure: a careful reader could give due None with no refusal word (a question, CONVENTIONS 4.3)
    B(
        text="To ask the Secretary of State for Health how many prospective adoptive parents seeking to adopt a child from Romania through her Department are now ineligible as a result of the agreement with the Romanian Committee for Adoptions signed on 19 March.",
        due=None,
        vague=False,
        said="1992-07-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA92,
        published="1992-07-15",
    ),
    # families advised, told of the past, 19 March: past
    B(
        text="A total of 65 families in the United Kingdom who had applications with their respective Government Departments on 19 March were advised, normally via their respective local authority social services departments, that they were ineligible to adopt under the terms of the agreement.",
        due=None,
        vague=False,
        said="1992-07-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA92,
        published="1992-07-15",
    ),
    # the committee has agreed (done, CONVENTIONS 2.4); its only date is a past cut-off, 17 July 1991: past
    B(
        text="The Romanian Committee for Adoptions has recently agreed to consider adoption applications from United Kingdom citizens who are able to satisfy the committee that the birth mother had given formal consent to the adoption of her child to the prospective adopters before 17 July 1991.",
        due=None,
        vague=False,
        said="1992-07-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA92,
        published="1992-07-15",
    ),
    # a question about adoptions 'since 1988': the time is past: past. unsure: a careful reader could give due None with no refusal word (a question, CONVENTIONS 4.3)
    B(
        text="To ask the Secretary of State for Health how many children from Romania have been adopted by parents resident in the United Kingdom since 1988; and how many of those children have since been received into local authority care.",
        due=None,
        vague=False,
        said="1992-07-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA92,
        published="1992-07-15",
    ),
    # a count since 1988, told of the past: past
    B(
        text="From the information provided by the Home Office I understand that approximately 340 children have been given leave to enter the United Kingdom from Romania for the purposes of adoption since 1988.",
        due=None,
        vague=False,
        said="1992-07-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA92,
        published="1992-07-15",
    ),
    # Houses of the Oireachtas (Dáil Éireann written answers, 'Local Authority Housing', 5 October 1999, on oireachtas.ie (the Irish-language address of the English text); CC BY 4.0); zone Europe/Dublin (IST, UTC+1); the page gives the date and no hour: said Tuesday 5 October 1999 10:00 IST. The question ('when ... will be introduced', no time word) and the sentences without a time word (the planning group being set up, the decisions in the light of its report) are not taken. the statement issued on 9 August 1999, and the decision taken ('has decided'): past
    B(
        text="As indicated in the statement which I issued on 9 August 1999, when publishing the report of the interdepartmental committee on administration of rent and mortgage assistance, the Government has decided in principle to establish a new local authority rent assistance scheme to replace, in the main, the current arrangements for rent supplementation under the supplementary welfare allowance scheme.",
        due=None,
        vague=False,
        said="1999-10-05 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_WA99,
        published="1999-10-05",
    ),
    # six months counted from the group's establishment, which the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give 5 April 2000, end of day (six months from speaking, the group 'is being established' now, as the page says)
    B(
        text="I expect the planning group to report within six months of its establishment.",
        due=None,
        vague=False,
        said="1999-10-05 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_WA99,
        published="1999-10-05",
    ),
    # 'a minimum two year time frame': only a lower bound on when new arrangements come, no commitment that they come then: earliest, two years from speaking, 5 October 2001 end of day (CONVENTIONS 3.2). unsure: a careful reader could give 'event' (the two years run from the undated Government decisions)
    B(
        text="A minimum two year time frame is envisaged for introducing new arrangements.",
        due=None,
        vague=False,
        said="1999-10-05 09:00:00",
        tz="Europe/Dublin",
        refusal="earliest",
        earliest="2001-10-05 22:59:59",
        cluster=5,
        source=_WA99,
        published="1999-10-05",
    ),
    # Houses of the Oireachtas (Dáil Éireann priority questions, 'Affordable Childcare Scheme Implementation', 13 February 2019, the Minister's reply as carried by kildarestreet.com, which marks the Oireachtas as its source; CC BY 4.0); zone Europe/Dublin (GMT, UTC+0); the page gives the hour '10:40 am': said Wednesday 13 February 2019 10:40 GMT. The sentences without a time word (the launch's effect, the IT system 'on schedule', 'from the beginning', the campaign running alongside), the sentence whose only year names a budget ('budget 2019') and the last, cut off, are not taken. the scheme's launch 'this October' is the one-off act (CONVENTIONS 3.1): October 2019, its end (GMT after 27 October); payments 'flowing from November' is an activity given only its start. unsure: a careful reader could give 30 November 2019, end of day (the latest time in the sentence, CONVENTIONS 6.1)
    B(
        text="I am pleased to report positive progress in the development of the affordable childcare scheme and to confirm our plans for the scheme to launch this October, with payments flowing from November.",
        due="2019-10-31 23:59:59",
        vague=False,
        said="2019-02-13 10:40:00",
        tz="Europe/Dublin",
        precision="month",
        cluster=3,
        source=_KS19,
        published="2019-02-13",
    ),
    # 'last July' dates the enactment, done; the work being finalised has no time of its own: past
    B(
        text="Following the enactment of the Childcare Support Act last July, detailed secondary legislation and policy guidelines are being finalised.",
        due=None,
        vague=False,
        said="2019-02-13 10:40:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_KS19,
        published="2019-02-13",
    ),
    # regulations signed in December (past) that come into force on 18 February: the rule taking effect falls due that day (CONVENTIONS 3.1, 3.1a)
    B(
        text="In December I signed regulations that will provide, for the first time, for the registration of school-age childcare services with Tusla – a matter we have been discussing - and these regulations will come into force on 18 February.",
        due="2019-02-18 23:59:59",
        vague=False,
        said="2019-02-13 10:40:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_KS19,
        published="2019-02-13",
    ),
    # the campaign's commencement 'next month' as the one-off act promised: March 2019, its end (IST from 31 March, 01:00 UTC) (CONVENTIONS 3.1). unsure: a careful reader could give 'earliest' (a campaign given only its start, CONVENTIONS 3.2)
    B(
        text="An information campaign for parents and the public on the affordable childcare scheme will commence next month.",
        due="2019-03-31 22:59:59",
        vague=False,
        said="2019-02-13 10:40:00",
        tz="Europe/Dublin",
        precision="month",
        cluster=4,
        source=_KS19,
        published="2019-02-13",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, 26 September 2007, the Minister for Social and Family Affairs' reply as carried by kildarestreet.com; CC BY 4.0); zone Europe/Dublin (IST, UTC+1); the page gives the hour '3:00 pm': said Wednesday 26 September 2007 15:00 IST. The sentences without a time word (the income areas, the cohabitation rule, the group in place, the experts) are not taken. 'in the next month or two' for the pilot's start: the later end, two months from speaking, 26 November 2007 end of day (GMT) (CONVENTIONS 6.1, 6.2). unsure: a careful reader could give 'earliest' (a pilot given its start, CONVENTIONS 3.2)
    B(
        text="I have now stated we will have a pilot scheme in Coolock in Dublin starting in the next month or two, as well as in Kilkenny in two centres.",
        due="2007-11-26 23:59:59",
        vague=False,
        said="2007-09-26 14:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_KS07,
        published="2007-09-26",
    ),
    # 'within the next month': one month from speaking, 26 October 2007 end of day (IST)
    B(
        text="Within the next month activation proposals will be tried in Coolock in Dublin and Kilkenny.",
        due="2007-10-26 22:59:59",
        vague=False,
        said="2007-09-26 14:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_KS07,
        published="2007-09-26",
    ),
    # Houses of the Oireachtas (Dáil Éireann priority questions, 'Rural Social Scheme', 5 October 2004, as carried by kildarestreet.com; CC BY 4.0); zone Europe/Dublin (IST, UTC+1); the page gives the hour '3:00 pm': said Tuesday 5 October 2004 15:00 IST. The Minister's opening words in Irish (a greeting for 'this week') are not quoted (not English); sentences without a time word or with only 'at present' are not taken. a written question (3 December 2003 past; whether the money 'will be utilised in 2004' asked, not undertaken): due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give 'past' (its only firm date, 3 December 2003, is past)
    B(
        text="To ask the Minister for Community, Rural and Gaeltacht Affairs the number of persons employed in the new rural social scheme announced in the budget on 3 December 2003; if he has satisfied himself that all the money allocated in that budget will be utilised in 2004; if not, the position regarding the unused funds; and if he will make a statement on the matter.",
        due=None,
        vague=False,
        said="2004-10-05 14:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_KS04,
        published="2004-10-05",
    ),
    # the Minister's expectation 'before the end of this year', told as his plan (CONVENTIONS 3.5, 4.3): 31 December 2004 end of day (GMT)
    B(
        text="This is good progress on the scheme and I expect the numbers to increase significantly before the end of this year.",
        due="2004-12-31 23:59:59",
        vague=False,
        said="2004-10-05 14:00:00",
        tz="Europe/Dublin",
        precision="year",
        cluster=4,
        source=_KS04,
        published="2004-10-05",
    ),
    # the transfer done, dated by the Budget Statement of 3 December 2003: past
    B(
        text="As outlined in the Budget Statement on 3 December 2003, the Dormant Accounts Fund Disbursement Board transferred €10 million from the dormant accounts fund to my Department to deliver the scheme this year, at my request.",
        due=None,
        vague=False,
        said="2004-10-05 14:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_KS04,
        published="2004-10-05",
    ),
    # Statistics Canada (StatCan Plus article 5357, the 2026 Census of Population dissemination consultation, on statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EST, UTC-5); the page gives its day in the text ('Today, January 9' with the year 2024 of its closing date) and no hour: said Tuesday 9 January 2024 10:00 EST. The sentence whose only year names a census ('the 2021 Census'), headings and sentences without a time word are not taken. a consultation window that runs until 31 March 2024: due when it closes, end of day EDT (CONVENTIONS 1.1, 3.3)
    B(
        text="Today, January 9, marks the launch of the 2026 Census of Population dissemination consultation, which will run until March 31, 2024.",
        due="2024-04-01 03:59:59",
        vague=False,
        said="2024-01-09 15:00:00",
        tz="America/Toronto",
        cluster=3,
        source=_SC24,
        published="2024-01-09",
    ),
    # 'During this period' points to the window of the sentence before; the sentence gives no date of its own: event (CONVENTIONS 6.3, a time only another sentence gives is not used). page: 31 March 2024. unsure: a careful reader could give due None with no refusal word ('this period' as a general time word)
    B(
        text="During this period, Statistics Canada will collect experiences and recommendations from Canadians that will shape the 2026 Census of Population dissemination strategy and product line.",
        due=None,
        vague=False,
        said="2024-01-09 15:00:00",
        tz="America/Toronto",
        refusal="event",
        cluster=5,
        source=_SC24,
        published="2024-01-09",
    ),
    # 1871, told of the past: past
    B(
        text="The first census of Canada took place in 1871, covering a variety of subjects in 211 questions.",
        due=None,
        vague=False,
        said="2024-01-09 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC24,
        published="2024-01-09",
    ),
    # 1873, told of the past: past
    B(
        text="The findings were published in five bilingual volumes in 1873.",
        due=None,
        vague=False,
        said="2024-01-09 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC24,
        published="2024-01-09",
    ),
    # 'Over 150 years later' places a present state, with nothing to fall due: due None, no refusal word. unsure: a careful reader could give 'past' (a span counted from 1873) or 'recurring' (an ongoing state)
    B(
        text="Over 150 years later, the results of the Census of Population continue to paint a portrait of Canadians and the country—from small communities to entire provinces and territories.",
        due=None,
        vague=False,
        said="2024-01-09 15:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_SC24,
        published="2024-01-09",
    ),
    # 'on specific dates' as the standing practice for census products: recurring (CONVENTIONS 1.3)
    B(
        text="These products are released on specific dates according to topics and themes from the census.",
        due=None,
        vague=False,
        said="2024-01-09 15:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_SC24,
        published="2024-01-09",
    ),
    # 'With each census' as a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="With each census, Statistics Canada improves its methods of dissemination to the public by seeking ways of publishing results in a timely and accessible manner while maintaining high data quality standards.",
        due=None,
        vague=False,
        said="2024-01-09 15:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_SC24,
        published="2024-01-09",
    ),
    # the census held in May 2026, a one-off event: its month's end, 31 May 2026 EDT (CONVENTIONS 3.1); dissemination 'starting in 2027' is an activity given its start. unsure: a careful reader could give 31 December 2027 (the latest time in the sentence, CONVENTIONS 6.1)
    B(
        text="The next Census of Population will be held in May 2026, with the dissemination process starting in 2027.",
        due="2026-06-01 03:59:59",
        vague=False,
        said="2024-01-09 15:00:00",
        tz="America/Toronto",
        precision="month",
        cluster=3,
        source=_SC24,
        published="2024-01-09",
    ),
    # Statistics Canada (its announcement of the 2021 Census of Population content consultation, quoted under 'From Statistics Canada:' by the Community Data Program at donneescommunautaires.ca; Statistics Canada Open Licence, the quoted text only; the programme's own lead-in is not quoted); zone America/Toronto (EDT, UTC-4); the stored text prints no date: read on Monday 11 September 2017 10:00 EDT, the day the questionnaire opens (it speaks of the opening in the future); no label depends on the exact day. Sentences without a time word and the link instructions are not taken; its first sentence ('Before each census', a standing practice) read USED in the final whole-sentence check and was dropped. a window from 11 September to 8 December 2017: due at its later end, 8 December end of day EST (CONVENTIONS 1.1, 6.1)
    B(
        text="The consultation will be conducted using an electronic questionnaire, which will be accessible through the Statistics Canada website for the general public and all other census data users from Monday, September 11, 2017, to Friday, December 8, 2017.",
        due="2017-12-09 04:59:59",
        vague=False,
        said="2017-09-11 14:00:00",
        tz="America/Toronto",
        cluster=3,
        source=_SC17,
        published="2017-09-11",
    ),
    # European Commission (press release IP/07/1609, 'State aid: Commission issues guidance to speed up implementation of state aid recovery decisions', Brussels, 26 October 2007, on europa.eu/rapid; Commission reuse decision 2011/833/EU); zone Europe/Brussels (CEST, UTC+2); the page gives the date and no hour: said Friday 26 October 2007 10:00 CEST. Of the stored opening, only one sentence holds a time word that is not general ('in the future', 'prompt') or a plan's year ('State Aid Action Plan of 2005', cut off). 'without delay' as the standing duty of every Member State under a recovery decision, not an undertaking with a start: recurring (CONVENTIONS 1.3). unsure: a careful reader could give vague, 7 days (CONVENTIONS 5.1) or 'event' (each recovery decision, undated)
    B(
        text="They must adopt all necessary measures to recover the aid from the beneficiaries without delay.",
        due=None,
        vague=False,
        said="2007-10-26 08:00:00",
        tz="Europe/Brussels",
        refusal="recurring",
        cluster=5,
        source=_EC07,
        published="2007-10-26",
    ),
    # European Commission (State Aid Weekly e-News No 48/09 of 18 December 2009, covering 11 to 17 December, as carried by documents.pub; Commission reuse decision 2011/833/EU); zone Europe/Brussels (CET, UTC+1); the page gives the date and no hour: said Friday 18 December 2009 10:00 CET. The running head, the newsletter's number line and 'Read more - Midday express 17.12.2009' are not quoted; the Commissioner's other sentences hold only general time words ('still', 'any more'); the LBBW item holds no time word. the Commissioner's 'Today ... is prolonging ... for six months': a prolongation run for a stated length from now falls due at its end, six months from speaking, 18 June 2010 end of day CEST (CONVENTIONS 1.1). unsure: a careful reader could give 18 December 2009 end of day (the act done today, CONVENTIONS 2.1), 17 June 2010 (the quote is from the Midday Express of 17 December) or 30 June 2010 (six months from the schemes' expiry at the end of 2009)
    B(
        text="Today, the Commission is prolonging nine national crisis support schemes to the financial sector for six months.",
        due="2010-06-18 21:59:59",
        vague=False,
        said="2009-12-18 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC09,
        published="2009-12-18",
    ),
    # the expiry 'at the end of 2009' is called off by the prolongation, and the sentence gives no new time: negated (CONVENTIONS 4.1). unsure: a careful reader could give 'past' (the authorisation is done, CONVENTIONS 2.4)
    B(
        text="The European Commission has authorised, under EU state aid rules, the prolongation of nine national crisis support schemes to the financial sector that were due to expire at the end of 2009.",
        due=None,
        vague=False,
        said="2009-12-18 09:00:00",
        tz="Europe/Brussels",
        refusal="negated",
        cluster=5,
        source=_EC09,
        published="2009-12-18",
    ),
    # European Commission (State Aid Weekly e-News Nr. 22/08 of 20 June 2008, covering 13 to 19 June, as carried by fdocuments.net; Commission reuse decision 2011/833/EU); zone Europe/Brussels (CEST, UTC+2); the page gives the date and no hour: said Friday 20 June 2008 10:00 CEST. The speech's title and dateline ('Brussels, 12th June 2008') are not quoted; the items without a time word (the sale of the Gdynia yard, the French R&D aid) are not taken. the meeting on 13 June 2008, told of the past: past
    B(
        text="European Commissioner for Competition Neelie Kroes met Polish Treasury Minister Aleksander Grad in Brussels on 13th June 2008 to discuss state aid to the shipyards in Gdynia, Gdansk and Szczecin.",
        due=None,
        vague=False,
        said="2008-06-20 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC08,
        published="2008-06-20",
    ),
    # the Minister's undertaking, reported, to submit the plan 'by 26th June': 26 June 2008 end of day CEST (the second plan 'within the same deadline')
    B(
        text="Moreover, the Minister indicated that he would formally submit this plan to the Commission by 26th June and would do his utmost to present a plan for Szczecin shipyard within the same deadline.",
        due="2008-06-26 21:59:59",
        vague=False,
        said="2008-06-20 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC08,
        published="2008-06-20",
    ),
    # European Commission (its release on the launch of the State Aid Weekly e-News, 'Brussels, 27th January 2006', as carried in English by the Netherlands' ecer.minbuza.nl; Commission reuse decision 2011/833/EU); zone Europe/Brussels (CET, UTC+1); the release's dateline gives the day and no hour: said Friday 27 January 2006 10:00 CET (the carrying page lists it on 26 January). Of the stored opening only one sentence holds a time word that is not general ('for the first time', 'latest', 'upcoming'). issued 'usually ... on Fridays': a standing schedule: recurring (CONVENTIONS 1.3)
    B(
        text="E-News will usually be issued on Fridays and will provide easy access to decisions and other state aid related information and documents in a structured and transparent manner.",
        due=None,
        vague=False,
        said="2006-01-27 09:00:00",
        tz="Europe/Brussels",
        refusal="recurring",
        cluster=5,
        source=_EC06,
        published="2006-01-27",
    ),
    # European Commission (May 2022 infringements package: key decisions, 19 May 2022, on the Commission's Representation in Malta's site, malta.representation.ec.europa.eu; Commission reuse decision 2011/833/EU); zone Europe/Brussels (CEST, UTC+2); the address gives the date and no hour: said Thursday 19 May 2022 10:00 CEST. The package's general sentences ('regular package') and the item's sentences without a time word are not taken; the last, cut off where the stored opening ends, is not taken. a transposition deadline of 19 December 2017, long past: past
    B(
        text="The Directive had to be fully transposed into national law by 19 December 2017.",
        due=None,
        vague=False,
        said="2022-05-19 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC22,
        published="2022-05-19",
    ),
    # US Food and Drug Administration (Federal Register notice 83 FR 50109, FR Doc. 2018-21597, extension of a comment period, 4 October 2018, as carried by thefederalregister.org; US federal work, public domain); zone America/New_York (EDT, UTC-4); the page gives the date and no hour: said Thursday 4 October 2018 10:00 EDT. Titles, the issue line and the docket headings are not quoted; the other sentences of the summary hold no time word. the comment period is being extended, but the sentence gives no new date; its only date is the notice's appearance on 17 August 2018, past: past. unsure: a careful reader could give due None with no refusal word (the extension, whose end only the DATES section gives)
    B(
        text="The Food and Drug Administration (FDA or the Agency) is extending the comment period for the notice of availability that appeared in the Federal Register of August 17, 2018.",
        due=None,
        vague=False,
        said="2018-10-04 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FDA18,
        published="2018-10-04",
    ),
    # US Food and Drug Administration (Federal Register proposed rules, FR Doc. 2017-26199, 'Review of Existing Regulatory and Information Collection Requirements; Extension of Comment Period', 6 December 2017, on gpo.gov; US federal work, public domain); zone America/New_York (EST, UTC-5); the page gives the date and no hour: said Wednesday 6 December 2017 10:00 EST. Headings, the AGENCY and ACTION lines and the sentences without a time word are not quoted; the section labels 'SUMMARY:' and 'DATES:' are left off the quotes; line breaks of the stored text are read as spaces. its only date is the notice's appearance on 8 September 2017, past: past
    B(
        text="The Food and Drug Administration (FDA or the Agency) is extending the comment period for the Requests for Comments and Information that appeared in the Federal Register of September 8, 2017.",
        due=None,
        vague=False,
        said="2017-12-06 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FDA17,
        published="2017-12-06",
    ),
    # its only date is the documents' publication on 8 September 2017, past: past
    B(
        text="FDA is extending the comment period on the Requests for Comments and Information documents published September 8, 2017 (82 FR 42492, 82 FR 42494, 82 FR 42497, 82 FR 42499, 82 FR 42501, 82 FR 42503, and 82 FR 42506).",
        due=None,
        vague=False,
        said="2017-12-06 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FDA17,
        published="2017-12-06",
    ),
    # the comment deadline: 5 February 2018 end of day EST
    B(
        text="Submit either electronic or written comments by February 5, 2018.",
        due="2018-02-06 04:59:59",
        vague=False,
        said="2017-12-06 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FDA17,
        published="2017-12-06",
    ),
    # US Department of Health and Human Services (HHS press release of 20 January 2012 on the final rule on preventive services, as carried by beaseedforchange.org; US federal work, public domain); zone America/New_York (EST, UTC-5); the release gives the date ('FOR IMMEDIATE RELEASE January 20, 2012') and no hour: said Friday 20 January 2012 10:00 EST. The carrying blog's image rows, the release line and the contact line are not quoted; sentences without a time word or with only 'already' or 'currently' are not taken; the last sentence, cut off, is not taken. the interim final rule issued in August 2011: past
    B(
        text="In August 2011, the Department of Health and Human Services issued an interim final rule that will require most health insurance plans to cover preventive services for women including recommended contraceptive services without charging a co-pay, co-insurance or a deductible.",
        due=None,
        vague=False,
        said="2012-01-20 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HHS12,
        published="2012-01-20",
    ),
    # 'Today the department is announcing', present, on the act being done: the end of that day, EST (CONVENTIONS 2.1)
    B(
        text="Today the department is announcing that the final rule on preventive health services will ensure that women with health insurance coverage will have access to the full range of the Institute of Medicine’s recommended preventive services, including all FDA -approved forms of contraception.",
        due="2012-01-21 04:59:59",
        vague=False,
        said="2012-01-20 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_HHS12,
        published="2012-01-20",
    ),
    # a duty that begins on 1 August 2012: the rule taking effect falls due that day (CONVENTIONS 3.1a)
    B(
        text="Beginning August 1, 2012, most new and renewed health plans will be required to cover these services without cost sharing for women across the country.",
        due="2012-08-02 03:59:59",
        vague=False,
        said="2012-01-20 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_HHS12,
        published="2012-01-20",
    ),
    # an additional year 'until August 1, 2013, to comply': the compliance deadline, 1 August 2013 end of day EDT (CONVENTIONS 1.2)
    B(
        text="Nonprofit employers who, based on religious beliefs, do not currently provide contraceptive coverage in their insurance plan, will be provided an additional year, until August 1, 2013, to comply with the new law.",
        due="2013-08-02 03:59:59",
        vague=False,
        said="2012-01-20 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_HHS12,
        published="2012-01-20",
    ),
    # a duty to certify with no time of its own ('the additional year' names the period of the sentence before): due None, no refusal word. unsure: a careful reader could give 'recurring' (a condition for a class of employers) or 1 August 2013 (the page's end of that year)
    B(
        text="Employers wishing to take advantage of the additional year must certify that they qualify for the delayed implementation.",
        due=None,
        vague=False,
        said="2012-01-20 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_HHS12,
        published="2012-01-20",
    ),
    # US Centers for Disease Control and Prevention (media advisory 'Telebriefing on U.S. Influenza Activity and Vaccination Rates for Current Season' for Monday 5 December 2011, as carried by einpresswire.com; US federal work, public domain; EIN Presswire's own disclaimer is not quoted); zone America/New_York (EST, UTC-5); the stored text prints no publication date: read on Friday 2 December 2011 10:00 EST, the working day before the week it announces (it speaks of 4 to 10 December in the future); no label depends on the exact day from 28 November to 3 December. The What/Who/When field lines, the dial-in lines, the sentence whose only time word is general ('annual'; 'six months of age' is an age) and 'You may queue up at any time' are not taken. the briefing on Monday 5 December: its day's end, EST (CONVENTIONS 3.1); the 'When' line (not quoted) gives noon
    B(
        text="The Centers for Disease Control and Prevention will host a telephone-only media briefing Monday, December 5, to provide up-to-date figures on U.S. influenza activity and vaccination rates and to announce this season's National Influenza Vaccination Week (NIVW).",
        due="2011-12-06 04:59:59",
        vague=False,
        said="2011-12-02 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CDC11,
        published="2011-12-02",
    ),
    # a week observed 4 to 10 December: the range falls due at its later end, 10 December end of day EST (CONVENTIONS 6.1)
    B(
        text="This year, NIVW will be observed December 4-10.",
        due="2011-12-11 04:59:59",
        vague=False,
        said="2011-12-02 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CDC11,
        published="2011-12-02",
    ),
    # the week's establishment, told of the past; 'in December and beyond' names its standing aim: past. unsure: a careful reader could give 'recurring' (vaccination in December every year)
    B(
        text="National Influenza Vaccination Week was established to highlight the importance of continuing influenza vaccination in December and beyond.",
        due=None,
        vague=False,
        said="2011-12-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CDC11,
        published="2011-12-02",
    ),
    # 'Following the media briefing', which this sentence does not date: event (CONVENTIONS 1.3, 6.3). page: after the briefing of 5 December 2011, noon EST. unsure: a careful reader could give 5 December 2011, end of day (the page's day)
    B(
        text="Following the media briefing, CDC and the U.S. Department of Health and Human Services will provide more information about NIVW and reports with mid-season vaccination coverage on their websites: www.cdc.gov/flu and www.flu.gov.",
        due=None,
        vague=False,
        said="2011-12-02 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CDC11,
        published="2011-12-02",
    ),
    # 10 to 15 minutes before the start of the conference, which the sentence does not date: event (CONVENTIONS 1.3). page: 5 December 2011, 11:45 to 11:50 EST. The leading asterisk of the stored text is left off
    B(
        text="Please dial in 10 to 15 minutes before the start of the press conference.",
        due=None,
        vague=False,
        said="2011-12-02 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CDC11,
        published="2011-12-02",
    ),
    # 'following the briefing', undated in the sentence: event (CONVENTIONS 1.3, 5.2)
    B(
        text="A transcript of this press briefing will be available following the briefing at the CDC Media Relations website www.cdc.gov/media.",
        due=None,
        vague=False,
        said="2011-12-02 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CDC11,
        published="2011-12-02",
    ),
    # US Department of Education (letter from the Education Secretary to Governors and Chief State School Officers, 23 September 2011, 'Archived Information', on www2.ed.gov; US federal work, public domain); zone America/New_York (EDT, UTC-4); the page gives the date and no hour: said Friday 23 September 2011 10:00 EDT. The date lines, the salutation and the sentences without a time word (the programme's $48.6 billion, the four reform areas, the progress of States) are not taken; the last, cut off at '(Th', is not taken. the deadline 'initially established' as 30 September 2011 is replaced (the next sentence extends it), and this sentence gives no new time: negated (CONVENTIONS 4.1). unsure: a careful reader could give 'past' (the establishing, done) or 30 September 2011, end of day (the deadline as stated)
    B(
        text="The Department initially established September 30, 2011, as the deadline by which States must comply fully with the requirements of the established SFSF indicators and descriptors.",
        due=None,
        vague=False,
        said="2011-09-23 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_ED11,
        published="2011-09-23",
    ),
    # the publication is done today (past tense), but what it fixes is the States' new deadline, 31 January 2012: the deadline counts, end of day EST (CONVENTIONS 2.3). unsure: a careful reader could give 'past' (CONVENTIONS 2.4, an act already done)
    B(
        text="Today, the Department published in the Federal Register an Interim Final Requirement extending to January 31, 2012, the deadline for meeting the SFSF data collection and reporting requirements.",
        due="2012-02-01 04:59:59",
        vague=False,
        said="2011-09-23 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED11,
        published="2011-09-23",
    ),
    # US Department of Education (press release 'INVESTING IN INNOVATION COMPETITION CONTINUES' of Monday 6 May 2013, 'FROM: U.S. DEPARTMENT OF EDUCATION', as carried by the blog brandtsrandomgovernmentpressreleases.blogspot.com; US federal work, public domain); zone America/New_York (EDT, UTC-4); the blog dates the post and the page no hour: said Monday 6 May 2013 10:00 EDT. The blog's label lines, titles and the sentences without a time word or with only 'in years past' are not taken; the last, cut off, is not taken. 'today ... announced', past tense, and the launch 'earlier this spring': past (CONVENTIONS 2.4)
    B(
        text="Following the launch of the 2013 Investing in Innovation Development Competition earlier this spring, today the U.S. Department of Education announced the start of the competition for the i3 program's Scale-up and Validation categories.",
        due=None,
        vague=False,
        said="2013-05-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED13,
        published="2013-05-06",
    ),
    # 'This year' places who is eligible; nothing falls due: due None, no refusal word. unsure: a careful reader could give 31 December 2013 (the year's end) or 'recurring'
    B(
        text="This year, school districts and nonprofit organizations in partnership with districts or schools are eligible to compete for nearly $135 million across all three categories.",
        due=None,
        vague=False,
        said="2013-05-06 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED13,
        published="2013-05-06",
    ),
    # pre-applications invited 'earlier this spring', done: past
    B(
        text="The Department invited pre-applications for the Development category—the most popular of the three—earlier this spring, and received nearly 600 submissions.",
        due=None,
        vague=False,
        said="2013-05-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED13,
        published="2013-05-06",
    ),
)
