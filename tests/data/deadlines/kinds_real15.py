"""A fifteenth set of real phrasings, labelled by hand BEFORE the parser was run on them: the
held-back check of round 9 of issue 12 (branch issue12t-s11), collected and labelled before
any rule of the round was written, from pages listed nowhere else in README.md (and claimed
in the helpers' shared list before use), then scored once on main before any change and once
more at the end of the round on the branch, and left as it is (no rule is written from it).
Sampled as the pages came: every full sentence of an excerpt that holds a time word was
taken, whatever its kind (headings, list fragments without a verb, sentences cut off by the
excerpt, and a question repeated word for word on a second page were left out). Not blind in
the strict sense (the collector is the tuner), but labelled before the round's rules
existed. Same conventions as `kinds_real14.py` (publisher's zone; publication at 10:00 local
unless the page gives the time; a day due at 23:59:59 local; a range or a schedule falls due
at its later end; "next week" ends on its Sunday, "the following week" on the Sunday after;
an order of business for a named day falls due at that day's end; a House that rises on one
day and returns on another falls due on the day of return, as "adjourned ... until <day>"
does; "N business days after" counts federal working days, public holidays left out;
refusals `due=None`). Labels marked "unsure" are the ones a reviewer may argue (the comment
names the other reading). Sources and licences: README.md ("Fifteenth kinds set"). Never
edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_B20 = "https://parallelparliament.co.uk/mp/valerie-vaz/debate/Commons/2020-01-09/debates/095CEAA3-C3C9-4A1D-83A7-E1853CE378AF/BusinessOfTheHouse"
_B18 = "https://parallelparliament.co.uk/mp/valerie-vaz/debate/Commons/2018-07-19/debates/DC2BC4C4-3A6A-4410-8F75-EB2292E2DC8B/BusinessOfTheHouse"
_VP19 = "https://publications.parliament.uk/pa/cm201719/cmvote/190423v01.html"
_FR03 = "https://www.federalregister.gov/documents/2003/05/05/03-10936/noaa-climate-and-global-change-program-program-announcement"
_FR08 = "https://regulations.justia.com/regulations/fedreg/2008/04/21/E8-8581.html"
L = "Europe/London"
NY = "America/New_York"

KINDS15_CASES: tuple[BlindCase, ...] = (
    # Commons, business of the House, Thursday 9 January 2020 (GMT)
    # a question, no pledge
    B(text="Will the Leader of the House please give us the forthcoming business?",
      due=None, vague=False, said="2020-01-09 10:00:00", tz=L,
      cluster=5, source=_B20, published="2020-01-09"),
    # a greeting about the break just past, no pledge
    B(text="May I begin by wishing everybody a very happy new year and welcoming them all back after the Christmas break?",
      due=None, vague=False, said="2020-01-09 10:00:00", tz=L, refusal="past",
      cluster=5, source=_B20, published="2020-01-09"),
    # next week: 13-19 January, due on its Sunday
    B(text="The business for next week will be:",
      due="2020-01-19 23:59:59", vague=False, said="2020-01-09 10:00:00", tz=L,
      precision="day", cluster=4, source=_B20, published="2020-01-09"),
    B(text="Monday 13 January—Continuation of the debate on the Queen’s Speech on Britain in the world.",
      due="2020-01-13 23:59:59", vague=False, said="2020-01-09 10:00:00", tz=L,
      precision="day", cluster=3, source=_B20, published="2020-01-09"),
    B(text="Tuesday 14 January—Continuation of the debate on the Queen’s Speech on education and local government.",
      due="2020-01-14 23:59:59", vague=False, said="2020-01-09 10:00:00", tz=L,
      precision="day", cluster=3, source=_B20, published="2020-01-09"),
    B(text="Wednesday 15 January—Continuation of the debate on the Queen’s Speech on a green industrial revolution.",
      due="2020-01-15 23:59:59", vague=False, said="2020-01-09 10:00:00", tz=L,
      precision="day", cluster=3, source=_B20, published="2020-01-09"),
    B(text="Thursday 16 January—Continuation of the debate on the Queen’s Speech on health and social care.",
      due="2020-01-16 23:59:59", vague=False, said="2020-01-09 10:00:00", tz=L,
      precision="day", cluster=3, source=_B20, published="2020-01-09"),
    B(text="Friday 17 January—The House will not be sitting.",
      due=None, vague=False, said="2020-01-09 10:00:00", tz=L, refusal="negated",
      cluster=5, source=_B20, published="2020-01-09"),
    # the week after next: 20-26 January, due on its Sunday
    B(text="The provisional business for the following week will include:",
      due="2020-01-26 23:59:59", vague=False, said="2020-01-09 10:00:00", tz=L,
      precision="day", cluster=4, source=_B20, published="2020-01-09"),
    B(text="Monday 20 January—Conclusion of the debate on the Queen’s Speech on the economy and jobs.",
      due="2020-01-20 23:59:59", vague=False, said="2020-01-09 10:00:00", tz=L,
      precision="day", cluster=3, source=_B20, published="2020-01-09"),
    # rise on one day, return on a later one: the later end
    B(text="I am pleased to announce that subject to the progress of business, the House will rise for the constituency recess at the conclusion of business on Thursday 13 February and return on Monday 24 February.",
      due="2020-02-24 23:59:59", vague=False, said="2020-01-09 10:00:00", tz=L,
      precision="day", cluster=3, source=_B20, published="2020-01-09"),
    B(text="For Easter, the House will rise at the conclusion of business on Tuesday 31 March and return on Tuesday 21 April.",
      due="2020-04-21 22:59:59", vague=False, said="2020-01-09 10:00:00", tz=L,
      precision="day", cluster=3, source=_B20, published="2020-01-09"),
    B(text="For the early May bank holiday, the House will rise at the conclusion of business on Wednesday 6 May and return on Monday 11 May.",
      due="2020-05-11 22:59:59", vague=False, said="2020-01-09 10:00:00", tz=L,
      precision="day", cluster=3, source=_B20, published="2020-01-09"),
    B(text="The House will rise for the Whitsun recess at the conclusion of business on Thursday 21 May and return on Tuesday 2 June.",
      due="2020-06-02 22:59:59", vague=False, said="2020-01-09 10:00:00", tz=L,
      precision="day", cluster=3, source=_B20, published="2020-01-09"),
    B(text="For the summer recess, the House will rise at the conclusion of business on Tuesday 21 July and return on Tuesday 8 September.",
      due="2020-09-08 22:59:59", vague=False, said="2020-01-09 10:00:00", tz=L,
      precision="day", cluster=3, source=_B20, published="2020-01-09"),
    # Commons, business of the House, Thursday 19 July 2018 (BST); its opening question is
    # word for word the one of 9 January 2020 above, and is left out
    # next week: 23-29 July, due on its Sunday
    B(text="The business for next week will be as follows:",
      due="2018-07-29 22:59:59", vague=False, said="2018-07-19 09:00:00", tz=L,
      precision="day", cluster=4, source=_B18, published="2018-07-19"),
    B(text="Monday 23 July—General debate on strengthening the Union.",
      due="2018-07-23 22:59:59", vague=False, said="2018-07-19 09:00:00", tz=L,
      precision="day", cluster=3, source=_B18, published="2018-07-19"),
    B(text="Tuesday 24 July—Debate on a motion relating to the Third Report Of Session 2017-19 from the Committee On Standards, followed by a general debate on matters to be considered before the forthcoming adjournment.",
      due="2018-07-24 22:59:59", vague=False, said="2018-07-19 09:00:00", tz=L,
      precision="day", cluster=1, source=_B18, published="2018-07-19"),
    # the week commencing Monday 3 September: due on Sunday 9 September
    B(text="The business for the week commencing 3 September will include:",
      due="2018-09-09 22:59:59", vague=False, said="2018-07-19 09:00:00", tz=L,
      precision="day", cluster=4, source=_B18, published="2018-07-19"),
    B(text="Monday 3 September—The House will not be sitting.",
      due=None, vague=False, said="2018-07-19 09:00:00", tz=L, refusal="negated",
      cluster=5, source=_B18, published="2018-07-19"),
    B(text="Tuesday 4 September—Second Reading of the Civil Liability Bill [Lords].",
      due="2018-09-04 22:59:59", vague=False, said="2018-07-19 09:00:00", tz=L,
      precision="day", cluster=3, source=_B18, published="2018-07-19"),
    B(text="Wednesday 5 September—Remaining stages of the Tenant Fees Bill, followed by remaining stages of the Voyeurism (Offences) (No.2) Bill.",
      due="2018-09-05 22:59:59", vague=False, said="2018-07-19 09:00:00", tz=L,
      precision="day", cluster=1, source=_B18, published="2018-07-19"),
    B(text="Thursday 6 September—Business to be nominated by the Backbench Business Committee.",
      due="2018-09-06 22:59:59", vague=False, said="2018-07-19 09:00:00", tz=L,
      precision="day", cluster=3, source=_B18, published="2018-07-19"),
    B(text="Friday 7 September—The House will not be sitting.",
      due=None, vague=False, said="2018-07-19 09:00:00", tz=L, refusal="negated",
      cluster=5, source=_B18, published="2018-07-19"),
    # unsure: the September sitting begins in the week commencing 3 September, so its second
    # week is that commencing 10 September, due Sunday 16 September (the other reading:
    # "the second week of September", days 8-14, due 14 September)
    B(text="I am also pleased to announce that there will be a debate on proxy voting in the second week of the September sitting.",
      due="2018-09-16 22:59:59", vague=False, said="2018-07-19 09:00:00", tz=L,
      precision="day", cluster=4, source=_B18, published="2018-07-19"),
    # a wish for the recess, no pledge
    B(text="As we head off for a much needed summer break, may I take this opportunity to wish Members across the House a peaceful and enjoyable few weeks, spending time with their constituents as well as with their families?",
      due=None, vague=False, said="2018-07-19 09:00:00", tz=L,
      cluster=5, source=_B18, published="2018-07-19"),
    # Commons Votes and Proceedings, Tuesday 23 April 2019 (BST): a record of the day
    B(text="The House met at 2.30 pm.",
      due=None, vague=False, said="2019-04-23 09:00:00", tz=L, refusal="past",
      cluster=5, source=_VP19, published="2019-04-23"),
    B(text="The House observed a minute’s silence in remembrance of the victims of the recent terrorist attacks in Sri Lanka.",
      due=None, vague=False, said="2019-04-23 09:00:00", tz=L, refusal="past",
      cluster=5, source=_VP19, published="2019-04-23"),
    B(text="Resolved, That the Northern Ireland (Extension of Period for Executive Formation) Regulations 2019 (S.I., 2019, No. 616), which were laid before this House on 21 March, be approved.—(John Penrose.)",
      due=None, vague=False, said="2019-04-23 09:00:00", tz=L, refusal="past",
      cluster=5, source=_VP19, published="2019-04-23"),
    B(text="Resolved, That the draft Animal Health, Seed Potatoes and Food (Amendment) (Northern Ireland) (EU Exit) Regulations 2019, which were laid before this House on 3 April, be approved.—(Mr Robert Goodwill.)",
      due=None, vague=False, said="2019-04-23 09:00:00", tz=L, refusal="past",
      cluster=5, source=_VP19, published="2019-04-23"),
    # an order for the sitting of Wednesday 24 April: that day's end
    # unsure: "for up to six hours from the commencement of proceedings" counts from an
    # undated moment of that sitting (the other reading: refused as an event)
    B(text="Ordered, That at the sitting on Wednesday 24 April, paragraph (2) of Standing Order No. 31 (Questions on amendments) shall apply to the Motions in the name of the Leader of the Opposition as if the day were an Opposition Day; proceedings on those Motions may continue, though opposed, after the moment of interruption and for up to six hours from the commencement of proceedings on the first such Motion and shall then lapse if not previously disposed of; and Standing Order No. 41A (Deferred divisions) shall not apply.—(Jo Churchill.)",
      due="2019-04-24 22:59:59", vague=False, said="2019-04-23 09:00:00", tz=L,
      precision="day", cluster=3, source=_VP19, published="2019-04-23"),
    # adjourned until tomorrow: the sitting of Wednesday 24 April (no clock time given)
    B(text="Adjourned at 10.52 pm until tomorrow.",
      due="2019-04-24 22:59:59", vague=False, said="2019-04-23 09:00:00", tz=L,
      precision="day", cluster=3, source=_VP19, published="2019-04-23"),
    # NOAA, Federal Register, Monday 5 May 2003 (EDT); the announcement appears that day
    # 60 federal business days after 5 May 2003 (Memorial Day 26 May and 4 July left out):
    # Wednesday 30 July 2003, 5 p.m. EDT
    # unsure: the other reading refuses (counted from an event the sentence does not date)
    B(text="Unless otherwise noted, strict deadlines for submission to the FY 2004 process are: Full Proposals must be received at the Office of Global Programs no later than 5 p.m. EDT 60 Business Days after the Announcement appears in the Federal Register.",
      due="2003-07-30 21:00:00", vague=False, said="2003-05-05 14:00:00", tz=NY, day_first=False,
      precision="minute", cluster=1, source=_FR03, published="2003-05-05"),
    # 20 business days after 5 May 2003 (Memorial Day left out): Tuesday 3 June, 5 p.m. EDT
    B(text="Letters of Intent should be received at the Office of Global Programs no later than 5 p.m. EDT 20 Business Days after the Announcement appears in the Federal Register.",
      due="2003-06-03 21:00:00", vague=False, said="2003-05-05 14:00:00", tz=NY, day_first=False,
      precision="minute", cluster=1, source=_FR03, published="2003-05-05"),
    # International Trade Administration, Federal Register, Monday 21 April 2008 (EDT)
    # the date chosen among three: the deadline is the Tuesday
    B(text="Since the new deadline would have fallen on Saturday, August 30, 2008, and Monday, September 1, 2008, is a federal holiday, the deadline is Tuesday, September 2, 2008.",
      due="2008-09-03 03:59:59", vague=False, said="2008-04-21 14:00:00", tz=NY, day_first=False,
      precision="day", cluster=3, source=_FR08, published="2008-04-21"),
    B(text="The final results, in turn, will be due 120 days after the date of issuance of the preliminary results, unless extended.",
      due=None, vague=False, said="2008-04-21 14:00:00", tz=NY, day_first=False, refusal="event",
      cluster=5, source=_FR08, published="2008-04-21"),
)
