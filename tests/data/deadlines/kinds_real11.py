"""An eleventh set of real phrasings, labelled by hand BEFORE the parser was run on them: the
third held-back check of round 6 of issue 12 (branch issue12t-s8), collected after all of
the round's rules (the tenth set's fixes included) from pages listed nowhere else in
README.md, labelled and committed before any run, then scored once on the branch and once
on main. Not blind in the strict sense (the collector is the tuner). Same conventions as
`kinds_real9.py` and `kinds_real10.py` (publisher's zone; publication at 10:00 local; a day
due at 23:59:59 local; a quarter falls due at its last day; refusals `due=None`). Sources
and licences: README.md ("Eleventh kinds set"). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_W24 = "https://www.kildarestreet.com/wrans/?id=2024-07-04a.557.q"
_W05 = "https://www.oireachtas.ie/ga/debates/question/2005-06-29/24/"
_W15 = "https://www.kildarestreet.com/wrans/?id=2015-01-14a.267"
_EPA18 = "https://www.epa.gov/newsreleases/epa-announces-extended-comment-period-and-public-hearing-proposed-rule-strengthen"
_EPA06 = "https://archive.epa.gov/epapages/newsroom_archive/newsreleases/235da965ae634b7285257147006883ca.html"
_FR08 = "https://kyenvironmentallaw.blogspot.com/2008/07/epa-to-extend-public-comment-period-for.html"
D = "Europe/Dublin"
N = "America/New_York"

KINDS11_CASES: tuple[BlindCase, ...] = (
    # Dáil written answer, Thursday 4 July 2024: the end of Q3 2024 (IST)
    B(text="It is expected that the Act will be fully commenced in Q3 2024 pending the roll out of a new IT system.",
      due="2024-09-30 22:59:59", vague=False, said="2024-07-04 09:00:00", tz=D,
      precision="quarter", cluster=4, source=_W24, published="2024-07-04"),
    # what was done over the past two years
    B(text="My Department has progressed a suite of legislative priorities over the last 2 years.",
      due=None, vague=False, said="2024-07-04 09:00:00", tz=D, refusal="past",
      cluster=5, source=_W24, published="2024-07-04"),
    # Dáil written answer, Wednesday 29 June 2005: the past
    B(text="The first took place in 2004, on the basis of a consultation paper, approved by the Government at end-2003, which set out the core legislative proposals.",
      due=None, vague=False, said="2005-06-29 09:00:00", tz=D, refusal="past",
      cluster=5, source=_W05, published="2005-06-29"),
    # concluded last April; the report that follows has no date
    B(text="That second public consultation concluded in April last and the outcome will be the subject of a report from the Law Reform Commission, containing recommendations for consideration by my Department.",
      due=None, vague=False, said="2005-06-29 09:00:00", tz=D, refusal="past",
      cluster=5, source=_W05, published="2005-06-29"),
    # the past
    B(text="Far from there having been a delay, it is only following the establishment of my Department in June 2002, and the setting up of a dedicated charities regulation unit in February 2003, that moves began to be taken towards regulation of the charities sector.",
      due=None, vague=False, said="2005-06-29 09:00:00", tz=D, refusal="past",
      cluster=5, source=_W05, published="2005-06-29"),
    # Dáil written answer, Wednesday 14 January 2015: the past
    B(text="A number of new Standing Orders were adopted by the Dáil on 17 October 2013 in order to underpin these new arrangements and these Standing Orders came into effect on 5 November 2013.",
      due=None, vague=False, said="2015-01-14 10:00:00", tz=D, refusal="past",
      cluster=5, source=_W15, published="2015-01-14"),
    B(text="The Heads of the Gender Recognition Bill were referred to the Joint Oireachtas Committee on Education and Social Protection for pre-legislative scrutiny in July 2013 and, following consideration of these Heads of Bill, the Joint Committee issued its report on 16 January 2014.",
      due=None, vague=False, said="2015-01-14 10:00:00", tz=D, refusal="past",
      cluster=5, source=_W15, published="2015-01-14"),
    # EPA news release, 24 May 2018: the hearing on 17 July 2018
    B(text="EPA is also announcing a public hearing for the proposed rule, which will be held on July 17, 2018, in Washington, D.C.",
      due="2018-07-18 03:59:59", vague=False, said="2018-05-24 14:00:00", tz=N, day_first=False,
      precision="day", cluster=3, source=_EPA18, published="2018-05-24"),
    # the old closing date, already past
    B(text="On April 30, 2018, EPA announced the proposed rule with a 30-day comment period that was scheduled to close on May 30.",
      due=None, vague=False, said="2018-05-24 14:00:00", tz=N, day_first=False, refusal="past",
      cluster=5, source=_EPA18, published="2018-05-24"),
    # the new closing date, 16 August 2018
    B(text="With today’s extension, the comment period will now close on August 16.",
      due="2018-08-17 03:59:59", vague=False, said="2018-05-24 14:00:00", tz=N, day_first=False,
      precision="day", cluster=3, source=_EPA18, published="2018-05-24"),
    # EPA news release, 5 April 2006: 17 April 2006 (EDT)
    B(text="The comment period for the proposed revisions to the NAAQS for particulate matter has not changed and will close on April 17, 2006.",
      due="2006-04-18 03:59:59", vague=False, said="2006-04-05 14:00:00", tz=N, day_first=False,
      precision="day", cluster=3, source=_EPA06, published="2006-04-05"),
    # the new end, not the old one
    B(text="Therefore, the public comment period is being extended for 90 days and will now end on July 10, 2006, rather than on April 10, 2006.",
      due="2006-07-11 03:59:59", vague=False, said="2006-04-05 14:00:00", tz=N, day_first=False,
      precision="day", cluster=3, source=_EPA06, published="2006-04-05"),
    # a 90-day extension from an end this sentence does not give: event
    B(text="EPA is announcing a 90-day extension to the public comment period for its proposal on how best to implement any new standards that may result from the recently proposed revisions to the particulate matter air quality standards.",
      due=None, vague=False, said="2006-04-05 14:00:00", tz=N, day_first=False, refusal="event",
      cluster=5, source=_EPA06, published="2006-04-05"),
    # the past
    B(text="EPA proposed revisions to the National Ambient Air Quality Standards (NAAQS) for particulate matter on Jan. 17, 2006.",
      due=None, vague=False, said="2006-04-05 14:00:00", tz=N, day_first=False, refusal="past",
      cluster=5, source=_EPA06, published="2006-04-05"),
    # Federal Register notice quoted on a blog (9 July 2008): until 4 August 2008
    B(text="On July 1, 2008, the court granted the joint motion, and therefore EPA is extending the comment period until August 4, 2008.",
      due="2008-08-05 03:59:59", vague=False, said="2008-07-09 14:00:00", tz=N, day_first=False,
      precision="day", cluster=3, source=_FR08, published="2008-07-09"),
    # the old plan ('were to be submitted by July 21'), superseded
    B(text="As initially published in the Federal Register on May 20, 2008, written comments on the proposed rule were to be submitted by July 21, 2008.",
      due=None, vague=False, said="2008-07-09 14:00:00", tz=N, day_first=False, refusal="past",
      cluster=5, source=_FR08, published="2008-07-09"),
)
