"""A nineteenth set of real phrasings, labelled by hand BEFORE the parser was run on them: the
held-back check of round 13 of issue 12 (branch issue12t-s15), collected and labelled before
any rule or relabel of the round was written, from pages listed nowhere else in README.md (and
claimed in the helpers' shared list before use), scored once on main before any change and
once more at the end of the round on the branch, and left as it is (no rule is written from
it). Sampled as the pages came: every full sentence of an excerpt that holds a time word was
taken, whatever its kind (sentences the excerpt cut off, and date lines such as "Dated:
November 14, 2001.", were left out). Not blind in the strict sense (the collector is the
tuner), but labelled before the round's rules existed.

Labelled by `CONVENTIONS.md` (the first set so labelled); the rule a label rests on is cited
where one settles it. The moment of speaking: the record's sitting time where it gives one,
else noon in the speaker's zone (none of the labels depends on the hour); a Federal Register
notice is said on its day of publication. A day falls due at 23:59:59 local, an afternoon at
18:00, "early next week" is Monday-Tuesday (vague), "next week" Monday to Sunday. Labels
marked "unsure" name the other reading. Sources and licences: README.md ("Nineteenth kinds
set"). Never edit these labels to fit the parser.

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 7 case(s) removed, Scottish Parliament material (Scottish Parliament Copyright Licence, https://parlamaid-alba.scot/about/copyright: no use in connection with party political purposes or advertising endorsement, a restriction of purpose: not open); 33 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_CR02 = "https://www.congress.gov/107/crec/2002/09/19/modified/CREC-2002-09-19-pt1-PgH6406-7.htm"
_CR01 = "https://fbaum.unc.edu/lobby/_107th/102_Terrorism_Re-insurance/Congressional_Statements/Thomas/H_Frost_090801.htm"
_CR06 = "http://votesmart.org/public-statement/210529/legislative-program"
_SEC16 = "https://regulations.justia.com/regulations/fedreg/2016/02/23/2016-03708.html"
_ACHP01 = "https://self-law.org/code/register/2001/11/20/01-28908"
_SP22 = "https://parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/meeting-of-parliament-01-03-2022?iob=123502&meeting=13606"
_CANTOR11 = "http://swacgirl.blogspot.com/2011/01/us-house-agenda-altered-in-wake-of.html?m=1"
NY = "America/New_York"
LON = "Europe/London"

KINDS19_CASES: tuple[BlindCase, ...] = (
    # Congressional Record, House, Thursday 19 September 2002 (EDT; noon taken)
    B(text="Mr. Speaker, I take this time to inquire about the schedule for next week.",
      due=None, vague=False, said="2002-09-19 16:00:00", tz=NY,
      cluster=5, source=_CR02, published="2002-09-19"),
    B(text="Mr. Speaker, I am pleased to announce that the House has completed its legislative business for the week.",
      due=None, vague=False, said="2002-09-19 16:00:00", tz=NY, refusal="past",
      cluster=5, source=_CR02, published="2002-09-19"),
    # CONVENTIONS 6.1 and 3.1: one day, two clock times: the later, 2 p.m. EDT on 24 September
    B(text="The House will next meet for legislative business on Tuesday, September 24, at 12:30 p.m. for morning hour and 2 o'clock p.m. for legislative business.",
      due="2002-09-24 18:00:00", vague=False, said="2002-09-19 16:00:00", tz=NY,
      cluster=2, source=_CR02, published="2002-09-19"),
    B(text="I will schedule a number of measures under suspension of the rules, a list of which will be distributed to Members' offices tomorrow.",
      due="2002-09-21 03:59:59", vague=False, said="2002-09-19 16:00:00", tz=NY,
      cluster=3, source=_CR02, published="2002-09-19"),
    # CONVENTIONS 4.1: the votes are put off to a new time, which counts (6:30 p.m. EDT, Tuesday 24)
    B(text="Recorded votes on Tuesday will be postponed until 6:30 p.m.",
      due="2002-09-24 22:30:00", vague=False, said="2002-09-19 16:00:00", tz=NY,
      cluster=2, source=_CR02, published="2002-09-19"),
    # a range of days: the later end, Thursday 26 September (CONVENTIONS 6.1); "as soon as
    # possible" and "in April" belong to a resolution's text and the past
    B(text="Mr. Speaker, for Wednesday and Thursday, I have scheduled the following measures: a conference report to accompany H.R. 1646, the State Department Authorization Act; a resolution calling for completion as soon as possible for the worker pension security legislation that passed this House in April and has not been considered in the other body; H.R. 4691, the Abortion Nondiscrimination Act of 2002; a continuing resolution; and H.R. 4600, the Health Act of 2002.",
      due="2002-09-27 03:59:59", vague=False, said="2002-09-19 16:00:00", tz=NY,
      cluster=3, source=_CR02, published="2002-09-19"),
    # next week: Monday 23 to Sunday 29 September 2002
    B(text="I understand the gentleman is saying H.R. 4600, the medical malpractice bill, will be on the floor next week.",
      due="2002-09-30 03:59:59", vague=False, said="2002-09-19 16:00:00", tz=NY,
      cluster=4, source=_CR02, published="2002-09-19"),
    B(text="I thank the gentlewoman for the inquiry; and if the gentlewoman would continue to yield, we expect to deal with that bill on Thursday of next week.",
      due="2002-09-27 03:59:59", vague=False, said="2002-09-19 16:00:00", tz=NY,
      cluster=4, source=_CR02, published="2002-09-19"),
    # Congressional Record, House, Thursday 8 November 2001 (EST; noon taken)
    B(text="Mr. Speaker, I am pleased to announce that the House has completed its legislative business for the week.",
      due=None, vague=False, said="2001-11-08 17:00:00", tz=NY, refusal="past",
      cluster=5, source=_CR01, published="2001-11-08"),
    # CONVENTIONS 6.1: the later clock time of the day, 2 p.m. EST on 13 November
    B(text="The House will next meet for legislative business on Tuesday, November 13 at 12:30 p.m. for morning hour and 2 p.m. for legislative business.",
      due="2001-11-13 19:00:00", vague=False, said="2001-11-08 17:00:00", tz=NY,
      cluster=2, source=_CR01, published="2001-11-08"),
    B(text="The House will consider a number of measures under suspension of the rules, a list of which will be distributed to Members' offices tomorrow.",
      due="2001-11-10 04:59:59", vague=False, said="2001-11-08 17:00:00", tz=NY,
      cluster=3, source=_CR01, published="2001-11-08"),
    # CONVENTIONS 3.2: only a lower bound (no votes before 6:30 p.m. EST, Tuesday 13 November)
    B(text="Mr. Speaker, on Tuesday, Members should be aware that there will be no recorded votes before 6:30 p.m.",
      due=None, vague=False, said="2001-11-08 17:00:00", tz=NY, refusal="earliest",
      earliest="2001-11-13 23:30:00", cluster=5, source=_CR01, published="2001-11-08"),
    B(text="In compliance with a request from the gentleman from Kansas (Mr. MORAN), on Tuesday no recorded votes are expected before 6:30 p.m.",
      due=None, vague=False, said="2001-11-08 17:00:00", tz=NY, refusal="earliest",
      earliest="2001-11-13 23:30:00", cluster=5, source=_CR01, published="2001-11-08"),
    # unsure: Wednesday 14 November "and the balance of the week" read to the week's end,
    # Sunday 18 November (the sets' week); the other reading is the House's last sitting day
    # of that week, Friday 16 November
    B(text="On Wednesday and the balance of the week, the House will consider several authorization and appropriations bills now in conference.",
      due="2001-11-19 04:59:59", vague=False, said="2001-11-08 17:00:00", tz=NY,
      cluster=4, source=_CR01, published="2001-11-08"),
    # CONVENTIONS 5.2: hung on an undated event
    B(text="I will be happy to schedule them as soon as they become available.",
      due=None, vague=False, said="2001-11-08 17:00:00", tz=NY, refusal="event",
      cluster=5, source=_CR01, published="2001-11-08"),
    # "early next week": Monday-Tuesday of the week of 12 November, vague; the scheduling after
    # it hangs on an event (CONVENTIONS 5.2) and gives no time of its own
    B(text="Chairman YOUNG also reports that the markup of the Department of Defense Appropriations Act should be completed early next week, and I will schedule that bill for consideration in the House as soon as it is ready for the floor.",
      due="2001-11-14 04:59:59", vague=True, said="2001-11-08 17:00:00", tz=NY,
      cluster=4, source=_CR01, published="2001-11-08"),
    # Congressional Record, House, Thursday 14 September 2006 (EDT; noon taken)
    # CONVENTIONS 6.1: Tuesday 19 September, the later time, 2 p.m. EDT
    B(text="Mr. Speaker, next week, the House will convene Tuesday at 12:30 p.m. for morning hour and 2 p.m. for legislative business.",
      due="2006-09-19 18:00:00", vague=False, said="2006-09-14 16:00:00", tz=NY,
      cluster=2, source=_CR06, published="2006-09-14"),
    # tomorrow afternoon: Friday 15 September, the afternoon ending 18:00 EDT
    B(text="A final list of those bills will be sent to Members' offices by tomorrow afternoon.",
      due="2006-09-15 22:00:00", vague=False, said="2006-09-14 16:00:00", tz=NY,
      cluster=2, source=_CR06, published="2006-09-14"),
    # next week: Monday 18 to Sunday 24 September 2006; "any time" is no date
    B(text="I would also like to note conference reports may be brought up at any time, and I expect to see H.R. 5122, the Sonny Montgomery National Defense Authorization Act for Fiscal Year 2007, a conference report, and hopefully we will have that passed next week.",
      due="2006-09-25 03:59:59", vague=False, said="2006-09-14 16:00:00", tz=NY,
      cluster=3, source=_CR06, published="2006-09-14"),
    # unsure: "next Friday" said on a Thursday read as Friday 22 September (the Friday of next
    # week, Rosh Hashanah's eve); the other reading is tomorrow, Friday 15 September
    B(text="About Friday votes, I know Members want to get home in time next Friday for Rosh Hashanah, and I am working to make that happen.",
      due="2006-09-23 03:59:59", vague=False, said="2006-09-14 16:00:00", tz=NY,
      cluster=4, source=_CR06, published="2006-09-14"),
    # Thursday of the week spoken of (next week): 21 September, end of day
    B(text="But to do that, I believe we will be in very late on Thursday.",
      due="2006-09-22 03:59:59", vague=False, said="2006-09-14 16:00:00", tz=NY,
      cluster=4, source=_CR06, published="2006-09-14"),
    # the undertaking is completing the week's work late on Thursday 21 September; Friday
    # morning is a suggestion for flights
    B(text="So I would suggest to Members that if they want to make flight arrangements for first thing on Friday morning, that would be the safe thing to do, but I do expect that we will be in late on Thursday in order to complete our work for the week.",
      due="2006-09-22 03:59:59", vague=False, said="2006-09-14 16:00:00", tz=NY,
      cluster=3, source=_CR06, published="2006-09-14"),
    # SEC, Federal Register 81 FR 8867, Tuesday 23 February 2016 (noon taken)
    # CONVENTIONS 3.1: the period's end as scheduled (the next sentence moves it)
    B(text="The original comment period is scheduled to end on February 29, 2016.",
      due="2016-03-01 04:59:59", vague=False, said="2016-02-23 17:00:00", tz=NY,
      cluster=3, source=_SEC16, published="2016-02-23"),
    # the explicit end counts; "by 45 days" is the size of the extension (EDT from 13 March)
    B(text="The Commission is extending the time period in which to provide the Commission with comments by 45 days, until April 14, 2016.",
      due="2016-04-15 03:59:59", vague=False, said="2016-02-23 17:00:00", tz=NY,
      cluster=3, source=_SEC16, published="2016-02-23"),
    B(text="DATES: Comments on the document published December 31, 2015 (80 FR 81948) must be in writing and received by April 14, 2016.",
      due="2016-04-15 03:59:59", vague=False, said="2016-02-23 17:00:00", tz=NY,
      cluster=3, source=_SEC16, published="2016-02-23"),
    # Advisory Council on Historic Preservation, Federal Register 66 FR (No. 224), Tuesday 20
    # November 2001 (noon taken)
    B(text="The original comment period, November 9, 2001, is now extended to December 10, 2001.",
      due="2001-12-11 04:59:59", vague=False, said="2001-11-20 17:00:00", tz=NY,
      cluster=3, source=_ACHP01, published="2001-11-20"),
    B(text="Submit comments on or before December 10, 2001.",
      due="2001-12-11 04:59:59", vague=False, said="2001-11-20 17:00:00", tz=NY,
      cluster=3, source=_ACHP01, published="2001-11-20"),
    B(text="On October 19, 2001, the Advisory Council on Historic Preservation (“Council”) notified the public of its intent to issue Program Comments that would streamline the historic preservation review process for projects involving historic natural gas pipelines (see 66 FR 53198).",
      due=None, vague=False, said="2001-11-20 17:00:00", tz=NY, refusal="past",
      cluster=5, source=_ACHP01, published="2001-11-20"),
    B(text="That notice established the deadline for public comment as November 9, 2001.",
      due=None, vague=False, said="2001-11-20 17:00:00", tz=NY, refusal="past",
      cluster=5, source=_ACHP01, published="2001-11-20"),
    B(text="In response to requests for extending that deadline, the Council hereby extends the deadline for public comment until December 10, 2001.",
      due="2001-12-11 04:59:59", vague=False, said="2001-11-20 17:00:00", tz=NY,
      cluster=3, source=_ACHP01, published="2001-11-20"),
    # House Majority Leader's statement, Sunday 9 January 2011 (EST; noon taken)
    # CONVENTIONS 4.1: the week's legislation is called off and no new time is given
    B(text="In consultation with the Speaker and the Democratic Leadership, I have postponed all previously-scheduled legislation for the coming week to accommodate any action needed in light of yesterday's tragic events in Arizona.",
      due=None, vague=False, said="2011-01-09 17:00:00", tz=NY, refusal="negated",
      cluster=5, source=_CANTOR11, published="2011-01-09"),
    # CONVENTIONS 3.1: the pro forma sitting on Tuesday 11 January falls due that day; the
    # denied votes are no time of their own
    B(text="The House will meet on Tuesday in pro forma session and there will be no votes or legislative business expected for that day.",
      due="2011-01-12 04:59:59", vague=False, said="2011-01-09 17:00:00", tz=NY,
      cluster=3, source=_CANTOR11, published="2011-01-09"),
    # unsure: the sitting's clock time, 10:00 EST on Wednesday 12 January (CONVENTIONS 3.1);
    # the other reading is the end of Wednesday, when the resolution is to be considered
    B(text="On Wednesday, the House will meet at 10:00 a.m. for legislative business and we will consider at least one resolution honoring Representative Giffords and honoring those who have fallen, including Federal Judge John Roll and Gabe Zimmerman, a member of Congresswoman Giffords' congressional staff.",
      due="2011-01-12 15:00:00", vague=False, said="2011-01-09 17:00:00", tz=NY,
      cluster=2, source=_CANTOR11, published="2011-01-09"),
)
