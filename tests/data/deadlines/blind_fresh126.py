"""A HUNDRED-AND-TWENTY-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-05/06 (UTC), around midnight (the machine's clock read 23:42 on 5
December at the start and about 00:00 on 6 December when the last labels were written), by a
labelling helper (branch issue12l126-s51) that neither changed, imported nor ran the parser, working
at the same time as other labellers of stop 51, whose claims in the shared claims file were treated
as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in full (rules
3.1a and 6.4 among them), the docstring, comments, some cases and README section of
`blind_fresh125.py`, and the top docstring of the parser package only (the vague windows,
"before"/"by" periods, thirds of a year, hours as exact instants, "midnight" as the end of its day,
spans ending at the end of a local day, a range falling due at its later end); nothing else of
`bot/core/deadlines/` was opened. The brief suggested UK Parliament pages (Hansard written
statements, committee notices; Open Parliament Licence), GOV.UK departments not yet heavily used
(DfT, Defra, DCMS, Cabinet Office, MHCLG; Open Government Licence), the Houses of the Oireachtas (CC
BY 4.0) and, for at most a quarter, US agencies (FAA, FDA, EPA, NIH; public domain); at least eight
publishers, none above a fifth of the cases, about 90 cases (at least 70).

The set quotes the Houses of the Oireachtas (a Dáil Order of Business of 17 July 2013 on the
debates archive, and the openings of five joint committee meetings of 2015 to 2019, one carried by
KildareStreet.com), the Ministry of Housing, Communities and Local Government (releases of 20
February and 4 March 2025 on ukpol.co.uk, and a post of its 'MHCLG in the Media' blog of 19
December 2025 carried by bushdrum.com), the Department for Environment, Food and Rural Affairs (a
summary of consultation responses of October 2025 on GOV.UK, and releases of 10 March and 20 July
2025 on ukpol.co.uk), the UK Parliament (a Joint Committee on Statutory Instruments report of 1
November 2024, and a Commons written statement of 22 January 2026 carried by thegovernmentsays.com),
the National Institutes of Health (notice NOT-OD-07-001 of 5 October 2006), the Department for
Digital, Culture, Media and Sport (a competition guidance page of May 2022 on GOV.UK), the
Department of Conservation of New Zealand (a media release carried by insidegovernment.co.nz), Stats
NZ (an investigation update carried by miragenews.com), the Food and Drug Administration (an
advisory committee event page carried by einpresswire.com, and a Federal Register notice of 30 July
2024 on govinfo.gov), the Environmental Protection Agency (a Federal Register notice of 21 February
2025 on govinfo.gov) and the Cabinet Office (a release of 8 February 2024 on ukpol.co.uk). 105
cases from 11 publishers (the Oireachtas 19 (18.1%); MHCLG 16; Defra 16; the UK Parliament 12; NIH
8; DCMS 8; DOC 7; Stats NZ 6; FDA 5; EPA 4; the Cabinet Office 4). 17 of the 105 (16.2%) are from
the United States (NIH, FDA, EPA); 88 are not. The five UK departments together hold 48 (45.7%):
earlier sets count each department as its own publisher, as this one does.

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a part of
the day, a period, a span, a year, "now", "currently", "still", "so far", "later", "late",
"until", "before", "ahead of", "history", "future", "the time appointed"); the sentences of the
openings read that hold none were skipped, as were titles, headings, date lines, navigation,
speakers' names, contact lines, sentences cut off by the end of an opening, labels such as
"SUMMARY:" and "DATES:" in front of a Federal Register sentence, and words of the carrying sites
themselves (ukpol.co.uk's date lines, the bridge's own lines on bushdrum.com, the debates archive's
notice about its own website). List items and two rows of a timeline table were taken as they
stand; line breaks inside a sentence were read as spaces and no word was changed (double spaces,
curly and straight quotation marks and a closing quotation mark without its opening one stay as the
pages have them). The sentences were found with a search over stored copies of public pages and
taken as they came in the openings the search returns, in page order; no publisher went over a fifth
of the set, so none was cut. See README.md ("Hundred-and-twenty-sixth fresh blind set") for every
address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the
brief names excepted, which the freshness tool skips) or in the shared claims file was used: each
was checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and
claimed (`fresh126`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were
found used and dropped (README.md lists them). Every sentence was then checked whole with the same
tool (skipping this file): none was found used. Each label was worked out by hand from the words,
the publication date and the publisher's zone (Europe/Dublin for the Oireachtas, Europe/London for
the UK Parliament and the UK departments, Pacific/Auckland for DOC and Stats NZ, America/New_York
for NIH, FDA and EPA); the conversion of local instants to UTC wall time, weekdays and day counts
were done with Python's zoneinfo and datetime in a scratch script outside the repository, never with
code of the project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the
tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh125.py`: the publication date at 10:00 local time unless the page gives an hour
(KildareStreet's "1:00 pm", a committee's own clock times of its private session or suspension, the
Federal Register's 08:45 public inspection), and where a page carries no date in its opening, the
one its words or other facts give (each page's first comment says which and why); a day falls due
at 23:59:59 local; hours are exact instants; "early next year" falls due at the end of April (thirds
of a year); "as soon as possible" is vague, 60 days (CONVENTIONS 5.1); a range or a term kept in
effect until a date falls due at its later end (CONVENTIONS 6.1, 3.3); a clock time with no day of
its own is its next occurrence after the moment of speaking (CONVENTIONS 6.3); a window run for a
stated length from now falls due at its end (CONVENTIONS 1.1); a time limit given to named actors is
a deadline (CONVENTIONS 1.2); a date of effect or a one-off start is due then (CONVENTIONS 3.1);
"today" on the act is due at the end of that day, and on a verb of speaking it is not the deadline
(CONVENTIONS 2.1, 2.2); done acts are past (CONVENTIONS 2.4), and so are a committee record's notes
of what it did; standing rules are recurring, times hung on an undated event ("within this
Parliament", "for the duration of the meeting", "until repairs ... can take place", "before they
are released") event (CONVENTIONS 1.3); an ongoing state given only its start is earliest
(CONVENTIONS 3.2); a date called off with no new one is negated (CONVENTIONS 4.1); refusals have
`due=None` and a `refusal` kind; a sentence whose time words set no time for any act has `due=None`
and no refusal word (33 such). No sentence holds nights of work (CONVENTIONS 6.4 decides none).
Clusters as in `blind_fresh125.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4
parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 44 labels are refusals
(past 29, event 9, recurring 4, earliest 1, negated 1), 1 is vague; 28 labels carry a due instant;
33 are marked "unsure" and name the other reading; like every label here they stay as committed,
whatever the first run shows. First run: not yet taken (the lead runs it once, after merging, and
records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DEFRA25 = "https://www.gov.uk/government/consultations/flood-and-coastal-erosion-funding-reform/outcome/summary-of-responses-consultation-on-reforming-our-approach-to-floods-funding"
_JCSI24 = "https://publications.parliament.uk/pa/jt5901/jtselect/jtstatin/33/report.html"
_DAIL13 = "https://debatesarchive.oireachtas.ie/debates%20authoring/debateswebpack.nsf/(indexlookupdail)/20130717~H?opendocument"
_CO24 = "https://www.ukpol.co.uk/tag/cabinet-office/page/10"
_EPA25 = "https://www.govinfo.gov/content/pkg/FR-2025-02-21/html/2025-02910.htm"
_MHCLG25 = "https://www.ukpol.co.uk/tag/housing-and-communities/page/4"
_MHCLG25B = "https://www.ukpol.co.uk/tag/housing-and-communities/page/5"
_MHCLGBLOG = "https://bushdrum.com/bsky/dluhcmedia.blog.gov.uk.web.brid.gy"
_FDA24 = "https://einpresswire.com/article_print/739595590/october-29-2024-meeting-of-the-pharmacy-compounding-advisory-committee-10-29-2024"
_FDAFR24 = "https://govinfo.gov/content/pkg/FR-2024-07-30/html/2024-16667.htm"
_WS26 = "https://www.thegovernmentsays.com/comments/1900421"
_DCMS22 = "https://www.gov.uk/guidance/creative-careers-programme-2223-2425-competition?utm_medium=email&utm_campaign=govuk-notifications-topic&utm_source=30455285-b456-4bf5-aadb-817c9f7a3b59&utm_content=immediately"
_NIH06 = "https://grants.nih.gov/grants/guide/notice-files/NOT-OD-07-001.html"
_DOC = "https://insidegovernment.co.nz/doc-urges-caution-as-tracks-reopen/"
_JCES18 = "https://www.oireachtas.ie/en/debates/debate/joint_committee_on_education_and_skills/2018-08-29/2/"
_JCH18 = "https://www.oireachtas.ie/en/debates/debate/joint_committee_on_health/2018-10-03/2/"
_JCC19 = "https://www.oireachtas.ie/en/debates/debate/joint_committee_on_culture_heritage_and_the_gaeltacht/2019-02-06/2/"
_JCT15 = "https://www.oireachtas.ie/en/debates/debate/joint_committee_on_transport_and_communications/2015-04-01/2/"
_JCESP16 = "https://www.kildarestreet.com/committees/?id=2016-01-20a.4"
_STATSNZ = "https://miragenews.com/misuse-of-data-investigation-update-1359256"
_DEFRA25B = "https://www.ukpol.co.uk/tag/department-for-environment-food-and-rural-affairs/page/4"
_DEFRA25C = "https://www.ukpol.co.uk/tag/department-for-environment-food-and-rural-affairs/page/11"

FRESH126_CASES: tuple[BlindCase, ...] = (
    # Department for Environment, Food and Rural Affairs, summary of responses on floods funding (gov.uk, OGL v3.0); zone Europe/London; the page reads 'Updated 14 October 2025', taken as the moment of speaking at 10:00. A window that ran and closed before the page: past (CONVENTIONS 2.4)
    B(
        text="The consultation and two calls for evidence ran for 8 weeks from 3 June until 29 July 2025.",
        due=None,
        vague=False,
        said="2025-10-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA25,
        published="2025-10-14",
    ),
    # the same page: an act of more than a decade ago, nothing left to fall due: past
    B(
        text="The current partnership funding formula was established more than a decade ago.",
        due=None,
        vague=False,
        said="2025-10-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA25,
        published="2025-10-14",
    ),
    # UK Parliament, Joint Committee on Statutory Instruments, 33rd report of the 2024-25 session (publications.parliament.uk, Open Parliament Licence v3.0); zone Europe/London; 'Date Published: 1 November 2024', said 10:00. A meeting two days before: past
    B(
        text="At its meeting on 30 October 2024 the Committee scrutinised a number of instruments in accordance with Standing Orders.",
        due=None,
        vague=False,
        said="2024-11-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_JCSI24,
        published="2024-11-01",
    ),
    # the same report: the only date (29 April 2024) is an expiry that was due months before the report and is told as it stood when the instrument was made; the extension itself has no date in the sentence: past. unsure: a careful reader could give no refusal word (the extended period's end is not stated)
    B(
        text="S.I. 2024/540 extends the transitional staging period which, at the time of the making of the instrument, was due to expire on 29 April 2024 and S.I. 2024/541 makes changes to the operation of official controls during the transitional staging period.",
        due=None,
        vague=False,
        said="2024-11-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_JCSI24,
        published="2024-11-01",
    ),
    # the same report: the 21-day rule is a standing rule for a class of instruments, counted from each one's undated coming into force: recurring (CONVENTIONS 1.3)
    B(
        text="1.3 Both instruments breach the 21-day rule which states that made negative instruments should generally be laid at least 21 days before they are due to come into force to protect those affected by changes in the law from being subject to the effect of those changes before they have a reasonable opportunity to understand what they must do to satisfy any requirements.",
        due=None,
        vague=False,
        said="2024-11-01 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_JCSI24,
        published="2024-11-01",
    ),
    # the same report: 'a late decision taken' tells of a decision already made; the expiration is not dated: past (CONVENTIONS 2.4). unsure: a careful reader could give no refusal word (the time words set no time)
    B(
        text="The Explanatory Memorandum for S.I. 2024/540 explains that the breach of the rule results from a late decision taken to remove the extension from S.I. 2024/541 and legislate for it in S.I. 2024/540 to mitigate the risk of the expiration of the transitional staging period.",
        due=None,
        vague=False,
        said="2024-11-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_JCSI24,
        published="2024-11-01",
    ),
    # Houses of the Oireachtas, Dáil Éireann debate of Wednesday 17 July 2013, Order of Business (continued) (debatesarchive.oireachtas.ie, CC BY 4.0); zone Europe/Dublin; no hour in the opening, said 10:00. A Deputy's question, no undertaking, hung on the undated next session (CONVENTIONS 4.2). unsure: a careful reader could call it 'event' (the beginning of the next session is not dated in the sentence)
    B(
        text="Is it likely that it will be published before the beginning of the next session?",
        due=None,
        vague=False,
        said="2013-07-17 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL13,
        published="2013-07-17",
    ),
    # the same debate (the Taoiseach): an intention told in the past tense, and the House's rising is an undated event: past (CONVENTIONS 5.3 by analogy). unsure: a careful reader could call it 'event' (before the House rises)
    B(
        text="It was intended that this would be published before the House rises.",
        due=None,
        vague=False,
        said="2013-07-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL13,
        published="2013-07-17",
    ),
    # the same debate (Deputy Ó Fearghaíl): the publication this term is a past expectation (was supposed to), not an undertaking; 'will amend' has no time and 1931 names an Act: past. unsure: a careful reader could give no refusal word
    B(
        text="The betting (amendment) Bill, which was supposed to be published in this term, will amend the Betting Act 1931.",
        due=None,
        vague=False,
        said="2013-07-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL13,
        published="2013-07-17",
    ),
    # Cabinet Office press release of 8 February 2024 (ukpol.co.uk reprint; Crown copyright, OGL v3.0); zone Europe/London; said 8 February 2024 10:00. The week and 'now' set no time for any act: due None, no refusal word
    B(
        text="National Apprenticeship Week 2024 is a fantastic opportunity to shine a spotlight on the vital contributions apprentices now make in the public sector.",
        due=None,
        vague=False,
        said="2024-02-08 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CO24,
        published="2024-02-08",
    ),
    # the same release: 'a more productive future' sets no time: due None, no refusal word
    B(
        text="Apprenticeships, funded by this government, are supporting businesses to invest in high quality training and develop the skilled workforce we need for a more productive future.",
        due=None,
        vague=False,
        said="2024-02-08 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CO24,
        published="2024-02-08",
    ),
    # the same release: 'This year' frames the Minister's feeling, no act falls due (the double space is the page's): due None, no refusal word
    B(
        text="This year I am particularly excited to be able to celebrate the achievements of  those undertaking the Counter Fraud Investigators Apprenticeship (CFIA), a trailblazing programme, developed by the Government Counter Fraud Profession in collaboration with HMRC.",
        due=None,
        vague=False,
        said="2024-02-08 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CO24,
        published="2024-02-08",
    ),
    # the same release: a meeting earlier this week, done: past (CONVENTIONS 2.4)
    B(
        text="During my meeting with a group of CFIA participants earlier this week, I heard about a  number of groundbreaking investigations led by Brent Council, the Department for Work and Pensions (DWP), HM Revenue & Customs (HMRC) and The Education and Skills Funding Agency (EFSA).",
        due=None,
        vague=False,
        said="2024-02-08 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CO24,
        published="2024-02-08",
    ),
    # Environmental Protection Agency, Federal Register notice 2025-02910 of Friday 21 February 2025 (govinfo.gov; US federal work, public domain); zone America/New_York (EPA headquarters, Washington); said 10:00. The only dates are the notices' past publication; the new closing dates are in other sentences: past
    B(
        text="This document extends the comment period for two notices published by the Environmental Protection Agency in the Federal Register on December 26, 2024, and January 15, 2025.",
        due=None,
        vague=False,
        said="2025-02-21 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA25,
        published="2025-02-21",
    ),
    # the same notice (its DATES paragraph, the label 'DATES:' left out): the dates are citations of past publications and the extension is done by the notice; no new date in the sentence: past. unsure: a careful reader could give no refusal word
    B(
        text="The comment periods for notice FRL 12023-01-OW (FR 2024-30637) (89 FR 105041, December 26, 2024) and notice FRL-12451-01-OW (FR 2025-00734) (90 FR 3859, January 15, 2025) are extended.",
        due=None,
        vague=False,
        said="2025-02-21 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA25,
        published="2025-02-21",
    ),
    # the same notice: 'on or before' a day falls due at its end (CONVENTIONS 3.5) [local due 2025-04-25 23:59:59 America/New_York]
    B(
        text="Comments for FRL 12023-01-OW now must be received on or before April 25, 2025.",
        due="2025-04-26 03:59:59",
        vague=False,
        said="2025-02-21 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA25,
        published="2025-02-21",
    ),
    # the same notice: end of 16 April 2025 (CONVENTIONS 3.5) [local due 2025-04-16 23:59:59 America/New_York]
    B(
        text="Comments for FRL-12451-01-OW now must be received on or before April 16, 2025.",
        due="2025-04-17 03:59:59",
        vague=False,
        said="2025-02-21 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA25,
        published="2025-02-21",
    ),
    # Ministry of Housing, Communities and Local Government press release of 4 March 2025 (ukpol.co.uk reprint; Crown copyright, OGL v3.0); zone Europe/London; said 4 March 2025 10:00. A list item: 'a decade of decline' is a past period, the fostering has no time: due None, no refusal word
    B(
        text="Turning the tide on a decade of decline, £1.5bn funding will foster stronger, better connected and healthier communities across the UK.",
        due=None,
        vague=False,
        said="2025-03-04 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_MHCLG25,
        published="2025-03-04",
    ),
    # the same release: 'announced today' dates the announcement (done), the revival has no time of its own: due None, no refusal word. unsure: a careful reader could call it past (CONVENTIONS 2.4)
    B(
        text="Local people to see their high streets revived, community hubs saved and public services transformed and strengthened through the Plan for Neighbourhoods, announced today.",
        due=None,
        vague=False,
        said="2025-03-04 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_MHCLG25,
        published="2025-03-04",
    ),
    # the same release: 'the decade of national renewal' is a slogan period with no start or end given; the handing over has no time: due None, no refusal word
    B(
        text="£1.5 billion to be handed to towns across the UK to tackle deprivation and turbocharge growth as every area joins the decade of national renewal committed to in our Plan for Change.",
        due=None,
        vague=False,
        said="2025-03-04 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_MHCLG25,
        published="2025-03-04",
    ),
    # the same release: funding run over the next decade from now falls due at the window's end, ten years after speaking (CONVENTIONS 1.1). unsure: a careful reader could read 'the next decade' as the calendar 2030s (end of 2039) [local due 2035-03-04 23:59:59 Europe/London]
    B(
        text="A total of 75 areas will each receive up to £20 million of funding and support over the next decade through the plan, with ministers vowing it will help transform “left behind” areas by unleashing their full potential by investing in delivering improved vital community services from education, health and employment, to tackling local issues like crime.",
        due="2035-03-04 23:59:59",
        vague=False,
        said="2025-03-04 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_MHCLG25,
        published="2025-03-04",
    ),
    # Ministry of Housing, Communities and Local Government press release of 20 February 2025 (ukpol.co.uk reprint; OGL v3.0); zone Europe/London; said 10:00. 'this week' is on the verb of speaking (confirmed), not the promised act: due None, no refusal word (CONVENTIONS 2.2)
    B(
        text="Regional growth and regeneration will get a much-needed boost as 10 major culture projects across the UK will receive more than £67 million, the government confirmed this week.",
        due=None,
        vague=False,
        said="2025-02-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_MHCLG25B,
        published="2025-02-20",
    ),
    # the same release, a list item: 'in the future' sets no time: due None, no refusal word
    B(
        text="£10 million to start the process of revamping ‘Temple Works’ in Leeds a derelict Grade 1 building, bringing it into public ownership; paving the way for it to house the British Library North in the future and unlock further regeneration of new housing and commercial development on surrounding sites.",
        due=None,
        vague=False,
        said="2025-02-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_MHCLG25B,
        published="2025-02-20",
    ),
    # Ministry of Housing, Communities and Local Government, 'MHCLG in the Media' blog (dluhcmedia.blog.gov.uk, Crown copyright, OGL v3.0; read on bushdrum.com's bridge of the blog's feed), post 'Next steps for English council reorganisation'; zone Europe/London. The opening carries no date: the government's letter inviting views is dated 18 December 2025 (the Secretary of State's written statement of 22 January 2026 says so), so 'Yesterday' puts the post on 19 December 2025, said 10:00. The announcement is done; next May is only what the views are about: past (CONVENTIONS 2.4)
    B(
        text="Yesterday, the government announced that English councils undergoing reorganisation have been invited to give views on postponing their local elections next May.",
        due=None,
        vague=False,
        said="2025-12-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MHCLGBLOG,
        published="2025-12-19",
    ),
    # the same post: 'upcoming' and 'delays' set no time: due None, no refusal word
    B(
        text="This follows multiple councils approaching the department and requesting delays, noting that upcoming elections could undermine their plans for reorganisation.",
        due=None,
        vague=False,
        said="2025-12-19 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_MHCLGBLOG,
        published="2025-12-19",
    ),
    # the same post: the only bound is 'before final decisions are taken', an undated event (CONVENTIONS 1.3)
    B(
        text="The government is acting now so councils can provide views before final decisions are taken.",
        due=None,
        vague=False,
        said="2025-12-19 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_MHCLGBLOG,
        published="2025-12-19",
    ),
    # the same post: a time limit for named actors (CONVENTIONS 1.2); midnight on a day is the end of that day (parser docstring) [local due 2026-01-15 23:59:59 Europe/London]
    B(
        text="No decision on delays has been made but 63 English councils have until midnight on 15 January 2026 to feedback to the department.",
        due="2026-01-15 23:59:59",
        vague=False,
        said="2025-12-19 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_MHCLGBLOG,
        published="2025-12-19",
    ),
    # the same post: early 2026 is January to April (parser docstring thirds of a year), due at the end of April [local due 2026-04-30 23:59:59 Europe/London]
    B(
        text="The Secretary of State will then make a decision early next year.",
        due="2026-04-30 22:59:59",
        vague=False,
        said="2025-12-19 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_MHCLGBLOG,
        published="2025-12-19",
    ),
    # the same post: the final decision early next year, end of April 2026 (thirds of a year) [local due 2026-04-30 23:59:59 Europe/London]
    B(
        text="Our starting point is that all elections will go ahead, but we will consider all views provided before taking the final decision early next year.",
        due="2026-04-30 22:59:59",
        vague=False,
        said="2025-12-19 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_MHCLGBLOG,
        published="2025-12-19",
    ),
    # the same post: 'as soon as possible' as the speaker's undertaking, vague 60 days (CONVENTIONS 5.1). unsure: a careful reader could call it 'event' (hung on the undated postponement, CONVENTIONS 5.2) [local due 2026-02-17 23:59:59 Europe/London]
    B(
        text="Where elections are postponed, we will continue to work with councils to hold elections as soon as possible to the new local councils.",
        due="2026-02-17 23:59:59",
        vague=True,
        said="2025-12-19 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_MHCLGBLOG,
        published="2025-12-19",
    ),
    # the same post: elections in May 2027, due at the month's end [local due 2027-05-31 23:59:59 Europe/London]
    B(
        text="We expect these elections to be in May 2027 and they would replace scheduled elections.",
        due="2027-05-31 22:59:59",
        vague=False,
        said="2025-12-19 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_MHCLGBLOG,
        published="2025-12-19",
    ),
    # the same post: a one-off start in a month, due at its end (CONVENTIONS 3.1) [local due 2028-04-30 23:59:59 Europe/London]
    B(
        text="The new councils will go live in April 2028.",
        due="2028-04-30 22:59:59",
        vague=False,
        said="2025-12-19 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_MHCLGBLOG,
        published="2025-12-19",
    ),
    # the same post: elections in May 2026, due at the month's end [local due 2026-05-31 23:59:59 Europe/London]
    B(
        text="Surrey is on an accelerated timetable so elections to the new councils in May 2026 will replace the scheduled elections there, subject to Parliament.",
        due="2026-05-31 22:59:59",
        vague=False,
        said="2025-12-19 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_MHCLGBLOG,
        published="2025-12-19",
    ),
    # Food and Drug Administration, event page 'October 29, 2024: Meeting of the Pharmacy Compounding Advisory Committee' (fda.gov, US federal work, public domain; read on einpresswire.com's print copy); zone America/New_York (White Oak, Maryland). The opening carries no date: the meeting was noticed in the Federal Register of 18 September 2024 (FR Doc. 2024-21241), taken as the page's day, said 10:00. A meeting on a day, due at its end (CONVENTIONS 3.1) [local due 2024-10-29 23:59:59 America/New_York]
    B(
        text="FDA will be hosting this advisory committee meeting on October 29, 2024.",
        due="2024-10-30 03:59:59",
        vague=False,
        said="2024-09-18 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FDA24,
        published="2024-09-18",
    ),
    # the same page: a clock time with no day of its own in the sentence, its first occurrence after the moment of speaking (CONVENTIONS 6.3; page: 29 October 2024 08:00 EDT) [local due 2024-09-19 08:00:00 America/New_York]
    B(
        text="This meeting is scheduled to start at approximately 8 a.m. Eastern Time and will be held at FDA White Oak Campus, 10903 New Hampshire Ave., Bldg. 31 Conference Center, the Great Room (Rm. 1503), Silver Spring, MD 20993-0002.",
        due="2024-09-19 12:00:00",
        vague=False,
        said="2024-09-18 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FDA24,
        published="2024-09-18",
    ),
    # Food and Drug Administration, Federal Register notice 2024-16667 of Tuesday 30 July 2024 (govinfo.gov, public domain), renewal of the Pharmacy Compounding Advisory Committee; zone America/New_York; said 08:45, the hour Federal Register documents go on public inspection, taken as the moment of speaking. Two years counted from an expiration date the sentence does not give: event (CONVENTIONS 1.3)
    B(
        text="The Commissioner has determined that it is in the public interest to renew the Pharmacy Compounding Advisory Committee for an additional 2 years beyond the charter expiration date.",
        due=None,
        vague=False,
        said="2024-07-30 12:45:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FDAFR24,
        published="2024-07-30",
    ),
    # the same notice: kept in effect until a date, due at its end (CONVENTIONS 3.3) [local due 2026-04-25 23:59:59 America/New_York]
    B(
        text="The new charter will be in effect until the April 25, 2026, expiration date.",
        due="2026-04-26 03:59:59",
        vague=False,
        said="2024-07-30 12:45:00",
        tz="America/New_York",
        cluster=6,
        source=_FDAFR24,
        published="2024-07-30",
    ),
    # the same notice (its DATES paragraph, the label left out): an expiry on a date, a one-off event due then (CONVENTIONS 3.1); the 'unless' clause sets no other time [local due 2026-04-25 23:59:59 America/New_York]
    B(
        text="Authority for the Pharmacy Compounding Advisory Committee will expire on April 25, 2026, unless the Commissioner formally determines that renewal is in the public interest.",
        due="2026-04-26 03:59:59",
        vague=False,
        said="2024-07-30 12:45:00",
        tz="America/New_York",
        cluster=6,
        source=_FDAFR24,
        published="2024-07-30",
    ),
    # UK Parliament, House of Commons written statement 'Local Government Reorganisation' by the Secretary of State for Housing, Communities and Local Government, 22 January 2026 (Open Parliament Licence v3.0; read on thegovernmentsays.com, which carries the statement whole); zone Europe/London; the statement was made on Thursday 22 January 2026 (upday's report of that day), said 10:00. 'within this Parliament' hangs on the Parliament's end, which has no date of its own: event (CONVENTIONS 1.3). unsure: a careful reader could date the latest possible end of the Parliament
    B(
        text="This Government is undertaking a once-in-a-generation reform of local government and we will end the outdated two-tier system with new single-tier councils within this Parliament.",
        due=None,
        vague=False,
        said="2026-01-22 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_WS26,
        published="2026-01-22",
    ),
    # the same statement: within this Parliament, undated: event (CONVENTIONS 1.3), unsure as the case before
    B(
        text="We are fully committed to ensuring councils have everything they need to deliver new, sustainable structures within this Parliament.",
        due=None,
        vague=False,
        said="2026-01-22 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_WS26,
        published="2026-01-22",
    ),
    # the same statement: the letter of December 2025 is done; May 2026 names the elections the concerns were about: past (CONVENTIONS 2.4)
    B(
        text="In December 2025, in response to concerns voiced by councils about their capacity to deliver a timely and safe transition to new councils alongside resource-intensive elections in May 2026, we wrote to 63 councils who are due to hold local elections to hear their views on the potential postponement of those elections.",
        due=None,
        vague=False,
        said="2026-01-22 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS26,
        published="2026-01-22",
    ),
    # the same statement: perfect tense with 'now', done: past (CONVENTIONS 2.4)
    B(
        text="We have now considered the representations made.",
        due=None,
        vague=False,
        said="2026-01-22 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS26,
        published="2026-01-22",
    ),
    # the same statement: representations received, done; May only describes the councils: past
    B(
        text="We received over 350 representations from councils with elections scheduled in May and from other councils, interested organisations, colleagues across this House, and members of the public.",
        due=None,
        vague=False,
        said="2026-01-22 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS26,
        published="2026-01-22",
    ),
    # the same statement: the letter and the replies are done: past
    B(
        text="In response to the Government’s 18 December letter, many councils gave the view that their elections should go ahead and many asked us to consider postponing.",
        due=None,
        vague=False,
        said="2026-01-22 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS26,
        published="2026-01-22",
    ),
    # the same statement: the former schedule, told in the past tense before the postponements: past. unsure: a careful reader could give the end of May 2026 (most of them still go ahead then)
    B(
        text="136 local council elections across England were scheduled to go ahead in May 2026.",
        due=None,
        vague=False,
        said="2026-01-22 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS26,
        published="2026-01-22",
    ),
    # the same statement: elections in May 2026, due at the month's end [local due 2026-05-31 23:59:59 Europe/London]
    B(
        text="Following these decisions, 107 will continue to take place in May 2026, with 29 postponed.",
        due="2026-05-31 22:59:59",
        vague=False,
        said="2026-01-22 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WS26,
        published="2026-01-22",
    ),
    # Department for Digital, Culture, Media and Sport, guidance 'Creative Careers Programme 22/23-24/25 Competition' (gov.uk, Crown copyright, OGL v3.0); zone Europe/London; the page carries no date in its opening: the competition opens on 10 May 2022 (its own timeline), taken as the page's day, said 10:00. The phase to be delivered runs over the financial years 2022-23 to 2024-25, a range due at its later end, 31 March 2025 (CONVENTIONS 6.1). unsure: a careful reader could give no deadline (the financial years only name the phase) [local due 2025-03-31 23:59:59 Europe/London]
    B(
        text="The Department of Digital, Culture, Media & Sport (DCMS) is inviting charitable, philanthropic or benevolent institutions to bid for up to £947,000 to deliver the next phase of the Creative Careers Programme (CCP) Financial Year 22/23-24/25.",
        due="2025-03-31 22:59:59",
        vague=False,
        said="2022-05-10 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_DCMS22,
        published="2022-05-10",
    ),
    # the same page: a pilot of 2018-2020, done: past
    B(
        text="The CCP pilot, 2018-2020, was designed to address skills shortages and information failures in creative industries (CIs) by providing young people across England with specialist information, advice and guidance (IAG) about creative careers.",
        due=None,
        vague=False,
        said="2022-05-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DCMS22,
        published="2022-05-10",
    ),
    # the same page: 'next phase' and 'long-term future' set no time: due None, no refusal word
    B(
        text="This next phase of the CCP will continue to provide specialist IAG, with a specific focus on engaging young people from low socioeconomic backgrounds, and securing the long-term future of the programme.",
        due=None,
        vague=False,
        said="2022-05-10 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DCMS22,
        published="2022-05-10",
    ),
    # the same page, a row of its timeline table taken as it stands: the opening is a one-off event at a time (CONVENTIONS 3.1). unsure: a careful reader could call it 'earliest' (a competition open from a time, CONVENTIONS 3.2) [local due 2022-05-10 17:00:00 Europe/London]
    B(
        text="Competition opens 5:00pm, 10 May 2022",
        due="2022-05-10 16:00:00",
        vague=False,
        said="2022-05-10 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_DCMS22,
        published="2022-05-10",
    ),
    # the same table: a deadline at a clock time on a date [local due 2022-07-05 17:00:00 Europe/London]
    B(
        text="Deadline for submission of applications and all the required supporting appendices to DCMS 5:00pm, 5 July 2022",
        due="2022-07-05 16:00:00",
        vague=False,
        said="2022-05-10 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_DCMS22,
        published="2022-05-10",
    ),
    # the same page: before a clock time falls due at that instant (an hour is exact, parser docstring) [local due 2022-07-05 17:00:00 Europe/London]
    B(
        text="Please read the guidance for applicants below, complete the application form and programme budget provided (with attachments) and return to ccp-competition@dcms.gov.uk before 5:00pm, 5 July 2022.",
        due="2022-07-05 16:00:00",
        vague=False,
        said="2022-05-10 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_DCMS22,
        published="2022-05-10",
    ),
    # the same page: by a date, due at its end [local due 2025-03-31 23:59:59 Europe/London]
    B(
        text="All funding must be spent by 31 March 2025.",
        due="2025-03-31 22:59:59",
        vague=False,
        said="2022-05-10 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DCMS22,
        published="2022-05-10",
    ),
    # the same page: monthly or quarterly payments are a standing schedule, and the three financial years have no start in the sentence: recurring (CONVENTIONS 1.3). unsure: a careful reader could give no refusal word
    B(
        text="Funding will span three financial years, and paid in arrears on a monthly or quarterly basis (subject to agreement between DCMS and the successful applicant).",
        due=None,
        vague=False,
        said="2022-05-10 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DCMS22,
        published="2022-05-10",
    ),
    # National Institutes of Health, notice NOT-OD-07-001 (grants.nih.gov, US federal work, public domain), released 5 October 2006 (its key dates); zone America/New_York (Bethesda, Maryland); said 10:00. 'receipt dates' names dates without giving one: due None, no refusal word
    B(
        text="The purpose of this Notice is to inform the research community of a change in standard receipt dates for grant applications submitted to NIH, AHRQ and NIOSH.",
        due=None,
        vague=False,
        said="2006-10-05 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH06,
        published="2006-10-05",
    ),
    # the same notice: taking effect in a month, a one-off event (CONVENTIONS 3.1), a month falling due at its end (parser docstring). unsure: a careful reader could give 1 January 2007 (the notice's 'Effective Date', not in the sentence) [local due 2007-01-31 23:59:59 America/New_York]
    B(
        text="The new receipt dates will be effective as of January 2007 and will apply to both paper and electronic applications.",
        due="2007-02-01 04:59:59",
        vague=False,
        said="2006-10-05 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NIH06,
        published="2006-10-05",
    ),
    # the same notice: 'on any single day' sets no time: due None, no refusal word
    B(
        text="The transition to electronic application submission has heightened our awareness of challenges posed by having very large numbers of incoming grant applications on any single day.",
        due=None,
        vague=False,
        said="2006-10-05 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH06,
        published="2006-10-05",
    ),
    # the same notice: annual rounds of a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="We currently spread the workload involved with receiving incoming grant applications across three annual council rounds that include multiple submission dates for each round.",
        due=None,
        vague=False,
        said="2006-10-05 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NIH06,
        published="2006-10-05",
    ),
    # the same notice: standing receipt dates, a rule repeated each cycle: recurring (CONVENTIONS 1.3). unsure: a careful reader could give no refusal word (no act falls due)
    B(
        text="However, some of our standing receipt dates allow for six to eight thousand applications to be submitted for a single date.",
        due=None,
        vague=False,
        said="2006-10-05 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NIH06,
        published="2006-10-05",
    ),
    # the same notice: 'now', 'response time' and 'in a timely way' set no time: due None, no refusal word
    B(
        text="This volume has the potential to cause bottlenecks in a number of critical places: the research administration offices at the applicant institution, which must now submit all applications; Grants.gov and eRA systems, where response time may slow under heavy volume; the Grants.gov and NIH help desks, which have to handle large spikes in call volume; and the CSR Division of Receipt and Referral, which is responsible for referral of incoming applications in a timely way.",
        due=None,
        vague=False,
        said="2006-10-05 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH06,
        published="2006-10-05",
    ),
    # the same notice: dates and cycles named, none set: due None, no refusal word
    B(
        text="Spreading receipt dates to have a steady flow of applications rather than boom and bust cycles will allow many different groups to have a realistic approach to this complex process and maximize electronic system responsiveness.",
        due=None,
        vague=False,
        said="2006-10-05 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH06,
        published="2006-10-05",
    ),
    # the same notice: a lead-in to a list, 'receipt dates' sets no time: due None, no refusal word
    B(
        text="The new receipt dates are based on many factors including:",
        due=None,
        vague=False,
        said="2006-10-05 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH06,
        published="2006-10-05",
    ),
    # Department of Conservation (New Zealand) media release 'DOC urges caution as tracks reopen' (DOC's content CC BY 4.0 per its copyright page; read on insidegovernment.co.nz, which reprints it); zone Pacific/Auckland; the page's date line reads Tuesday, April 23, 2024, taken as the moment of speaking at 10:00 (the storm and state of emergency it follows may be of September 2023; no label below depends on the day). Last week's storm and the holding up are done: past. unsure: a careful reader could give no refusal word ('keep up to date' sets no time)
    B(
        text="The Department of Conservation (DOC) says tracks and infrastructure on public conservation land in flood-affected Southland and Otago have held up well following last week’s storm, but advised visitors to exercise caution and keep up to date with relevant information.",
        due=None,
        vague=False,
        said="2024-04-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC,
        published="2024-04-23",
    ),
    # the same release: assessment going on since the storm, told in the perfect: past (CONVENTIONS 2.4). unsure: a careful reader could give no refusal word (an ongoing activity with no time)
    B(
        text="DOC staff have been assessing tracks and other structures across southern South Island following the storm event which triggered a State of Emergency across the region.",
        due=None,
        vague=False,
        said="2024-04-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC,
        published="2024-04-23",
    ),
    # the same release: 'so far' and 'remain' set no time: due None, no refusal word
    B(
        text="DOC Operations Director Southern South Island, Aaron Fleming says reports for major tracks are so far looking positive, but some local tracks remain closed.",
        due=None,
        vague=False,
        said="2024-04-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC,
        published="2024-04-23",
    ),
    # the same release: a start now with no end or deadline: due None, no refusal word. unsure: a careful reader could call it 'earliest' (an activity given only its start, CONVENTIONS 3.2)
    B(
        text="“Now the weather has cleared, the clean-up begins.",
        due=None,
        vague=False,
        said="2024-04-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC,
        published="2024-04-23",
    ),
    # the same release: closed until an undated event (repairs can take place): event (CONVENTIONS 1.3)
    B(
        text="Where damage is more significant, such as large washouts or bridges are down, DOC has closed tracks until repairs or remediation can take place, he said.",
        due=None,
        vague=False,
        said="2024-04-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOC,
        published="2024-04-23",
    ),
    # the same release: updates hung on information coming through, an undated event: event (CONVENTIONS 1.3). unsure: a careful reader could give no refusal word
    B(
        text="“We’ll be updating our website as more information comes through but in the meantime, we encourage people to use extra caution when heading out.”",
        due=None,
        vague=False,
        said="2024-04-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOC,
        published="2024-04-23",
    ),
    # the same release: 'still' sets no time: due None, no refusal word
    B(
        text="“Rivers may still be high and land could be unstable so people should use good judgement and don’t take unnecessary risks.”",
        due=None,
        vague=False,
        said="2024-04-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC,
        published="2024-04-23",
    ),
    # Houses of the Oireachtas, Joint Committee on Education and Skills, 29 August 2018, Business of Joint Committee (oireachtas.ie, CC BY 4.0); zone Europe/Dublin; the chair speaks before the private session of 10.08 a.m., said 10:00. 'late' sets no time: due None, no refusal word
    B(
        text="They will be here but they will be late.",
        due=None,
        vague=False,
        said="2018-08-29 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_JCES18,
        published="2018-08-29",
    ),
    # the same record: the official report's note of what was done: past. unsure: a careful reader reading the clock times from the moment of speaking could give 10:38 that day (CONVENTIONS 6.3)
    B(
        text="The joint committee went into private session at 10.08 a.m. and resumed in public session at 10.38 a.m.",
        due=None,
        vague=False,
        said="2018-08-29 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_JCES18,
        published="2018-08-29",
    ),
    # Houses of the Oireachtas, Joint Committee on Health, 3 October 2018, Business of Joint Committee (oireachtas.ie, CC BY 4.0); zone Europe/Dublin; the chair speaks before the private session of 9.06 a.m., said 09:00. An ongoing state given only its start: earliest, 9 a.m. that day (CONVENTIONS 3.2). unsure: CONVENTIONS 6.3 would put a bare 9 a.m. at its next occurrence; a careful reader could also call it past (the recording had already begun)
    B(
        text="I have been made aware that the recording continues from 9 a.m. onwards so if members are having conversations, they should be aware that a recording process is ongoing.",
        due=None,
        vague=False,
        said="2018-10-03 08:00:00",
        tz="Europe/Dublin",
        refusal="earliest",
        earliest="2018-10-03 08:00:00",
        cluster=5,
        source=_JCH18,
        published="2018-10-03",
    ),
    # the same record: the report's note of what was done: past
    B(
        text="The joint committee went into private session at 9.06 a.m. and resumed in public session at 9.40 a.m.",
        due=None,
        vague=False,
        said="2018-10-03 08:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_JCH18,
        published="2018-10-03",
    ),
    # Houses of the Oireachtas, Joint Committee on Culture, Heritage and the Gaeltacht, 6 February 2019, Business of Joint Committee (oireachtas.ie, CC BY 4.0); zone Europe/Dublin; the sitting is suspended at 1.47 p.m. a few sentences later, said 13:45. The appointed time has passed: past (CONVENTIONS 2.4)
    B(
        text="Before we get started I must advise everyone that we have gone beyond the time set aside for starting the meeting.",
        due=None,
        vague=False,
        said="2019-02-06 13:45:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_JCC19,
        published="2019-02-06",
    ),
    # the same meeting: 'all day' describes members coming and going, no act falls due: due None, no refusal word
    B(
        text="People have travelled long distances and I know that members, including myself, are caught up attending different committees so we will be in and out all day.",
        due=None,
        vague=False,
        said="2019-02-06 13:45:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_JCC19,
        published="2019-02-06",
    ),
    # the same meeting: the only time is the appointed time, already passed: past. unsure: a careful reader could give no refusal word (going ahead now, no time set)
    B(
        text="Therefore, I propose that we go ahead with the meeting even though we have gone beyond the time appointed.",
        due=None,
        vague=False,
        said="2019-02-06 13:45:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_JCC19,
        published="2019-02-06",
    ),
    # the same meeting: a suspension 'for a few moments' has no documented window and the resumption no time: due None, no refusal word. unsure: a careful reader could give a short window from the moment of speaking (it resumed at 1.49 p.m.)
    B(
        text="I propose that we suspend the meeting for a few moments before we resume in public session.",
        due=None,
        vague=False,
        said="2019-02-06 13:45:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_JCC19,
        published="2019-02-06",
    ),
    # the same record: the report's note of what was done: past
    B(
        text="Sitting suspended at 1.47 p.m. and resumed at 1.49 p.m.",
        due=None,
        vague=False,
        said="2019-02-06 13:45:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_JCC19,
        published="2019-02-06",
    ),
    # Houses of the Oireachtas, Joint Committee on Transport and Communications, 1 April 2015, Business of Committee (oireachtas.ie, CC BY 4.0); zone Europe/Dublin; before the private session of 9.40 a.m., said 09:35. 'currently' sets no time: due None, no refusal word
    B(
        text="As the Chairman, Deputy John O'Mahony, is unable to attend and as the joint committee does not currently have a Vice Chairman, I am taking the chair.",
        due=None,
        vague=False,
        said="2015-04-01 08:35:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_JCT15,
        published="2015-04-01",
    ),
    # the same meeting (the clerk): 'now' on the act as it is spoken, read as CONVENTIONS 2.1 reads 'today': due at the end of the day. unsure: a careful reader could give no deadline (the call is made by the words themselves) [local due 2015-04-01 23:59:59 Europe/Dublin]
    B(
        text="I now call for nominations.",
        due="2015-04-01 22:59:59",
        vague=False,
        said="2015-04-01 08:35:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_JCT15,
        published="2015-04-01",
    ),
    # the same record: the report's note of what was done: past
    B(
        text="The joint committee went into private session at 9.40 a.m. and resumed in public session at 10.10 a.m.",
        due=None,
        vague=False,
        said="2015-04-01 08:35:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_JCT15,
        published="2015-04-01",
    ),
    # Houses of the Oireachtas, Joint Committee on Education and Social Protection, 20 January 2016, Business of Joint Committee (KildareStreet.com, carrying the Oireachtas's record, CC BY 4.0); zone Europe/Dublin; the page gives 1:00 pm, said 13:00. 'now' states a fact, no act falls due: due None, no refusal word
    B(
        text="As we now have a quorum, I call the meeting to order.",
        due=None,
        vague=False,
        said="2016-01-20 13:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_JCESP16,
        published="2016-01-20",
    ),
    # the same meeting: a duty for the duration of the meeting, whose end the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="At the request of the broadcasting and recording services, members are asked to ensure that, for the duration of the meeting, their mobile phones are turned off completely or left on aeroplane, safe or flight mode so they will not interfere with the broadcasting system.",
        due=None,
        vague=False,
        said="2016-01-20 13:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_JCESP16,
        published="2016-01-20",
    ),
    # the same meeting: 'now' on the promised act as it is spoken, read as CONVENTIONS 2.1 reads 'today': due at the end of the day. unsure: a careful reader could give no deadline [local due 2016-01-20 23:59:59 Europe/Dublin]
    B(
        text="We will now go into private session.",
        due="2016-01-20 23:59:59",
        vague=False,
        said="2016-01-20 13:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_JCESP16,
        published="2016-01-20",
    ),
    # the same record: the report's note of what was done: past
    B(
        text="The joint committee went into private session at 1.15 p.m. and resumed in public session at 1.25 p.m.",
        due=None,
        vague=False,
        said="2016-01-20 13:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_JCESP16,
        published="2016-01-20",
    ),
    # Stats NZ statement 'Misuse of data investigation update' (Stats NZ content CC BY 4.0; read on miragenews.com, which reprints it); zone Pacific/Auckland; the opening carries no date: its words say the investigation's original end, 31 July 2024, has been extended, so it is taken as of 31 July 2024, said 10:00 (no label below depends on the day). An appointment after 29 May 2024, done: past
    B(
        text="Stats NZ Chief Executive and Government Statistician Mark Sowden appointed independent investigator Doug Craig to lead the investigation after the allegations were received by the Office of the Chief Executive on 29 May 2024.",
        due=None,
        vague=False,
        said="2024-07-30 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STATSNZ,
        published="2024-07-31",
    ),
    # the same statement: the date first set is called off and no new time is given: negated (CONVENTIONS 4.1)
    B(
        text="Originally due to be concluded on 31 July 2024, the timeframe for the investigation has been extended.",
        due=None,
        vague=False,
        said="2024-07-30 22:00:00",
        tz="Pacific/Auckland",
        refusal="negated",
        cluster=5,
        source=_STATSNZ,
        published="2024-07-31",
    ),
    # the same statement: 'now' sets no time: due None, no refusal word
    B(
        text="The investigation team is now working through the natural justice process which allows those who have been interviewed to check the facts documented in the report.",
        due=None,
        vague=False,
        said="2024-07-30 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSNZ,
        published="2024-07-31",
    ),
    # the same statement: no time set ('yet to be confirmed'): due None, no refusal word
    B(
        text="The timing of that is yet to be confirmed.",
        due=None,
        vague=False,
        said="2024-07-30 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSNZ,
        published="2024-07-31",
    ),
    # the same statement: 'before they are released', an undated event: event (CONVENTIONS 1.3)
    B(
        text='"It is vitally important too, that we take the time to ensure the investigations are done thoroughly and follow the right processes before they are released."',
        due=None,
        vague=False,
        said="2024-07-30 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_STATSNZ,
        published="2024-07-31",
    ),
    # the same statement: on the undated release of the reports: event (CONVENTIONS 1.3)
    B(
        text="Further statements will be made on release of the reports.",
        due=None,
        vague=False,
        said="2024-07-30 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_STATSNZ,
        published="2024-07-31",
    ),
    # Department for Environment, Food and Rural Affairs press release of 20 July 2025 (ukpol.co.uk reprint; Crown copyright, OGL v3.0); zone Europe/London; said 20 July 2025 10:00. 'today' is on the verb of speaking (pledge), so the deadline is the cut's own: the end of the decade, 31 December 2029 (CONVENTIONS 2.2). unsure: a careful reader could give the end of 2030 (the release's title says 'by 2030') [local due 2029-12-31 23:59:59 Europe/London]
    B(
        text="Sewage pollution from water companies will be cut in half by the end of the decade, the Environment Secretary Steve Reed will pledge today (Sunday 20 July).",
        due="2029-12-31 23:59:59",
        vague=False,
        said="2025-07-20 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DEFRA25B,
        published="2025-07-20",
    ),
    # the same release: 'since records began' sets no time for the promised state: due None, no refusal word
    B(
        text="Our rivers, lakes and seas will be the cleanest since records began, meaning millions of families will benefit from cleaner beaches and rivers.",
        due=None,
        vague=False,
        said="2025-07-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DEFRA25B,
        published="2025-07-20",
    ),
    # the same release: the pledge is made (perfect); 'for the first time' sets no time: past (CONVENTIONS 2.4)
    B(
        text="For the first time the Government has made a pledge to cut sewage pollution with a clear target which they will be held accountable to.",
        due=None,
        vague=False,
        said="2025-07-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA25B,
        published="2025-07-20",
    ),
    # the same release: 'in this country's history' sets no time: due None, no refusal word
    B(
        text="In one of the largest infrastructure projects in this country’s history, a record £104 billion is being invested to upgrade crumbling pipes and build new sewage treatment works cutting sewage pollution into rivers.",
        due=None,
        vague=False,
        said="2025-07-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DEFRA25B,
        published="2025-07-20",
    ),
    # the same release: measures of the past year, done: past
    B(
        text="Over the past year, the Government has introduced a package of measures to slash pollution levels.",
        due=None,
        vague=False,
        said="2025-07-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA25B,
        published="2025-07-20",
    ),
    # the same release: 'now' states a fact: due None, no refusal word
    B(
        text="Bills are now ringfenced to force companies to invest in upgrades and over £100 million of water fines are being spent on local clean-up projects.",
        due=None,
        vague=False,
        said="2025-07-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DEFRA25B,
        published="2025-07-20",
    ),
    # the same release: 'ahead of the final report' places the commitment being made now, not a time for the reform: due None, no refusal word. unsure: a careful reader could call it 'event' (the report is not dated)
    B(
        text="The commitment comes as the Government vows “root and branch reform” to usher in a revolution in the water industry, ahead of the Independent Water Commission’s final report.",
        due=None,
        vague=False,
        said="2025-07-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DEFRA25B,
        published="2025-07-20",
    ),
    # the same release (the Environment Secretary): by the end of the decade, 31 December 2029. unsure: the end of 2030, as the first case [local due 2029-12-31 23:59:59 Europe/London]
    B(
        text="My pledge to you: the Government will halve sewage pollution from water companies by the end of the decade.",
        due="2029-12-31 23:59:59",
        vague=False,
        said="2025-07-20 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DEFRA25B,
        published="2025-07-20",
    ),
    # the same release: 'history' and 'for good' set no time: due None, no refusal word
    B(
        text="One of the largest infrastructure projects in England’s history will clean up our rivers, lakes and seas for good.”",
        due=None,
        vague=False,
        said="2025-07-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DEFRA25B,
        published="2025-07-20",
    ),
    # Department for Environment, Food and Rural Affairs press release (ukpol.co.uk reprint; OGL v3.0), issued on 9 March 2025 for Monday 10 March, the day its own words speak from: said 10 March 2025 10:00, zone Europe/London. 'today' on the act of setting out, due at the end of that day (CONVENTIONS 2.1) [local due 2025-03-10 23:59:59 Europe/London]
    B(
        text="Environment Secretary Steve Reed will today (Monday 10 March) set out government ambition to end sewage discharged into Windermere.",
        due="2025-03-10 23:59:59",
        vague=False,
        said="2025-03-10 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DEFRA25C,
        published="2025-03-10",
    ),
    # the same release, a list item: the meeting today, due at the day's end (CONVENTIONS 2.1) [local due 2025-03-10 23:59:59 Europe/London]
    B(
        text="Environment Secretary Steve Reed will today meet with local campaigners to pledge his support to cleaning up the iconic site.",
        due="2025-03-10 23:59:59",
        vague=False,
        said="2025-03-10 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DEFRA25C,
        published="2025-03-10",
    ),
    # the same release, a list item: a tour run for a week from its start today falls due at its end, a week on (CONVENTIONS 1.1). unsure: a careful reader could end a Monday-started week on Sunday 16 March [local due 2025-03-17 23:59:59 Europe/London]
    B(
        text="Visit marks start of Ministers’ week-long tour as part of government’s Plan for Change to upgrade our crumbling water infrastructure and boost economic growth using over £100 billion private investment.",
        due="2025-03-17 23:59:59",
        vague=False,
        said="2025-03-10 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DEFRA25C,
        published="2025-03-10",
    ),
    # the same release: 'today' is on the pledge, a verb of speaking, and the clean-up and the long-term ambition have no time of their own: due None, no refusal word (CONVENTIONS 2.2). unsure: a careful reader could give the end of 10 March (setting out the support today, CONVENTIONS 2.1)
    B(
        text="Environment Secretary Steve Reed will today (Monday 10 March) pledge to ‘clean up Windermere’ setting out the Government’s support for the long-term ambition of ‘only rainwater’ entering England’s largest lake.",
        due=None,
        vague=False,
        said="2025-03-10 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DEFRA25C,
        published="2025-03-10",
    ),
    # the same release: 'ahead of' an undated study places today's pledge, no act falls due: due None, no refusal word. unsure: a careful reader could call it 'event'
    B(
        text="This comes ahead of a thorough feasibility study – established by the ‘Only Rainwater’ local coalition including United Utilities, the Environment Agency, Ofwat, Save Windermere, Love Windermere, the Lake District National Park authority, and Westmorland and Furness Council.",
        due=None,
        vague=False,
        said="2025-03-10 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DEFRA25C,
        published="2025-03-10",
    ),
)
