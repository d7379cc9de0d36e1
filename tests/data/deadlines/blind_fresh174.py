"""A HUNDRED-AND-SEVENTY-FOURTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 04:01 and 04:08 by the machine's clock (which ran
slow against the work done, as the last sets found; the branch's commit time is the one to trust) by a
labelling helper (branch issue12l174-s61) that neither changed, imported nor ran the parser, working at the
same time as the other labellers of stop 61 (fresh175 to fresh178, articles blind144 and blind145), whose
claims in the shared claims file were treated as used and whose files and README sections were not opened.
It read `CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README
section of `blind_fresh173.py`, the field list and the docstring conventions of `BlindCase` in
`blind_real.py`, the docstring of `tests/data/fresh_check.py` and the top docstring of the parser package
only (the vague windows, parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing
else of `bot/core/deadlines/` was opened. The brief asked for less-mined publishers (GOV.UK departments and
agencies not much used: Home Office, Department for Education, MHCLG, DCMS, Ofgem, Ofwat, HMRC, DVSA; US
Federal Register notices of the FAA, FTA, Coast Guard and EPA; Wikinews), open licences only, at least eight
publishers, none above a fifth, at most a third from the United States, a spread of genres, about 80 cases
(at least 60).

The set quotes the Houses of the Oireachtas (a Dáil sitting of 29 June 1920 and a Seanad debate of 30 May
1934), UK Parliament (historic Hansard: Commons oral answers of 27 November 1995 and 6 June 1918, written
answers of 1 June 1998 and 13 July 1987), the Federal Aviation Administration (Federal Register meeting
notices of 9 February 2022, 31 January 2020, 31 October 2019 and 17 February 2009), the US Coast Guard
(Federal Register proposed rules of 1 May 2015, 31 May 2019 and 3 January 1996, and an Eighth District news
release of 28 June 2019), the Department for Education (a press release of 1 September 2010 and a news
story of 25 June 2010), Ofwat (a price-control document of September 2020, as carried), the Drinking Water
Inspectorate (an undated page on the price review), DCMS (a consultation of 23 December 2019, as carried)
and the Home Office (a press release of 30 March 2025, as carried). 73 cases from 9 publishers: UK
Parliament 14 (19.2%); the FAA 14 (19.2%); the Oireachtas 13 (17.8%); the Department for Education 9
(12.3%); the Coast Guard 7 (9.6%); Ofwat 6 (8.2%); the Drinking Water Inspectorate 5 (6.8%); DCMS 3 (4.1%);
the Home Office 2 (2.7%). 21 of the 73 (28.8%) are from the United States (FAA, Coast Guard); 52 are not.
Genres: parliamentary sittings and debate (Dáil and Seanad arrangements, questions across the floor),
parliamentary oral and written answers, Federal Register meeting notices and proposed rules, an agency news
release, departmental press releases and news stories, a consultation document, a regulator's
price-control document and an agency guidance page.

The store is heavily mined: of about 80 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (most Dáil and Seanad Orders of Business found, Lords recess statements,
Commons business statements, Home Office and DfE press releases on ukpol.co.uk, Stats NZ media releases and
release notes, Commission Daily News and midday items, the EPA's extension of 2018, Ofwat's draft
determinations page, Ofgem consultation covers carried at vdocument sites, StatCan release calendars). No
fresh page was found for MHCLG, HMRC, DVSA, Ofgem, the FTA or the EPA. One Wikinews article (the Discovery launch
story of 2 July 2005) read fresh by its address and was claimed, but one of its sentences read USED when
checked whole (the same story is in another set under another address), so both its cases were dropped
after labelling and their labels are not kept; the set therefore quotes no Wikinews page. Each page's cases
share one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh174`) but not used, to keep the caps (a fifth for each publisher, a third
for the United States): the Dáil sittings of 26 June 1924, 26 June 1928 and 20 February 1924 (the
Oireachtas cap); the Commons oral answer of 23 June 1986 on the Newark relief road and the written answer of
13 October 2009 on council housing (the UK Parliament cap). Within the pages kept: sentences without a time
word; sentences whose only time words are general ("now", "currently", "usually", "annual and recurring",
"the very first time") or whose only year names a session or an event ("Session 1986-87", "the 1996 Olympic
Sailing Competition"); questions that hold no time word ("when ...", "the likely starting date");
speaker tags, titles, headings, date lines, contact and address lines, agenda lines and list fragments;
sentences cut off where the stored opening ends; the second printing of a Federal Register summary on the
same page.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time,
"to-day", "to-morrow", "to-night", "this week", "next year", "later this year", "this academic year",
"the coming months", "shortly", "as soon as possible", "without further delay", "within two years", "for
a week or two", a season, a financial or price-control year); within each page quoted, the sentences of
the stored opening that hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh174`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file). Each label was worked out by hand from the words, the publication date
and the publisher's zone (Europe/Dublin for the Oireachtas, Europe/London for UK Parliament and the UK
departments and regulators, America/New_York for the FAA and the Coast Guard's Federal Register notices
outside Alaska, America/Anchorage for the Coast Guard's Alaska notice, America/Chicago for its Eighth
District release); the conversion of local instants to UTC wall time, weekdays and day counts were done with
Python's zoneinfo and datetime in a scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh173.py`: the publication date at 10:00 local time unless the page gives the hour (none of these
pages does); the first comment of each page says where its date was read. Five pages print no full date of
their own (Ofwat's month only, the DWI page, both DfE pages, the Coast Guard release): each is read on a day
the page itself or a dated page in the store fixes, and the comment says why and whether any label depends
on it (none does beyond the day itself). A day falls due at 23:59:59 local; a one-off event at a time due
then (CONVENTIONS 3.1); several times at the latest (CONVENTIONS 6.1); of alternatives given in turn the
later (CONVENTIONS 6.2); a clock time with no day of its own at its first occurrence after the moment of
speaking (CONVENTIONS 6.3); a question or request due None with no refusal word (CONVENTIONS 4.3); a
possibility, supposition or jibe with no undertaking due None with no refusal word (CONVENTIONS 4.2); times
hung on an undated event are event (CONVENTIONS 1.3, 5.2); standing rules recurring (CONVENTIONS 1.3); done
acts past (CONVENTIONS 2.4); a denied time negated (CONVENTIONS 4.1); a permission open from a start
earliest (CONVENTIONS 3.2); vague words of an undertaking take the documented windows (CONVENTIONS 5.1). A
zone word is read as written ("Eastern Standard Time" is UTC-5 even after daylight time begins, as
`blind_real.py` reads zone words). Clusters as in `blind_fresh173.py`: 1 no time set, 2 clock times, 3
ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates.
31 labels are refusals (past 18, event 6, recurring 5, earliest 1, negated 1); 4 are vague (one 7-day, two
60-day and one 3-month window); 33 labels carry a due instant (the 4 vague ones included); 9 have due None
and no refusal word; 18 are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after merging,
and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DAIL20 = "https://www.oireachtas.ie/en/debates/debate/dail/1920-06-29/3/"
_SEAN34 = "https://www.oireachtas.ie/ga/debates/debate/seanad/1934-05-30/4/"
_HC95 = "https://api.parliament.uk/historic-hansard/commons/1995/nov/27/newbury-bypass"
_HC98 = "https://api.parliament.uk/historic-hansard/written_answers/1998/jun/01/broadcasting"
_HC87 = "https://api.parliament.uk/historic-hansard/written_answers/1987/jul/13/new-parliamentary-building"
_HC18 = "https://api.parliament.uk/historic-hansard/commons/1918/jun/06/dublin-housing-report"
_DCMS19 = "https://docslib.org/doc/1349252/consultation-on-the-further-renewal-of-analogue-commercial-radio-licences"
_OFWAT20 = "https://docslib.org/doc/3045301/thames-water-adjusting-for-actual-performance-in-2019-20-blind-year-adjustment-overview"
_DWI = "https://www.dwi.gov.uk/water-companies/price-review-process/"
_DFE10S = "https://www.gov.uk/government/news/142-schools-to-convert-to-academy-status-weeks-after-academies-act-passed"
_DFE10L = "https://gov.uk/government/news/government-publishes-list-of-schools-interested-in-becoming-academies"
_HO25 = "https://www.ukpol.co.uk/tag/home-office/page/10"
_CG15 = "https://thefederalregister.org/80-FR/24869"
_CG19 = "http://federal.elaws.us/fr/5/31/2019/2019-11452"
_CG96 = "http://federal.elaws.us/fr/1/3/1996/96-47"
_CGNR19 = "https://content.govdelivery.com/accounts/USDHSCG/bulletins/24e3702"
_FAA22 = "http://www.federalregister.com/Browse/Document/usa/na/fr/2022/2/9/2022-02725"
_FAA20 = "http://www.federalregister.com/Browse/Document/usa/na/fr/2020/1/31/2020-01916"
_FAA19 = "http://federal.elaws.us/fr/10/31/2019/2019-23738"
_FAA09 = "https://frnow.com/Browse/Document/usa/na/fr/2009/2/17/e9-3189"

FRESH174_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas (Dáil Éireann debate of Tuesday 29 June 1920, the business of the sitting, on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0, as the brief and the earlier sets record it); zone Europe/Dublin (summer time, UTC+1, in June 1920 by zoneinfo); the date is the sitting's own, in the page address and head; no hour given, said 29 June 1920 10:00 local. The minutes report the sitting in the third person; sentences without a time word ('He suggested that the business ...', 'The House agreed to these suggestions.') are not taken. a deferral until an undated event (the reports read): event (CONVENTIONS 1.3, 5.2)
    B(
        text="The ACTING-PRESIDENT stated that he would defer any remarks which he had to make until the reading of the various reports had been completed.",
        due=None,
        vague=False,
        said="1920-06-29 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL20,
        published="1920-06-29",
    ),
    # the business of the sitting to be completed within the day: the end of that day. unsure: a careful reader could give 'past' (the minutes report it in the past tense) or due None (a statement of need, no undertaking)
    B(
        text="It was essential to complete the business in one day, and this order would enable the Dáil to see more clearly how much time could be allotted to debating each Report.",
        due="1920-06-29 22:59:59",
        vague=False,
        said="1920-06-29 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL20,
        published="1920-06-29",
    ),
    # two clock times with no day of their own: the first occurrence after the moment of speaking (CONVENTIONS 6.3), the later of the two (CONVENTIONS 6.1), that day 14:15 local. unsure: a careful reader could give 'past' (the arrangements told as done, CONVENTIONS 2.4)
    B(
        text="Arrangements had been made to have the members supplied with lunch—half the members at 1.30 p.m. and the remaining half at 2.15 p.m.",
        due="1920-06-29 13:15:00",
        vague=False,
        said="1920-06-29 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL20,
        published="1920-06-29",
    ),
    # the schedule moved and then agreed (the House agreed in the page's last sentence): the later clock time, that day 15:00 local (CONVENTIONS 6.1, 6.3). unsure: a careful reader could give due None (a motion put forward for agreement, CONVENTIONS 4.3)
    B(
        text="He moved accordingly that there would be an adjournment at 1.30 p.m. for lunch, and that business would be resumed at 3 p.m.",
        due="1920-06-29 14:00:00",
        vague=False,
        said="1920-06-29 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL20,
        published="1920-06-29",
    ),
    # a possibility ('could', 'if it were considered desirable'), no undertaking: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="At 6.30, if it were considered desirable to have a further sitting, there could be an adjournment for tea, and a resumption of work some time later.",
        due=None,
        vague=False,
        said="1920-06-29 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL20,
        published="1920-06-29",
    ),
    # an hour with no a.m./p.m.: the first of its readings after the moment of speaking (10:00 itself is not after it), 22:00 local that day (CONVENTIONS 6.3). unsure: a careful reader could give due None (an opinion put to the House for agreement, CONVENTIONS 4.3)
    B(
        text="He was of opinion, however, that the proceedings should end at 10 o'clock, and that the Ceann Comhairle should be empowered to terminate the proceedings at that hour.",
        due="1920-06-29 21:00:00",
        vague=False,
        said="1920-06-29 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL20,
        published="1920-06-29",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Wednesday 30 May 1934, 'Public Business. - Sittings of the Seanad on Holidays.', on oireachtas.ie; CC BY 4.0 as above); zone Europe/Dublin (UTC+1 in May 1934); the date is the sitting's own, in the page head; no hour given, said 30 May 1934 10:00 local. Sentences without a time word and the one whose only time word is general ('now') are not taken. a question about a time: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="I would like to know if it has been agreed that the House will sit to-morrow.",
        due=None,
        vague=False,
        said="1934-05-30 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN34,
        published="1934-05-30",
    ),
    # what day tomorrow is, and a standing practice for every Church holiday: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (no act dated at all)
    B(
        text="I am sure Senators are aware that to-morrow is a very important Church holiday, and the Dáil has set the precedent that no business is transacted on Church holidays.",
        due=None,
        vague=False,
        said="1934-05-30 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_SEAN34,
        published="1934-05-30",
    ),
    # the day on the verb of speaking is not the deadline (CONVENTIONS 2.2); the sitting told as going on until 8 o'clock tonight: 20:00 local that day
    B(
        text="I am aware, Sir, that you made a statement on Wednesday last that this House would sit until 8 o'clock to-night.",
        due="1934-05-30 19:00:00",
        vague=False,
        said="1934-05-30 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEAN34,
        published="1934-05-30",
    ),
    # the speaker's own (mis)understanding, no undertaking of a time: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give 31 May 1934 23:59:59 local (the sitting the House had agreed) or 'negated'
    B(
        text="I did not understand that the House would sit to-morrow.",
        due=None,
        vague=False,
        said="1934-05-30 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN34,
        published="1934-05-30",
    ),
    # a jibe, no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give 31 May 1934 23:59:59 local (attending tomorrow)
    B(
        text="I am sure there is not very much urgency in assisting at our own funeral by attending here to-morrow.",
        due=None,
        vague=False,
        said="1934-05-30 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN34,
        published="1934-05-30",
    ),
    # a supposition, no undertaking: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="If we continue sitting for a week or two I do not think it will make much difference.",
        due=None,
        vague=False,
        said="1934-05-30 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN34,
        published="1934-05-30",
    ),
    # the sittings agreed for this week, the last (Friday 1 June) only if necessary: the later of the days given in turn counts (CONVENTIONS 6.2), its end. unsure: a careful reader could give Thursday 31 May 1934 23:59:59 local (Friday only conditional) or 'past' (the agreement told as done)
    B(
        text="On the last occasion on which the House met it agreed specifically to sit on Wednesday, Thursday and, if necessary, on Friday of this week, and the President of the Executive Council was communicated with to that effect.",
        due="1934-06-01 22:59:59",
        vague=False,
        said="1934-05-30 09:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_SEAN34,
        published="1934-05-30",
    ),
    # UK Parliament (Commons oral answers, 'Newbury Bypass', HC Deb 27 November 1995 vol 267 c909, historic Hansard; Open Parliament Licence); zone Europe/London (GMT); the date is the sitting's own, in the page head; no hour printed, said Monday 27 November 1995 10:00 local. The question (no time word: 'the likely starting date') and the sentences without a time word are not taken. a one-off act on a named day (CONVENTIONS 3.1): Friday 1 December 1995, its end
    B(
        text="Tenders will be invited for the main works contract on Friday 1 December.",
        due="1995-12-01 23:59:59",
        vague=False,
        said="1995-11-27 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC95,
        published="1995-11-27",
    ),
    # the start of works aimed at within 1996: the year's end. unsure: a careful reader could give the vague 60-day window of 'as soon as possible' (26 January 1996) or 'earliest' from 1 January 1996
    B(
        text="We aim to start the main works as soon as possible in 1996.",
        due="1996-12-31 23:59:59",
        vague=False,
        said="1995-11-27 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC95,
        published="1995-11-27",
    ),
    # the clearance hung on the undated start of the main works: event (CONVENTIONS 1.3)
    B(
        text="We have already carried out all the necessary demolition of buildings on the route and clearance of the rest of the site will take place before the main works begin.",
        due=None,
        vague=False,
        said="1995-11-27 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC95,
        published="1995-11-27",
    ),
    # two years counted from the undated start ('then'): event (CONVENTIONS 1.3)
    B(
        text="Construction should then be completed within two years.",
        due=None,
        vague=False,
        said="1995-11-27 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC95,
        published="1995-11-27",
    ),
    # a question and request; 'today' dates only what was said (CONVENTIONS 2.2): due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Will the Minister ensure that what he has said today is well publicised, as there has been considerable trouble making by the Liberals, who have been doubting the Government's intention to proceed with the scheme?",
        due=None,
        vague=False,
        said="1995-11-27 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC95,
        published="1995-11-27",
    ),
    # an announcement of July 1995, told as done: past
    B(
        text="The former Secretary of State, my right hon. Friend the Member for Peterborough (Dr. Mawhinney), announced in July that the road would go ahead.",
        due=None,
        vague=False,
        said="1995-11-27 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC95,
        published="1995-11-27",
    ),
    # told as done (October 1995): past
    B(
        text="My right hon. Friend the present Secretary of State made the same announcement in October.",
        due=None,
        vague=False,
        said="1995-11-27 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC95,
        published="1995-11-27",
    ),
    # UK Parliament (Commons written answers, 'Broadcasting', HC Deb 01 June 1998 vol 313 cc45-6W, historic Hansard; Open Parliament Licence); zone Europe/London (BST); said Monday 1 June 1998 10:00 local (no hour). The two questions ('when ...', no time word) and the last sentence (no time word) are not taken. 'later this year' runs to the year's end: 31 December 1998. unsure: a careful reader could give 'event' (the document waits for the consideration to be completed, CONVENTIONS 5.2)
    B(
        text="My Department and the Department of Trade and Industry shall consult widely on these issues later this year, and shall be publishing a document for that purpose as soon as our current initial consideration has been completed.",
        due="1998-12-31 23:59:59",
        vague=False,
        said="1998-06-01 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC98,
        published="1998-06-01",
    ),
    # the only date is the paper's publication, told as done: past
    B(
        text='The Government\'s consultation paper "Television: the Digital Future"—published on 12 February 1998,Official Report, column 364—seeks comments on a wide range of issues relating to the transition from analogue to digital broadcasting including the timing of closure of the analogue terrestrial network.',
        due=None,
        vague=False,
        said="1998-06-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC98,
        published="1998-06-01",
    ),
    # a year-less date, its next occurrence: 4 September 1998, its end
    B(
        text="Comments are invited by 4 September.",
        due="1998-09-04 22:59:59",
        vague=False,
        said="1998-06-01 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC98,
        published="1998-06-01",
    ),
    # UK Parliament (Commons written answer, 'New Parliamentary Building', 13 July 1987, historic Hansard; Open Parliament Licence); zone Europe/London (BST); said Monday 13 July 1987 10:00 local (no hour). The question is not taken (its only year names a session, its other time word is general). a report published on 1 July 1987, told as done: past
    B(
        text="I am grateful for the Services Committee report which was published on 1 July.",
        due=None,
        vague=False,
        said="1987-07-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC87,
        published="1987-07-13",
    ),
    # 'as soon as possible' as the Minister's undertaking: vague, the documented 60-day window (CONVENTIONS 5.1), 11 September 1987
    B(
        text="I am considering the recommendations and will respond as soon as possible.",
        due="1987-09-11 22:59:59",
        vague=True,
        said="1987-07-13 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC87,
        published="1987-07-13",
    ),
    # 'shortly' as the Minister's stated plan, put modestly (CONVENTIONS 4.3 last paragraph): vague, 60 days (CONVENTIONS 5.1)
    B(
        text="I hope to be able to make a full statement about No. 1 Cannon row shortly.",
        due="1987-09-11 22:59:59",
        vague=True,
        said="1987-07-13 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC87,
        published="1987-07-13",
    ),
    # UK Parliament (Commons oral answer, 'Dublin Housing Report', 6 June 1918, historic Hansard; Open Parliament Licence); zone Europe/London (summer time, UTC+1, in June 1918 by zoneinfo); said Thursday 6 June 1918 10:00 local (no hour). The question holds no time word and is not taken. 'without (further) delay' as the Chief Secretary's stated plan: vague, the documented 7-day window (CONVENTIONS 5.1), 13 June 1918. unsure: a careful reader could give the 60-day window ('further' softening it to 'soon')
    B(
        text="The delay in publishing the Report has been unavoidable, but I hope to publish it without further delay.",
        due="1918-06-13 22:59:59",
        vague=True,
        said="1918-06-06 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC18,
        published="1918-06-06",
    ),
    # Department for Digital, Culture, Media and Sport ('Consultation on the Further Renewal of Analogue Commercial Radio Licences', dated 23 December 2019 on its cover, as carried verbatim at docslib.org; Crown copyright, Open Government Licence, the publisher's licence; the carrying site adds none); zone Europe/London (GMT); said Monday 23 December 2019 10:00 local. The contents list, headings and sentences without a time word or cut off where the stored opening ends are not taken; paragraph numbers are left off. a change since 2010 measured to Q3 2019, told as done: past
    B(
        text="Since 2010, improvements in national and local coverage together with investment in new digital services by broadcasters and by vehicle manufacturers in fitting digital radios as standard in new cars (92.9% in Q3 2019) has supported the continued take up of digital radio.",
        due=None,
        vague=False,
        said="2019-12-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DCMS19,
        published="2019-12-23",
    ),
    # a figure measured over past periods: past
    B(
        text="Digital accounts for 56.8% of all radio listening (RAJAR Q3 2019), up from just 24% in 2010.",
        due=None,
        vague=False,
        said="2019-12-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DCMS19,
        published="2019-12-23",
    ),
    # the years date the licences' expiry and a switchover nobody undertakes; the government's act (to consider, to determine) has no time: due None, no refusal word. unsure: a careful reader could give 31 December 2022 (the decision needed before the licences expire)
    B(
        text="With a number of national and local commercial FM and AM radio licences approaching final expiry in 2022, and with little prospect of a radio switchover before the mid-2020s, the government needs to again consider whether or not to continue with the current arrangement of licence renewals and, if so, to determine how long the further renewal should be for.",
        due=None,
        vague=False,
        said="2019-12-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DCMS19,
        published="2019-12-23",
    ),
    # Ofwat ('Thames Water - Adjusting for actual performance in 2019-20: Blind year adjustment - Overview', dated 'September 2020' on its cover, as carried verbatim at docslib.org; Crown copyright, Open Government Licence, the publisher's licence); zone Europe/London (BST); the page prints the month only, so it is read at 10:00 on Wednesday 30 September 2020, the last day the printed month allows: every label below is 'past' for any day of that month. Headings, a sentence without a time word and a list fragment are not taken. told as done over a past period: past
    B(
        text="In PR14, we set mechanisms to incentivise companies to do the right thing for their customers during 2015-20.",
        due=None,
        vague=False,
        said="2020-09-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFWAT20,
        published="2020-09-30",
    ),
    # the adjustments told as done ('applied'); the years name periods: past
    B(
        text="In setting the 2019 periodic review (PR19) final determinations, we applied reconciliation adjustments to revenues for the 2020 to 2025 period and to the regulatory capital value (RCV) to take account of how companies performed against these incentive mechanisms in 2015-20.",
        due=None,
        vague=False,
        said="2020-09-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFWAT20,
        published="2020-09-30",
    ),
    # told as done over a past year: past
    B(
        text="Many of these mechanisms required data for the last year of the price control period, 2019-20 (the blind year), to assess the financial payments between companies and customers.",
        due=None,
        vague=False,
        said="2020-09-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFWAT20,
        published="2020-09-30",
    ),
    # told as done: past
    B(
        text="When PR19 was completed in December 2019, this financial year had not finished.",
        due=None,
        vague=False,
        said="2020-09-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFWAT20,
        published="2020-09-30",
    ),
    # a deadline already met, told as done: past
    B(
        text="Companies reported their actual performance for 2019-20 alongside their Annual Performance Reports (APRs) submitted to Ofwat by 15 July 2020.",
        due=None,
        vague=False,
        said="2020-09-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFWAT20,
        published="2020-09-30",
    ),
    # the only time word names a year gone (2019-20); the document's act is present and undated: past. unsure: a careful reader could give due None with no refusal word (the year only names the performance)
    B(
        text="This document sets out our assessment of the difference between the 2019-20 performance assumed in the PR19 final determination and the actual 2019-20 performance for Thames Water.",
        due=None,
        vague=False,
        said="2020-09-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFWAT20,
        published="2020-09-30",
    ),
    # Drinking Water Inspectorate ('Price review process', dwi.gov.uk; Crown copyright, Open Government Licence); zone Europe/London (GMT); the page prints no date: it calls 2015 to 2020 the current period and the planning of PR19 under way, so it is read at 10:00 on Monday 4 January 2016, within that window; no label below depends on the day (four are refusals, the fifth is due None). Sentences without a time word and the one whose only time word is general ('usually') are not taken. a standing length of every price-limit period: recurring (CONVENTIONS 1.3)
    B(
        text="Ofwat determines the price limits (the K factor) that water companies can increase or decrease the prices charged to customers over a period of time, which is currently 5 years.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DWI,
        published="2016-01-04",
    ),
    # a standing schedule: recurring (CONVENTIONS 1.3)
    B(
        text="Price limit periods normally begin on the first day in April in years ending in 0 or 5 and end on the last day of March 5 years later.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DWI,
        published="2016-01-04",
    ),
    # limits set and taking effect before the page was read, told as done: past
    B(
        text="The price limits for the current period (2015 to 2020) were set at the end of 2014 to take effect on 1st April 2015 and is commonly referred to as Price Review 14 (PR14).",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DWI,
        published="2016-01-04",
    ),
    # the dates name the next review's period; the act told (planning) is under way now with no time of its own: due None, no refusal word. unsure: a careful reader could give 31 March 2025 23:59:59 local (the period's end, CONVENTIONS 3.3) or 'earliest' from 1 April 2020
    B(
        text="Planning for the next price review (PR19 which will run from 1st April 2020 to 31st March 2025) is underway.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DWI,
        published="2016-01-04",
    ),
    # the only year names a past act: past
    B(
        text="The current period is commonly known as AMP6 because it is the sixth cycle since the water industry was privatised in 1989.",
        due=None,
        vague=False,
        said="2016-01-04 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DWI,
        published="2016-01-04",
    ),
    # Department for Education (press release '142 schools to convert to academy status weeks after Academies Act passed', gov.uk; Crown copyright, Open Government Licence); zone Europe/London (BST); the stored page prints no date of its own: the Guardian's report of it in the store is dated 1 September 2010 and a carried copy reads 'today (Sept 1) announced', so it is read at 10:00 on Wednesday 1 September 2010. Headings, the quotation's lines without a time word and one line without a time word are not taken. 'today' on the verb of speaking (CONVENTIONS 2.2); what is reported is done (a month ago, since): past
    B(
        text="Michael Gove, Education Secretary, today announced that 142 schools have accepted the Government's offer to become an academy since the Academies Act became law just over a month ago.",
        due=None,
        vague=False,
        said="2010-09-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE10S,
        published="2010-09-01",
    ),
    # the conversions told as going to happen within this academic year (England's school year, 1 September 2010 to 31 August 2011): its end. unsure: a careful reader could give due None (a running count, no undertaking) or the end of the summer term in July 2011
    B(
        text="The running total of schools that will become academies this academic year is 216 so far.",
        due="2011-08-31 22:59:59",
        vague=False,
        said="2010-09-01 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DFE10S,
        published="2010-09-01",
    ),
    # two acts in turn, the later ('over the coming months') the vague 3-month window of the parser's docstring, 1 December 2010. unsure: a careful reader could give Sunday 5 September 2010 23:59:59 local (the definite 'this week' of the openings)
    B(
        text="142 schools converting to become academies: 32 are opening this week and a further 110 schools have had Academy Orders signed which means they are on track to convert to academies over the coming months.",
        due="2010-12-01 23:59:59",
        vague=True,
        said="2010-09-01 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DFE10S,
        published="2010-09-01",
    ),
    # a permission open from a start, not a rule that takes effect on a day (CONVENTIONS 3.2, not 3.1a): earliest 1 January 2011 00:00 local
    B(
        text="The Government has said that special schools will also be allowed to become academies from next year.",
        due=None,
        vague=False,
        said="2010-09-01 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2011-01-01 00:00:00",
        cluster=5,
        source=_DFE10S,
        published="2010-09-01",
    ),
    # 'by April 2011' keeps the month's end (CONVENTIONS 3.5), the later of the two times: 30 April 2011
    B(
        text="64 new academies replace failing schools this September plus a further 10 opening by April 2011.",
        due="2011-04-30 22:59:59",
        vague=False,
        said="2010-09-01 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_DFE10S,
        published="2010-09-01",
    ),
    # lengths of past programmes: past
    B(
        text="This is record progress; it took five years for 15 city technology colleges to open, and four years for the first 27 academies to open.",
        due=None,
        vague=False,
        said="2010-09-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE10S,
        published="2010-09-01",
    ),
    # results told as done: past
    B(
        text="This year's GCSE results saw academy pupils improving at nearly three times the historic rate of state school improvement.",
        due=None,
        vague=False,
        said="2010-09-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE10S,
        published="2010-09-01",
    ),
    # Department for Education (news story 'Government publishes list of schools interested in becoming academies', gov.uk; Crown copyright, Open Government Licence); zone Europe/London (BST); the stored page prints no date: a dated blog post in the store (Friday 25 June 2010) reports the list 'published by the department for education today', so it is read at 10:00 on Friday 25 June 2010; neither label depends on the day. The lines without a time word and the contact line are not taken. the perfect with 'today': done, past (CONVENTIONS 2.4)
    B(
        text="The Department for Education has today published a list of the schools that have registered an interest in becoming academies.",
        due=None,
        vague=False,
        said="2010-06-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE10L,
        published="2010-06-25",
    ),
    # the September date denied ('no pressure ... by September'), no new time given: negated (CONVENTIONS 4.1)
    B(
        text="This is a genuinely permissive policy, there is no pressure for any school to convert by September, and they can do so at any time, when they feel they are ready.",
        due=None,
        vague=False,
        said="2010-06-25 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_DFE10L,
        published="2010-06-25",
    ),
    # Home Office (press release 'Crackdown on illegal working and rogue employers in 'gig economy'', issued on 30 March 2025 as the carrying page states, carried verbatim at ukpol.co.uk; Crown copyright, Open Government Licence, the publisher's licence); zone Europe/London (BST from 01:00 UTC that day); said Sunday 30 March 2025 10:00 local. The sentences whose only time words are general ('now', 'currently', 'the very first time') are not taken. how long every check takes, a standing property: recurring (CONVENTIONS 1.3)
    B(
        text="These vital checks, which take just minutes to complete, confirm someone’s immigration status and allow them to legally work in the UK.",
        due=None,
        vague=False,
        said="2025-03-30 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HO25,
        published="2025-03-30",
    ),
    # a standing penalty for a class of cases: recurring (CONVENTIONS 1.3)
    B(
        text="Where businesses fail to carry out these checks, they will face hefty penalties already in place for those hiring illegal workers in traditional roles, including fines of up to £60,000 per worker, business closures, director disqualifications and potential prison sentences of up to 5 years.",
        due=None,
        vague=False,
        said="2025-03-30 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HO25,
        published="2025-03-30",
    ),
    # US Coast Guard (notice of proposed rulemaking 'Safety Zone-Oil Exploration Staging Area in Goodhope Bay; Kotzebue Sound, AK', 80 FR 24869, Federal Register of Friday 1 May 2015, as carried at thefederalregister.org; a US federal work, public domain); zone America/Anchorage (the Seventeenth District's, whose 'local time' the sentence names; AKDT); said 1 May 2015 10:00 local. The summary is printed twice on the page (the register's abstract and the notice's SUMMARY); it is taken once. The sentence on lawful demonstrations holds no time word. a range of days and times: its later end (CONVENTIONS 6.1), 15 October 2015 23:59 Alaska time. unsure: a careful reader could give due None (a proposed rule put out for comment, CONVENTIONS 4.3)
    B(
        text="The Coast Guard proposes temporary safety zones in the Port of Goodhope Bay, Alaska, and adjacent U.S. territorial sea from 12:01 a.m. local time on July 1, 2015, through 11:59 p.m. on October 15, 2015.",
        due="2015-10-16 07:59:00",
        vague=False,
        said="2015-05-01 18:00:00",
        tz="America/Anchorage",
        cluster=3,
        source=_CG15,
        published="2015-05-01",
    ),
    # the season dates the traffic the zones answer, not an act of anyone's: due None, no refusal word. unsure: a careful reader could give 31 August 2015 23:59:59 local (the end of the summer, meteorological)
    B(
        text="The purpose of the safety zones are to protect persons and vessels during an unusually high volume of vessel traffic in the Port of Goodhope Bay, Alaska, and the adjacent territorial sea due to additional vessel traffic associated with exploratory drilling operations in the Chukchi and Beaufort seas during the summer of 2015.",
        due=None,
        vague=False,
        said="2015-05-01 18:00:00",
        tz="America/Anchorage",
        cluster=1,
        source=_CG15,
        published="2015-05-01",
    ),
    # US Coast Guard (notice of proposed rulemaking 'Safety Zones; Sector Upper Mississippi River Annual and Recurring Safety Zones Update', FR Doc 2019-11452, Federal Register of Friday 31 May 2019, as carried at federal.elaws.us; public domain); zone America/New_York (the Federal Register's and regulations.gov's Eastern time); said 31 May 2019 10:00 local. The summary's only time words are general ('annual and recurring', 'on a regular basis') and are not taken. a comment deadline: 1 July 2019, its end
    B(
        text="Comments and related material must be received by the Coast Guard on or before July 1, 2019.",
        due="2019-07-02 03:59:59",
        vague=False,
        said="2019-05-31 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CG19,
        published="2019-05-31",
    ),
    # US Coast Guard (notice of proposed rulemaking 'Safety/Security Zone Regulations; Savannah, GA', FR Doc 96-47, Federal Register of Wednesday 3 January 1996, as carried at federal.elaws.us; public domain); zone America/New_York (EST); said 3 January 1996 10:00 local. The summary's only year names the competition ('the 1996 Olympic Sailing Competition') and the addresses line is cut off where the stored opening ends: neither is taken. a comment deadline: 4 March 1996, its end
    B(
        text="Comments must be received on or before March 4, 1996.",
        due="1996-03-05 04:59:59",
        vague=False,
        said="1996-01-03 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CG96,
        published="1996-01-03",
    ),
    # US Coast Guard (Eighth District news release 'Coast Guard to set security zone for Blue Angels Air Show', on content.govdelivery.com; public domain); zone America/Chicago (New Orleans, CDT; Pensacola lies in Central time too); the stored page prints no date: the Coast Guard's release is dated 28 June 2019 in two dated reports of it in the store, so it is read at 10:00 on Friday 28 June 2019; no label depends on the day within that week. Sentences without a time word ('during the air show', the zone's bounds, contact lines) are not taken. a range of days with daily hours: the later end, 14 July 2019 16:00 Central time (CONVENTIONS 6.1)
    B(
        text="NEW ORLEANS — The Coast Guard is scheduled to set up two temporary safety zones in portions of the Gulf of Mexico and the Santa Rosa Sound during the Annual Pensacola Beach Air Show over the Gulf of Mexico at Pensacola Beach, Florida, July 11 to 14, 2019, from 7 a.m. until 4 p.m.",
        due="2019-07-14 21:00:00",
        vague=False,
        said="2019-06-28 15:00:00",
        tz="America/Chicago",
        cluster=3,
        source=_CGNR19,
        published="2019-06-28",
    ),
    # two hours after each undated end of a show: event (CONVENTIONS 1.3)
    B(
        text="Additionally, vessels seeking to enter Little Sabine Bay for the two hours immediately following the air shows must contact the on-scene captain of the port designated representative via VHF channel 16 for authorization.",
        due=None,
        vague=False,
        said="2019-06-28 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_CGNR19,
        published="2019-06-28",
    ),
    # 'immediately following' the shows, which this sentence does not date: event (CONVENTIONS 5.2)
    B(
        text="This safety zone is needed to protect spectator vessels during, and immediately following the air shows.",
        due=None,
        vague=False,
        said="2019-06-28 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_CGNR19,
        published="2019-06-28",
    ),
    # Federal Aviation Administration (notice 'Advanced Aviation Advisory Committee (AAAC); Notice of Public Meeting', 87 FR 7522, FR Doc 2022-02725, Federal Register of Wednesday 9 February 2022, as carried at federalregister.com; public domain); zone America/New_York (EST); said 9 February 2022 10:00 local. Headings, the contact line and sentences without a time word are not taken. a meeting's range of times: its later end, 23 February 2022 14:30 Eastern (CONVENTIONS 6.1)
    B(
        text="The meeting will be held on February 23, 2022, from 12:00 p.m. to 2:30 p.m. Eastern Time.",
        due="2022-02-23 19:30:00",
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FAA22,
        published="2022-02-09",
    ),
    # a request deadline: 16 February 2022, its end
    B(
        text="Requests for reasonable accommodations must be received by February 16, 2022.",
        due="2022-02-17 04:59:59",
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA22,
        published="2022-02-09",
    ),
    # a request deadline: 16 February 2022, its end
    B(
        text="Requests to submit written materials to be reviewed during the meeting must be received no later than February 16, 2022.",
        due="2022-02-17 04:59:59",
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA22,
        published="2022-02-09",
    ),
    # 'the day of the event', which this sentence does not date: event (the case holds the sentence, not the page; page: 23 February 2022)
    B(
        text="Members of the public who wish to observe the virtual meeting can access the livestream on the following FAA social media platforms on the day of the event, https://www.facebook.com/FAA or https://www.youtube.com/FAAnews.",
        due=None,
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FAA22,
        published="2022-02-09",
    ),
    # Federal Aviation Administration (notice 'Aviation Rulemaking Advisory Committee; Meeting', 85 FR 5768, FR Doc 2020-01916, Federal Register of Friday 31 January 2020, as carried at federalregister.com; public domain); zone America/New_York (EST); said 31 January 2020 10:00 local. Headings, the addresses and contact lines and sentences without a time word are not taken. the later end of the range, 4:00 p.m. read as written in Eastern Standard Time (UTC-5, though daylight time has begun on 8 March, as blind_real.py reads zone words): 21:00 UTC
    B(
        text="The meeting will be held on Thursday, March 19, 2020, from 1:00 p.m. to 4:00 p.m. Eastern Standard Time.",
        due="2020-03-19 21:00:00",
        vague=False,
        said="2020-01-31 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FAA20,
        published="2020-01-31",
    ),
    # a request deadline: Monday 2 March 2020, its end
    B(
        text="Requests to attend the meeting must be received by Monday, March 2, 2020.",
        due="2020-03-03 04:59:59",
        vague=False,
        said="2020-01-31 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA20,
        published="2020-01-31",
    ),
    # a request deadline: Monday 2 March 2020, its end
    B(
        text="Requests for accommodations to a disability must be received by Monday, March 2, 2020.",
        due="2020-03-03 04:59:59",
        vague=False,
        said="2020-01-31 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA20,
        published="2020-01-31",
    ),
    # a request deadline: Monday 2 March 2020, its end
    B(
        text="Requests to submit written materials to be reviewed during the meeting must be received no later than Monday, March 2, 2020.",
        due="2020-03-03 04:59:59",
        vague=False,
        said="2020-01-31 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA20,
        published="2020-01-31",
    ),
    # Federal Aviation Administration (notice 'Aviation Rulemaking Advisory Committee; Meeting', FR Doc 2019-23738, Federal Register of Thursday 31 October 2019, as carried at federal.elaws.us; public domain); zone America/New_York (EDT); said 31 October 2019 10:00 local. Headings and lines without a time word are not taken. the later end of the range: 12 December 2019 15:00 EST (CONVENTIONS 6.1)
    B(
        text="The meeting will be held on Thursday, December 12, 2019, from 1:00 p.m. to 3:00 p.m. Eastern Standard Time.",
        due="2019-12-12 20:00:00",
        vague=False,
        said="2019-10-31 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FAA19,
        published="2019-10-31",
    ),
    # a request deadline: Thursday 21 November 2019, its end
    B(
        text="Requests to attend the meeting must be received by Thursday, November 21, 2019.",
        due="2019-11-22 04:59:59",
        vague=False,
        said="2019-10-31 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA19,
        published="2019-10-31",
    ),
    # a request deadline: Thursday 21 November 2019, its end
    B(
        text="Requests for accommodations to a disability must be received by Thursday, November 21, 2019.",
        due="2019-11-22 04:59:59",
        vague=False,
        said="2019-10-31 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA19,
        published="2019-10-31",
    ),
    # a submission deadline: Thursday 21 November 2019, its end
    B(
        text="Persons requesting to speak during the meeting must submit a written copy of their remarks to the Designated Federal Officer (DFO) by Thursday, November 21, 2019.",
        due="2019-11-22 04:59:59",
        vague=False,
        said="2019-10-31 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA19,
        published="2019-10-31",
    ),
    # a request deadline: Thursday 21 November 2019, its end
    B(
        text="Requests to submit written materials to be reviewed during the meeting must be received no later than Thursday, November 21, 2019.",
        due="2019-11-22 04:59:59",
        vague=False,
        said="2019-10-31 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA19,
        published="2019-10-31",
    ),
    # Federal Aviation Administration (notice 'RTCA Government/Industry Air Traffic Management Advisory Committee', 74 FR 7534, FR Doc E9-3189, Federal Register of Tuesday 17 February 2009, as carried at frnow.com; public domain); zone America/New_York (EST); said 17 February 2009 10:00 local. The agenda lines, the addresses and contact lines and the sentences without a time word are not taken. the later end of the range: 5 March 2009 16:00 Eastern (CONVENTIONS 6.1)
    B(
        text="The meeting will be held March 5, 2009, from 1 p.m. to 4 p.m.",
        due="2009-03-05 21:00:00",
        vague=False,
        said="2009-02-17 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FAA09,
        published="2009-02-17",
    ),
)
