"""A thirteenth set of real phrasings, labelled by hand BEFORE the parser was run on them: the
held-back check of round 7 of issue 12 (branch issue12t-s9), collected and labelled before
any rule of the round was written, from pages listed nowhere else in README.md, then
scored once on main before any change and once more at the end of the round on the branch,
and left as it is (no rule was written from it). Sampled as the pages came: every sentence
of an excerpt that holds a time word was taken, whatever its kind, up to two to five a page.
Not blind in the strict sense (the collector is the tuner), but labelled before the round's
rules existed. Same conventions as `kinds_real9.py` to `kinds_real12.py` (publisher's zone;
publication at 10:00 local unless the page gives the time; a day due at 23:59:59 local; a
range or a schedule falls due at its later end; "next <weekday>" is that day of the
following week; "next week" ends on its Sunday; "later today" to the end of the day, vague;
an order of business for a named day falls due at that day's end; refusals `due=None`).
Labels marked "unsure" are the ones a reviewer may argue (the comment names the other
reading). Sources and licences: README.md ("Thirteenth kinds set"). Never edit these
labels to fit the parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 8 case(s) removed, Irish Government material without an open statement of its publisher (MerrionStreet, gov.ie pages of the Department of the Taoiseach and others, taoiseach.gov.ie, the Department of Housing); 25 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_D60 = "https://www.oireachtas.ie/en/debates/debate/dail/1960-12-14/40/"
_D69 = "https://www.oireachtas.ie/en/debates/debate/dail/1969-05-14/2/"
_D16 = "https://www.oireachtas.ie/ga/debates/debate/dail/2016-06-28/3/"
_D19 = "https://www.kildarestreet.com/debate/?id=2019-10-15a.47"
_D18 = "http://www.oireachtas.ie/viewdoc.asp?DocID=37627&&CatID=122"
_D24 = "http://www.kildarestreet.com/debate/?id=2024-02-27a.56"
_D23 = "http://www.kildarestreet.com/debate/?id=2023-11-07a.55"
_IBRC = "https://www.taoiseach.gov.ie/eng/News/Taoiseach's_Press_Releases/Taoiseach_requests_further_Interim_Report_from_the_IBRC_Commission_of_Investigation.html"
_SPR = "https://gov.ie/ga/roinn-an-taoisigh/preaseisiuinti/government-chief-whip-minister-naughton-publishes-spring-legislative-programme-with-46-priority-bills-due-for-progression"
_AUT = "https://gov.ie/en/press-release/638e3-minister-hildegarde-naughton-publishes-autumn-legislative-programme-with-51-priority-bills-due-for-progression"
_KYNE = "https://merrionstreet.ie/en/News-Room/News/Government_makes_significant_progress_on_legislation_programme_during_Dail_term.html"
_REG = "https://parallelparliament.co.uk/debate/2013-07-10/commons/written-statements/new-regulation-sixth-statement"
_WS19 = "https://www.parliament.uk/writtenstatements?page=2"
_WSPL = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?page=1&amp;max=20&amp;questiontype=AllQuestions&amp;house=commons%2Clords&amp;uin=HCWS1429"
_WSNI = "http://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?max=20&page=1"
_K21 = "http://en.kremlin.ru/acts/assignments/orders/65754/print"
_K21A = "http://en.special.kremlin.ru/acts/assignments/orders/65524"
L = "Europe/London"
D = "Europe/Dublin"
M = "Europe/Moscow"

KINDS13_CASES: tuple[BlindCase, ...] = (
    # Dáil, Order of Business, Wednesday 14 December 1960 (GMT): this evening's 7 o'clock
    B(text="I understand that No. 5, the Supplementary Estimate, will be introduced shortly and will be ordered for 7 o'clock this evening.",
      due="1960-12-14 19:00:00", vague=False, said="1960-12-14 10:00:00", tz=D,
      precision="minute", cluster=2, source=_D60, published="1960-12-14"),
    # unsure: '9 o'clock' of an evening sitting (the other reading: 9 a.m., already past)
    B(text="Private Members business will be taken at 9 o'clock.",
      due="1960-12-14 21:00:00", vague=False, said="1960-12-14 10:00:00", tz=D,
      precision="minute", cluster=2, source=_D60, published="1960-12-14"),
    B(text="The Taoiseach will remember that was a Private Members' Bill introduced by me some 18 months ago.",
      due=None, vague=False, said="1960-12-14 10:00:00", tz=D, refusal="past",
      cluster=5, source=_D60, published="1960-12-14"),
    # a sitting of tomorrow, 10.30 to 5: its later end
    B(text="So far as matters now stand, we assume the Dáil will meet tomorrow from 10-30 a.m. to 5 p.m.",
      due="1960-12-15 17:00:00", vague=False, said="1960-12-14 10:00:00", tz=D,
      precision="minute", cluster=2, source=_D60, published="1960-12-14"),
    # Dáil, Wednesday 14 May 1969 (Irish Standard Time all year): next Tuesday, 20 May
    B(text="We will order it for next Tuesday.",
      due="1969-05-20 22:59:59", vague=False, said="1969-05-14 09:00:00", tz=D,
      precision="day", cluster=3, source=_D69, published="1969-05-14"),
    B(text="The Budget debate will go on next week.",
      due="1969-05-25 22:59:59", vague=False, said="1969-05-14 09:00:00", tz=D,
      precision="day", cluster=3, source=_D69, published="1969-05-14"),
    # Dáil, Tuesday 28 June 2016: tomorrow's business
    B(text="Tomorrow's Government business shall be the Water Services (Amendment) Bill 2016 - Second Stage, to resume if not previously concluded; the Energy Bill 2016 [Seanad] - Second Stage, to resume if not previously concluded; the Single Resolution Board (Loan Facility Agreement) Bill 2016 - Second Stage (resumed); and a motion to instruct committee on the Single Resolution Board (Loan Facility Agreement) Bill 2016.",
      due="2016-06-29 22:59:59", vague=False, said="2016-06-28 09:00:00", tz=D,
      precision="day", cluster=3, source=_D16, published="2016-06-28"),
    B(text="I refer Members to the report of the business committee dated 23 June 2016.",
      due=None, vague=False, said="2016-06-28 09:00:00", tz=D, refusal="past",
      cluster=5, source=_D16, published="2016-06-28"),
    # Dáil, Tuesday 15 October 2019, 2.50 p.m.: the adjournment hangs on the end of a Bill's
    # debate (two hours of Private Members' time after it, or after 9.05 p.m.): undated
    B(text="On today's business, it is proposed that the Dáil shall sit later than 10 p.m. and shall adjourn on the conclusion of Private Members’ time, which shall be taken for two hours on the conclusion of the Parent's Leave and Benefits Bill 2019 [Seanad], or at 9.05 p.m., whichever is the later.",
      due=None, vague=False, said="2019-10-15 13:50:00", tz=D, refusal="event",
      cluster=5, source=_D19, published="2019-10-15"),
    B(text="No. 1, Parent’s Leave and Benefit Bill 2019 [Seanad], all Stages, shall conclude within three hours.",
      due=None, vague=False, said="2019-10-15 13:50:00", tz=D, refusal="event",
      cluster=5, source=_D19, published="2019-10-15"),
    # Dáil business, Tuesday 16 to Thursday 18 January 2018
    B(text="Thursday’s business shall be Item 31, Road Traffic (Amendment) Bill 2017 Second Stage (resumed, if not previously concluded) and Item 32, Statements re. Report of the Joint Committee on the Eighth Amendment of the Constitution (resumed, if not previously concluded).",
      due="2018-01-18 23:59:59", vague=False, said="2018-01-16 10:00:00", tz=D,
      precision="day", cluster=3, source=_D18, published="2018-01-16"),
    B(text="The Statements will be brought to a conclusion after 1 hour and 45 minutes if not previously concluded and shall be confined to a single round for An Taoiseach and the main spokespersons for parties or groups, or a member nominated in their stead, for a period not exceeding 10 minutes each.",
      due=None, vague=False, said="2018-01-16 10:00:00", tz=D, refusal="event",
      cluster=5, source=_D18, published="2018-01-16"),
    # Dáil, Tuesday 27 February 2024, 2.55 p.m.
    B(text="Wednesday's private members' business shall be the Second Stage of the Protection of Employees (Trade Union Subscriptions) Bill 2024, selected by the Independent Group.",
      due="2024-02-28 23:59:59", vague=False, said="2024-02-27 14:55:00", tz=D,
      precision="day", cluster=3, source=_D24, published="2024-02-27"),
    # Dáil, Tuesday 7 November 2023, 2.55 p.m.
    B(text="Thursday's business shall be Statements on the Energy Charter Treaty (not to exceed 147 mins).",
      due="2023-11-09 23:59:59", vague=False, said="2023-11-07 14:55:00", tz=D,
      precision="day", cluster=3, source=_D23, published="2023-11-07"),
    # an item of a list under 'Wednesday's business', alone: an earliest start and a span
    # from an undated start
    B(text="- Domestic, Sexual and Gender-Based Violence Agency Bill 2023 (Report and Final Stages) (to commence no earlier than 4.30 p.m. and if not previously concluded, to adjourn after 45 mins)",
      due=None, vague=False, said="2023-11-07 14:55:00", tz=D, refusal="event",
      cluster=5, source=_D23, published="2023-11-07"),
    # Commons written statement, 10 July 2013: a range's later end
    B(text="This statement reports on regulations within the scope of the “One-in, Two-out” rule which are expected to come into force between 1 July and 31 December 2013.",
      due="2013-12-31 23:59:59", vague=False, said="2013-07-10 09:00:00", tz=L,
      precision="day", cluster=3, source=_REG, published="2013-07-10"),
    # unsure: a forecast total over a period ending December 2013, read by the range rule;
    # the other reading: a label of the period, None
    B(text="The statement shows that the sum total of Government deregulation since January 2011 and December 2013 will be to reduce the net annual cost to business by around £931 million.",
      due="2013-12-31 23:59:59", vague=False, said="2013-07-10 09:00:00", tz=L,
      precision="day", cluster=4, source=_REG, published="2013-07-10"),
    # Lords written statement, 5 September 2019: 'later today', vague
    B(text="I will, later today, lay a draft Remedial Order to amend the Jobseekers (Back to Work Schemes) Act 2013, along with the Government Statement, setting out our response to the Report from the Joint Committee on Human Rights and other representations my Department received on the proposal for the draft Order when this was laid in Parliament between 28 June and 31 October 2018.",
      due="2019-09-05 22:59:59", vague=True, said="2019-09-05 09:00:00", tz=L,
      precision="day", cluster=3, source=_WS19, published="2019-09-05"),
    B(text="The draft Remedial Order ensures the right to a fair hearing for a small group of claimants who had lodged an appeal against a sanction decision that was retrospectively validated by the 2013 Act, if that appeal case had not been finally determined, abandoned or withdrawn before 26 March 2013.",
      due=None, vague=False, said="2019-09-05 09:00:00", tz=L, refusal="past",
      cluster=5, source=_WS19, published="2019-09-05"),
    # Lords written statement, 23 May 2019
    B(text="On the 6th of March 2019, Mr Justice Dove handed down his judgment in the case of Stephenson vs SoS MHCLG [2019] EWHC 519 (Admin).",
      due=None, vague=False, said="2019-05-23 09:00:00", tz=L, refusal="past",
      cluster=5, source=_WSPL, published="2019-05-23"),
    # Commons written statement, 19 October 2017
    B(text="At this time there is no devolved government in place and there has not been one for 10 months.",
      due=None, vague=False, said="2017-10-19 09:00:00", tz=L, refusal="past",
      cluster=5, source=_WSNI, published="2017-10-19"),
    B(text="This is not what the people of Northern Ireland voted for last March.",
      due=None, vague=False, said="2017-10-19 09:00:00", tz=L, refusal="past",
      cluster=5, source=_WSNI, published="2017-10-19"),
    # kremlin.ru, instructions of early June 2021 (day taken as the 5th; labels independent
    # of it). unsure: the census's new month, not a deadline of the instruction (None); the
    # other reading: the end of October 2021
    B(text="The Government, together with the Interior Ministry, the Emergencies Ministry, the Defence Ministry, the Justice Ministry, the Foreign Intelligence Service, the Federal Security Service, the National Guard, the Federal Guard Service, the Federal Archive Agency and regional executive authorities, is to coordinate the postponement of the national population census until October 2021 and to inform the public of its decision.",
      due=None, vague=False, said="2021-06-05 07:00:00", tz=M, refusal=None,
      cluster=3, source=_K21, published="2021-06-05"),
    # a period named as a label
    B(text="Instructions for the Government of the Russian Federation concern the reimbursement from the federal budget of 50 percent of the cost of vouchers to children’s rest and recreation camps which citizens have bought for the summer of 2021.",
      due=None, vague=False, said="2021-06-05 07:00:00", tz=M, refusal=None,
      cluster=4, source=_K21, published="2021-06-05"),
    # kremlin.ru, 2 May 2021: the past
    B(text="Vladimir Putin endorsed a list of instructions on implementing the items in the President’s Address to the Federal Assembly of April 21, 2021.",
      due=None, vague=False, said="2021-05-02 07:00:00", tz=M, refusal="past",
      cluster=5, source=_K21A, published="2021-05-02"),
)
