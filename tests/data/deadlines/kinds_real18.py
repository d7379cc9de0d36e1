"""An eighteenth set of real phrasings, labelled by hand BEFORE the parser was run on them: the
held-back check of round 12 of issue 12 (branch issue12t-s14), collected and labelled before
any rule of the round was written, from pages listed nowhere else in README.md (and claimed
in the helpers' shared list before use), scored once on main before any change and once more
at the end of the round on the branch, and left as it is (no rule is written from it).
Sampled as the pages came: every full sentence of an excerpt that holds a time word was
taken, whatever its kind (sentences the excerpt cut off were left out). Not blind in the
strict sense (the collector is the tuner), but labelled before the round's rules existed.
Same conventions as `kinds_real17.py` (publisher's zone; the time of sitting given by the
record is the moment of speaking; a day due at 23:59:59 local; a range or a schedule falls
due at its later end; "as soon as possible" a vague 60 days; a season a vague window to its
end; refusals `due=None`). Each sentence is labelled from its own words and the day it was
spoken, not from the sentences around it. Labels marked "unsure" are the ones a reviewer
may argue (the comment names the other reading). Sources and licences: README.md
("Eighteenth kinds set"). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_LEG17 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2017-06-27.4.18806.h&s=speaker%3A10675"
_NI21 = "https://www.theyworkforyou.com/ni/?id=2021-06-22.4.57"
_M418 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2018-11-27.2.143664"
_BUS19 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2019-06-25.3.207164"
_M419 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2019-03-12.1.173779"
_SPF20 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2020-07-15.5.303003"
_DEAL21 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2021-09-28.2.376921"
_INQ17 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2017-05-17.1.15900"
LON = "Europe/London"

KINDS18_CASES: tuple[BlindCase, ...] = (
    # Senedd, First Minister's statement on the legislative programme, 2:43 pm BST, 27 June 2017
    B(text="I’m pleased, today, to announce the second year of the Welsh Government’s legislative programme.",
      due=None, vague=False, said="2017-06-27 13:43:00", tz=LON,
      cluster=5, source=_LEG17, published="2017-06-27"),
    # Bills brought forward in the next 12 months: a span from the day of speaking
    B(text="Before I announce the Bills we’ll be bringing forward in the next 12 months, I want to reflect on the progress made during the first year.",
      due="2018-06-27 22:59:59", vague=False, said="2017-06-27 13:43:00", tz=LON,
      cluster=3, source=_LEG17, published="2017-06-27"),
    # past act; "from April 2018" opens a period, no deadline
    B(text="Since I made my first statement in June last year, this National Assembly has passed landmark tax legislation, which will enable Wales to raise its own revenue from April 2018—the first time in almost 800 years.",
      due=None, vague=False, said="2017-06-27 13:43:00", tz=LON,
      cluster=1, source=_LEG17, published="2017-06-27"),
    B(text="The Land Transaction Tax and Anti-avoidance of Devolved Taxes (Wales) Act 2017 received Royal Assent last month, becoming the first Act of the fifth Assembly.",
      due=None, vague=False, said="2017-06-27 13:43:00", tz=LON, refusal="past",
      cluster=5, source=_LEG17, published="2017-06-27"),
    # the commitment is "in place by April 2018"; "later this afternoon" is the condition
    B(text="If the National Assembly agrees to pass the Landfill Disposals Tax (Wales) Bill later this afternoon, we will take a further step on our devolution journey and ensure landfill disposals tax—the second of the two devolved taxes—is in place by April 2018.",
      due="2018-04-30 22:59:59", vague=False, said="2017-06-27 13:43:00", tz=LON,
      cluster=3, source=_LEG17, published="2017-06-27"),
    B(text="From next year, money raised from Welsh taxes will be used to deliver devolved public services in Wales.",
      due=None, vague=False, said="2017-06-27 13:43:00", tz=LON, refusal="earliest",
      cluster=5, source=_LEG17, published="2017-06-27"),
    B(text="Last month, the Assembly also passed the Public Health (Wales) Bill.",
      due=None, vague=False, said="2017-06-27 13:43:00", tz=LON, refusal="past",
      cluster=5, source=_LEG17, published="2017-06-27"),
    # next week: Monday 3 to Sunday 9 July 2017
    B(text="The Bill is expected to receive Royal Assent next week and, once enacted, it will deliver wide-ranging public health improvements, including new restrictions on smoking in certain outdoor public places where children are present, a new licensing regime for special procedures, a ban on intimate piercings for under-18s, and improvements to provision of public toilets and pharmacy services.",
      due="2017-07-09 22:59:59", vague=False, said="2017-06-27 13:43:00", tz=LON,
      cluster=4, source=_LEG17, published="2017-06-27"),
    B(text="I announced three other Bills last year, and these continue to progress through the Assembly scrutiny stages.",
      due=None, vague=False, said="2017-06-27 13:43:00", tz=LON, refusal="past",
      cluster=5, source=_LEG17, published="2017-06-27"),
    # Northern Ireland Assembly, questions to the Minister for Communities, 2:30 pm BST, 22 June 2021
    B(text="I recently met the Rainbow Project and HERe NI, which represented the Ban Conversion Therapy group.",
      due=None, vague=False, said="2021-06-22 13:30:00", tz=LON, refusal="past",
      cluster=5, source=_NI21, published="2021-06-22"),
    # unsure: "as soon as possible" as the sets' vague 60 days; the other reading is no deadline
    B(text="I want to bring forward legislation as soon as possible, and I am working with the sector to do that.",
      due="2021-08-21 22:59:59", vague=True, said="2021-06-22 13:30:00", tz=LON,
      cluster=4, source=_NI21, published="2021-06-22"),
    # the span is dated; the recess beside it is not (and the span ends before it)
    B(text="Indeed, I will meet representatives again within the next couple of weeks, before the summer recess, to make sure that the legislation is robust and fit for purpose.",
      due="2021-07-06 22:59:59", vague=False, said="2021-06-22 13:30:00", tz=LON,
      cluster=3, source=_NI21, published="2021-06-22"),
    B(text="We discussed the issue a few months ago, and I am not sure that today's answers are very different from those given then.",
      due=None, vague=False, said="2021-06-22 13:30:00", tz=LON, refusal="past",
      cluster=5, source=_NI21, published="2021-06-22"),
    # Senedd, business statement (M4 relief road), 2:18 pm GMT, 27 November 2018
    # unsure: a possibility, not an undertaking; the other reading is Monday 3 December
    B(text="There is still some possibility that we could do that next Monday.",
      due=None, vague=False, said="2018-11-27 14:18:00", tz=LON,
      cluster=5, source=_M418, published="2018-11-27"),
    B(text="It was discussed at Business Committee this morning that there is still that possibility.",
      due=None, vague=False, said="2018-11-27 14:18:00", tz=LON, refusal="past",
      cluster=5, source=_M418, published="2018-11-27"),
    B(text="If it does go out past the end of this Assembly term, then I will be recommending to the incoming First Minister, whoever she or he would be, that the commitment by this Government is honoured, that that debate comes forward, and I don't see any reason why that couldn't happen.",
      due=None, vague=False, said="2018-11-27 14:18:00", tz=LON, refusal="event",
      cluster=5, source=_M418, published="2018-11-27"),
    B(text="We can't have a debate in Assembly time before the making of the Orders, because that is not a relevant consideration in terms of the way that that decision must be made.",
      due=None, vague=False, said="2018-11-27 14:18:00", tz=LON,
      cluster=5, source=_M418, published="2018-11-27"),
    # unsure: a possibility, not an undertaking; the other reading is Tuesday 4 December
    B(text="So, it's still not inconceivable that we could do it next Tuesday, but, if we can do it, we will.",
      due=None, vague=False, said="2018-11-27 14:18:00", tz=LON,
      cluster=5, source=_M418, published="2018-11-27"),
    # Senedd, business statement, 2:50 pm BST, 25 June 2019
    B(text="As you say, I will be making a statement on the future outlook for public spending in Wales on 16 July.",
      due="2019-07-16 22:59:59", vague=False, said="2019-06-25 13:50:00", tz=LON,
      cluster=3, source=_BUS19, published="2019-06-25"),
    B(text="As Members will be aware, we don't have a budget yet for the next year, but that doesn't mean that we don't start in earnest with our discussions in terms of identifying our budget priorities for next year, which is why I've already had my initial round of meetings with every single one of my ministerial colleagues to discuss the pressures within their portfolios but also their ambitions for next year.",
      due=None, vague=False, said="2019-06-25 13:50:00", tz=LON,
      cluster=5, source=_BUS19, published="2019-06-25"),
    # a plan for the summer: a season as a vague window to its end (31 August)
    B(text="I'm also keen to have a series of visits over the summer where I look at our priorities through the lens of the priorities the Government has set out in our programme for government—so, looking, for example, specifically at what we can be doing about decarbonisation, mental health, housing, and so on.",
      due="2019-08-31 22:59:59", vague=True, said="2019-06-25 13:50:00", tz=LON,
      cluster=4, source=_BUS19, published="2019-06-25"),
    B(text="Absolutely, the priority has to be, at this point, having some clarity from the UK Government as to where we stand for our budget next year.",
      due=None, vague=False, said="2019-06-25 13:50:00", tz=LON,
      cluster=5, source=_BUS19, published="2019-06-25"),
    B(text="The Chief Secretary to the Treasury has suggested that there will be no comprehensive spending review before the summer recess, so that does suggest to me that we could be looking, potentially, at a roll-over budget, which would be very disappointing.",
      due=None, vague=False, said="2019-06-25 13:50:00", tz=LON, refusal="negated",
      cluster=5, source=_BUS19, published="2019-06-25"),
    B(text="But we do need the clarity as soon as we possibly can.",
      due=None, vague=False, said="2019-06-25 13:50:00", tz=LON,
      cluster=5, source=_BUS19, published="2019-06-25"),
    B(text="In the meantime, we'll continue to have discussions about priorities.",
      due=None, vague=False, said="2019-06-25 13:50:00", tz=LON,
      cluster=5, source=_BUS19, published="2019-06-25"),
    B(text="Obviously, I'll make opportunities for Members to have those discussions, but, as I say, I am making a statement on 16 July, which is a perfect opportunity for Members, in the first instance, to talk to me about their priorities for the budget for next year.",
      due="2019-07-16 22:59:59", vague=False, said="2019-06-25 13:50:00", tz=LON,
      cluster=3, source=_BUS19, published="2019-06-25"),
    # Senedd, questions to the First Minister, 1:42 pm GMT, 12 March 2019
    B(text="I am unable to make any announcement until that by-election is concluded.",
      due=None, vague=False, said="2019-03-12 13:42:00", tz=LON, refusal="event",
      cluster=5, source=_M419, published="2019-03-12"),
    # Senedd, questions to the Counsel General, 12:49 pm BST, 15 July 2020
    B(text="I don't have confidence going into the summer that we will have that information, in all candour.",
      due=None, vague=False, said="2020-07-15 11:49:00", tz=LON, refusal="negated",
      cluster=5, source=_SPF20, published="2020-07-15"),
    # not until an undated event in the autumn: earliest-only
    B(text="I think that we don't now expect that announcement until the comprehensive spending review in the autumn.",
      due=None, vague=False, said="2020-07-15 11:49:00", tz=LON, refusal="earliest",
      cluster=5, source=_SPF20, published="2020-07-15"),
    B(text="It may be that other factors around devolution in England and plans for post-COVID economic recovery are causing an impact at this point in time, but that now provides a really difficult context—and that's an understatement, really—for some of the projects and programmes currently in place.",
      due=None, vague=False, said="2020-07-15 11:49:00", tz=LON,
      cluster=5, source=_SPF20, published="2020-07-15"),
    B(text="A rationally organised system would have ensured that those decisions had already been taken so that, going into 2021, there would have been a degree of continuity, which seems very, very hard to imagine can be possible if certainty isn't provided until the comprehensive spending review in the autumn, and that is a very serious missed opportunity.",
      due=None, vague=False, said="2020-07-15 11:49:00", tz=LON, refusal="past",
      cluster=5, source=_SPF20, published="2020-07-15"),
    # Senedd, questions to the First Minister, 1:41 pm BST, 28 September 2021
    B(text="The region’s joint committee approved the portfolio business case on 21 September.",
      due=None, vague=False, said="2021-09-28 12:41:00", tz=LON, refusal="past",
      cluster=5, source=_DEAL21, published="2021-09-28"),
    # a schedule of two steps falls due at its later end. Unsure: early October (the first step)
    B(text="Subject to confirmation by both local authority cabinets, we expect it to be submitted to both Governments in early October, and if all goes well, the full deal agreement could be completed by the end of this year.",
      due="2021-12-31 23:59:59", vague=False, said="2021-09-28 12:41:00", tz=LON,
      cluster=3, source=_DEAL21, published="2021-09-28"),
    # Senedd, questions to the Cabinet Secretary for Economy and Infrastructure, 1:49 pm BST, 17 May 2017
    B(text="I am confident that the local public inquiry is proceeding to the time frame that was outlined.",
      due=None, vague=False, said="2017-05-17 12:49:00", tz=LON,
      cluster=5, source=_INQ17, published="2017-05-17"),
    B(text="Subsequent to the outcome of the public local inquiry, a decision will be made, and I’ve outlined how I envisage and intend to ensure that work is carried out subject to the outcome of that inquiry without delay.",
      due=None, vague=False, said="2017-05-17 12:49:00", tz=LON, refusal="event",
      cluster=5, source=_INQ17, published="2017-05-17"),
)
