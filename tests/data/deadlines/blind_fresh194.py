"""A HUNDRED-AND-NINETY-FOURTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 15:36 and 15:45 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l194-s65) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 65 (fresh195 to fresh198, articles blind152 and blind153), whose claims in the shared
claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh193.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of
`bot/core/deadlines/` was opened. The brief asked for less-mined publishers (historic Hansard Commons and
Lords debates of 1960 to 1990 other than business statements, archived White House statements and
proclamations, VOA news, US Treasury, IRS and NRC notices, kremlin.ru under its CC BY 4.0 statement, European
Commission speeches and statements), open licences only, at least eight publishers, none above a fifth, at
most a third from the United States, a spread of genres, about 80 cases (at least 60).

The set quotes UK Parliament (the Commons summer adjournment debate of 24 July 1986, the Lords debate on the
Address of 24 November 1976), the European Commission (President Barroso's statements of 17 June 2010 and
19 October 2012, the President's news page of 28 June 2013), Voice of America (a breaking-news item of 5
July 2011 and a news item of December 2021), the Nuclear Regulatory Commission (a Region I release of 21
April 2015, a release of 13 April 2017 as carried), HM Treasury (historic press releases of 17 December
1998, 16 September 2002, 6 and 12 August 2003, as carried), the Houses of the Oireachtas (the Seanad Order of
Business of 6 July 2011, as carried), the Department for Transport (a press release of 3 September 2024, as
carried), the Internal Revenue Service (a release of 18 April 2022, as carried) and the White House (a
message to the Congress of 16 December 2020, as carried). 60 cases from 9 publishers: UK Parliament 12
(20.0%); the European Commission 12 (20.0%); Voice of America 7 (11.7%); the NRC 7 (11.7%); HM Treasury 6
(10.0%); the Oireachtas 5 (8.3%); the Department for Transport 5 (8.3%); the IRS 4 (6.7%); the White House 2
(3.3%). 20 of the 60 (33.3%) are from the United States (VOA, NRC, IRS, White House); 40 are not. Genres:
parliamentary debates (a Commons adjournment debate with its motion and amendments, a Lords debate on the
Address, a Seanad Order of Business reply), a Commission president's press-conference statements and news
page, wire-style news items, agency meeting notices, departmental press releases, a tax-deadline reminder
and a presidential message to the Congress.

The store is heavily mined: of about 95 addresses and phrases checked with `fresh_check.py`, most read used
(GOV.UK pages on ukpol.co.uk category and tag pages, StatCan Daily and release-schedule pages, Oireachtas and
kildarestreet.com debates, Federal Register NRC notices, europa.eu daily news, Treasury press releases on
home.treasury.gov, archived White House gaggles). No kremlin.ru page was used: its text was found only on
forum mirrors, where its licence statement is not seen. Each page's cases share one `source` constant, so
whole pages can be dropped.

Left out, and why. Claimed (`fresh194`) but not used, to keep every publisher at or under a fifth and the
United States at or under a third within the time: the Lords debate on the Address of 31 October 1968, the
Commission statement SPEECH-12-512 of 29 June 2012, the Commission President's statement of 5 January 2024
on ieu-monitoring.com, two VOA pages (a Special English newscast on 21cnjy.com, whose date the stored text
does not give, and a VOA newscast of 17 January 2017 on geilien.cn), a Treasury statement of 17 March 2021
on thelintonian.com, and the Seanad report stage of 27 July 2011 (no sentence with a time word in its stored
opening). From the Commission statement of 19 October 2012 one sentence (on asking leaders 'today to
immediately implement' the Compact) read USED in the freshness check and is left out. Within the pages kept:
sentences without a time word; sentences whose only time words are general ("now", "already", "previously",
"not yet", "regular", "long-term", "immediate", "future", "upcoming", "Good afternoon") or whose only year
names an Act, a strategy or the Official Report; titles, headings, date lines, speaker lines, photo captions,
contact lines, bullets without a time word, the site's notices and sentences cut off where the stored text
ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time,
"midnight", a year, a month, "today", "yesterday", "this week", "next year", "the coming weeks", "the next two
weeks", "late May", "the end of the year", "the coming year", "six months", "three-hour", "two hours", "24
hours a day", "within 90 days", "decades"); within each page quoted, the sentences of the stored text that
hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh194`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file). Each label was worked out by hand from the words, the publication date
and the publisher's zone (Europe/London for UK Parliament, HM Treasury and the Department for Transport,
Europe/Brussels for the European Commission, Europe/Dublin for the Oireachtas, America/New_York for VOA, the
NRC, the IRS and the White House); the conversion of local instants to UTC wall time, weekdays and day counts
were done with Python's zoneinfo and datetime in a scratch script outside the repository, never with code of
the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh193.py`: the publication date at 10:00 local time unless the page gives the hour (four do: the
Commons debate, '6.10 pm'; the Lords debate, '3.48 p.m.'; the Seanad reply, '11:00 am'; the VOA item, '10:15
am (UTC-5)', taken with its own offset); the first comment of each page says where its date was read. One
page prints no date of its own in the stored text (the VOA item on the January 2022 talks) and is read on a
day fixed as its comment says. A day falls due at 23:59:59 local; a one-off event at a time due then
(CONVENTIONS 3.1); several times and ranges at the latest (CONVENTIONS 6.1, 6.2); a bare clock time from the
sentence and its moment alone (CONVENTIONS 6.3, the page's instant written in the comment); "by <period>" at
the period's end (CONVENTIONS 3.5); motions, amendments, counter-offers, requests and wishes due None with no
refusal word (CONVENTIONS 4.2, 4.3); done acts past (CONVENTIONS 2.4); standing rules recurring (CONVENTIONS
1.3); a state given only its start earliest (CONVENTIONS 3.2); vague words told as going to happen take the
documented windows (CONVENTIONS 5.1); a day word on the verb of speaking is not the deadline (CONVENTIONS
2.2). Clusters as in `blind_fresh193.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts
of the day, periods and windows, 5 refusals, 6 plain days and dates. 23 labels are refusals (past 20,
recurring 2, earliest 1; none negated or event); 1 is vague (a four-week window); 25 labels carry a due
instant (the vague one included); 12 have due None and no refusal word; 22 are marked "unsure" and name the
other reading; like every label here they stay as committed, whatever the first run shows. First run: not yet
taken (the lead runs it once, after merging, and records it in README.md). Never edit these labels to fit
the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HC86 = "https://api.parliament.uk/historic-hansard/commons/1986/jul/24/adjournment-summer"
_HL76 = "https://hansard.parliament.uk/Lords/1976-11-24/debates/ae509b71-a255-44d3-97c4-3409d5e0f3b9/SelectVestries"
_EC12 = "https://grahambishop.com/ViewArticlePrint.aspx?CAT_ID=417&ID=17478"
_EC13 = "http://ec.europa.eu/commission_2010-2014/president/news/archives/2013/06/20130628_1_en.htm"
_EC10 = "http://europa.eu/rapid/press-release_SPEECH-10-320_en.htm?locale=FR"
_SEAN11 = "https://www.kildarestreet.com/sendebates/?gid=2011-07-06.143.0"
_DFT24 = "https://www.ukpol.co.uk/category/press-releases/page/298"
_HMT02 = "https://www.ukpol.co.uk/tag/press-release/page/859"
_HMT03 = "https://www.ukpol.co.uk/tag/press-release/page/851"
_HMT98 = "https://www.ukpol.co.uk/category/press-releases/page/938"
_VOA11 = "https://blogs.voanews.com/breaking-news/2011/07/05/bells-ceremonies-to-mark-birth-of-south-sudan"
_VOA21 = "https://voa.pangea-cms.com/preview/en-US/a/us-russia-to-hold-security-talks-in-january-/6372379.html"
_IRS22 = "https://wdac.com/irs-reminds-tax-deadline-today/?utm_source=rss&utm_medium=rss&utm_campaign=irs-reminds-tax-deadline-today"
_NRC15 = "https://kanterella.com/Press_Release-I-15-019,_NRC_to_Conduct_Webinar_April_27_on_Annual_Assessment_for_Oyster_Creek_Nuclear_Power_Plant"
_NRC17 = "http://jcweb.libercus.net/Business/2017/04/13/NRC-to-hold-public-meeting-for-Nuclear-Fuel-Services-license-review.html"
_WH20 = "https://thegoldfishreport.blogspot.com/2020_12_16_archive.html"

FRESH194_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (historic Hansard, HC Deb 24 July 1986 vol 102 cc641-84, 'Adjournment (Summer)', on api.parliament.uk; Open Parliament Licence); zone Europe/London (BST); the page gives the hour '6.10 pm' at the head of the first speech, taken for the motion and the Speaker's words before it too: said Thursday 24 July 1986 18:10 BST. Sentences without a time word, the citation whose only date names the Official Report and the last, cut off, are not taken; the mover's tag '—[Mr. Neubert.]' is left off. The motion put to the House for agreement: due None, no refusal word (CONVENTIONS 4.3, a proposal). unsure: a careful reader could give Tuesday 21 October 1986, end of day (the adjournment kept until that day, CONVENTIONS 3.3)
    B(
        text="Motion made, and Question proposed, That this House, at its rising on Friday 25th July, do adjourn until Tuesday 21st October and that the House shall not adjourn on Friday 25th July until Mr. Speaker shall have reported the Royal Assent to any Acts which have been agreed upon by both Houses.",
        due=None,
        vague=False,
        said="1986-07-24 17:10:00",
        tz="Europe/London",
        cluster=1,
        source=_HC86,
        published="1986-07-24",
    ),
    # the Speaker's hope is about brevity; the debate's length is told as a fact of the sitting, not undertaken: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give the end of a three-hour window from speaking (CONVENTIONS 1.1): 24 July 1986 21:10 BST
    B(
        text="I hope that contributions will be brief in what is, after all, only a three-hour debate.",
        due=None,
        vague=False,
        said="1986-07-24 17:10:00",
        tz="Europe/London",
        cluster=1,
        source=_HC86,
        published="1986-07-24",
    ),
    # an amendment moved, a counter-offer while the day is bargained over: due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give Monday 28 July 1986, end of day (the day the mover seeks)
    B(
        text='I beg to move, as an amendment to the Question, to leave out the first "Friday 25th" and insert "Monday 28th".',
        due=None,
        vague=False,
        said="1986-07-24 17:10:00",
        tz="Europe/London",
        cluster=1,
        source=_HC86,
        published="1986-07-24",
    ),
    # the Speaker groups a second amendment with the first; its days are the words of a proposal, nobody undertakes them: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text='With this we shall discuss the amendment to leave out the second "Friday 25th" and insert "Monday 28th".',
        due=None,
        vague=False,
        said="1986-07-24 17:10:00",
        tz="Europe/London",
        cluster=1,
        source=_HC86,
        published="1986-07-24",
    ),
    # the Opposition's counter-offer ('We want the House to adjourn ... on Monday 28 July'): due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give Monday 28 July 1986, end of day, or negated for 'not tomorrow' (CONVENTIONS 4.1)
    B(
        text="We want the House to adjourn, not tomorrow, but on Monday 28 July, so that a debate can be held on the report on the Westland affair by the Select Committee on Defence.",
        due=None,
        vague=False,
        said="1986-07-24 17:10:00",
        tz="Europe/London",
        cluster=1,
        source=_HC86,
        published="1986-07-24",
    ),
    # six months since a past debate: past
    B(
        text="It is six months since the House debated the extraordinary circumstances that attended the resignation of the then Secretary of State for Defence, the right hon. Member for Henley (Mr. Heseltine).",
        due=None,
        vague=False,
        said="1986-07-24 17:10:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC86,
        published="1986-07-24",
    ),
    # a debate of 15 January, told of the past: past
    B(
        text="That debate, on 15 January, was on an Opposition motion calling for a Committee of the House to be set up to investigate all aspects of the Westland affair.",
        due=None,
        vague=False,
        said="1986-07-24 17:10:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC86,
        published="1986-07-24",
    ),
    # UK Parliament (Hansard, House of Lords, Wednesday 24 November 1976, volume 378, debate on the Address (stored under the item 'Select Vestries'), on hansard.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); the page gives the hour '3.48 p.m.' before the mover's speech: said 24 November 1976 15:48 GMT. The lines 'Bill, pro forma, read 1a', 'The Queen's Speech reported', the site's edit notice, the motion text, sentences without a time word, the one whose only time word is 'Already' and the last, cut off, are not taken. 'the Session ahead will include' the Jubilee period, which this sentence does not date; nothing is undertaken: due None, no refusal word. unsure: a careful reader could give event (a period hung on the Jubilee, undated here, CONVENTIONS 1.3)
    B(
        text="Today the Motion is of greater significance than usual as the Session ahead will include the period celebrating Her Majesty's Silver Jubilee, a period of justifiable celebration by the nation as a whole for a duty being carried out with dignity and utter devotion.",
        due=None,
        vague=False,
        said="1976-11-24 15:48:00",
        tz="Europe/London",
        cluster=1,
        source=_HL76,
        published="1976-11-24",
    ),
    # the street party 'to be held in the Jubilee year' (1977), a one-off event told as going to happen (CONVENTIONS 3.1): the year's end, 31 December 1977, end of day. unsure: a careful reader could give past (the trial run has taken place, CONVENTIONS 2.4) or due None (nobody's undertaking)
    B(
        text="In the road where I live a trial run has taken place of the street party to be held in the Jubilee year.",
        due="1977-12-31 23:59:59",
        vague=False,
        said="1976-11-24 15:48:00",
        tz="Europe/London",
        cluster=6,
        source=_HL76,
        published="1976-11-24",
    ),
    # a party at the end of the summer holiday, told of the past: past
    B(
        text="The occasion was a party for children at the end of the summer school holiday—and I rather suspect rejoicing by hard pressed mothers—when cakes were baked, sandwiches and jellies were prepared by willing neighbours in the spirit of unity and neighbourliness.",
        due=None,
        vague=False,
        said="1976-11-24 15:48:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL76,
        published="1976-11-24",
    ),
    # the parties at the end of the war: past
    B(
        text="The spirit was reminiscent of the parties at the end of the war, when unity and neighbourliness was a significant part of our national life.",
        due=None,
        vague=False,
        said="1976-11-24 15:48:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL76,
        published="1976-11-24",
    ),
    # a wish ('May that spirit return'), no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give the end of the coming year (24 November 1977, end of day)
    B(
        text="May that spirit return during the coming year.",
        due=None,
        vague=False,
        said="1976-11-24 15:48:00",
        tz="Europe/London",
        cluster=1,
        source=_HL76,
        published="1976-11-24",
    ),
    # European Commission (statement by President Barroso at the post-European Council press conference, 19 October 2012, as carried by grahambishop.com; Commission Decision 2011/833/EU); zone Europe/Brussels (CEST); the page gives the date and no hour: said Friday 19 October 2012 10:00 CEST. Sentences without a time word, those whose only time words are 'long-term' or 'immediate', and the sentence on asking leaders 'today to immediately implement' the Compact (it read USED in the freshness check) are not taken. a commitment to seek agreement 'by 1 January, 2013': 1 January 2013, end of day
    B(
        text="It was progress to have this timetable regarding the banking union, more concretely the single supervisory mechanism because we have now a commitment to seek agreement on the legislative proposals for the single supervisory mechanism by 1 January, 2013.",
        due="2013-01-01 22:59:59",
        vague=False,
        said="2012-10-19 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC12,
        published="2012-10-19",
    ),
    # 'in the coming weeks' told as going to happen: vague, 4 weeks (the parser's documented window): 16 November 2012, end of day
    B(
        text="As I said before the Commission will put more flesh on the bones of these ideas in our blueprint on economic and monetary union in the coming weeks.",
        due="2012-11-16 22:59:59",
        vague=True,
        said="2012-10-19 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC12,
        published="2012-10-19",
    ),
    # the roadmap 'at the December European Council': the sentence dates it only to December 2012: 31 December 2012, end of day. unsure: a careful reader could give event (a meeting not dated in the sentence, CONVENTIONS 1.3)
    B(
        text="This will feed into the work that President Van Rompuy, in close cooperation with myself and the presidents of the European Central Bank and Eurogroup, are doing, allowing us to set out a clear roadmap at the December European Council.",
        due="2012-12-31 22:59:59",
        vague=False,
        said="2012-10-19 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC12,
        published="2012-10-19",
    ),
    # European Commission (archived President's news page 'European council, 27 - 28 June 2013', on ec.europa.eu; Commission Decision 2011/833/EU); zone Europe/Brussels (CEST); the page's address gives 28 June 2013 and no hour: said Friday 28 June 2013 10:00 CEST. The archive notice, the heading, sentences without a time word, the one whose only time word is 'future' and the last, cut off, are not taken. the second day of the Council, told of the past: past
    B(
        text="The second day of the European Council focused on the Economic Monetary Union and especially the Banking Union.",
        due=None,
        vague=False,
        said="2013-06-28 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC13,
        published="2013-06-28",
    ),
    # 'this week we saw': past
    B(
        text="And this week we saw an important step forward with the Council's agreement on a common approach to dealing with failing banks without relying on the taxpayer.",
        due=None,
        vague=False,
        said="2013-06-28 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC13,
        published="2013-06-28",
    ),
    # 'by the end of the year at the latest': 31 December 2013, end of day
    B(
        text="We need this finalised by the end of the year at the latest, so a full agreement between the Council and Parliament.",
        due="2013-12-31 22:59:59",
        vague=False,
        said="2013-06-28 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC13,
        published="2013-06-28",
    ),
    # 'in the next two weeks': 12 July 2013, end of day
    B(
        text="The European Commission will present its proposal for a Single Resolution Mechanism in the next two weeks.",
        due="2013-07-12 21:59:59",
        vague=False,
        said="2013-06-28 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC13,
        published="2013-06-28",
    ),
    # a state given only its start ('from next year'): earliest, 1 January 2014 00:00 CET (CONVENTIONS 3.2). unsure: a careful reader could give 1 January 2014 (Latvia joining the euro, a one-off event, CONVENTIONS 3.1) or 31 December 2014, end of day
    B(
        text="We will have another member of the euro area from next year, Latvia.",
        due=None,
        vague=False,
        said="2013-06-28 08:00:00",
        tz="Europe/Brussels",
        refusal="earliest",
        earliest="2013-12-31 23:00:00",
        cluster=5,
        source=_EC13,
        published="2013-06-28",
    ),
    # European Commission (SPEECH/10/320, statement by President Barroso at the European Council press conference, Brussels, 17 June 2010, on europa.eu; Commission Decision 2011/833/EU); zone Europe/Brussels (CEST); the page gives the date and no hour: said Thursday 17 June 2010 10:00 CEST. The greeting 'Good afternoon', sentences without a time word, the one whose only time word names a strategy ('Europe 2020'), the one whose only time word is 'future' and the last, cut off, are not taken. decisions 'agreed today', the perfect: past (CONVENTIONS 2.4)
    B(
        text="I am extremely pleased with the decisions we have agreed today in the European Council.",
        due=None,
        vague=False,
        said="2010-06-17 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC10,
        published="2010-06-17",
    ),
    # ideas put on the table on 12 May: past
    B(
        text="You remember that the European Commission has put some ideas on the table on economic governance on 12 May.",
        due=None,
        vague=False,
        said="2010-06-17 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC10,
        published="2010-06-17",
    ),
    # proposals 'on 30 June and other proposals by September': the later counts (CONVENTIONS 6.2): 30 September 2010, end of day
    B(
        text="In fact today we have already had an agreement on some of the most important orientations in terms of economic governance in Europe and I have announced that the Commission is ready to further fast-track its work with more detailed proposals on 30 June and other proposals by September.",
        due="2010-09-30 21:59:59",
        vague=False,
        said="2010-06-17 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_EC10,
        published="2010-06-17",
    ),
    # 'ready for the beginning of the next year': 'the beginning of' reads as 'early' (parser docstring), early 2011 = January to April: 30 April 2011, end of day; the definite time counts over 'as soon as possible'. unsure: a careful reader could give 1 January 2011, end of day (ready when the year begins), or vague, 60 days (16 August 2010, CONVENTIONS 5.1)
    B(
        text="We believe it is important to conclude this work as soon as possible so that we can have a new system ready for the beginning of the next year.",
        due="2011-04-30 21:59:59",
        vague=False,
        said="2010-06-17 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC10,
        published="2010-06-17",
    ),
    # Houses of the Oireachtas (Seanad Éireann, Wednesday 6 July 2011, Order of Business, the Leader's reply, as carried by kildarestreet.com; CC BY 4.0, the Oireachtas's licence); zone Europe/Dublin (IST); the page gives the hour '11:00 am': said 6 July 2011 11:00 IST. Sentences without a time word, those whose only time words are 'now' or 'previously' and the last, cut off, are not taken. the Minister spoke yesterday; 'for some time to come' is no time anyone undertakes: due None, no refusal word. unsure: a careful reader could give past (the speaking yesterday)
    B(
        text="The Minister for Education and Skills spoke about that yesterday and I am sure the matter will be debated for some time to come.",
        due=None,
        vague=False,
        said="2011-07-06 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN11,
        published="2011-07-06",
    ),
    # yesterday's Bill: past
    B(
        text="Senators Zappone, Barrett and Mullen spoke about yesterday's Civil Law (Miscellaneous Provisions) Bill.",
        due=None,
        vague=False,
        said="2011-07-06 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN11,
        published="2011-07-06",
    ),
    # 'I have endeavoured since becoming Leader': past. unsure: a careful reader could give recurring (a standing practice of setting times)
    B(
        text="I have endeavoured since becoming Leader to have some certainty with regard to the business of the House and to ensure particular times are laid out in the schedule of business for dealing with specific matters such as Second and Committee Stages of Bills.",
        due=None,
        vague=False,
        said="2011-07-06 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN11,
        published="2011-07-06",
    ),
    # the Bill taken yesterday: past
    B(
        text="I will put my hand up with regard to the Bill taken yesterday.",
        due=None,
        vague=False,
        said="2011-07-06 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN11,
        published="2011-07-06",
    ),
    # two hours and 40 minutes, told of yesterday's sitting: past
    B(
        text="I thought two hours would be more than sufficient to deal with Committee Stage and when the first 17 or 18 technical amendments were agreed within 40 minutes, I believed the two hours would be more than sufficient.",
        due=None,
        vague=False,
        said="2011-07-06 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN11,
        published="2011-07-06",
    ),
    # Department for Transport (press release of 3 September 2024, as carried by ukpol.co.uk, category page 298; Crown copyright, OGL); zone Europe/London (BST); the release gives the date and no hour: said Tuesday 3 September 2024 10:00 BST. The title, the date line, bullets and sentences without a time word and the last, cut off, are not taken. a bullet: the Bill 'progresses through Parliament today', the day's one-off stage (CONVENTIONS 3.1): 3 September 2024, end of day. unsure: a careful reader could give due None (a description of the day's business, nobody's undertaking)
    B(
        text="it comes as the Public Ownership Bill progresses through Parliament today, putting the railways back in the hands of passengers",
        due="2024-09-03 22:59:59",
        vague=False,
        said="2024-09-03 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFT24,
        published="2024-09-03",
    ),
    # 'today ... fired the starting gun', told as done: past
    B(
        text="Transport Secretary Louise Haigh today (3 September 2024) fired the starting gun on rail reform – ushering in a new era for our railways which puts passengers first.",
        due=None,
        vague=False,
        said="2024-09-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT24,
        published="2024-09-03",
    ),
    # 'Today's launch', a day word on the act itself (CONVENTIONS 2.1); the overhaul it sets in motion has no time: 3 September 2024, end of day. unsure: a careful reader could give past (the launch told as done in the sentence before) or due None
    B(
        text="Today's launch of Shadow Great British Railways (Shadow GBR) will set in motion a huge overhaul of the running of the rail network, bringing together leaders from the Department for Transport, Network Rail and publicly-owned operators.",
        due="2024-09-03 22:59:59",
        vague=False,
        said="2024-09-03 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFT24,
        published="2024-09-03",
    ),
    # 'Today's announcement' is the release's own saying (CONVENTIONS 2.2); the Bill's passage is given no time: due None, no refusal word. unsure: a careful reader could give 3 September 2024, end of day (CONVENTIONS 2.1)
    B(
        text="Today's announcement comes as the government's Passenger Railway Services (Public Ownership) Bill continues its passage through the Commons, marking further progress in the Transport Secretary's mission to put rail services back into the hands of the public.",
        due=None,
        vague=False,
        said="2024-09-03 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFT24,
        published="2024-09-03",
    ),
    # 'decades of delays': past
    B(
        text="The landmark legislation reinforces the government's relentless focus on reversing decades of delays, cancellations and unreliable services on Britain's railways.",
        due=None,
        vague=False,
        said="2024-09-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT24,
        published="2024-09-03",
    ),
    # HM Treasury (historic press release of 16 September 2002, as carried by ukpol.co.uk, tag page 859; Crown copyright, OGL); zone Europe/London (BST); the release gives the date and no hour: said Monday 16 September 2002 10:00 BST. The title, date line, speaker lines, sentences without a time word, the one whose only time word is 'regular' and the last, cut off, are not taken. the campaign 'was launched ... today': past (CONVENTIONS 2.4)
    B(
        text="A new campaign to encourage people to claim their share of an extra £2.7 billion a year for families and children was launched by Chancellor Gordon Brown, Secretary of State for Work and Pensions Andrew Smith and Paymaster General Dawn Primarolo today.",
        due=None,
        vague=False,
        said="2002-09-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMT02,
        published="2002-09-16",
    ),
    # payments 'in April 2003 when the new credits will start', a one-off start (CONVENTIONS 3.1): 30 April 2003, end of day. unsure: a careful reader could give earliest 1 April 2003 (payments running from then, CONVENTIONS 3.2)
    B(
        text="The multi-media campaign, which includes TV, Radio, Press and online advertising is aimed to ensure that these families and all others who might benefit make their claims in time to receive payments in April 2003 when the new credits will start.",
        due="2003-04-30 22:59:59",
        vague=False,
        said="2002-09-16 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMT02,
        published="2002-09-16",
    ),
    # HM Treasury (two historic press releases, 6 and 12 August 2003, as carried by ukpol.co.uk, tag page 851; Crown copyright, OGL); zone Europe/London (BST); no hour: said 6 August 2003 (Wednesday) and 12 August 2003 (Tuesday) 10:00 BST, each sentence on its own release's day. Titles, date lines, speaker lines, sentences without a time word, the one whose only time words are 'not yet' and the last, cut off, are not taken. 'today jointly published': past
    B(
        text="HM Treasury, the Financial Services Authority and the Bank of England today jointly published a guide to the EU Financial Services Action Plan (FSAP).",
        due=None,
        vague=False,
        said="2003-08-06 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMT03,
        published="2003-08-06",
    ),
    # measures 'intended to achieve a Single Market ... by 2005': 31 December 2005, end of day. unsure: a careful reader could give due None (the plan's aim described, nobody undertaking it here)
    B(
        text="The FSAP consists of a set of measures intended to achieve a Single Market in financial services across the EU by 2005.",
        due="2005-12-31 23:59:59",
        vague=False,
        said="2003-08-06 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMT03,
        published="2003-08-06",
    ),
    # the second release (12 August 2003): proposals 'were launched today': past
    B(
        text="New proposals to take forward the Government's reform of corporation tax aimed at supporting business competitiveness, productivity and growth, while ensuring fairness for all, were launched today.",
        due=None,
        vague=False,
        said="2003-08-12 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMT03,
        published="2003-08-12",
    ),
    # HM Treasury (historic press release of 17 December 1998, as carried by ukpol.co.uk, category page 938; Crown copyright, OGL); zone Europe/London (GMT); no hour: said Thursday 17 December 1998 10:00 GMT. Sentences without a time word, the one whose only year names an Act, speaker lines and the second release's opening, cut off, are not taken. 'announced today' is the day of the saying (CONVENTIONS 2.2); the access has no time of its own: due None, no refusal word. unsure: a careful reader could give earliest 17 December 1998 (access open from the recognition, CONVENTIONS 3.2)
    B(
        text="The Swiss Exchange will be able to provide direct access to UK firms to its screen-based trading system following its recognition as an Overseas Investment Exchange by the Treasury, the Economic Secretary Patricia Hewitt announced today.",
        due=None,
        vague=False,
        said="1998-12-17 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMT98,
        published="1998-12-17",
    ),
    # Voice of America (breaking-news blog item 'Bells, Ceremonies to Mark Birth of South Sudan', 'Posted July 5th, 2011 at 10:15 am (UTC-5)', on blogs.voanews.com; a US federal work, public domain); zone America/New_York; the page gives the hour with its own offset (UTC-5): said Tuesday 5 July 2011 15:15 UTC. Sentences without a time word are not taken. independence 'on Saturday': Saturday 9 July 2011, end of day
    B(
        text="The government of south Sudan has unveiled plans for the ceremonies that will mark the new country's independence on Saturday.",
        due="2011-07-10 03:59:59",
        vague=False,
        said="2011-07-05 15:15:00",
        tz="America/New_York",
        cluster=6,
        source=_VOA11,
        published="2011-07-05",
    ),
    # the government urges citizens to gather, a request of others (CONVENTIONS 4.3): due None, no refusal word. unsure: a careful reader could give Friday 8 July 2011, end of the evening (23:59:59)
    B(
        text="The government is urging its citizens to gather in churches and public squares Friday evening to light candles and say prayers for the new nation.",
        due=None,
        vague=False,
        said="2011-07-05 15:15:00",
        tz="America/New_York",
        cluster=1,
        source=_VOA11,
        published="2011-07-05",
    ),
    # 'at midnight' with no day of its own: the first midnight after speaking, read as the parser's midnight (23:59:59 of that day, CONVENTIONS 6.3): 5 July 2011 23:59:59 EDT (page: the midnight that opens Saturday 9 July, Juba time)
    B(
        text="It says at midnight, bells will be rung across the country, marking the birth of the new nation, to be known as the Republic of South Sudan.",
        due="2011-07-06 03:59:59",
        vague=False,
        said="2011-07-05 15:15:00",
        tz="America/New_York",
        cluster=2,
        source=_VOA11,
        published="2011-07-05",
    ),
    # the ceremony 'takes place Saturday': Saturday 9 July 2011, end of day
    B(
        text="The official independence ceremony takes place Saturday in the capital, Juba.",
        due="2011-07-10 03:59:59",
        vague=False,
        said="2011-07-05 15:15:00",
        tz="America/New_York",
        cluster=6,
        source=_VOA11,
        published="2011-07-05",
    ),
    # a Saturday night concert and a Sunday match: the latest (CONVENTIONS 6.1): Sunday 10 July 2011, end of day
    B(
        text="Other events connected with the celebrations are a Saturday night concert in Juba, and a football match on Sunday between Kenya and the new southern Sudanese national team.",
        due="2011-07-11 03:59:59",
        vague=False,
        said="2011-07-05 15:15:00",
        tz="America/New_York",
        cluster=3,
        source=_VOA11,
        published="2011-07-05",
    ),
    # Voice of America (news item 'US, Russia to Hold Security Talks in January', preview copy on voa.pangea-cms.com; a US federal work, public domain); zone America/New_York; the stored text prints no date of its own: it reports the White House National Security Council's announcement of the 10 January talks, made on Monday 27 December 2021, and its newest photo is dated 23 December 2021, so it is read on Monday 27 December 2021 10:00 EST. Photo captions and sentences without a time word are not taken. talks 'in January' (2022): 31 January 2022, end of day
    B(
        text="The United States and Russia will hold talks in January about nuclear arms control and tensions along the Russia-Ukraine border.",
        due="2022-02-01 04:59:59",
        vague=False,
        said="2021-12-27 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_VOA21,
        published="2021-12-27",
    ),
    # meetings on 10, 12 and 13 January: the latest (CONVENTIONS 6.1): 13 January 2022, end of day
    B(
        text="A spokesperson for the White House National Security Council told reporters the two sides would meet January 10, followed by Russia-NATO talks on January 12 and a meeting on January 13 with Russia, the United States and other members of the Organization for Security and Co-operation in Europe.",
        due="2022-01-14 04:59:59",
        vague=False,
        said="2021-12-27 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_VOA21,
        published="2021-12-27",
    ),
    # Internal Revenue Service (release 'IRS Reminds Tax Deadline Today', as carried by wdac.com, dated 2022-04-18; a US federal work, public domain); zone America/New_York (EDT); no hour: said Monday 18 April 2022 10:00 EDT. The dateline 'WASHINGTON, DC –' is left off; sentences without a time word are not taken. the deadline 'is today': 18 April 2022, end of day
    B(
        text="The Internal Revenue Service is reminding taxpayers the deadline to file and pay tax owed for most individual income tax returns is today.",
        due="2022-04-19 03:59:59",
        vague=False,
        said="2022-04-18 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_IRS22,
        published="2022-04-18",
    ),
    # help '24 hours a day', a standing service: recurring (CONVENTIONS 1.3)
    B(
        text="Last-minute filers can get tax help to file a return, request an extension or make a payment, 24 hours a day on the website – IRS.gov.",
        due=None,
        vague=False,
        said="2022-04-18 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_IRS22,
        published="2022-04-18",
    ),
    # an extension 'until October 17' (2022): 17 October 2022, end of day. unsure: a careful reader could give recurring (a standing rule open to every filer, CONVENTIONS 1.3)
    B(
        text="In a matter of minutes, anyone can request an extension until October 17, using Form 4868.",
        due="2022-10-18 03:59:59",
        vague=False,
        said="2022-04-18 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_IRS22,
        published="2022-04-18",
    ),
    # pay 'by the April 18 filing deadline': 18 April 2022, end of day
    B(
        text="An extension of time to file is not an extension of time to pay; however, and taxpayers must estimate their tax liability on the form and pay any amount due by the April 18 filing deadline to avoid penalties and interest.",
        due="2022-04-19 03:59:59",
        vague=False,
        said="2022-04-18 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_IRS22,
        published="2022-04-18",
    ),
    # Nuclear Regulatory Commission (Region I press release I-15-019 of April 21, 2015, ML15111A268, as carried by kanterella.com; a US federal work, public domain); zone America/New_York (EDT); no hour: said Tuesday 21 April 2015 10:00 EDT. The title, contact lines and sentences without a time word, and the one whose only time word is 'upcoming', are not taken; the stored text's missing apostrophes ('agencys', 'plants', 'NRCs') are kept. the webinar 'on Monday, April 27': 27 April 2015, end of day
    B(
        text="The Nuclear Regulatory Commission staff will present a webinar for interested members of the public on Monday, April 27, regarding the agencys annual assessment of safety performance at the Oyster Creek nuclear power plant.",
        due="2015-04-28 03:59:59",
        vague=False,
        said="2015-04-21 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NRC15,
        published="2015-04-21",
    ),
    # a bare clock time: the first 3 p.m. after speaking (CONVENTIONS 6.3): 21 April 2015 15:00 EDT (page: 27 April 15:00 EDT)
    B(
        text="It is scheduled to begin at 3 p.m.",
        due="2015-04-21 19:00:00",
        vague=False,
        said="2015-04-21 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NRC15,
        published="2015-04-21",
    ),
    # performance in 2014: past
    B(
        text="The purpose of the webinar is to provide information on the Lacey Township (Ocean County), N.J., plants safety performance in 2014 and the NRCs oversight activities at the facility.",
        due=None,
        vague=False,
        said="2015-04-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NRC15,
        published="2015-04-21",
    ),
    # a meeting 'we plan to hold in late May' (a plan stays dated, CONVENTIONS 4.3): 'late' = days 21 to the end: 31 May 2015, end of day
    B(
        text="This webinar will be in addition to a public meeting we plan to hold in late May near the plant to discuss the plants performance, NRC Region I Administrator Dan Dorman said.",
        due="2015-06-01 03:59:59",
        vague=False,
        said="2015-04-21 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NRC15,
        published="2015-04-21",
    ),
    # the details come 'in an upcoming notice', which has no time; the meeting's own date is not the act promised: due None, no refusal word. unsure: a careful reader could give 28 May 2015, end of day (the details must come before the meeting) or event (CONVENTIONS 1.3)
    B(
        text="Details on the May 28 public meeting will be provided in an upcoming notice.",
        due=None,
        vague=False,
        said="2015-04-21 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NRC15,
        published="2015-04-21",
    ),
    # Nuclear Regulatory Commission (release on a public meeting on the Nuclear Fuel Services licence performance review, as carried by jcweb.libercus.net (Johnson City Press), dated 2017-04-13; a US federal work, public domain); zone America/New_York (EDT); no hour: said Thursday 13 April 2017 10:00 EDT. Sentences without a time word are not taken. a bare clock time, the meeting's day not in the stored opening: the first 6 p.m. after speaking (CONVENTIONS 6.3): 13 April 2017 18:00 EDT (page: the meeting's day is not given in the stored text)
    B(
        text="The meeting is scheduled to begin at 6 p.m. in the Erwin Town Hall, 211 N. Main Ave.",
        due="2017-04-13 22:00:00",
        vague=False,
        said="2017-04-13 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NRC17,
        published="2017-04-13",
    ),
    # an assessment period of 2015 to 2016: past
    B(
        text="The NRC staff assessed performance at the NFS facility during a period beginning Jan. 1, 2015, and ending Dec. 31, 2016, in the categories of safety operations, radiological controls, facility support and other areas.",
        due=None,
        vague=False,
        said="2017-04-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NRC17,
        published="2017-04-13",
    ),
    # The White House (Message to the Congress on the Continuation of the National Emergency with Respect to Serious Human Rights Abuse and Corruption, Office of the Press Secretary, December 16, 2020, as carried by thegoldfishreport.blogspot.com; a US federal work, public domain); zone America/New_York (EST); no hour: said Wednesday 16 December 2020 10:00 EST. The closing date line, sentences without a time word and the signature are not taken. a statutory rule ('within 90 days before the anniversary date'): recurring (CONVENTIONS 1.3)
    B(
        text="Section 202(d) of the National Emergencies Act (50 U.S.C. 1622(d)) provides for the automatic termination of a national emergency unless, within 90 days before the anniversary date of its declaration, the President publishes in the Federal Register and transmits to the Congress a notice stating that the emergency is to continue in effect beyond the anniversary date.",
        due=None,
        vague=False,
        said="2020-12-16 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_WH20,
        published="2020-12-16",
    ),
    # 'I have sent' the notice, the perfect: past (CONVENTIONS 2.4). unsure: a careful reader could give 20 December 2020, end of day (the emergency kept to that day, CONVENTIONS 3.3) or earliest 21 December 2020 ('beyond', CONVENTIONS 3.2)
    B(
        text="In accordance with this provision, I have sent to the Federal Register for publication the enclosed notice stating that the national emergency declared in Executive Order 13818 of December 20, 2017, is to continue in effect beyond December 20, 2020.",
        due=None,
        vague=False,
        said="2020-12-16 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH20,
        published="2020-12-16",
    ),
)
