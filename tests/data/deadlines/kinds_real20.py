"""A twentieth set of real phrasings, labelled by hand BEFORE the parser was run on them: the
held-back check of round 14 of issue 12 (branch issue12t-s16), collected and labelled before
any rule or relabel of the round was written, from pages listed nowhere else in README.md (and
claimed in the helpers' shared list, `kinds20`, before use), scored once on main before any
change and once more at the end of the round on the branch, and left as it is (no rule is
written from it). Sampled as the pages came: every full sentence of an excerpt that holds a
time word was taken, whatever its kind (sentences the excerpt cut off, titles, and sentences
with no time word were left out).

Labelled by `CONVENTIONS.md`; the rule a label rests on is cited where one settles it. The
moment of speaking: the record's sitting time where it gives one, else noon in the speaker's
zone (none of the labels depends on the hour); a Federal Register notice is said on its day
of publication. A day falls due at 23:59:59 local, "next week" is Monday to Sunday, a line of
a business statement ("Monday 8 April—...") falls due at the end of its day. A sentence that
leans on the one before it (a bare weekday or clock time inside a statement of next week's
business) is read in its context, as the earlier kinds sets did. Labels marked "unsure" name
the other reading. Sources and licences: README.md ("Twentieth kinds set"). Never edit these
labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_NZ24A = "https://rnzngin.fifthestate.nz/2024/02/15/parliament-hansard-report-business-statement-001250"
_NZ22 = "https://livenews.co.nz/2022/03/10/parliament-hansard-report-business-statement-000837/"
_NZ24B = "https://rnzngin.fifthestate.nz/2024/08/22/parliament-hansard-report-business-statement-001377"
_UK19 = "https://parallelparliament.co.uk/debate/2019-04-04/commons/commons-chamber/business-of-the-house/ministerial-extracts"
_UK23 = "https://parallelparliament.co.uk/mp/thangam-debbonaire/debate/2023-06-29/commons/commons-chamber/business-of-the-house"
_USDA15 = "https://www.aibs.org/federal-register-resource/2015_12_04.html"
_FR21 = "https://regulations.justia.com/regulations/fedreg/2021/10/04"
AKL = "Pacific/Auckland"
LON = "Europe/London"
NY = "America/New_York"

KINDS20_CASES: tuple[BlindCase, ...] = (
    # New Zealand House, business statement, Thursday 15 February 2024 (NZDT; noon taken)
    # next week: Monday 19 to Sunday 25 February 2024
    B(text="Next week, the House will consider legislation under urgency to progress the Government’s 100-day plan.",
      due="2024-02-25 10:59:59", vague=False, said="2024-02-14 23:00:00", tz=AKL,
      cluster=4, source=_NZ24A, published="2024-02-15"),
    # unsure: "during the week" read in its context as next week's business (Sunday 25
    # February); the other reading is the week of speaking (Sunday 18 February)
    B(text="Other Legislation to be included will include the final stages of the Social Workers Registration Legislation Amendment Bill and there will be two maiden statements during the week.",
      due="2024-02-25 10:59:59", vague=False, said="2024-02-14 23:00:00", tz=AKL,
      cluster=4, source=_NZ24A, published="2024-02-15"),
    # New Zealand House, business statement, Thursday 10 March 2022 (NZDT; noon taken)
    # next week: Monday 14 to Sunday 20 March 2022; "2021-22" names a tax year in a bill's title
    B(text="Legislation to be considered next week will include the remaining stages of the Ngāti Rangitihi Claims Settlement Bill and the Taxation (Annual Rates for 2021-22, GST, and Remedial Matters) Bill; the committee stage of the Māori Commercial Aquaculture Claims Settlement Amendment Bill, and the third readings of the Commerce Amendment Bill and the Protected Disclosures (Protection of Whistleblowers) Bill.",
      due="2022-03-20 10:59:59", vague=False, said="2022-03-09 23:00:00", tz=AKL,
      cluster=1, source=_NZ22, published="2022-03-10"),
    # Wednesday of next week, 16 March 2022
    B(text="Wednesday will be a members’ day.",
      due="2022-03-16 10:59:59", vague=False, said="2022-03-09 23:00:00", tz=AKL,
      cluster=4, source=_NZ22, published="2022-03-10"),
    # a question; "18 months or so" is time already passed
    B(text="I wonder if he might inform as to when progress is expected on the Screen Industry Workers Bill, which has been on the Order Paper for 18 months or so and appears to be making no progress.",
      due=None, vague=False, said="2022-03-09 23:00:00", tz=AKL, refusal="past",
      cluster=5, source=_NZ22, published="2022-03-10"),
    # unsure: "in the fullness of time, at the appropriate moment" read as hung on an undated
    # moment (CONVENTIONS 5.2); the other reading takes "in the fullness of time" as a synonym
    # of "in due course", vague, 60 days (it is not among the words CONVENTIONS 5.1 lists)
    B(text="The House, of course, has a very busy schedule, and the Government—a very busy and very productive Government—has a lot of legislation that we’re trying to work our way through at the moment, but I can assure the member that in the fullness of time, at the appropriate moment, it will make its way to the top of the Order Paper.",
      due=None, vague=False, said="2022-03-09 23:00:00", tz=AKL, refusal="event",
      cluster=5, source=_NZ22, published="2022-03-10"),
    # New Zealand House, business statement, Thursday 22 August 2024 (NZST; noon taken)
    # next week: Monday 26 August to Sunday 1 September 2024
    B(text="Next week, the House will consider the first reading of the Social Workers Registration Amendment Bill, continue the committee stage of the Corrections Amendment Bill, and consider the third readings of the Local Government (Water Services Preliminary Arrangements) Bill and the Resource Management (Extended Duration of Coastal Permits for Marine Farms) Amendment Bill.",
      due="2024-09-01 11:59:59", vague=False, said="2024-08-22 00:00:00", tz=AKL,
      cluster=4, source=_NZ24B, published="2024-08-22"),
    # Tuesday of next week, 27 August 2024
    B(text="On Tuesday, we start the Estimates debate with the debates on finance and the children’s portfolio.",
      due="2024-08-27 11:59:59", vague=False, said="2024-08-22 00:00:00", tz=AKL,
      cluster=4, source=_NZ24B, published="2024-08-22"),
    # House of Commons, business of the House, Thursday 4 April 2019 (BST; noon taken)
    # a question: no undertaking
    B(text="Will the Leader of the House give us the business for next week?",
      due=None, vague=False, said="2019-04-04 11:00:00", tz=LON,
      cluster=5, source=_UK19, published="2019-04-04"),
    # the week's business: next week, Monday 8 to Sunday 14 April 2019
    B(text="The business for next week is as follows:",
      due="2019-04-14 22:59:59", vague=False, said="2019-04-04 11:00:00", tz=LON,
      cluster=4, source=_UK19, published="2019-04-04"),
    # the day's business; "Regulations 2019" names the instruments
    B(text="Monday 8 April—Motion to approve a statutory instrument relating to the draft Electronic Communications (Amendment etc.) (EU Exit) Regulations 2019, followed by a motion to approve a statutory instrument relating to the draft Trade in Torture etc. Goods (Amendment) (EU Exit) Regulations 2019, followed by a general debate on UN International Day for the Elimination of Racial Discrimination.",
      due="2019-04-08 22:59:59", vague=False, said="2019-04-04 11:00:00", tz=LON,
      cluster=1, source=_UK19, published="2019-04-04"),
    B(text="Tuesday 9 April—Motion to approve the Burma (Sanctions) (EU Exit) Regulations 2019, followed by a motion to approve the Venezuela (Sanctions) (EU Exit) Regulations 2019, followed by a motion to approve the Iran (Sanctions) (Human Rights) (EU Exit) Regulations 2019, followed by a motion to approve the Republic Of Guinea-Bissau (Sanctions) (EU Exit) Regulations, followed by general debate on housing.",
      due="2019-04-09 22:59:59", vague=False, said="2019-04-04 11:00:00", tz=LON,
      cluster=1, source=_UK19, published="2019-04-04"),
    B(text="Wednesday 10 April—Motion to approve the draft Regulatory Reform (Scotland) Act 2014 (Consequential Modifications) Order 2019, followed by a general debate on the 50th anniversary of the continuous at sea deterrent.",
      due="2019-04-10 22:59:59", vague=False, said="2019-04-04 11:00:00", tz=LON,
      cluster=1, source=_UK19, published="2019-04-04"),
    B(text="Thursday 11 April—General debate on the definition of Islamophobia.",
      due="2019-04-11 22:59:59", vague=False, said="2019-04-04 11:00:00", tz=LON,
      cluster=4, source=_UK19, published="2019-04-04"),
    # CONVENTIONS 5.2: "as soon as possible" hung on an undated event
    B(text="Subject to the progress of those talks, there is the possibility that business will alter, and I will of course update the House as soon as possible in such an eventuality.",
      due=None, vague=False, said="2019-04-04 11:00:00", tz=LON, refusal="event",
      cluster=5, source=_UK19, published="2019-04-04"),
    # House of Commons, business of the House, Thursday 29 June 2023, 10.33 am BST (the record's time)
    # next week: Monday 3 to Sunday 9 July 2023
    B(text="The business for next week is as follows:",
      due="2023-07-09 22:59:59", vague=False, said="2023-06-29 09:33:00", tz=LON,
      cluster=4, source=_UK23, published="2023-06-29"),
    B(text="Monday 3 July—Second Reading of the Economic Activity of Public Bodies (Overseas Matters) Bill.",
      due="2023-07-03 22:59:59", vague=False, said="2023-06-29 09:33:00", tz=LON,
      cluster=4, source=_UK23, published="2023-06-29"),
    B(text="Tuesday 4 July—Estimates day (4th allotted day).",
      due="2023-07-04 22:59:59", vague=False, said="2023-06-29 09:33:00", tz=LON,
      cluster=1, source=_UK23, published="2023-06-29"),
    B(text="Wednesday 5 July—Estimates day (5th allotted day).",
      due="2023-07-05 22:59:59", vague=False, said="2023-06-29 09:33:00", tz=LON,
      cluster=1, source=_UK23, published="2023-06-29"),
    # unsure: in its context 7 pm on Wednesday 5 July (the line before); the other reading,
    # the sentence alone, is 7 pm on the day of speaking (29 June, 18:00 UTC)
    B(text="At 7 pm, the House will be asked to agree all outstanding estimates.",
      due="2023-07-05 18:00:00", vague=False, said="2023-06-29 09:33:00", tz=LON,
      cluster=2, source=_UK23, published="2023-06-29"),
    # "six years since" is an anniversary in the past
    B(text="Thursday 6 July—Proceedings on the Supply and Appropriation (Main Estimates) (No. 2) Bill; followed by a general debate on building safety and social housing, to mark six years since the Grenfell Tower tragedy; followed by a motion on the role and status of the Commonwealth Parliamentary Association.",
      due="2023-07-06 22:59:59", vague=False, said="2023-06-29 09:33:00", tz=LON,
      cluster=1, source=_UK23, published="2023-06-29"),
    # CONVENTIONS 4.1: a day on which nothing happens
    B(text="Friday 7 July—The House will not be sitting.",
      due=None, vague=False, said="2023-06-29 09:33:00", tz=LON, refusal="negated",
      cluster=5, source=_UK23, published="2023-06-29"),
    # the week commencing 10 July: its end, Sunday 16 July 2023
    B(text="The provisional business for the week commencing 10 July includes:",
      due="2023-07-16 22:59:59", vague=False, said="2023-06-29 09:33:00", tz=LON,
      cluster=4, source=_UK23, published="2023-06-29"),
    # USDA notice (Federal Register), carried by AIBS on Friday 4 December 2015 (EST; noon taken)
    # the years name statutes: no date
    B(text="In accordance with the Federal Advisory Committee Act, 5 U.S.C. App 2, Section 1408 of the National Agricultural Research, Extension, and Teaching Policy Act of 1977 (7 U.S.C. 3123), and the Agricultural Act of 2014, the U.S. Department of Agriculture (USDA) announces a meeting of the National Agricultural Research, Extension, Education, and Economics Advisory Board.",
      due=None, vague=False, said="2015-12-04 17:00:00", tz=NY,
      cluster=1, source=_USDA15, published="2015-12-04"),
    # CONVENTIONS 6.1: a range falls due at its later end, 18 December 2015
    B(text="DATES: December 16-18, 2015.",
      due="2015-12-19 04:59:59", vague=False, said="2015-12-04 17:00:00", tz=NY,
      cluster=3, source=_USDA15, published="2015-12-04"),
    B(text="The public may file written comments before or up to January 4, 2016.",
      due="2016-01-05 04:59:59", vague=False, said="2015-12-04 17:00:00", tz=NY,
      cluster=3, source=_USDA15, published="2015-12-04"),
    # Federal Register, Monday 4 October 2021 (EDT; noon taken)
    # CONVENTIONS 3.1: a one-off event on its day (Eastern time taken, the Register's)
    B(text="On Wednesday, November 17, 2021, the Bureau of Ocean Energy Management (BOEM) will open and publicly announce bids received for blocks offered in the Gulf of Mexico (GOM) Outer Continental Shelf (OCS) Oil and Gas Lease Sale 257 (GOM Lease Sale 257), in accordance with the provisions of the Outer Continental Shelf Lands Act (OCSLA), as amended, and the implementing regulations issued pursuant thereto.",
      due="2021-11-18 04:59:59", vague=False, said="2021-10-04 16:00:00", tz=NY,
      cluster=1, source=_FR21, published="2021-10-04"),
    # the deadline, 7 October 2021; "Summer 2022" is the season the schedules are for
    B(text="Under this notice, the FAA announces the submission deadline of October 7, 2021, for Summer 2022 flight schedules at Chicago O'Hare International Airport (ORD), John F. Kennedy International Airport (JFK), Los Angeles International Airport (LAX), Newark Liberty International Airport (EWR), and San Francisco International Airport (SFO).",
      due="2021-10-08 03:59:59", vague=False, said="2021-10-04 16:00:00", tz=NY,
      cluster=3, source=_FR21, published="2021-10-04"),
)
