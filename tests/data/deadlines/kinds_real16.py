"""A sixteenth set of real phrasings, labelled by hand BEFORE the parser was run on them: the
held-back check of round 10 of issue 12 (branch issue12t-s12), collected and labelled before
any rule of the round was written, from pages listed nowhere else in README.md (and claimed
in the helpers' shared list before use), then scored once on main before any change and once
more at the end of the round on the branch, and left as it is (no rule is written from it).
Sampled as the pages came: every full sentence of an excerpt that holds a time word was
taken, whatever its kind (headings, sentences cut off by the excerpt, and a sentence repeated
word for word on a later page were left out). Not blind in the strict sense (the collector
is the tuner), but labelled before the round's rules existed. Same conventions as
`kinds_real15.py` (publisher's zone; publication at 10:00 local; a day due at 23:59:59
local; a range or a schedule falls due at its later end; "Eastern Time" is daylight time in
summer; refusals `due=None`). Each sentence is labelled from its own words and the day it
was published, not from the sentences around it. Labels marked "unsure" are the ones a
reviewer may argue (the comment names the other reading). Sources and licences: README.md
("Sixteenth kinds set"). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_SAB96 = "http://federal.elaws.us/fr/5/1/1996/96-10816"
_PULP94 = "http://federal.elaws.us/fr/1/11/1994/94-752"
_NEJ95D = "http://federal.elaws.us/fr/12/1/1995/95-29314"
_NEJ95O = "http://federal.elaws.us/fr/10/2/1995/95-24358"
_EIA17 = "https://thefederalregister.org/82-FR/60721"
_SABJ96 = "http://federal.elaws.us/fr/6/11/1996/96-14684"
_SAB98 = "http://federal.elaws.us/fr/4/7/1998/98-9065"
_SABM96 = "http://federal.elaws.us/fr/5/16/1996/96-12345"
NY = "America/New_York"

KINDS16_CASES: tuple[BlindCase, ...] = (
    # EPA Science Advisory Board, Federal Register, Wednesday 1 May 1996 (EDT)
    # a range of times on a day: its later end, 1 p.m. EDT
    B(text="Pursuant to the Federal Advisory Committee Act, Public Law 92-463, notice is hereby given that the Environmental Engineering Committee (EEC) of the Science Advisory Board (SAB) will hold a public teleconference on May 20, 1996 from 11:00 a.m. to 1:00 p.m., Eastern Time.",
      due="1996-05-20 17:00:00", vague=False, said="1996-05-01 14:00:00", tz=NY, day_first=False,
      precision="minute", cluster=2, source=_SAB96, published="1996-05-01"),
    # the agenda of an event this sentence does not date; FY96 names the activities
    B(text="During this teleconference, the Committee will: (a) review the report of its Waste Incineration Subcommittee; (b) receive an update on EPA and SAB activities of interest; and (c) discuss potential FY96 EEC activities.",
      due=None, vague=False, said="1996-05-01 14:00:00", tz=NY, day_first=False, refusal="event",
      cluster=4, source=_SAB96, published="1996-05-01"),
    B(text="Please see previous Federal Register notice for details concerning the availability of review documents and for details concerning the charge to the Subcommittee (60 FR 43148, dated August 18, 1995).",
      due=None, vague=False, said="1996-05-01 14:00:00", tz=NY, day_first=False, refusal="past",
      cluster=3, source=_SAB96, published="1996-05-01"),
    B(text="Members of the public who wish to make a brief oral presentation to the Committee must contact Mrs. Conway in writing (by letter or by fax--see previously stated information) no later than 12 noon Eastern Time, Monday, May 13, 1996 in order to be included on the Agenda.",
      due="1996-05-13 16:00:00", vague=False, said="1996-05-01 14:00:00", tz=NY, day_first=False,
      precision="minute", cluster=2, source=_SAB96, published="1996-05-01"),
    # a speaking limit of an undated act
    B(text="A total time limit of 15 minutes will be allocated for public comment.",
      due=None, vague=False, said="1996-05-01 14:00:00", tz=NY, day_first=False, refusal="event",
      cluster=5, source=_SAB96, published="1996-05-01"),
    # EPA, pulp and paper rulemaking, Federal Register, Tuesday 11 January 1994 (EST)
    # 90 days from 17 December 1993: 17 March 1994
    # unsure: the other reading refuses (the meetings' own date is given in the next line)
    B(text="The EPA is announcing the first of two public meetings to be held during the 90-day public comment period on the notice of proposed rulemaking for the pulp, paper, and paperboard industry, published on December 17, 1993, at 58 FR 66078.",
      due="1994-03-18 04:59:59", vague=False, said="1994-01-11 15:00:00", tz=NY, day_first=False,
      precision="day", cluster=3, source=_PULP94, published="1994-01-11"),
    B(text="DATES: The public meeting will be held on January 19, 1994, from 9 a.m. to 5 p.m.",
      due="1994-01-19 22:00:00", vague=False, said="1994-01-11 15:00:00", tz=NY, day_first=False,
      precision="minute", cluster=2, source=_PULP94, published="1994-01-11"),
    # EPA, NEJAC, Federal Register, Friday 1 December 1995 (EST)
    B(text="All times noted are Eastern Standard Time (EST).",
      due=None, vague=False, said="1995-12-01 15:00:00", tz=NY, day_first=False,
      cluster=2, source=_NEJ95D, published="1995-12-01"),
    # a schedule of two days: the later, 5 p.m. on Thursday 14 December
    B(text="The full NEJAC will meet Tuesday, December 12, from 8:30 a.m. to 8:30 p.m. and Thursday, December 14 from 1 p.m. to 5 p.m. to discuss the role of the new subcommittees, follow-up on pending items from the July meeting, and discuss new business for the NEJAC.",
      due="1995-12-14 22:00:00", vague=False, said="1995-12-01 15:00:00", tz=NY, day_first=False,
      precision="minute", cluster=3, source=_NEJ95D, published="1995-12-01"),
    B(text="This meeting was previously announced in the October 2, 1995 Federal Register on page 51475.",
      due=None, vague=False, said="1995-12-01 15:00:00", tz=NY, day_first=False, refusal="past",
      cluster=3, source=_NEJ95D, published="1995-12-01"),
    B(text="Today's notice of the revised public comment period for the meeting was delayed due to the exceptional circumstance of the government shutdown.",
      due=None, vague=False, said="1995-12-01 15:00:00", tz=NY, day_first=False, refusal="past",
      cluster=5, source=_NEJ95D, published="1995-12-01"),
    B(text="Puerto Rico: This public comment period is extended from 5:30-8:30 p.m. EST on Tuesday, December 12.",
      due="1995-12-13 01:30:00", vague=False, said="1995-12-01 15:00:00", tz=NY, day_first=False,
      precision="minute", cluster=2, source=_NEJ95D, published="1995-12-01"),
    # EPA, NEJAC, Federal Register, Monday 2 October 1995 (EDT)
    # the charter's term, renewed by the notice itself: no deadline
    # unsure: the other reading is the end of the two years, 2 October 1997
    B(text="Pursuant to the Federal Advisory Committee Act (FACA), Public Law 92-463, two notices are hereby given as follows: (1) The Charter is reissued for a 2 year period to renew the National Environmental Justice Advisory Council (NEJAC).",
      due=None, vague=False, said="1995-10-02 14:00:00", tz=NY, day_first=False, refusal="past",
      cluster=5, source=_NEJ95O, published="1995-10-02"),
    # "24 Hour" names a telephone line; the dates are "described below"
    B(text="Information regarding the new NEJAC membership and other pertinent Environmental Justice knowledge can be obtained by dialing the 24 Hour Office of Environmental Justice Information Line on 1-800-962-6215; and (2) The National Environmental Justice Advisory Council (NEJAC) along with the subcommittees will meet on the dates and times described below.",
      due=None, vague=False, said="1995-10-02 14:00:00", tz=NY, day_first=False, refusal="event",
      cluster=5, source=_NEJ95O, published="1995-10-02"),
    B(text="All times noted are Eastern Standard Time.",
      due=None, vague=False, said="1995-10-02 14:00:00", tz=NY, day_first=False,
      cluster=2, source=_NEJ95O, published="1995-10-02"),
    B(text="The full NEJAC will meet Tuesday, December 12, from 9 a.m. to 7:30 p.m. and Thursday, December 14 from 1 p.m. to 5 p.m. to discuss the role of the new subcommittees, follow-up on pending items from the July meeting, and discuss new business for the NEJAC.",
      due="1995-12-14 22:00:00", vague=False, said="1995-10-02 14:00:00", tz=NY, day_first=False,
      precision="minute", cluster=3, source=_NEJ95O, published="1995-10-02"),
    B(text="A public comment period is scheduled from 6:00-7:30 p.m. on Tuesday, December 12.",
      due="1995-12-13 00:30:00", vague=False, said="1995-10-02 14:00:00", tz=NY, day_first=False,
      precision="minute", cluster=2, source=_NEJ95O, published="1995-10-02"),
    # EIA, Federal Register, Friday 22 December 2017 (EST)
    B(text="EIA has submitted an information collection request to the Office of Management and Budget (OMB) for extension under the provisions of the Paperwork Reduction Act of 1995.",
      due=None, vague=False, said="2017-12-22 15:00:00", tz=NY, day_first=False, refusal="past",
      cluster=1, source=_EIA17, published="2017-12-22"),
    # the term of an approval asked for, not a deadline
    # unsure: the other reading is three years from the notice
    B(text="The information collection requests a three-year extension of its Form GC-859 ``Nuclear Fuel Data Survey,'' OMB Control Number 1901-0287.",
      due=None, vague=False, said="2017-12-22 15:00:00", tz=NY, day_first=False,
      cluster=1, source=_EIA17, published="2017-12-22"),
    B(text="DATES: Comments regarding this proposed information collection must be received on or before January 22, 2018.",
      due="2018-01-23 04:59:59", vague=False, said="2017-12-22 15:00:00", tz=NY, day_first=False,
      precision="day", cluster=3, source=_EIA17, published="2017-12-22"),
    # EPA Science Advisory Board, Federal Register, Tuesday 11 June 1996 (EDT)
    B(text="All times noted are Eastern Daylight Time.",
      due=None, vague=False, said="1996-06-11 14:00:00", tz=NY, day_first=False,
      cluster=2, source=_SABJ96, published="1996-06-11"),
    B(text="The Science Advisory Board's (SAB's) Executive Committee will meet on Tuesday and Wednesday, June 25-26, 1996 in the Administrator's Conference Room, Room 1103, West Tower, U.S. Environmental Protection Agency Headquarters Building, 401 M St. SW, Washington, DC 20460.",
      due="1996-06-27 03:59:59", vague=False, said="1996-06-11 14:00:00", tz=NY, day_first=False,
      precision="day", cluster=3, source=_SABJ96, published="1996-06-11"),
    # read alone on Tuesday 11 June: the Wednesday is 12 June, 2 p.m. EDT
    # unsure: in its context the days are 25 and 26 June (the sentence before)
    B(text="The meeting will convene both days at 8:30 am, adjourning no later than 5:30 pm on Tuesday and 2:00 pm on Wednesday.",
      due="1996-06-12 18:00:00", vague=False, said="1996-06-11 14:00:00", tz=NY, day_first=False,
      precision="minute", cluster=3, source=_SABJ96, published="1996-06-11"),
    # EPA Science Advisory Board, Federal Register, Tuesday 7 April 1998 (EDT)
    B(text="All times noted are Eastern Time.",
      due=None, vague=False, said="1998-04-07 14:00:00", tz=NY, day_first=False,
      cluster=2, source=_SAB98, published="1998-04-07"),
    B(text="The Quality Management Subcommittee of the Science Advisory Board's (SAB) Environmental Engineering Committee, will meet Monday through Wednesday April 27-29, 1998 in the SAB Conference Room, Room 3709 (third floor of the Mall), U.S. Environmental Protection Agency Headquarters Building, 401 M Street SW, Washington, DC 20460.",
      due="1998-04-30 03:59:59", vague=False, said="1998-04-07 14:00:00", tz=NY, day_first=False,
      precision="day", cluster=3, source=_SAB98, published="1998-04-07"),
    B(text="The meeting will begin at 8:30 am on April 27 and adjourn no later than 3:30 pm on April 29.",
      due="1998-04-29 19:30:00", vague=False, said="1998-04-07 14:00:00", tz=NY, day_first=False,
      precision="minute", cluster=3, source=_SAB98, published="1998-04-07"),
    # EPA Science Advisory Board, Federal Register, Thursday 16 May 1996 (EDT)
    B(text="The Human Exposure and Health Subcommittee (HEHS) of the Science Advisory Board's (SAB) Integrated Risk Project will meet on June 13-14, 1996, at the Environmental Protection Agency's Waterside Mall Complex, 401 M Street SW., Washington, DC 20460 in Room M2103.",
      due="1996-06-15 03:59:59", vague=False, said="1996-05-16 14:00:00", tz=NY, day_first=False,
      precision="day", cluster=3, source=_SABM96, published="1996-05-16"),
    # a daily timetable of days this sentence does not name
    B(text="The meeting will begin at 9:00 a.m. and end no later than 5:00 p.m. on each day.",
      due=None, vague=False, said="1996-05-16 14:00:00", tz=NY, day_first=False, refusal="recurring",
      cluster=5, source=_SABM96, published="1996-05-16"),
    # 1990 names the report being updated
    B(text="The Subcommittee's activities are part of an SAB project to update the 1990 SAB report, Reducing Risk: Setting Priorities and Strategies for Environmental Protection.",
      due=None, vague=False, said="1996-05-16 14:00:00", tz=NY, day_first=False,
      cluster=1, source=_SABM96, published="1996-05-16"),
)
