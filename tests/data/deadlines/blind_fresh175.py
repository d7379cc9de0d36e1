"""A HUNDRED-AND-SEVENTY-FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 04:01 and 04:13 by the machine's clock (which ran
very slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l175-s61) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 61 (fresh174 and fresh176 to fresh178, articles blind144 and blind145), whose claims in the
shared claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh173.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of `bot/core/deadlines/`
was opened. The brief asked for less-mined publishers (UK Commons debates of 1960-2004 and Lords debates, the
US Department of Education, HHS, CDC and FDA, Statistics Canada release notes, European Commission releases on
state aid, competition and infringements), open licences only, at least eight publishers, none above a fifth,
at most a third from the United States, a spread of genres, about 80 cases (at least 60).

The set quotes UK Parliament (a Speaker's statement of 13 December 1984 on the Consolidated Fund Bill
adjournment debate, and the Christmas adjournment debate of 22 December 1976), the Houses of the Oireachtas
(Dáil Orders of Business of 26 June 2003 and 22 October 2019), the European Commission (its Report on
Competition Policy 2019 of 9 July 2020 as carried by EU Monitor, a state-aid press release of 7 January 2019
as carried, and the infringements item INF/26/1097 of 28 May 2026 as carried), the UK Statistics Authority
(breach reports of 27 April, 9 June and 20 July 2021), the US Department of Education (a Federal Register notice
of 24 March 1998 as carried, and an ed.gov list of press-release openings of 18 May to 2 June 2021), the CDC
(H1N1 briefing transcript of 8 May 2009, 1 p.m. ET, as mirrored), the FDA (a Federal Register meeting notice
of 15 March 2017 as carried) and HHS (an Office of Minority Health release of 28 June 2021). 65 cases from 8
publishers: UK Parliament 12 (18.5%); the Oireachtas 12 (18.5%); the Department of Education 11 (16.9%); the
Commission 10 (15.4%); the UK Statistics Authority 10 (15.4%); the CDC 8 (12.3%); the FDA 1 (1.5%); HHS 1
(1.5%). 21 of the 65 (32.3%) are from the United States (Education, CDC, FDA, HHS); 44 are not. Genres:
a Speaker's statement and an adjournment debate, Dáil Orders of Business, a Commission annual report, press
releases and an infringements item, regulator breach reports, Federal Register notices, a list of press
releases, a press-briefing transcript.

The store is heavily mined: of about 80 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (every Statistics Canada page found, The Daily's home and calendar pages,
StatCan media advisories as carried; ED Review bulletins; CDC advisories and 2009/2023 transcripts; Seanad and
Dáil Orders of Business of 1975-2017; Lords business of 1983 and 1989; ONS statements of 2017 and 2020; Stats
NZ archive pages; ABS media releases; Wikinews stories and their copies; GOV.UK releases as carried by
ukpol.co.uk). No fresh Statistics Canada page was found, so none is quoted, and the eighth publisher had to be
the UK Statistics Authority. Each page's cases share one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh175`) but not used: the Lords debate of 22 July 1997 (Referendums (Scotland
and Wales) Bill, 3 usable sentences; the UK Parliament cap of a fifth), the Dáil Adjournment Debate of 24 April
2007 (the Oireachtas cap), the CDC transcripts of 25 April 2009 and 1 April 2010 (the US cap), two Commission
infringement packages as carried (eubusiness.com July 2022, app.1848.nl) whose stored openings hold no time
word but Acts' years, and the cdc.gov address of the 8 May 2009 transcript (the mirror was read). Within the
pages kept: sentences without a time word; sentences whose only time words are general ("now", "at this time",
"at present", "going forward") or whose only year names an
Act, a Directive, an Order, a report, a budget's fiscal year or awards (the Education notice's opening
"for new awards for fiscal year 1998"); titles, headings, date lines, form-field lines ("Date of breach
report ..."), speaker tags and contact lines; sentences cut off where the stored opening ends. The Education
notice's two "NEW DEADLINE DATE ...:" lines are kept: they are the notice's own deadlines, not date lines. One
sentence of the breach report of 27 April 2021 (the Code of Practice's release-time practice) read USED when
checked whole (stock wording found in another set) and was dropped after labelling, as the brief asks; its
label is not kept. The UK Statistics Authority's pages are Crown copyright, reused under the Open Government
Licence as the brief allows for Crown copyright; their own licence statement was not seen, so drop those three
pages if the lead needs it seen.

Every sentence quoted holds a time word of some kind (a date, a weekday, a clock time, "tomorrow", "tonight",
"today", "this week", "this year", "this Christmas", "Monday next", "later that day", "two months", "five
years", "for decades to come", "2 weeks prior to release", "13 minutes", "immediate"); within each page
quoted, the sentences of the stored text that hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh175`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file). Each label was worked out by hand from the words, the publication date and
the publisher's zone (Europe/London for UK Parliament and the UK Statistics Authority, Europe/Dublin for the
Oireachtas, Europe/Brussels for the Commission, America/New_York for Education, the CDC's Atlanta briefing
(ET), the FDA and HHS); the conversion of local instants to UTC wall time, weekdays and day counts were done
with Python's zoneinfo and datetime in a scratch script outside the repository, never with code of the
project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh173.py`: the publication date at 10:00 local time unless the page gives the hour (the Commons
debate of 1976 does, 4.3 p.m.; the CDC transcript does, 1 p.m. ET); the first comment of each page says where
its date was read. The Education list of press releases dates each opening; each is said on its own date. A
day falls due at 23:59:59 local; a one-off event at a time due then (CONVENTIONS 3.1); several times at the
latest (CONVENTIONS 6.1); a clock time with no day of its own at its first occurrence after the moment of
speaking (CONVENTIONS 6.3, the page's instant written in the comment); a question, request or proposal due
None with no refusal word (CONVENTIONS 4.3); a possibility or a view with no undertaking due None with no
refusal word (CONVENTIONS 4.2); times hung on an undated event are event (CONVENTIONS 1.3, 5.2); standing rules
recurring (CONVENTIONS 1.3); done acts past (CONVENTIONS 2.4, 5.3); denied times negated (CONVENTIONS 4.1);
lower bounds earliest (CONVENTIONS 3.2); a time limit given to named actors from now due at its end
(CONVENTIONS 1.2). Clusters as in `blind_fresh173.py`: 1 no time set, 2 clock times, 3 ranges and several
dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 36 labels are refusals
(past 26, event 4, recurring 4, earliest 1, negated 1); none is vague; 23 labels carry a due instant; 6 have
due None and no refusal word; 19 are marked "unsure" and name the other reading; like every label here they
stay as committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HC84 = "https://api.parliament.uk/historic-hansard/commons/1984/dec/13/consolidated-fund-bill"
_HC76 = "https://api.parliament.uk/historic-hansard/commons/1976/dec/22/adjournment-christmas"
_DAIL03 = "https://www.oireachtas.ie/ga/debates/debate/dail/2003-06-26/3/"
_DAIL19 = "https://www.oireachtas.ie/en/debates/debate/dail/2019-10-22/4/"
_EC20 = "https://www.parlementairemonitor.nl/9353000/1/j4nvirkkkr58fyw_j9tvgajcor7dxyk_j9vvij5epmj1ey0/vla7fulm9uxp"
_EC19 = "http://newsandsociety.net/eapo/state-aid-commission-to-prolong-eu-state-aid-rules-and-launch-evaluation"
_EC26 = "https://raw.githubusercontent.com/all-that-csr/asset/main/260605/pdf/INF_26_1097_EN.pdf"
_UKSA21 = (
    "https://uksa.statisticsauthority.gov.uk/publication/breach-report-ons-labour-market-statistics"
)
_UKSA21B = "https://uksa.statisticsauthority.gov.uk/publication/breach-report-ministry-of-defence-biannual-diversity-publication-april-2021/"
_UKSA21C = "https://uksa.statisticsauthority.gov.uk/publication/breach-report-hmt-monthly-insolvency-statistics-june-2021/"
_ED98 = "http://federal.elaws.us/fr/3/24/1998/98-7697"
_ED21 = "https://www.ed.gov/news/press-releases/secretary-education-betsy-devos-announces-more-20-million-new-grant-awards-innovative-teacher-prep?page=57"
_FDA17 = "https://thefederalregister.org/82-FR/13823"
_HHS21 = "https://minorityhealth.hhs.gov/news/hhs-announces-awardees-250-million-fight-covid-19-and-improve-health-literacy-among-racial-and"
_CDC09 = "http://medbox.iiab.me/modules/en-cdc/www.cdc.gov/media/transcripts/2009/t090508.htm"

FRESH175_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (House of Commons, Thursday 13 December 1984, HC Deb vol 69 c1219, 'Consolidated Fund Bill', a statement by Mr. Speaker, on api.parliament.uk historic Hansard; Open Parliament Licence); zone Europe/London (GMT); the date is the sitting's own, in the page head; no hour given, said Thursday 13 December 1984 10:00 local. the debate follows the passing of the Bill on Wednesday 19 December: due that day (CONVENTIONS 3.1). unsure: a careful reader could give 'event' (the debate hangs on the passing of the Bill; the date may belong to the passing only)
    B(
        text="I have a short statement to make about arrangements for the debate on the motion for the Adjournment which will follow the passing of the Consolidated Fund Bill on Wednesday 19 December.",
        due="1984-12-19 23:59:59",
        vague=False,
        said="1984-12-13 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC84,
        published="1984-12-13",
    ),
    # a deadline for Members, a clock time on a named day: Tuesday 18 December 09:00 GMT
    B(
        text="Hon. Members should submit their subjects to my office not later than 9 am. on Tuesday 18 December.",
        due="1984-12-18 09:00:00",
        vague=False,
        said="1984-12-13 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HC84,
        published="1984-12-13",
    ),
    # 'that day' is given only by the sentence before (CONVENTIONS 6.3: a day another sentence gives is not used): hung on a day the sentence does not date, event. unsure: a careful reader could give 18 December 1984 23:59:59 (the page's day)
    B(
        text="A list showing the subjects and times will be published later that day.",
        due=None,
        vague=False,
        said="1984-12-13 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC84,
        published="1984-12-13",
    ),
    # a standing limit for each debate of the night ('Normally ... will not exceed'), its length counted from undated starts: recurring (CONVENTIONS 1.3). unsure: a careful reader could give 'event' (three hours from the start of a debate not dated)
    B(
        text="Normally the time allotted will not exceed one and a half hours, but I propose to exercise a discretion to allow one or two debates to continue for rather longer, up to a maximum of three hours.",
        due=None,
        vague=False,
        said="1984-12-13 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HC84,
        published="1984-12-13",
    ),
    # the Friday adjournment debate, a one-off on a named day: Friday 21 December (CONVENTIONS 3.1)
    B(
        text="I remind hon. Members that on the motion for the Adjournment of the House on Friday 21 December up to eight hon. Members may raise with Ministers subjects of their own choice.",
        due="1984-12-21 23:59:59",
        vague=False,
        said="1984-12-13 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC84,
        published="1984-12-13",
    ),
    # 'Monday next' said on Thursday 13 December is Monday 17 December; by 10 p.m. GMT
    B(
        text="Applications should reach my office by 10 pm. on Monday next.",
        due="1984-12-17 22:00:00",
        vague=False,
        said="1984-12-13 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HC84,
        published="1984-12-13",
    ),
    # the ballot on Tuesday morning (18 December, morning ends 12:00); 'as soon as possible thereafter' hangs on the ballot, which is dated. unsure: a careful reader could give vague 60 days from speaking (11 February 1985, CONVENTIONS 5.1) or 'event' (the result hangs on the ballot, CONVENTIONS 5.2)
    B(
        text="A ballot will be held on Tuesday morning and the result made known as soon as possible thereafter.",
        due="1984-12-18 12:00:00",
        vague=False,
        said="1984-12-13 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC84,
        published="1984-12-13",
    ),
    # UK Parliament (House of Commons, Wednesday 22 December 1976, HC Deb vol 923 cc689-737, 'Adjournment (Christmas)', on api.parliament.uk historic Hansard; Open Parliament Licence); zone Europe/London (GMT); the date is the sitting's, in the page head; the page gives '4.3 p.m.' before the first speech, said 16:03 GMT. The motion line is quoted as stored (lower case), without '—[Mr.Foot.]'. the House to stay adjourned till Monday 10 January 1977: due that day (CONVENTIONS 3.3). unsure: a careful reader could give due None (a motion put to the House for agreement, CONVENTIONS 4.3) or 23 December 1976 23:59:59 (the rising tomorrow)
    B(
        text="motion made, and question proposed, That this House at its rising tomorrow do adjourn till Monday 10th January.",
        due="1977-01-10 23:59:59",
        vague=False,
        said="1976-12-22 16:03:00",
        tz="Europe/London",
        cluster=6,
        source=_HC76,
        published="1976-12-22",
    ),
    # the year so far told as done ('there has not been'): past
    B(
        text="The Leader of the House will correct me if I am wrong, but I think that this is the only year in this century in which there has not been more than one day set apart for a foreign affairs debate.",
        due=None,
        vague=False,
        said="1976-12-22 16:03:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC76,
        published="1976-12-22",
    ),
    # a report made in April, told as done: past
    B(
        text="Further, the Select Committee on Cyprus has sat and reported to this House as long ago as April.",
        due=None,
        vague=False,
        said="1976-12-22 16:03:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC76,
        published="1976-12-22",
    ),
    # the year's business judged as done: past
    B(
        text="The mismanagement of the business of the House this year has been intolerable.",
        due=None,
        vague=False,
        said="1976-12-22 16:03:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC76,
        published="1976-12-22",
    ),
    # a Member's view on what is right before the recess, no undertaking of anyone's: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give 25 December 1976 23:59:59 ('this Christmas')
    B(
        text="I would not have sought to raise this subject on the Adjournment but I do not believe that it is right that we should go into recess this Christmas without an opportunity for some of us to express a view upon the Middle Eastern situation at a time when a new initiative can be seized in different parts thereof, not only in Greece and Turkey but—and I see the hon. and learned Member for Leicester, West (Mr. Janner) in his place—in Israel and throughout the Arab States.",
        due=None,
        vague=False,
        said="1976-12-22 16:03:00",
        tz="Europe/London",
        cluster=1,
        source=_HC76,
        published="1976-12-22",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Thursday 26 June 2003, Vol. 569 No. 5, 'Order of Business', on oireachtas.ie (the Irish-interface address, English text); Oireachtas (Open Data) PSI Licence, CC BY 4.0, as the brief and earlier sets record it); zone Europe/Dublin (IST, UTC+1); the date is the sitting's, in the page head; no hour given, said Thursday 26 June 2003 10:00 local. The first sentence, whose only years name an Order and Bills, is not taken. the Government's arrangement for the day: the latest of its clock times, 10 p.m. tonight (CONVENTIONS 6.1)
    B(
        text="It is proposed, notwithstanding anything in Standing Orders, that the Dáil shall sit later than 4.45 p.m. tonight and business shall be interrupted not later than 10 p.m. and the sitting shall be suspended from 1.30 p.m. to 2 p.m.; No. 15 shall be decided without debate; the Committee and Remaining Stages of No. 22a shall be taken today and the proceedings thereon shall, if not previously concluded, be brought to a conclusion after two hours and 30 minutes by one question which shall be put from the Chair and which shall, in relation to amendments, include only those set down or accepted by the Minister for Transport; and Second Stage of No. 3 shall be taken today and the proceedings thereon shall, if not previously concluded, be brought to a conclusion at 10 p.m.",
        due="2003-06-26 21:00:00",
        vague=False,
        said="2003-06-26 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL03,
        published="2003-06-26",
    ),
    # tomorrow, Friday 27 June: adjourn not later than 4 p.m. (the later of the two times, CONVENTIONS 6.1)
    B(
        text="The Dáil shall sit tomorrow at 10.30 a.m. and shall adjourn not later than 4 p.m.",
        due="2003-06-27 15:00:00",
        vague=False,
        said="2003-06-26 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL03,
        published="2003-06-26",
    ),
    # clock times with no day of their own ('tomorrow' is in the sentence before): the first 4 p.m. after the moment of speaking, the same day (CONVENTIONS 6.3, 6.1). page: 27 June 2003 16:00 IST (15:00 UTC)
    B(
        text="There shall be no Order of Business and, accordingly, the following business shall be transacted in the following order: No. 23, statements on audit of health structures, Prospectus report, and the commission into health funding, Brennan report, to conclude at 1.30 p.m. if not previously concluded; and No. 24 – statements on the World Trade Organisation talks, Cancún, to conclude at 4 p.m. if not previously concluded.",
        due="2003-06-26 15:00:00",
        vague=False,
        said="2003-06-26 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL03,
        published="2003-06-26",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Tuesday 22 October 2019, Vol. 988 No. 3, 'An tOrd Gnó - Order of Business', on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin (IST until 27 October); the date is the sitting's, in the page head; no hour given, said Tuesday 22 October 2019 10:00 local. The last sentence is cut off where the stored opening ends and is not taken. the week's business as arranged: due at the week's end, Sunday 27 October (GMT by then). unsure: a careful reader could give due None (the sentence only says where the business is set out; the date names the report)
    B(
        text="The business this week shall be as set out in the first revised report of the Business Committee, dated 22 October 2019.",
        due="2019-10-27 23:59:59",
        vague=False,
        said="2019-10-22 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL19,
        published="2019-10-22",
    ),
    # only a lower bound on the night's sitting ('later than 10 p.m.'); the adjournment hangs on the end of business: earliest, 22 October 22:00 IST (CONVENTIONS 3.2). unsure: a careful reader could give 'event' (adjourn at the conclusion of Private Members' Business)
    B(
        text="In relation to today's business, it is proposed that the Dáil shall sit later than 10 p.m. and adjourn at the conclusion of Private Members’ Business which shall be taken for two hours at the conclusion of statements on developments in Spain.",
        due=None,
        vague=False,
        said="2019-10-22 09:00:00",
        tz="Europe/Dublin",
        refusal="earliest",
        earliest="2019-10-22 21:00:00",
        cluster=5,
        source=_DAIL19,
        published="2019-10-22",
    ),
    # 'immediately after the Order of Business' and 'within 85 minutes' hang on an undated start: event (CONVENTIONS 1.3, 5.2)
    B(
        text="No. 37, statements on an acknowledgement and apology to the women and families affected by the CervicalCheck debacle, shall commence immediately after the Order of Business and be followed by Taoiseach’s Questions and shall conclude within 85 minutes, if not previously concluded.",
        due=None,
        vague=False,
        said="2019-10-22 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL19,
        published="2019-10-22",
    ),
    # a limit for each speech: recurring (CONVENTIONS 1.3)
    B(
        text="Statements shall be confined to a single round for the Taoiseach and leaders or the main spokespersons of parties and groups, or a member nominated in their stead, and shall not exceed ten minutes each, with a five minute response from a Minister or a Minister of State, and all Members may share time.",
        due=None,
        vague=False,
        said="2019-10-22 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL19,
        published="2019-10-22",
    ),
    # 45 minutes from the undated start of the statements: event (CONVENTIONS 1.3)
    B(
        text="No 38, statements on developments in Spain, shall be brought to a conclusion after 45 minutes, if not previously concluded.",
        due=None,
        vague=False,
        said="2019-10-22 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL19,
        published="2019-10-22",
    ),
    # a limit for each speech: recurring (CONVENTIONS 1.3)
    B(
        text="The statements of a Minister or a Minister of State and the main spokespersons for parties and groups, or a member nominated in their stead, shall not exceed five minutes each, with a five minute response from a Minister or a Minister of State, and all Members may share time.",
        due=None,
        vague=False,
        said="2019-10-22 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL19,
        published="2019-10-22",
    ),
    # Wednesday 23 October at 9.30 a.m. IST, a sitting arranged (CONVENTIONS 3.1)
    B(
        text="In relation to Wednesday’s business, it is proposed that the Dáil shall sit at 9.30 a.m. to take No. 39, financial motions by the Minister for Finance [2019] (motion No. 9, resumed).",
        due="2019-10-23 08:30:00",
        vague=False,
        said="2019-10-22 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL19,
        published="2019-10-22",
    ),
    # a suspension only if no speakers offer, an undated condition: event. unsure: a careful reader could give 22 October 2019 09:30 UTC, the first 10.30 a.m. after the moment of speaking (CONVENTIONS 6.3; page: 23 October 10:30 IST, 09:30 UTC)
    B(
        text="If there are no speakers offering, the motion shall be adjourned and the sitting shall be suspended until 10.30 a.m.",
        due=None,
        vague=False,
        said="2019-10-22 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL19,
        published="2019-10-22",
    ),
    # clock times with no day of their own ('Wednesday' is in the sentence before): adjourn not later than the first 11 p.m. after the moment of speaking (CONVENTIONS 6.3, 6.1). page: 23 October 2019 23:00 IST (22:00 UTC). The doubled stop is as stored
    B(
        text="The Dáil shall sit later than 10.15 p.m. and adjourn not later than 11 p.m..",
        due="2019-10-22 22:00:00",
        vague=False,
        said="2019-10-22 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL19,
        published="2019-10-22",
    ),
    # European Commission (COM(2020)302 'Report on Competition Policy 2019', its annexes, as carried verbatim by EU Monitor (parlementairemonitor.nl) with the document date 'July 9, 2020'; reuse authorised under Commission Decision 2011/833/EU, a copy on a carrying site read under the publisher's licence); zone Europe/Brussels (CEST); said Thursday 9 July 2020 10:00 local. Footnote numbers are kept as stored; the last sentence is cut off and not taken; sentences without a time word are not taken. an evaluation started in 2019: past
    B(
        text="In 2019, the Commission started the evaluation 11 of the rules exempting certain horizontal agreements 12 from the EU’s general competition rules.",
        due=None,
        vague=False,
        said="2020-07-09 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC20,
        published="2020-07-09",
    ),
    # a one-off expiry on a date (CONVENTIONS 3.1): 31 December 2022, CET
    B(
        text="The two Horizontal Block Exemption Regulations (HBERs) will expire on 31 December 2022.",
        due="2022-12-31 22:59:59",
        vague=False,
        said="2020-07-09 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC20,
        published="2020-07-09",
    ),
    # the launch told as done in October 2018: past. unsure: a careful reader could give 31 May 2022 21:59:59 UTC (the expiry, still ahead when said)
    B(
        text="The Commission launched the evaluation in October 2018, in view of the VBER’s expiry on 31 May 2022.",
        due=None,
        vague=False,
        said="2020-07-09 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC20,
        published="2020-07-09",
    ),
    # a consultation and a study of 2019, told as done: past
    B(
        text="In February 2019, the Commission launched a three-month public stakeholder consultation, followed by a study in August 2019 on market trends on distribution models and strategies.",
        due=None,
        vague=False,
        said="2020-07-09 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC20,
        published="2020-07-09",
    ),
    # a workshop of November 2019, told as done: past
    B(
        text="Furthermore, in November 2019, the Commission held an evaluation workshop with the active participation of stakeholders, discussing more in depth on areas of particular interest for the evaluation of the VBER, with a focus on how the rules benefit consumers.",
        due=None,
        vague=False,
        said="2020-07-09 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC20,
        published="2020-07-09",
    ),
    # European Commission (press release 'State aid: Commission to prolong EU State aid rules and launch evaluation', Brussels, 7 January 2019, its opening as carried verbatim by newsandsociety.net; reuse under Commission Decision 2011/833/EU); zone Europe/Brussels (CET); the date is the release's own dateline; said Monday 7 January 2019 10:00 local. The dateline is left off; the next sentence is cut off in the stored text and not taken. the Commission's plan to prolong rules that would otherwise expire in 2020: due by their expiry, the end of 2020. unsure: a careful reader could give 31 December 2022 22:59:59 UTC (the end of the two-year prolongation) or 'event' (the size of an extension)
    B(
        text="The European Commission plans to prolong for two years seven sets of State aid rules, otherwise expiring in 2020.",
        due="2020-12-31 22:59:59",
        vague=False,
        said="2019-01-07 09:00:00",
        tz="Europe/Brussels",
        precision="year",
        cluster=6,
        source=_EC19,
        published="2019-01-07",
    ),
    # European Commission (infringements item INF/26/1097 'Commission takes action to ensure complete and timely transposition of EU directives', Brussels, 28 May 2026, the Commission's PDF as carried in a GitHub repository (raw.githubusercontent.com); reuse under Commission Decision 2011/833/EU); zone Europe/Brussels (CEST); the date is the item's dateline; said Thursday 28 May 2026 10:00 local. a deadline that has expired, told as done: past
    B(
        text="The deadline to transpose these Directives has expired recently.",
        due=None,
        vague=False,
        said="2026-05-28 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC26,
        published="2026-05-28",
    ),
    # a time limit given to named actors from now: two months, 28 July 2026 (CONVENTIONS 1.2)
    B(
        text="The Commission is sending a letter of formal notice to these Member States, giving them two months to reply and complete the transposition of the Directives.",
        due="2026-07-28 21:59:59",
        vague=False,
        said="2026-05-28 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC26,
        published="2026-05-28",
    ),
    # the Commission urges others to act at once, a request, no undertaking of its own: due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give vague, 7 days (4 June 2026 21:59:59 UTC, 'immediate', CONVENTIONS 5.1)
    B(
        text="The Commission is urging them to take immediate action to bring their laws in line with EU requirements.",
        due=None,
        vague=False,
        said="2026-05-28 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC26,
        published="2026-05-28",
    ),
    # the heading run into this sentence in the stored text is left off. a decision taken today, told as done: past (CONVENTIONS 2.4)
    B(
        text="Today, the European Commission decided to open infringement procedures by sending letters of formal notice to 20 Member States - Belgium, Bulgaria, Czechia, Estonia, Greece, Spain, France, Croatia, Cyprus, Latvia, Luxembourg, Hungary, Malta, Netherlands, Austria, Poland, Portugal, Slovenia, Finland and Sweden - for failing to communicate the complete transposition of the Directive on Empowering Consumers for the Green Transition (Directive (EU) 2024/825).",
        due=None,
        vague=False,
        said="2026-05-28 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC26,
        published="2026-05-28",
    ),
    # UK Statistics Authority (breach report 'ONS labour market statistics', uksa.statisticsauthority.gov.uk; Crown copyright, a non-ministerial department's work reused under the Open Government Licence; the site's own licence statement was not seen); zone Europe/London (BST); the page's 'Date of breach report 27/04/2021', said Tuesday 27 April 2021 10:00 local. Form-field lines (dates of report and of occurrence, names, titles) are not taken. The Code's practice line ('Statistics should be released to all users at 9.30am on a weekday.') read USED when checked whole (stock wording) and was dropped after labelling; its label is not kept. a publication due a week before the report, told as past: past
    B(
        text="Labour Market Overview, UK: April 2021 was due to be published at 07:00 on 20 April 2021.",
        due=None,
        vague=False,
        said="2021-04-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKSA21,
        published="2021-04-27",
    ),
    # the size of a delay already over: past
    B(
        text="The second collection, containing all the time series data, was delayed by 13 minutes.",
        due=None,
        vague=False,
        said="2021-04-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKSA21,
        published="2021-04-27",
    ),
    # 'as soon as possible' and a clock time told of the past: past (CONVENTIONS 5.3)
    B(
        text="Having determined that there was no underlying problem, the timeseries collection was published manually as soon as possible, at 07:13.",
        due=None,
        vague=False,
        said="2021-04-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKSA21,
        published="2021-04-27",
    ),
    # UK Statistics Authority (breach report 'Ministry of Defence biannual diversity publication April 2021', uksa.statisticsauthority.gov.uk; Crown copyright under the Open Government Licence); zone Europe/London (BST); the page's 'Date of breach report 9 June 2021', said Wednesday 9 June 2021 10:00 local. Form-field lines and the numbered note without a time word are not taken. a publication scheduled for the day after the report: 10 June 2021 (CONVENTIONS 3.1). unsure: a careful reader could give 'past' (told in the past tense as background of the breach)
    B(
        text="The UK armed forces biannual diversity statistics 2021 was due for publication by Ministry of Defence (MoD) on 10 June 2021.",
        due="2021-06-10 22:59:59",
        vague=False,
        said="2021-06-09 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UKSA21B,
        published="2021-06-09",
    ),
    # an email sent that morning, told as done: past
    B(
        text="This meant that when we circulated the pre-release email for the biannual diversity publication at 9:30am on 9 June 2021 this individual received the email when they should not have done.",
        due=None,
        vague=False,
        said="2021-06-09 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKSA21B,
        published="2021-06-09",
    ),
    # '1pm on 9 June 2021' and 'immediately' told as done: past (CONVENTIONS 5.3). unsure: a careful reader could give the same-day 13:00 BST (12:00 UTC) as after the moment of speaking (10:00)
    B(
        text="The deputy head of profession was informed of the breach by another colleague at 1pm on 9 June 2021 and breach policies were then immediately implemented.",
        due=None,
        vague=False,
        said="2021-06-09 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKSA21B,
        published="2021-06-09",
    ),
    # the list's number '1.' is left off. a check two weeks before every release: recurring (CONVENTIONS 1.3)
    B(
        text="The incident highlighted the need to check the pre-release contacts 2 weeks prior to release to ensure this doesn’t happen again.",
        due=None,
        vague=False,
        said="2021-06-09 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_UKSA21B,
        published="2021-06-09",
    ),
    # UK Statistics Authority (breach report 'HMT - Monthly Insolvency Statistics, June 2021', uksa.statisticsauthority.gov.uk; Crown copyright under the Open Government Licence); zone Europe/London (BST); the page's 'Date of breach report 20 July 2021', said Tuesday 20 July 2021 10:00 local. Form-field lines and the quoted Code practices (no time word) are not taken; the last sentence is cut off and not taken. statistics circulated and published the week before, told as done: past
    B(
        text="The Insolvency Service circulated the embargoed June monthly insolvency statistics to named individuals on the published pre-release access (PRA) list at 1.15pm on 15th July, ahead of publication at 9.30am on 16th July.",
        due=None,
        vague=False,
        said="2021-07-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKSA21C,
        published="2021-07-20",
    ),
    # an embargo that ended four days before the report, told as past: past
    B(
        text="The email contained appropriate protective markings and handling instructions that made it clear to officials at HM Treasury (HMT) that the statistics were embargoed, and were not to be forwarded or discussed with individuals not on the PRA list until 9.30am on 16th July.",
        due=None,
        vague=False,
        said="2021-07-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKSA21C,
        published="2021-07-20",
    ),
    # an email forwarded on 15 July, told as done: past
    B(
        text="At 3.14pm on 15th July an official at HMT forwarded an email containing some headline results to one of their HMT colleagues, and to an official in the Office for Budget Responsibility (OBR).",
        due=None,
        vague=False,
        said="2021-07-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKSA21C,
        published="2021-07-20",
    ),
    # US Department of Education (Federal Register Vol. 63 No. 56, Tuesday 24 March 1998, FR Doc 98-7697, '21st Century Community Learning Centers Program; Notice of Extension of Application Deadline Date', as carried verbatim by federal.elaws.us; a US federal work, public domain); zone America/New_York (EST); the date is the Register's own, in the page head; said Tuesday 24 March 1998 10:00 local. The SUMMARY sentences are not taken (their only year names the awards' fiscal year, or they hold no time word); the address lines hold none. the notice's new deadline, a plain date: 27 March 1998 (EST)
    B(
        text="NEW DEADLINE DATE FOR TRANSMITTAL OF APPLICATIONS: March 27, 1998.",
        due="1998-03-28 04:59:59",
        vague=False,
        said="1998-03-24 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED98,
        published="1998-03-24",
    ),
    # the second deadline, 26 May 1998 (EDT by then)
    B(
        text="NEW DEADLINE DATE FOR INTERGOVERNMENTAL REVIEW: May 26, 1998.",
        due="1998-05-27 03:59:59",
        vague=False,
        said="1998-03-24 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED98,
        published="1998-03-24",
    ),
    # US Department of Education (ed.gov press-release list, page 57 of the list as stored, openings of releases dated 2 June to 17 May 2021; a US federal work, public domain); zone America/New_York (EDT); each opening is said on the date printed above it at 10:00 local. The stray opening quote mark is left off; the last item is cut off and not taken. 2 June 2021: an act of today told as done: past
    B(
        text="Today the Department of Education's (ED) Senior Department Official (SDO) informed nine accreditors about the status of their recognition.",
        due=None,
        vague=False,
        said="2021-06-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED21,
        published="2021-06-02",
    ),
    # 2 June 2021: renewals granted, told as done: past. unsure: a careful reader could give 2 June 2026 23:59:59 EDT (2026-06-03 03:59:59 UTC), the end of the five-year recognition
    B(
        text="The following agencies were approved for renewal of recognition for five years:",
        due=None,
        vague=False,
        said="2021-06-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED21,
        published="2021-06-02",
    ),
    # 28 May 2021: submitted today, told as done: past (the fiscal year names the budget)
    B(
        text="The Biden-Harris Administration today submitted to Congress the President's budget for fiscal year 2022.",
        due=None,
        vague=False,
        said="2021-05-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED21,
        published="2021-05-28",
    ),
    # 28 May 2021: 'for decades to come', no time set: due None, no refusal word
    B(
        text="As the Administration continues to make progress defeating the pandemic and getting our economy back on track, the budget makes historic investments that will help the country build back better and lay the foundation for shared growth and prosperity for decades to come.",
        due=None,
        vague=False,
        said="2021-05-28 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED21,
        published="2021-05-28",
    ),
    # 26 May 2021: issued today, told as done: past
    B(
        text="U.S. Secretary of Education Miguel Cardona today issued the following statement on President Biden’s intent to nominate Lisa Brown for General Counsel in the Office of General Counsel at the U.S. Department of Education:",
        due=None,
        vague=False,
        said="2021-05-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED21,
        published="2021-05-26",
    ),
    # 26 May 2021: a roundtable held this afternoon: past
    B(
        text="This afternoon, Education Secretary Miguel Cardona held a virtual roundtable to showcase the importance of providing Pell Grants for incarcerated individuals by speaking with students and former students who took college courses in prison.",
        due=None,
        vague=False,
        said="2021-05-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED21,
        published="2021-05-26",
    ),
    # 24 May 2021: 'today' is on the verb of announcing (CONVENTIONS 2.2); hearings on a list of days, due at the latest, 24 June 2021 (CONVENTIONS 6.1)
    B(
        text="The U.S. Department of Education’s Office of Postsecondary Education announced today that it will hold virtual public hearings on June 21, 23, and 24 to receive stakeholder feedback on potential issues for future rulemaking sessions.",
        due="2021-06-25 03:59:59",
        vague=False,
        said="2021-05-24 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_ED21,
        published="2021-05-24",
    ),
    # 18 May 2021: announced today, told as done: past
    B(
        text="U.S. Secretary of Education Miguel Cardona announced today the selection of Melito Ramirez, an intervention specialist at Walla Walla High School in Washington state, as the nation's first Recognizing Inspiring School Employees (RISE) awardee.",
        due=None,
        vague=False,
        said="2021-05-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED21,
        published="2021-05-18",
    ),
    # 18 May 2021: an honour established in 2019: past
    B(
        text="This new honor, established by Congress in 2019, spotlights classified school employees' outstanding contributions to quality K-12 education in the United States.",
        due=None,
        vague=False,
        said="2021-05-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED21,
        published="2021-05-18",
    ),
    # US Food and Drug Administration (Federal Register Vol. 82 Issue 49, Wednesday 15 March 2017, FR Doc 2017-05188, 'Oncologic Drugs Advisory Committee; Notice of Meeting ...', as carried verbatim by thefederalregister.org; a US federal work, public domain); zone America/New_York (EDT); the date is the Register's own, in the page head; said Wednesday 15 March 2017 10:00 local. The label 'DATES:' is left off and the line break inside '5 p.m.' joined; the next sentence is cut off and not taken. a one-off meeting, due at the later end of its hours (CONVENTIONS 3.1, 6.1)
    B(
        text="The meeting will be held on March 29, 2017, from 8 a.m. to 5 p.m.",
        due="2017-03-29 21:00:00",
        vague=False,
        said="2017-03-15 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FDA17,
        published="2017-03-15",
    ),
    # US Department of Health and Human Services (Office of Minority Health release 'HHS Announces Awardees of $250 Million ...', FOR IMMEDIATE RELEASE Monday, June 28, 2021, minorityhealth.hhs.gov; a US federal work, public domain); zone America/New_York (EDT); the date is the release's own; said Monday 28 June 2021 10:00 local. The dateline 'Washington, D.C.—' is left off; the sentences naming 'Healthy People 2030' (a programme's name) and those without a time word are not taken. announced today, told as done: past. unsure: a careful reader could give 28 June 2023 23:59:59 EDT (2023-06-29 03:59:59 UTC), the end of the 'two-year initiative'
    B(
        text="Today, the U.S. Department of Health and Human Services (HHS) Office of Minority Health (OMH) announced $250 million in grant awards to 73 local governments as part of a new, two-year initiative to identify and implement best practices for improving health literacy to enhance COVID-19 vaccination and other mitigation practices among underserved populations.",
        due=None,
        vague=False,
        said="2021-06-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HHS21,
        published="2021-06-28",
    ),
    # Centers for Disease Control and Prevention ('CDC Briefing Information on Investigation of Human Cases of H1N1 Flu', May 8, 2009, 1 p.m. ET, press-briefing transcript; the cdc.gov page as mirrored at medbox.iiab.me (the cdc.gov address is stored too); a US federal work, public domain); zone America/New_York (EDT); the page gives the hour: said Friday 8 May 2009 13:00 EDT. Speaker tags ('>> OPERATOR:', '>> GLEN NOWAK:') and general time words ('At this time') are left off. a present act naming today's call, no time set: due None, no refusal word
    B(
        text="Today's conference is being recorded.",
        due=None,
        vague=False,
        said="2009-05-08 17:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CDC09,
        published="2009-05-08",
    ),
    # thanks for today's update, no act to come: due None, no refusal word
    B(
        text="And thank you all for joining us for today's update on H1N1.",
        due=None,
        vague=False,
        said="2009-05-08 17:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CDC09,
        published="2009-05-08",
    ),
    # 'a minute' sizes an aside spoken now, no deadline: due None, no refusal word. unsure: a careful reader could give 2009-05-08 17:01:00 UTC (a minute from now, CONVENTIONS 1.1)
    B(
        text="Before I turn the podium over to Dr. Besser, I do want to spend a minute giving the media out there an update on our plans in terms of press briefings.",
        due=None,
        vague=False,
        said="2009-05-08 17:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CDC09,
        published="2009-05-08",
    ),
    # the speaker's plan for tomorrow, Saturday 9 May, 11:00 a.m. EDT (CONVENTIONS 4.3, a plan stays dated)
    B(
        text="We -- we are planning to do a press briefing tomorrow, a telebriefing, at 11:00 a.m. with Dr. Ann Shucket.",
        due="2009-05-09 15:00:00",
        vague=False,
        said="2009-05-08 17:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CDC09,
        published="2009-05-08",
    ),
    # a briefing denied for Sunday: negated (CONVENTIONS 4.1)
    B(
        text="We are currently not planning to do a briefing by either by phone or here at CDC on Sunday.",
        due=None,
        vague=False,
        said="2009-05-08 17:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_CDC09,
        published="2009-05-08",
    ),
    # a switch of format on Monday 11 May, a one-off change (CONVENTIONS 3.1). unsure: a careful reader could give 'earliest' 2009-05-11 04:00:00 UTC (telebriefings from Monday on, an activity given only its start, CONVENTIONS 3.2)
    B(
        text="And on Monday, we will be implementing more telebriefings, so we'll switch formats from these formal briefings to a telebriefing format.",
        due="2009-05-12 03:59:59",
        vague=False,
        said="2009-05-08 17:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CDC09,
        published="2009-05-08",
    ),
    # a plan of several times, due at the latest, Monday about noon EDT (CONVENTIONS 6.1); 'no briefing on Sunday' is denied. unsure: a careful reader could give Monday's end, 2009-05-12 03:59:59 UTC ('probably sometime around noon' hedges the hour, CONVENTIONS 4.3)
    B(
        text="But I want the media to know the plan is for a telebriefing tomorrow at 11:00, no briefing on Sunday, and then we’ll be back on Monday with a telebriefing probably sometime around noon.",
        due="2009-05-11 16:00:00",
        vague=False,
        said="2009-05-08 17:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CDC09,
        published="2009-05-08",
    ),
    # polling done this week, told in the present perfect: past
    B(
        text="The Harvard School of Public Health has been doing some public opinion polling and has some new results from a poll that they’ve been doing this week.",
        due=None,
        vague=False,
        said="2009-05-08 17:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CDC09,
        published="2009-05-08",
    ),
)
