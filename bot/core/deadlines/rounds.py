"""The readings each tuning round of the deadline parser added, in order (continued from
the package docstring's conventions, which hold since round 3; moved here at stop 65 to keep
__init__.py under the module length limit). Each entry names the modules it touched.

- Round 4 (after the third fresh set; clauses.py, cues.py, schedules.py): a plan or hope
  reported in the past ("it had been hoped that ... today", "it was expected that ...
  would ... by Christmas", "we had planned to ...") is the past unless a "will" follows; a
  dated day behind a past verb, "Today, <someone> declared" and "has today published" are
  the past or the day of speaking; an infinitive clause takes the negation of the clause
  it hangs on; a dated heading followed by a denial is denied; "shortly afterwards",
  "within 30 days thereafter", "a few days of the Answer he received" and a clock time "on
  the closing date" count from an undated event (refused); relative words reporting what
  was said on a past day ("a response on 4 February, saying that ... will respond
  shortly") are refused as past; "allows for an additional 30 days" and "30 days after
  (the date of) publication" count from the notice, "extends ... for an additional N days"
  is refused; "will take about 18 months" and "allow ten weeks when applying" are no
  deadlines; "from 2022 to 2025", "2026-2030", "between 2026 and 2029" fall due at the end
  of the later year (not "by 2030 to 2005 levels", nor after a participle: "emissions
  accumulated from 2021 to 2050" is a period measured); a lone clock time falls on the day
  named before it in its sentence ("begin at 9 a.m. on Tuesday and run until 4 p.m."),
  "begin at T and run about N hours" at the run's end, a day with "beginning at T" at T, a
  window that "opens at T1 EDT and closes at T2" at T2; clock times may give seconds
  ("12:45:29 a.m.", "12:45:29"); "later today" and "later this evening" are vague (with a
  clock time, exact); "31 Mar 25" is 31 March 2025; "the second working day of April"
  counts Monday-to-Friday days; "last year" or "three weeks ago" anchor relative words
  that report what was said then ("Last year he told them that he would shortly ..."); "on
  the day the House adjourns for Easter" and "rises for Christmas" name an undated day;
  "effective on the date of publication" or "upon publication" is the day the notice is
  read.
- Round 5 (after the fourth fresh set; orders.py, cues.py, clauses.py): the object of "a
  deadline of/for" ("had set a deadline of Monday") is a deadline whatever the tense of
  the setting verb, and outranks other dates of its text; a time after which things are
  refused ("received after 5 p.m. on 20 May will not be considered") is the deadline; a
  participle whose noun's verb comes next ("received on 29 August will be considered")
  reports nothing past, while a regular past verb right before a year-less date ("work
  started on 28 May") makes it the past one; "today's <noun>" names the present, no
  deadline; "as quickly/early as possible" and "as soon as reasonably practicable" are
  "soon" words; words in square brackets (struck-out text of an amended act) are not read;
  "whichever is the later" of a time and an undated event is refused, "whichever is the
  earlier" keeps the earlier; an item's length in an order of business ("to conclude
  within 90 minutes") counts from an undated start; "2 hours and 30 minutes" is one span,
  as is any "<span> and <span>" ("in 2 weeks and 3 days' time"); a consultation or call
  for evidence launched now ("launches a 12-week consultation today") ends after its
  length; a lone clock time joins "today"; "at T1 to continue to T2" falls due at T2; a
  present clause hung on a past one ("as he looks forward to his trip later this fall")
  holds the time; a start ("will commence at the end of March") gives way to a completion
  given after it; a negation stops at a relative clause with its own verb ("not working
  any issues that would delay liftoff at 4:50"); "monthly after that" does not make the
  first time recurring; a span from now beside a start ahead in its sentence ("from April
  2027 for three years") counts from that start, and "will open on 1 September and run for
  12 weeks" ends 12 weeks after 1 September.
- Round 6 (after the fifth fresh set; gate.py, joins.py, schedules.py, cues.py): a
  request, proposal or offer denied, rejected or turned down denies its dates; advice
  reported in the past ("A report stated the plan should be published by July") is the
  past; "after 80 minutes" in an order of business counts from the item's undated start;
  "announcing today that ..." is the day of saying; a vague word after "when <body>
  returns" waits for it; a reply standard for a class of items ("reply to all letters
  within 20 working days") and times on plural days ("on Fridays") are recurring, while a
  span "of the date of this order" happens once; a year-less date after a dated one keeps
  its year and the later of the list counts; "whichever is the later" reaches only the
  alternatives before it; a time between two days goes with "on <day>" after it; a lone
  time after an open-ended time on a named day, or later than a dated time, is on that
  day; a bare "6.30" (1 to 6 o'clock, no a.m./p.m., no leading zero) is the afternoon; a
  part of the day with its own clock time is that time; "that evening" names a day given
  elsewhere; "Today, <date>, I am publishing ..." with no other time is that day; "its
  2030 target" is 2030's end; "winter 2023-24" the winter into 2024; "only 8 days
  remaining" counts from now; years in brackets after a name ("Programme ...
  (2013-2020)") are its label; "in April last" is the past; a negation stops at "and
  will"; a plan that "was to be" done by a date is the plan as it was.
- Round 9 (last_checks.py, cues.py): a weekday that disagrees with its date ("on Tuesday 5
  March 2027", a Friday) is refused as a "conflict" naming both; a clock time followed by a
  zone name we do not know ("5pm Fiji time", "Central European Time") is refused naming
  it, Chamorro, Samoa and Hawaii standard times are known, and "(GMT+10:00)" is no clock
  time; a habit word governing a month ("normally commence in June") or "generally within"
  is recurring; "it is unlikely that ... before <date>" gives only the earliest date; "as
  soon as it (is) practicable" is a soon word; a lone clock time "TBD" is refused (a date
  "to be confirmed" stays); "On <the day of speaking>, <someone> announced" is that day;
  a year-less range "covering" days that would roll into next year is the period gone; a
  date inside "with the exception of ..." after a time already read is dropped; "no one has
  cancelled" leaves the date; "for no more than 10 minutes" is a speaking limit; "later in
  the week" said on a Sunday is the coming week; "a 60-day period starting Jan. 4" counts
  from that start.
- Round 10 (told.py, cues.py, clauses.py): "before the week of <day>" is due the day
  before that week starts; words naming only times already past ("before March 2025") are
  refused as "past", naming them; a part of today told in the past ("This morning, the
  Senate passed ...", "at 9 a.m. this morning had") and a day restated in brackets after
  "today" ("From today (18 March 2021), ...") follow "today"; digits of every script are
  read as digits; "[by Friday]" is read (struck-out "[2006]" is not); a time restated in
  "local time" beside a zoned one is the zoned one, and a time takes its own zone when the
  sentence's first zone is another time's; a time restated in brackets in another place's
  time ("at 10:31 p.m. (8:31 a.m. Kazakh time, May 14)") leaves the first to be read;
  "Eastern Daylight Saving time" is EDT; "On <day>, I launched ..." at the head of a
  sentence is the past day; "early in the new year" is early next year; "no other plans
  to" denies; a span "ahead of"/"in advance of" counts back from a date, or from an
  undated event (refused); "Quarter 1 of 2021" is Q1; "12.00 midnight" ends the day; "to
  get it submitted before <day>" is ahead; "not to exceed eight minutes" is a speaking
  allowance; "UT" is a zone; "upon its official publication" is the day read; "fiscal year
  (FY) 2020" is FY2020; "the date for ... is 1953" is by 1953; "and take about two years"
  and "expected to take several weeks" are durations; "as quickly and efficiently as
  possible" is a soon word; "the order of the Dáil of 2 July" dates a paper; "put
  forward" is a past form.
- Round 15 (recent.py, clauses.py, conventions.py, labels.py): a year-less date, month or
  month's end gone at most nine weeks ago is the recent past only when its sentence looks
  back at it ("the position on", "as at", "in the light of", a past verb of its own clause:
  "I can report now on the position ... on 30 June", said 5 July) and no modal, promise,
  need, "ahead of", "due" or "Label:" gives it a future, nor a weekday that fits only next
  year's; otherwise it is next year's, present tense included ("Registration opens on 15
  October"); "No <thing> is proposed / will be taken" denies its
  sentence up to a new subject's own "and we will ...", a date that "no longer is
  feasible" is given up, and the time of a plan called off goes with it ("postponed the
  business previously scheduled for next week"); "brought forward / moved back by <span>"
  is the size of the move; a change of an amount "from <date>" ("a 5% rise in the pension
  from next April") takes effect then, even when a past verb announced it; "each
  spokesperson", "each motion" leave a clock time one-off ("each day" does not); "for a
  period of five years beginning on 1 June" ends five years after 1 June; "take up the
  post on 1 February" is that day.
- Round 15 review (what reached too far): a denial stops at a new clause with a subject and
  verb of its own (": the bridge will open", ", so the line will reopen", ", which is why we
  will"), and "no doubt", "no question", "no fewer than" deny nothing; only the time of the
  plan postponed is denied, not a new one ("postponed the vote, which is now scheduled for
  Thursday"); "each <item>" leaves a clock time one-off only for a day's business (each
  motion, spokesperson, question ...), else it is a standing rule ("Each shift starts at 7
  a.m.": recurring); a change "from <date>" made in the past stays past ("We introduced a
  10% increase ... from 1 April"), one announced is ahead only when its words or the nearer
  of a year-less date's occurrences put it there, and "no increase from" is negated; "for a
  period of <span> beginning ..." needs a date after "beginning"; ruling out going past a
  time ("any delay beyond June 2027 is no longer an option") keeps it as the limit. Every
  look-around per phrase is bounded (clauses.REACH), so a long text stays linear.
- Round 16 (acts.py, cues.py, second_looks.py): "today" told of an act done today is the
  day of speaking ("Today we have taken a first step", "plans, set out today, will",
  "Ministers meeting today agreed"), as is a bare "the week" named by a past act ("in the
  week the government also started ..."); "Q2 a year ago" is last year's; a weekday after
  "on a" ("at 11am on a Friday") and the clock time on it are recurring; a range of days
  after "from" ("from June 17 to 22") falls due at its end; "tomorrow or the next day" is
  the day after tomorrow (a negation still refuses it, and "the day after the vote" is an
  event's); a leave ("it will be open to Members to ... tomorrow") is no undertaking
  (CONVENTIONS 4.2), unless a deadline word binds the time ("... to report by Friday"). A
  sentence with a future of its own keeps "today", "the week the minister promised" and
  "a year earlier" ahead ("We will announce today increased funding", "The results,
  expected today, will ...", "Tickets go on sale today priced at"); a "could be" is not
  read as a hedge (promised or confirmed, it is an undertaking).
- Round 17 (fronted.py, joins.py, second_looks.py): a part of the day naming a sitting ("at
  noon for morning hour", "morning-hour debate", "an hour of morning business") is no time;
  a day set off by a comma after an address or "that" ("Mr. Speaker, on Monday, the House
  will meet at noon ... and 2 p.m.") opens its clause, and of "On Tuesday and Wednesday,
  ..." the later day takes the clause's latest time; such a day before a denied clause
  ("On Tuesday, the House will not be in session") is denied; a time in a relative clause
  about another act (", a list of which will be announced by ...") gives way to the main
  clause's; "This would immediately ..." waits for an event; an ordinal numbering a place or
  rank ("the 23rd street entrance") is no day; "the first half of the spacewalks" no half-year.
- Round 18 (scheduling.py, possibility.py, labels.py): a day scheduled in the past tense is
  still ahead when the calendar puts it there ("Members agreed to schedule the motion for
  Tuesday 27 September"; "noted that ... had been scheduled for Monday 26 September", a
  pluperfect told back; not "The vote had been scheduled for 9 December" alone, nor "was
  scheduled to close on May 30"); "there may be <thing> <time>" and "we may / I might
  <verb> ... <time>" are possibilities, no deadline (CONVENTIONS 4.2), unless a deadline
  word binds the time ("We may finish the audit by Friday"); a year opening a bracket that
  closes on a title ("the Appropriation (2021/22 Estimates) Bill") is part of the name;
  "the week beginning Tuesday, 31 March" ends on that week's Sunday.
- Round 19 (fronted_future.py, fronted.py, periods.py): a time that opens a reported clause
  whose own verb is future ("has agreed that after oral questions on Tuesday, there will be
  a debate") is ahead, the past verb being the report's; a year-less month in a phrase
  opening a sentence whose main clause is past ("Following the Senedd's endorsement in June
  of ..., the Welsh Government issued ...") is the month gone; a month after "a"/"an" and an
  adjective ("an extremely busy July and August") is a time (March and May only in a pair).
- Round 20 (agenda.py, durations.py, moved.py, daytimes.py, periods.py, negation_scope.py):
  a day/month opening a line before a colon ("28/4: Commission to adopt ...", "6-7/5:
  Forum") is that day (not "24/7:"), and a numeric date with a year keeps one separator; how
  long an event lasts, in the present or as a stay ("which lasts up to 10 minutes", "It
  takes about 30 minutes for Dragon to re-enter", "will spend about five days attached"),
  is "event"; a time moved ("has been moved from 7th to 21st December", "moved from Monday
  to Friday") falls due at the new time; clock times with no day and no deadline word ("at
  6:30 a.m. ET, with the spacewalk scheduled to begin at 8:10 a.m.") fall due at the latest;
  a month naming an owner's gathering ("At their December meeting", "the Council's February
  meeting") is that month; a "not" in a relative clause with its own subject ("issues on
  which they do not bear the burden of proof will be due May 30") denies only that clause.
- Round 21 (daytimes.py, citations.py, durations.py): an hour with no a.m./p.m., no part of
  the day and no day ("adjourn until eight o'clock", "until ten minutes past eight") is
  the first of its two readings after the moment of speaking (on a named day, 1 to 7 stay
  the afternoon); words quoted with a closing citation of a debate ("—[Official Report,
  Commons, 9/2/26; col. 573.]", "(HC Deb, 9 February 2026, col 573)") are read as said on
  the cited day, never due on it, and "past" when due before they were quoted; the size of
  an extension ("is extending the comment period for 30 days", "will extend the deadline
  by two weeks") counts from an end not given ("event").
- Overnight windows (overnight.py): a clock window that crosses midnight ("between 8pm and
  7am", "from 22:00 to 06:00") on a day, a range of days or "from <day> for N nights" falls
  due at its later time on the morning after the last night ("on Friday 7 April" is due
  Saturday 07:00; N nights from day D on D+N); nightly hours of work running to a coarser
  period ("until summer 2017") leave that period as the deadline.
- Round 22 (standing.py, clauses.py, moved.py, agenda.py, durations.py, said_today.py): a
  clock range beside a range of weekdays ("from 8 a.m. to 6 p.m., Monday through Saturday",
  "Mon. thru Sat. from 9 a.m. to 5 p.m.") is a standing schedule whatever the verb; an
  aside between "Today," and a past verb, and "we put out ... on <date>", report the past;
  the new end of an extension or a move told in the past ("The extension from January 11
  to March 11 was granted") is the nearer of its readings; days each alone in a bracket of
  a list ("Bogalusa (2/23), ... Covington (3/1)") are dates; "30 hours free childcare" is a
  quantity, no span; a time ahead in what a verb dated "today" announces ("announced today
  the closing of ... at 6:00 p.m., Wednesday, March 30") is the announced act's.
- Round 23a (now_told.py, year_names.py, past_reading.py): a holiday without a year is a
  year-less date, so a past clause makes it the one gone ("On Boxing Day, 5,402 customers
  ... chose to", "on Christmas Day broke records"); "this year/month" in a clause told as
  done or as a present state, with nothing ahead in its sentence ("The wet conditions this
  year have allowed", "With this month's update, ... are increased") is the present, and
  "this late in the year" no time; a year naming a thing ("the 2015 program", "the
  2012-2013 ... Regulations") in a sentence told in the past is past.
- Round 23b (open_hours.py, stages.py, hhmm.py): a day named as the exception to, or an
  instance of, a schedule kept every day ("open every day except December 25", "available
  any time of the year, whether that's on Christmas Day") and hours on weekdays listed with
  "and" ("open Monday and Wednesday, 8:45 A.M.- 5 P.M.") are recurring; of two acts given
  in turn, each with its own time, the later stage counts when its window opens after the
  first time ("this June, and in the fall, will begin"); "2359 MST", "1700 hours" and "by
  1700 on 10 December" are clock times, a year elsewhere stays a year.
- Round 25a (called_off.py, floor_time.py): business said not to happen ("no roll call
  votes today", "the briefing scheduled for today at 10:30 ... has been cancelled") is
  negated, business that is only "possible" no deadline; floor time ("up to 8 hours for
  debate", "will control the first 30 minutes") counts from the undated debate (event),
  but from a stated time it closes its length later ("At 2:15pm, X will be recognized for
  up to 20 minutes": 2:35pm); "the weekly caucus luncheons" is one gathering, no schedule;
  "on Thursday and Friday, August 14 and 15" names the pair; "died" is a past form.
- Round 26a (day_names.py, release_past.py, clauses.py): a date or year naming a thing
  is no time ("Biden's January 26 memorandum", "the August-September 2016 issue",
  "designating September 23 as National ... Day", "June 1 marks the beginning of",
  "this 26th day of September, 2014, hereby ORDERED", "As we begin the 2016-2017 winter
  season", "under the FY 2023 FSCS competition", "announcing next week's business"); an
  act told as done is past: a participle clause on a past or present-perfect main clause
  with nothing ahead ("has expanded hours, with the final locations implementing new
  schedules in late September"), a count "to now, <date>", "the previous closing date
  was today, <date>", "this week" right after a past verb ("the package we approved this
  week"), and "WASHINGTON - Today, to kick off ..., X announced".
- Round 26b (not_open.py, schedule_line.py, spread_over.py): a change of a level
  "beginning <date>" falls due that day and "shortly after 4 p.m." is 4 p.m.; a present
  line of a day's schedule keeps the day it was published; "The September training" names
  its month; money spread "over five years" with no act to come is no deadline.
- Round 26c (begins_on.py, hours_kept.py, event_hours.py): a rule or change that begins on
  a day ("Beginning April 28, all visitors will require an escort") falls due that day, an
  activity that only starts then stays a start; standing hours and timetables are
  recurring; an event's own hours with a place and no day are "event".
- Round 26d (summed_up.py, naming.py): the current year summed up as done is past; "On
  12-13 February, X and Y met" is past (fronted_subject.py, removed in round 28b:
  governing.py reads it); "the 21st-century", "the President's day", "day-to-day" and
  "short-term" name, not date.
- Round 26e (today_acts.py, changes_from.py, stamps.py, terms.py): "Minister X today (3rd
  January 2020) announced" is past; "From 20 October, two more sanctions will be
  implemented" falls due that day; a talk page's "Oct 26 update:" and a signature's date
  are past; "on five-year terms, beginning today" ends with the term.
- Round 26f (none_planned.py, event_named.py): "no votes are expected" is negated; a
  month-day range before a noun or "will" ("its August 6-7 hearing") is read; a debate
  "starting at 8:45" in a day's programme is that time; a fiscal year naming a bill is no
  deadline.
- Round 27a (past_acts.py, name_years.py): a calendar date naming the day of speaking with a
  past verb in its clause is past ("commenced on 1 March 2019", read that day), as is the
  month running heading a sentence told as done ("In January 2020, the Inquiry has been
  back to work"); a span after a superlative ("the largest ... in 10 years") or how long a
  state went on ("supported us well for 108 years") is no deadline; a year between "the"
  and a name ("at the 2006 President's Dinner", "in the 2013 election") names it, unless a
  deadline word leads. A future told from a past report keeps its date ("said the rules
  would take effect on January 1").
- Round 27b (item_times.py, hours_lines.py, lengths.py, daily_hours.py): "7:45 AM
  Out-of-Town Pool Call Time" names a schedule item, not a zone; hours under "Hours:" or
  beside a phone number, with no day named, recur; "arrangements of up to three years" and
  "8 months instead of the usual 6" are lengths, not spans from now; hours kept daily
  "until May 15" fall due at that day's end.
- Round 27c (fronted_done.py, no_time_set.py): a time heading a sentence told as done
  ("This week, Wikinews editor Brianmc got an interview", "On April 1, the ports ...
  expanded") is past, and datelines take a region and a dash ("CAIRO, Egypt, Jan. 31, 2011
  –"); "will not take place" calls a plan off; a short statement ending in "?" and "Today
  is a ... day" set no time.
- Round 27d (opening_subject.py, idle_times.py): "Today, X, Title, FAIA, joined ..." (a
  release's day before a named subject with initials and its past act) is past; "today
  marks", a time taken off, "day and night" and "have been ... for 22 years" set no time.
- Round 27f (named_nights.py, no_act.py, clauses.py, stamps.py): a bracketed dateline
  ("(Tuesday, March 24, 2009) - ", "WASHINGTON (...) - ") is when a release was written
  (not "Entries close (Wednesday 2 December): ", a bracket after a closing word); a
  "Date/time:" label is no page path; "on Census night" is an event's night (undated); a
  fiscal year naming awards, appropriations or priorities ("FY 2019 grant awards") is no time.
- Round 28b (governing.py): the older past readings (a part of today told done, an act
  right after "today", a fronted subject's act, a past reported around the phrase, a story
  told in the past throughout) defer to the governing verb when it is a present, a modal,
  an imperative or an act fixing the time ("announced that applications close today at 5
  p.m.", "Today, get the paperwork signed."); three rules the reader covers are gone
  (fronted_subject.py, a date naming the day of speaking beside a past verb, the day
  restated in brackets after "today").
- Stop 36 (clock_stops.py, datelines.py, governing.py, gate.py): the stop of "a.m."/"p.m."
  before a capitalised word that is no month, weekday, zone or "Time" ends the sentence, so
  the next sentence's clock time is not joined ("10 a.m. Helpline open until 8 p.m."); words
  after a dateline ahead of the reference count from it ("(Monday, 7 December 2026) - ...
  due by Friday" is that Friday; a bracket with a deadline word, "(Deadline 14 December
  2026) - ", is a label, no dateline); a paper telling now ("the report says the scheme
  ends on 31 March"), a time moved for a day ("moved for the 20 June meeting"), a
  bracketed past aside ("The fund (launched on 1 May) closes on 30 June") and a clause
  reported without "that" after a past verb of saying ("confirmed the hearings start on 9
  December") no longer make a year-less date the past one.
- Stop 51b (conventions.py): a clock time after "beginning at"/"starting at" is an event's
  start, due then ("the newsroom will open beginning at 9 a.m.", "streamed live beginning
  at 6:30 am"); an offer open from then ("applications will be accepted ..., starting at 9
  a.m.", "available beginning at 10 a.m.") stays a start only.
- Stop 57 (hypothetical.py): a span or vague window told of an act the speaker only weighs
  ("would" with a verb of effect or state, "could", "might": "The request, if granted, would
  authorize ... for 10 years", "that would take over a dozen years") is no deadline; a "would"
  of a report (before or after: ", the minister said."), a request, a wish, an agent's act
  ("The party would immediately hold a referendum") or the speaker's own side keeps it.
- Stop 59 (second_looks.py, past_verdict.py, governing.py, possibility.py, naming.py): a vague
  word after "any <noun> <participle>" ("any division demanded shall be taken immediately")
  and "the following week/Monday", "the next day" with no other time in the text to count on
  from wait for an undated event; a perfect in the period of speaking ("has opened its new
  centre ... this week") is past unless it commits ("has promised a review this year"); the
  verb reader takes "to <Place>" for a preposition, "Theresa May" for a name, a phrase opening
  its clause on a preposition ("Following their meeting this morning at ..., X announced")
  for a fronted time, a list of subjects ending "and I had" for one clause, and more strong
  pasts ("withdrew", "quit"); a pronoun's "may"/"might" is a possibility (CONVENTIONS 4.2,
  4.3); "<plural noun> of tomorrow" ("the leaders of tomorrow") names a generation, no day.
- Stop 60 (measured_to.py, possibility.py, amounts.py, class_cases.py, second_looks.py,
  called_off.py, topic_times.py, period_figures.py, clauses.py, past_reading.py): the end of
  a range a past figure was measured over ("visits rose 30% from July 2016 through September
  2017") is past, though its range word is a limit word; the speaker's "could" names an
  option as "may" does ("we could make a decision ... next Tuesday"); a "for" span right
  before the sentence's own verb lies in the subject ("the impact of closing the park for 16
  days has been"), no act's time; "most" names a class of cases as "all" does ("Most claims
  will be acknowledged within 180 days": recurring); a day counted on ("the following
  Monday") from a time that itself waits for an event ("If the date is a Friday") waits too;
  a plan in the past perfect ("Next Thursday we had anticipated a debate") is given up; a
  time that only dates the subject talked about ("I now turn to business tomorrow", "inquire
  about the schedule for next week") is no deadline, nor is the running period framing a
  comparison or count ("busier this year than last year", "for the second time this year");
  "there is no way / no chance" denies the time after it; a perfect with "'ve" or an
  irregular participle ("I've seen ... this week", "Today, we've seen ...") is told as done;
  a time after a "since" clause's past verb past a comma ("since they last met, in early
  December") is past.
- Stop 61 (fronted_done.py): a gone day heading its sentence, set off by a comma, dates the
  whole sentence told as done, so its other times are past too ("On March 20, the department
  extended the dates from March 23 to May 22", said in November; "On April 7, 1995, FRA
  published a notice changing the hearing date ... to April 24, 1995"), and so does a gone
  month or year ("In May 2016, ... had dropped to 1.6 weeks by the end of the year"); a
  present relative clause, an infinitive ("agreed to publish") or a moved time ahead with
  its own year keeps its time. day_names.py: a day said to be a named day ("Tonight is
  Census night", "this Friday is 11 November, Remembrance Day") or a named day heading its
  sentence before a long dash ("Father's Day (June 17) — ...") is the calendar told, no
  act's time. asked_of.py: a vague window after "asking (requesting) <anyone> to" is asked
  of another ("a reasoned opinion requesting France and Ireland to comply immediately"), no
  undertaking. valued.py: a vague window inside what is only valued ("Returning to normal
  routines as quickly as possible is critical", "the importance of it being implemented as
  quickly as possible") undertakes nothing. spread_over.py: an amount's span may be set off
  by a comma ("bid for up to £1.5 million, over 2 years, to provide ..."). past_reading.py:
  a span led in by "over" in a clause told done, a perfect or a past and no infinitive or
  future ("Much work has been undertaken on this issue over a number of years"), is the
  years gone.
- Stop 61, after the first run of fresh174-178 (vocabulary.py, fact_dates.py, sittings.py,
  window_open.py, misread.py, owned_day.py, past_acts.py): "a quarter century" is no quarter
  of the year; a possessive's superlative ("Sudan's first elections in 24 years") reaches
  back as "the first ..." does; the day a document is dated by ("the report ..., dated 22
  October 2019"), on or before the day of speaking, is past; "next week and the following
  week" (or "the week after") is the week after next; a window of stated hours that opens
  at a time ("The two-hour window for liftoff opens 5:16 p.m.") is due when it closes; the
  record's "Motion made, and Question proposed, That" tells nothing of the motion's times; a
  clock time set for the business a day owns ("In relation to Wednesday's business, ...
  shall sit at 9.30 a.m.") is that day's.
"""
