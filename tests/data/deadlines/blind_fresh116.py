"""A HUNDRED-AND-SIXTEENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the afternoon (the machine's clock read 15:51 at the
start and about 16:00 when the labels were written), by a labelling helper (branch issue12l116-s48)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 48, whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full (rules 3.1a and 6.4 among them), the
docstring, comments, some cases and README section of `blind_fresh112.py`, and the top docstring of
the parser package only (the vague windows, "early / mid / late" as thirds of a period, weeks running
Monday to Sunday, "before"/"by" periods, a range falling due at its later end); nothing else of
`bot/core/deadlines/` was opened. The brief asked for EU institutions where reuse is allowed (each on
its own legal notice), kremlin.ru (CC BY 4.0), Wikinews (CC BY), Statistics Canada and Canadian
enactments (open), the UK Parliament (Open Parliament Licence) and at most a quarter US federal (public
domain); at least eight publishers, none above a fifth of the cases.

The set quotes two House of Commons Hansard pages (Business of the House of 31 March 2022;
Environment questions of 12 January 2023), Statistics Canada's Daily of 11 October 2024 and its 'The
Daily' information page as archived on 28 November 2006, Wikinews (three leads of 2010, 2011 and 2019
carried by easyasklive.com with their date lines; the news briefs of 26 April 2008 on en.m.wikinews.org),
the European Parliament (the minutes of 9 October 2019 and a motion for a resolution of March 2025,
both carried by MIL-OSI sites with 'Source: European Parliament'), kremlin.ru (condolences and a
greeting of 18 and 19 April 2022 carried by a forum thread; the Helsinki news conference of 16 July
2018 reproduced by a blog), NASA (an advisory and a release of 7 March 2011 on The Space Library
wiki; the Cygnus NG-15 advisory of 18 February 2021 carried by technewsdirt.com, NASA's part only),
the Council of the EU (the 'Main topics' overview for 20 May to 2 June 2019, the General Affairs
Council results of 18 October 2016 and of 26 June 2018, carried by pubaffairsbruxelles.eu,
eumonitor.nl and ifa.ie) and the European Commission (the Commissioners' calendar for 8 to 14 October
2018, carried by government-world.com): 81 cases from 8 publishers (the UK Parliament 16; NASA
13; the Council of the EU 12; Statistics Canada 12; Wikinews 11; the European Parliament
8; the President of Russia 8; the European Commission 1). 13 of the 81 (16.0%) are from the
United States (NASA); 68 are not. No Canadian enactment was taken (the searches offered none that
was fresh).

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a part of
the day, a period, a span, a year, "now", "current", "recent", "previous", "always", "then", "never
... before", "until", "date"); the sentences of the openings read that hold none were skipped, as
were titles, headings, date and status lines ("The House met at half-past Nine o'clock"), navigation,
speakers' names, contact lines and sentences cut off by the end of an opening. Hansard's business
lines, two lines ending in a colon, EP recitals and a numbered point, and a calendar item were taken
as they stand; line breaks inside a sentence were read as spaces and no word was changed
("particpants", "Portofolio", the spaces before a comma or full stop, the straight and curly
quotation marks and a closing quotation mark whose opening lies in an earlier sentence stay as the
pages have them). The sentences were found with a search over stored copies of public pages and
taken as they came in the openings the search returns, in page order. See README.md
("Hundred-and-sixteenth fresh blind set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was
checked with the lead's `fresh_check.py` (the address and, for most, a distinctive phrase of the
page) and claimed (`fresh116`) in `/work/helper-brief/claims.txt` before its quotes were kept; many
pages were found used and dropped (README.md lists them). Every sentence was then checked whole with
the same tool (skipping this file); the Daily's line on its release times was found used (stock
wording) and dropped before labelling, and the Council overview's first line ('Overview of the main
subjects to be discussed at meetings of the Council of the EU over the next two weeks.') was found used
and dropped. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for Hansard, America/Toronto for Statistics
Canada, UTC for Wikinews, Europe/Brussels for the EU institutions, Europe/Moscow for kremlin.ru,
America/Chicago for NASA's Houston advisory and America/New_York for its Washington items); the
conversion of local instants to UTC wall time, weekdays and day counts were done with Python's
zoneinfo and datetime in a scratch script outside the repository, never with code of the project.
No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these
texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh112.py`: the publication date at 10:00 local time unless the page gives an hour (a
Kremlin item's time, the Daily's 08:30 release, Hansard's 09:30 sitting, an archive's capture
instant), and where a page carries no date in its opening, the one its words or other facts give
(each page's first comment says which and why); a day falls due at 23:59:59 local; a week at
Sunday's end; "early / mid" a month at the end of its first or middle third; a range or a list falls
due at its later end (CONVENTIONS 6.1, 6.2); a clock time with no day of its own in the sentence is
its first occurrence after the moment of speaking, with the page's instant written in the comment
(CONVENTIONS 6.3); a date of effect or an event on a day is due then (CONVENTIONS 3.1); a stay until a
date falls due then (CONVENTIONS 3.3); days denied ("will not be sitting") are negated (CONVENTIONS
4.1); done acts are past (CONVENTIONS 2.4); standing rules ("each working day", "on the afternoon
before their release") are recurring, times hung on an undated event ("following the news
conference", "After Cygnus capture", "then") event (CONVENTIONS 1.3); refusals have `due=None` and a
`refusal` kind; a sentence whose time words set no time for any act ("now available", "current",
"Today" as these days, "at the end of the day" as an idiom) has `due=None` and no refusal word (17
such). No sentence holds nights of work (CONVENTIONS 6.4 decides none); one "immediately" is read as
the 7-day vague window (CONVENTIONS 5.1, marked unsure). Clusters as in `blind_fresh112.py`: 1 no time
set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods and vague windows, 5
refusals, 6 plain days and dates. 35 labels are refusals (past 28, negated 2, event 3,
recurring 2), 1 is vague; 29 labels carry a due instant; 16 are marked "unsure" and name the
other reading; like every label here they stay as committed, whatever the first run shows. First
run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit
these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HCBUS = "https://hansard.parliament.uk/Commons/2022-03-31/debates/BB200139-5E12-431B-BAA0-796251B6E089/BusinessOfTheHouse"
_HCEFRA = "https://hansard.parliament.uk/Commons/2023-01-12/debates/ca00d4d6-b891-4c88-a1d3-ed667b03b03e/CommonsChamber"
_STC24 = "https://www150.statcan.gc.ca/n1/dai-quo/index-eng.htm?HPA=1"
_STCAB = "https://webarchiveweb.wayback.bac-lac.canada.ca/web/20061128193148/http:/www.statcan.ca/english/dai-quo/adaily.htm"
_WNEAL = "https://www.easyasklive.com/page/101"
_WNCAT = "https://en.m.wikinews.org/wiki/Category:April_26,_2008"
_EPMIN = "https://foreignaffairs.co.nz/2019/10/11/mil-osi-europe-minutes-wednesday-9-october-2019-brussels-provisional-edition/"
_EPMOT = "https://newzintel.com/category/business/page/1317/"
_KRCAS = "https://cassiopaea.org/forum/threads/from-the-kremlin.51930/page-4"
_KRHEL = "https://tributetoapresident.blogspot.com/2018/07/news-conference-following-talks-between.html?m=0"
_NASA11 = "http://thespacelibrary.com/mediawiki/index.php/Mar_7_2011"
_NASA21 = "http://www.technewsdirt.com/watch-live-at-11-am-et-nasa-previews-cygnus-ng-15-cargo-ship-launch/"
_CONMT = "https://www.pubaffairsbruxelles.eu/eu-institution-news/main-topics-and-media-events-20-may-2-june-2019/"
_CONGAC16 = "https://www.eumonitor.nl/9353000/1/j9vvik7m1c3gyxp/vk90na7w9myy?ctx=vk5jg5akd2zj&s0e=vhdubxdwqrzw"
_CONGAC18 = "https://www.ifa.ie/brexit-results-of-the-general-affairs-council-26-june/"
_ECCAL = "http://government-world.com/calendrier-du-8-octobre-au-14-octobre-2018/?print=print"

FRESH116_CASES: tuple[BlindCase, ...] = (
    # UK Parliament, House of Commons Hansard, Business of the House, Thursday 31 March 2022 (hansard.parliament.uk); zone Europe/London, said at 10:00 local (BST), the page gives no hour. The line ends in a colon and is taken as it stands: the business of the week commencing Monday 18 April falls due at the end of that week, Sunday 24 April (weeks run Monday to Sunday, parser docstring; CONVENTIONS 6.1, a schedule falls due at its end). unsure: a careful reader could give the start of the week (earliest) or None for a heading [local due 2022-04-24 23:59:59 Europe/London]
    B(
        text="The business for the week commencing 18 April will include:",
        due="2022-04-24 22:59:59",
        vague=False,
        said="2022-03-31 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HCBUS,
        published="2022-03-31",
    ),
    # the same page: the House will not sit on Monday 18 April (Easter Monday): a time denied, negated (CONVENTIONS 4.1)
    B(
        text="Monday 18 April—The House will not be sitting.",
        due=None,
        vague=False,
        said="2022-03-31 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HCBUS,
        published="2022-03-31",
    ),
    # the same page: the Second Reading is set for Tuesday 19 April: a one-off event on a day, due at its end (CONVENTIONS 3.1) [local due 2022-04-19 23:59:59 Europe/London]
    B(
        text="Tuesday 19 April—Second Reading of the Online Safety Bill.",
        due="2022-04-19 22:59:59",
        vague=False,
        said="2022-03-31 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS,
        published="2022-03-31",
    ),
    # the same page: three items in turn on Wednesday 20 April: one day, due at its end (CONVENTIONS 6.1) [local due 2022-04-20 23:59:59 Europe/London]
    B(
        text="Wednesday 20 April—Consideration of Lords amendments to the Subsidy Control Bill, followed by consideration of Lords amendments to the Building Safety Bill, followed by consideration of Lords amendments to the Nationality and Borders Bill.",
        due="2022-04-20 22:59:59",
        vague=False,
        said="2022-03-31 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS,
        published="2022-03-31",
    ),
    # the same page ('The subject for this debate was determined by the Backbench Business Committee.' after it holds no time word and was skipped): Thursday 21 April, due at its end (CONVENTIONS 6.1) [local due 2022-04-21 23:59:59 Europe/London]
    B(
        text="Thursday 21 April—Consideration of Lords amendments to the Judicial Review and Courts Bill, followed by a general debate on childhood cancer outcomes.",
        due="2022-04-21 22:59:59",
        vague=False,
        said="2022-03-31 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS,
        published="2022-03-31",
    ),
    # the same page: no sitting on Friday 22 April: negated (CONVENTIONS 4.1)
    B(
        text="Friday 22 April—The House will not be sitting.",
        due=None,
        vague=False,
        said="2022-03-31 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HCBUS,
        published="2022-03-31",
    ),
    # the same page: the provisional business of the week commencing Monday 25 April: due at the week's end, Sunday 1 May (as the first line of the statement). unsure: earliest or None for a heading, as above [local due 2022-05-01 23:59:59 Europe/London]
    B(
        text="The provisional business for the week commencing 25 April will include:",
        due="2022-05-01 22:59:59",
        vague=False,
        said="2022-03-31 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HCBUS,
        published="2022-03-31",
    ),
    # the same page: four items in turn on Monday 25 April: one day, due at its end (CONVENTIONS 6.1) [local due 2022-04-25 23:59:59 Europe/London]
    B(
        text="Monday 25 April—Consideration of Lords amendments, followed by consideration of a carry-over motion relating to the Higher Education (Freedom of Speech) Bill, followed by consideration of a carry-over motion relating to the Animal Welfare (Kept Animals) Bill, followed by consideration of a carry-over motion relating to the High Speed Rail (Crewe-Manchester) Bill.",
        due="2022-04-25 22:59:59",
        vague=False,
        said="2022-03-31 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS,
        published="2022-03-31",
    ),
    # the same page (the shadow Leader of the House): thanks given now; 'last week' is the covid of the past and 'the forthcoming business' sets no time of its own: past
    B(
        text="I thank the Leader of the House for the forthcoming business and his kind welcome back; my deputy, my hon. Friend the Member for Newport East (Jessica Morden), for covering for me so skilfully; and hon. Members for their good wishes when I was laid low with covid last week.",
        due=None,
        vague=False,
        said="2022-03-31 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCBUS,
        published="2022-03-31",
    ),
    # the same page: 'I will close ... in today's debate': the promised act is on the day of speaking, due at its end (CONVENTIONS 2.1, 2.3). 'before the forthcoming Adjournment' names the debate, not a time for the act [local due 2022-03-31 23:59:59 Europe/London]
    B(
        text="I will close for the Opposition in today’s debate on matters to be raised before the forthcoming Adjournment, which in my view is a jewel in the crown of democratic processes in this place.",
        due="2022-03-31 22:59:59",
        vague=False,
        said="2022-03-31 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS,
        published="2022-03-31",
    ),
    # the same page: 'I will say more then' points back to today's debate, which only the sentence before gives; 'then' alone is an undated event: event (CONVENTIONS 1.3, 6.3 on days given by another sentence). unsure: a careful reader could give the end of the day of speaking (page: the debate is that day)
    B(
        text="I will say more then, but for the benefit of those who will sadly not be joining us—how could they miss it?—let me wish everybody a happy recess.",
        due=None,
        vague=False,
        said="2022-03-31 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HCBUS,
        published="2022-03-31",
    ),
    # UK Parliament, House of Commons Hansard, Thursday 12 January 2023, Environment, Food and Rural Affairs questions (hansard.parliament.uk); zone Europe/London, said at 09:30 local (GMT), when the page says the House met and questions began. The monitoring rose from 2016 to now: a done act, past ('The House met at half-past Nine o'clock' before it is a status line and was skipped, as were the questions without a time word)
    B(
        text="It is also why we have increased our monitoring from 5% in 2016 right up to 19% now.",
        due=None,
        vague=False,
        said="2023-01-12 09:30:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCEFRA,
        published="2023-01-12",
    ),
    # the same page: 'It will be 100% next year': due at the end of 2023 [local due 2023-12-31 23:59:59 Europe/London]
    B(
        text="It will be 100% next year.",
        due="2023-12-31 23:59:59",
        vague=False,
        said="2023-01-12 09:30:00",
        tz="Europe/London",
        cluster=4,
        source=_HCEFRA,
        published="2023-01-12",
    ),
    # the same page: what was received each year for the last three years is past
    B(
        text="Interestingly, one might want to note that under the Labour party there was no monitoring at all, and that the Environment Agency has received £2.2 million each year for the last three years specifically for water company enforcement to ensure that robust action is taken against illegal breaches.",
        due=None,
        vague=False,
        said="2023-01-12 09:30:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCEFRA,
        published="2023-01-12",
    ),
    # the same page (a Member): 'at the end of the day' is an idiom here ('all things considered') and sets no time: due None, no refusal. unsure: a literal reader would give the end of the day of speaking
    B(
        text="It is good to hear the Minister’s plans to provide more money, because at the end of the day there needs to be sufficient funds for enforcement so that those who pollute our waters are held to account.",
        due=None,
        vague=False,
        said="2023-01-12 09:30:00",
        tz="Europe/London",
        cluster=1,
        source=_HCEFRA,
        published="2023-01-12",
    ),
    # the same page (the Minister): 'never been seen before' is about the past: past
    B(
        text="I am glad that the hon. Gentleman recognises the plan we have put into operation, because the like of it has never been seen before.",
        due=None,
        vague=False,
        said="2023-01-12 09:30:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCEFRA,
        published="2023-01-12",
    ),
    # Statistics Canada, The Daily of Friday 11 October 2024 (statcan.gc.ca); zone America/Toronto, said at 08:30 local (the Daily's release time; the Labour Force Survey came out with it). The line on release times above it was dropped as stock wording (found used). September's employment is past
    B(
        text="Employment rose by 47,000 (+0.2%) in September while the employment rate declined 0.1 percentage points to 60.7%.",
        due=None,
        vague=False,
        said="2024-10-11 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC24,
        published="2024-10-11",
    ),
    # the same page: August's permits, past
    B(
        text="The total value of building permits in Canada decreased by $858.1 million (-7.0%) to $11.5 billion in August.",
        due=None,
        vague=False,
        said="2024-10-11 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC24,
        published="2024-10-11",
    ),
    # the same page: September's arrivals and September 2023, past
    B(
        text="In September, the preliminary number of international arrivals to Canada by air and automobile reached 5.7 million, up 4.5% from September 2023.",
        due=None,
        vague=False,
        said="2024-10-11 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC24,
        published="2024-10-11",
    ),
    # the same page: 'is now available' sets no time for any act still to come: due None, no refusal (as fresh112 labels 'now available')
    B(
        text="An updated set of data on the number of confirmed novel coronavirus (COVID-19) cases reported by provincial and territorial public health authorities to the Public Health Agency of Canada (PHAC) is now available.",
        due=None,
        vague=False,
        said="2024-10-11 12:30:00",
        tz="America/Toronto",
        cluster=1,
        source=_STC24,
        published="2024-10-11",
    ),
    # the same page: the period the data cover ended in July 2024: past (CONVENTIONS 6.1 would read a range at its later end, which is gone)
    B(
        text="The updated information covers the period from January 15, 2020, to July 27, 2024.",
        due=None,
        vague=False,
        said="2024-10-11 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC24,
        published="2024-10-11",
    ),
    # the same page: 'now available' for a week just gone (30 September to 6 October): the dates name the data's period, not an act to come: due None, no refusal. unsure: a careful reader could give past (a range wholly gone)
    B(
        text="Weekly data on real-time local business conditions are now available for September 30 to October 6, 2024.",
        due=None,
        vague=False,
        said="2024-10-11 12:30:00",
        tz="America/Toronto",
        cluster=1,
        source=_STC24,
        published="2024-10-11",
    ),
    # the same page: 'the first half of 2024' names the data's period; 'now available': due None, no refusal. unsure: past, as above
    B(
        text="Data on suppliers of business financing for the first half of 2024 are now available.",
        due=None,
        vague=False,
        said="2024-10-11 12:30:00",
        tz="America/Toronto",
        cluster=1,
        source=_STC24,
        published="2024-10-11",
    ),
    # Statistics Canada, 'The Daily' information page as captured by Library and Archives Canada's web archive on 28 November 2006 (capture 19:31:48 UTC); the page carries no date of its own, so the capture instant is the reference; zone America/Toronto. 'current' sets no time: due None, no refusal
    B(
        text="The Daily issues news releases on current social and economic conditions and announces new products.",
        due=None,
        vague=False,
        said="2006-11-28 19:31:48",
        tz="America/Toronto",
        cluster=1,
        source=_STCAB,
        published="2006-11-28",
    ),
    # the same page: the release times of each working day are a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="The Daily is released at 8:30 a.m. Eastern time each working day with the exception of data from the Labour Force Survey and the Consumer Price Index, which are available at 7 a.m.",
        due=None,
        vague=False,
        said="2006-11-28 19:31:48",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_STCAB,
        published="2006-11-28",
    ),
    # the same page: 'since 1932', 'since June 1995': past
    B(
        text="The Daily has been published since 1932, and posted on the Web since June 1995.",
        due=None,
        vague=False,
        said="2006-11-28 19:31:48",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STCAB,
        published="2006-11-28",
    ),
    # the same page: 'on the afternoon before their release', for every release: recurring (CONVENTIONS 1.3). unsure: a careful reader could give event (an undated release)
    B(
        text="Given that Ministers' comments on information released by Statistics Canada can have repercussions on financial markets, it has been deemed essential that a few key federal officials have advance access to a small number of economic statistics on the afternoon before their release.",
        due=None,
        vague=False,
        said="2006-11-28 19:31:48",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_STCAB,
        published="2006-11-28",
    ),
    # the same page (copyright): 'date and page references' name what a citation holds, no time: due None, no refusal
    B(
        text="Any other reproduction is permitted, subject to the requirement that Statistics Canada be acknowledged as the source on all copies as follows: Statistics Canada, The Daily, catalogue number 11-001-XIE, date and page references (if applicable).",
        due=None,
        vague=False,
        said="2006-11-28 19:31:48",
        tz="America/Toronto",
        cluster=1,
        source=_STCAB,
        published="2006-11-28",
    ),
    # Wikinews, lead of 1 February 2011 ('Egypt protests: Army say they will not use force on demonstrators as Mubarak announces cabinet'), carried with its date line by easyasklive.com; zone UTC (as fresh112 for Wikinews), said at 10:00. 'tonight' is on the protests going on as the story is written, no act to come: due None, no refusal. unsure: a careful reader could give the end of that night (1 February 23:59:59)
    B(
        text="The president of Egypt has suffered a “devastating blow” after the country’s army announced they would not use force against their own people, who continue to protest against the government tonight.",
        due=None,
        vague=False,
        said="2011-02-01 10:00:00",
        tz="UTC",
        cluster=4,
        source=_WNEAL,
        published="2011-02-01",
    ),
    # the same lead: 'hours after', the release, past ('Hosni Mubarak yesterday announced [...]' after it is cut off and was skipped)
    B(
        text="The news came hours after six journalists who reported on the protests were released from custody.",
        due=None,
        vague=False,
        said="2011-02-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNEAL,
        published="2011-02-01",
    ),
    # Wikinews, lead of 2 September 2010 (Chilean miners), same page; UTC, said at 10:00. 'could be brought ... in a shorter time than was initially feared' is a possibility without a date: due None, no refusal (CONVENTIONS 4.2); the next sentence is cut off and was skipped
    B(
        text="It has emerged that the 33 Chilean miners trapped underground after the mine they were working in collapsed could be brought to the surface in a shorter time than was initially feared.",
        due=None,
        vague=False,
        said="2010-09-02 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNEAL,
        published="2010-09-02",
    ),
    # Wikinews, lead of 25 March 2019 (Furnal Equinox), same page; UTC, said at 10:00. 15 to 17 March is gone, and 'annual' names the kind of event: past
    B(
        text="From March 15 to 17, the Canadian city of Toronto played host to the tenth Furnal Equinox, an annual event dedicated to the “furry fandom.”",
        due=None,
        vague=False,
        said="2019-03-25 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNEAL,
        published="2019-03-25",
    ),
    # Wikinews, 'Category:April 26, 2008' (en.m.wikinews.org), the news briefs of Saturday 26 April 2008; zone UTC, said at 10:00. The opening line of the briefs names the day and a placeholder time; no act: due None, no refusal
    B(
        text="It is Saturday, April 26 2008, the time is XX:XX UTC, and this is Wikinews.",
        due=None,
        vague=False,
        said="2008-04-26 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNCAT,
        published="2008-04-26",
    ),
    # the same page: Wednesday (23 April) and the 'recent' confirmation, past
    B(
        text="Wednesday saw long-time White House correspondent, Helen Thomas, bluntly questioning press secretary Dana Perino over the U.S. President's recent confirmation that he approved controversial CIA interrogation policies, including waterboarding.",
        due=None,
        vague=False,
        said="2008-04-26 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNCAT,
        published="2008-04-26",
    ),
    # the same page: 'now existed', told of the past: past
    B(
        text='Thomas asserted that a "credibility gap" now existed between the administration\'s assertion that the United States does not torture, and this admission that certain interrogation techniques were approved by the President.',
        due=None,
        vague=False,
        said="2008-04-26 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNCAT,
        published="2008-04-26",
    ),
    # the same page: 'this Friday' (25 April, the day before), past
    B(
        text="The attempt to take the White House to task over torture was publicised on the Internet site, Reddit this Friday.",
        due=None,
        vague=False,
        said="2008-04-26 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNCAT,
        published="2008-04-26",
    ),
    # the same page (the councillor's story between holds no time word and was skipped): Thursday and Friday just gone, past
    B(
        text="Thursday and Friday saw an unusually large number of earthquakes hit the Reno area of U.S. state Nevada.",
        due=None,
        vague=False,
        said="2008-04-26 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNCAT,
        published="2008-04-26",
    ),
    # the same page: 'during the period', past
    B(
        text="Over 125 quakes, with several above magnitude 3.0 on the Richter scale, struck during the period.",
        due=None,
        vague=False,
        said="2008-04-26 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNCAT,
        published="2008-04-26",
    ),
    # the same page: 'in the last two months', past
    B(
        text="This raises the number of quakes in what is the U.S.' third most seismologically active area to over 500 in the last two months.",
        due=None,
        vague=False,
        said="2008-04-26 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNCAT,
        published="2008-04-26",
    ),
    # European Parliament, minutes of the sitting of Wednesday 9 October 2019 (provisional edition), carried in full by foreignaffairs.co.nz (MIL-OSI) on 11 October 2019 with 'Source: European Parliament'; zone Europe/Brussels, said on the carrying page's date at 10:00 local. Resumption of a session suspended on 19 September: past
    B(
        text="The session suspended on Thursday 19 September 2019 was resumed.",
        due=None,
        vague=False,
        said="2019-10-11 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EPMIN,
        published="2019-10-11",
    ),
    # the same page: the opening at 15.14, past (a clock time of the past, CONVENTIONS 6.3)
    B(
        text="The sitting opened at 15.14.",
        due=None,
        vague=False,
        said="2019-10-11 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EPMIN,
        published="2019-10-11",
    ),
    # the same page: 'recently', past
    B(
        text="The President made a statement deploring the fate of the migrants who had recently been shipwrecked off Lampedusa and mentioning a shooting in Halle, Germany, which had left at least two people dead.",
        due=None,
        vague=False,
        said="2019-10-11 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EPMIN,
        published="2019-10-11",
    ),
    # the same page: a minute's silence observed, past
    B(
        text="Parliament observed a minute’s silence in tribute to the victims and in memory of Jacques Chirac.",
        due=None,
        vague=False,
        said="2019-10-11 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EPMIN,
        published="2019-10-11",
    ),
    # the same page: 'the previous sitting', past
    B(
        text="The minutes of the previous sitting were approved.",
        due=None,
        vague=False,
        said="2019-10-11 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EPMIN,
        published="2019-10-11",
    ),
    # European Parliament, motion for a resolution on the white paper on the future of European defence (B10-0150/2025), carried by newzintel.com (MIL-OSI, 'Source: European Parliament'); the opening carries no date: dated Monday 10 March 2025, the first day of the plenary session of 10 to 13 March 2025 at which the B10 motions on the white paper were tabled (the white paper was expected on 19 March); zone Europe/Brussels, said at 10:00 local. Recital A: 'currently' and 'immediate' describe the need, no act with a time: due None, no refusal
    B(
        text="A. whereas the EU is currently under attack, with hybrid incidents inside its borders, a large-scale war in its neighbourhood, and a realignment of global powers, all presenting real risks to the security of the EU and its citizens and requiring immediate, ambitious and decisive action;",
        due=None,
        vague=False,
        said="2025-03-10 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EPMOT,
        published="2025-03-10",
    ),
    # the same page: recital B, the white paper expected on 19 March 2025: a one-off event on a date (CONVENTIONS 3.1) [local due 2025-03-19 23:59:59 Europe/Brussels]
    B(
        text="B. whereas the Commissioner for Defence and Space and the High Representative of the Union for Foreign Affairs and Security Policy are expected to present a white paper on the future of European defence on 19 March 2025, which should serve as a roadmap for such action;",
        due="2025-03-19 22:59:59",
        vague=False,
        said="2025-03-10 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EPMOT,
        published="2025-03-10",
    ),
    # the same page: point 1, 'Urges the EU to act immediately': the Parliament's demand of the EU, taken as the undertaking the motion asks for: vague, 7 days (CONVENTIONS 5.1). unsure: a careful reader could give due None (a demand on a third party, no undertaking of the speaker) [local due 2025-03-17 23:59:59 Europe/Brussels]
    B(
        text="1. Urges the EU to act immediately to ensure its ability to protect its citizens, deter its enemies, support its allies and become a powerful defender of the rules-based international order and the principles of the European security architecture; urges the EU and its Member States to define a coherent, comprehensive and actionable strategy to achieve this; expects the Commission to present a proposal for such a strategy in its white paper on the future of European defence;",
        due="2025-03-17 22:59:59",
        vague=True,
        said="2025-03-10 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EPMOT,
        published="2025-03-10",
    ),
    # President of Russia (kremlin.ru), condolences on the passing of Vyacheslav Trubnikov, 18 April 2022 18:00, carried on a cassiopaea.org forum thread with the kremlin.ru items; zone Europe/Moscow, said at 18:00 local (the item's time). The message's 'always showed' is of the past: past (the sentence before it holds no time word and was skipped)
    B(
        text="Devoted to the defence of the interests of the Fatherland, he always showed resilience and composure, achieving success in operational activities and diplomatic work, providing an example of responsible and faithful service to the country, setting high standards for himself and displaying an attentive and gentle attitude to his subordinates.”",
        due=None,
        vague=False,
        said="2022-04-18 15:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KRCAS,
        published="2022-04-18",
    ),
    # the same item: died on 18 April 2022, past
    B(
        text="Vyacheslav Trubnikov, the former director of the Russian Foreign Intelligence Service, died on April 18, 2022, at the age of 78.",
        due=None,
        vague=False,
        said="2022-04-18 15:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KRCAS,
        published="2022-04-18",
    ),
    # President of Russia, greetings to the First National School History Forum, 19 April 2022 10:00, same page; zone Europe/Moscow, said at 10:00 local. 'the past' and 'thousand-year-old' set no time for any act: due None, no refusal (the sentence before holds no time word and was skipped)
    B(
        text="Deep knowledge of history and a respectful and caring attitude to the great patriotic, spiritual and cultural heritage of our Fatherland help us draw the correct conclusions from the past, derive strength and inspiration from the military and labour achievements of our forefathers, understand that the true and wholehearted devotion of the people to our Fatherland and its interests form the basis of our thousand-year-old state and that only love for our country can help us implement all our plans, move forward and create a mighty and prosperous Fatherland.",
        due=None,
        vague=False,
        said="2022-04-19 07:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KRCAS,
        published="2022-04-19",
    ),
    # President of Russia (kremlin.ru), news conference following Russian-US talks, Helsinki, 16 July 2018 18:35, reproduced in full by a blog (line breaks of the copy read as spaces); zone Europe/Moscow (Helsinki kept the same offset that day), said at 18:35 local. The opening sentences without a time word were skipped. 'the current state' sets no time: due None, no refusal
    B(
        text="We reviewed the current state and prospects of Russia-US relations and key international issues.",
        due=None,
        vague=False,
        said="2018-07-16 15:35:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KRHEL,
        published="2018-07-16",
    ),
    # the same page: 'a complicated period', 'the current tense atmosphere': no time for any act: due None, no refusal
    B(
        text="It is obvious to everyone that our bilateral relations are undergoing a complicated period but there is no objective reason for these difficulties and the current tense atmosphere.",
        due=None,
        vague=False,
        said="2018-07-16 15:35:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KRHEL,
        published="2018-07-16",
    ),
    # the same page: 'long ago', 'the distant past': past
    B(
        text="The Cold War ended long ago, the era of acute ideological confrontation belongs to the distant past, and the situation in the world has fundamentally changed.",
        due=None,
        vague=False,
        said="2018-07-16 15:35:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KRHEL,
        published="2018-07-16",
    ),
    # the same page: 'Today' means these days here, no act with a time: due None, no refusal. unsure: a careful reader could give the end of the day of speaking (2.1 read loosely)
    B(
        text="Today both Russia and the United States are facing completely different challenges – the mechanisms of international security and stability are dangerously out of balance, there are regional crises, the spread of the threat of terrorism and cross border crime, crime in general, growing world economic problems, environmental and other risks.",
        due=None,
        vague=False,
        said="2018-07-16 15:35:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KRHEL,
        published="2018-07-16",
    ),
    # the same page (the two sentences between hold no time word and were skipped): today's talks, held: past (CONVENTIONS 2.4: an act done on the day of speaking)
    B(
        text="Today’s talks reflected the shared desire of President Trump and myself to correct the negative situation in bilateral relations and map out initial steps to improve them, restore an acceptable level of trust and return to the former level of cooperation on all issues of mutual interest.",
        due=None,
        vague=False,
        said="2018-07-16 15:35:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KRHEL,
        published="2018-07-16",
    ),
    # NASA media advisory M11-045 (Houston), 7 March 2011, carried with its number on The Space Library wiki's page for that day; zone America/Chicago (the advisory gives CST), said at 10:00 local. '1 p.m. CST on Monday, March 21': the words say CST (UTC-6), 19:00 UTC, though Houston kept daylight time (CDT) by then. unsure: a careful reader could give 13:00 CDT, 18:00 UTC
    B(
        text="HOUSTON --Three crew members launching in May to live and work aboard the International Space Station will hold a news conference at 1 p.m. CST on Monday, March 21, at NASA's Johnson Space Center in Houston.",
        due="2011-03-21 19:00:00",
        vague=False,
        said="2011-03-07 16:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_NASA11,
        published="2011-03-07",
    ),
    # the same advisory ('The briefing will be broadcast live ...' and 'Questions will be taken ...' hold no time word and were skipped): 'following the news conference', an event the sentence does not date: event (CONVENTIONS 1.3, 6.3)
    B(
        text="NASA astronaut Mike Fossum, Japan Aerospace Exploration Agency astronaut Satoshi Furukawa and Russian cosmonaut Sergei Volkov will participate in individual round-robin interviews, in person or by phone, following the news conference.",
        due=None,
        vague=False,
        said="2011-03-07 16:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_NASA11,
        published="2011-03-07",
    ),
    # the same advisory: the launch on 30 May, a one-off event due at the end of that day (CONVENTIONS 3.1) [local due 2011-05-30 23:59:59 America/Chicago]
    B(
        text="The trio is scheduled to launch to the station aboard a Russian Soyuz spacecraft from the Baikonur Cosmodrome in Kazakhstan on May 30.",
        due="2011-05-31 04:59:59",
        vague=False,
        said="2011-03-07 16:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_NASA11,
        published="2011-03-07",
    ),
    # the same advisory: a stay 'until mid-September': kept to a date, due then (CONVENTIONS 3.3); mid-September is the middle third of the month, 11 to 20 September (parser docstring), due at its later end [local due 2011-09-20 23:59:59 America/Chicago]
    B(
        text="They will join Expedition 28 NASA astronaut Ron Garan, and Russian cosmonauts Alexander Samokutyaev and Andrey Borisenko, who will stay aboard the station until mid-September.",
        due="2011-09-21 04:59:59",
        vague=False,
        said="2011-03-07 16:00:00",
        tz="America/Chicago",
        cluster=4,
        source=_NASA11,
        published="2011-03-07",
    ),
    # the same advisory: 'In early October', the first third of the month, 1 to 10 October, due at its later end (parser docstring) [local due 2011-10-10 23:59:59 America/Chicago]
    B(
        text="In early October, NASA's Dan Burbank, and Russia's Anton Shkaplerov and Anatoly Ivanishin, will join Fossum, Furukawa and Volkov to complete the Expedition 29 crew.",
        due="2011-10-11 04:59:59",
        vague=False,
        said="2011-03-07 16:00:00",
        tz="America/Chicago",
        cluster=4,
        source=_NASA11,
        published="2011-03-07",
    ),
    # NASA release 11-061 (Washington), same page and day; zone America/New_York, said at 10:00 local. Speaking on April 6 and 7: the later day counts (CONVENTIONS 6.1) [local due 2011-04-07 23:59:59 America/New_York]
    B(
        text="WASHINGTON -- NASA's Associate Administrator for Space Operations Bill Gerstenmaier and other NASA officials are scheduled to speak April 6 and 7 at the International Space Station and Mars Conference.",
        due="2011-04-08 03:59:59",
        vague=False,
        said="2011-03-07 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NASA11,
        published="2011-03-07",
    ),
    # the same release: a dinner beginning at 7 p.m. on April 6: the speech is during the dinner, whose start is the only time given: due at 19:00 (CONVENTIONS 3.1). unsure: a careful reader could give earliest 19:00 (only the dinner's start) [local due 2011-04-06 19:00:00 America/New_York]
    B(
        text="Gerstenmaier is scheduled to speak during a dinner that begins at 7 p.m. on April 6.",
        due="2011-04-06 23:00:00",
        vague=False,
        said="2011-03-07 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA11,
        published="2011-03-07",
    ),
    # NASA media advisory on Northrop Grumman's 15th resupply mission (the part of the technewsdirt.com page after 'Editor's Note', which is NASA's advisory; the news-site sentences before it were not quoted), updated 18 February 2021; zone America/New_York, said at 10:00 local on the update day. The update is past, but the sentence gives the news conference its day, Friday 19 February: due at the end of that day (CONVENTIONS 3.1). unsure: a careful reader could give past (the act told is the update) [local due 2021-02-19 23:59:59 America/New_York]
    B(
        text="Editor’s Note: This advisory was updated on Feb. 18, 2021, to update the particpants for the prelaunch news conference taking place Friday, Feb. 19.",
        due="2021-02-20 04:59:59",
        vague=False,
        said="2021-02-18 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NASA21,
        published="2021-02-18",
    ),
    # the same advisory: the launch targeted for 12:36 p.m. EST Saturday 20 February (CONVENTIONS 3.1) [local due 2021-02-20 12:36:00 America/New_York]
    B(
        text="NASA commercial cargo provider Northrop Grumman is targeting 12:36 p.m. EST Saturday, Feb. 20, for the launch of its 15th resupply mission to the International Space Station .",
        due="2021-02-20 17:36:00",
        vague=False,
        said="2021-02-18 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA21,
        published="2021-02-18",
    ),
    # the same advisory: coverage beginning at 12 p.m. Saturday 20 February and a prelaunch event on Friday 19 February: the later time counts (CONVENTIONS 6.2); the start of the coverage is the checkable act (3.1). unsure: a careful reader could give earliest 12:00 on 20 February (an activity given only its start, 3.2) [local due 2021-02-20 12:00:00 America/New_York]
    B(
        text="Live coverage of the launch from NASA’s Wallops Flight Facility on Wallops Island, Virginia, will air on NASA Television, the agency’s website and the NASA app beginning at 12 p.m. EST Saturday, Feb. 20, with a prelaunch event Friday, Feb. 19.",
        due="2021-02-20 17:00:00",
        vague=False,
        said="2021-02-18 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NASA21,
        published="2021-02-18",
    ),
    # the same advisory (the sentence on the payload between holds no time word and was skipped): arrival on Monday 22 February, due at its end [local due 2021-02-22 23:59:59 America/New_York]
    B(
        text="The Cygnus spacecraft, dubbed the SS Katherine Johnson , will arrive at the space station Monday, Feb. 22.",
        due="2021-02-23 04:59:59",
        vague=False,
        said="2021-02-18 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NASA21,
        published="2021-02-18",
    ),
    # the same advisory: 'About 4:40 a.m.' with no day of its own: the first 4:40 after speaking, 19 February (CONVENTIONS 6.3; page: 22 February 04:40 EST, 09:40 UTC) [local due 2021-02-19 04:40:00 America/New_York]
    B(
        text="About 4:40 a.m., Expedition 64 Japan Aerospace Exploration Agency astronaut Soichi Noguchi will capture Cygnus, with NASA astronaut Michael Hopkins acting as a backup.",
        due="2021-02-19 09:40:00",
        vague=False,
        said="2021-02-18 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA21,
        published="2021-02-18",
    ),
    # the same advisory: 'After Cygnus capture', an undated event: event (CONVENTIONS 1.3)
    B(
        text="After Cygnus capture, mission control in Houston will send ground commands for the station’s arm to rotate and install it on the station’s Unity module Earth-facing port.",
        due=None,
        vague=False,
        said="2021-02-18 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NASA21,
        published="2021-02-18",
    ),
    # Council of the EU, 'Main topics and media events 20 May – 2 June 2019', carried in full by pubaffairsbruxelles.eu; the opening carries no date: dated Friday 17 May 2019, the working day before the fortnight it previews (the Council issues these overviews ahead of the period); zone Europe/Brussels, said at 10:00 local. Its first line ('Overview of the main subjects to be discussed ... over the next two weeks.') was found used by the sentence check (stock wording) and dropped. Under 'General Affairs Council, 21 May 2019' (a heading, not used: CONVENTIONS 6.3): 'the June European Council' is what the work prepares for, the next long-term budget a period; the sentence sets no time for the act: due None, no refusal. unsure: a careful reader could give the end of May (preparing before the June meeting) or event
    B(
        text="The Council will discuss funding for external action within the next long-term EU budget (MFF) and prepare for the June European Council.",
        due=None,
        vague=False,
        said="2019-05-17 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CONMT,
        published="2019-05-17",
    ),
    # the same page (the items between hold no time word and were skipped): 'On 27 May', due at the end of that day (CONVENTIONS 3.1) [local due 2019-05-27 23:59:59 Europe/Brussels]
    B(
        text="On 27 May, the Council will have public policy debates (and adopt relevant Council conclusions) on the future single market and industrial policy strategies.",
        due="2019-05-27 21:59:59",
        vague=False,
        said="2019-05-17 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_CONMT,
        published="2019-05-17",
    ),
    # the same page: 'On 28 May', due at the end of that day [local due 2019-05-28 23:59:59 Europe/Brussels]
    B(
        text="On 28 May, the Council will have a policy debate on space policy (and adopt conclusions in this field) and will discuss (in public) the impact of research and innovation on EU competitiveness.",
        due="2019-05-28 21:59:59",
        vague=False,
        said="2019-05-17 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_CONMT,
        published="2019-05-17",
    ),
    # Council of the EU, General Affairs Council of 18 October 2016, main results, carried by eumonitor.nl ('Met dank overgenomen van Raad van de Europese Unie', copied there on 8 November 2016); dated the meeting day; zone Europe/Brussels, said at 10:00 local. The mid-term review work pursued: past
    B(
        text="The Council pursued its work on the mid-term review of the EU's budgetary framework for 2014-2020.",
        due=None,
        vague=False,
        said="2016-10-18 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CONGAC16,
        published="2016-10-18",
    ),
    # the same page (two sentences without a time word skipped): reverting 'in November', due at the month's end [local due 2016-11-30 23:59:59 Europe/Brussels]
    B(
        text="The Council will revert to this file in November.",
        due="2016-11-30 22:59:59",
        vague=False,
        said="2016-10-18 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_CONGAC16,
        published="2016-10-18",
    ),
    # the same page, the minister's words (the opening of the quotation holds no time word and was skipped): 'by the end of the year', due at the year's end (CONVENTIONS 3.5) [local due 2016-12-31 23:59:59 Europe/Brussels]
    B(
        text="We will do our utmost to reach a political agreement on this complex and challenging file by the end of the year.”",
        due="2016-12-31 22:59:59",
        vague=False,
        said="2016-10-18 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_CONGAC16,
        published="2016-10-18",
    ),
    # the same page: preparations finalised for the October European Council: past
    B(
        text="The Council finalised preparations of the October European Council by examining draft conclusions.",
        due=None,
        vague=False,
        said="2016-10-18 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CONGAC16,
        published="2016-10-18",
    ),
    # the same page: the meeting on 20-21 October: a range, due at its later end (CONVENTIONS 6.1) [local due 2016-10-21 23:59:59 Europe/Brussels]
    B(
        text="At their meeting on 20-21 October EU leaders will focus on three subjects: migration, trade and Russia.",
        due="2016-10-21 21:59:59",
        vague=False,
        said="2016-10-18 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_CONGAC16,
        published="2016-10-18",
    ),
    # Council of the EU, main results of the General Affairs Council (Art. 50) and General Affairs Council of 26 June 2018, carried by the Irish Farmers' Association ('Brussels Daily', 26 June 2018); zone Europe/Brussels, said at 10:00 local (the two sentences before without a time word were skipped). The conclusions to be adopted on Friday 29 June 2018: due at the end of that day (CONVENTIONS 3.1) [local due 2018-06-29 23:59:59 Europe/Brussels]
    B(
        text="Ministers also examined the draft conclusions to be adopted by the European Council (Article 50) on Friday 29 June 2018.",
        due="2018-06-29 21:59:59",
        vague=False,
        said="2018-06-26 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_CONGAC18,
        published="2018-06-26",
    ),
    # the same page, the presidency's words: 'With March 2019 quickly approaching' gives the context, 'in a timely manner' and 'so far' set no date for finding solutions: due None, no refusal. unsure: a careful reader could give the end of March 2019
    B(
        text="With March 2019 quickly approaching, we need to find solutions to all remaining issues in a timely manner and in full respect of commitments taken so far.",
        due=None,
        vague=False,
        said="2018-06-26 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CONGAC18,
        published="2018-06-26",
    ),
    # the same page (four sentences without a time word skipped): the path towards opening negotiations 'in June 2019': due at the end of June 2019 [local due 2019-06-30 23:59:59 Europe/Brussels]
    B(
        text="The Council agreed to respond positively to the progress made by the former Yugoslav Republic of Macedonia and Albania, and set out the path towards opening accession negotiations with both countries in June 2019.",
        due="2019-06-30 21:59:59",
        vague=False,
        said="2018-06-26 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_CONGAC18,
        published="2018-06-26",
    ),
    # the same page: 'an important day' is the day of speaking, no act with a time: due None, no refusal
    B(
        text="This is an important day for Albania and the former Yugoslav Republic of Macedonia, and for the Western Balkans as a whole.",
        due=None,
        vague=False,
        said="2018-06-26 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CONGAC18,
        published="2018-06-26",
    ),
    # European Commission, 'CALENDRIER du 8 octobre au 14 octobre 2018' (Commissioners' weekly activities), carried by government-world.com; dated Friday 5 October 2018, the working day before the week (the calendars are issued on the Friday before); zone Europe/Brussels, said at 10:00 local. Under 'Lundi 8 octobre 2018' (a heading, not used); the only time is '(until 09/10)', day first: the visit runs until 9 October, due at its end (CONVENTIONS 3.3). The items before it hold no time word and were skipped [local due 2018-10-09 23:59:59 Europe/Brussels]
    B(
        text="Mr Jyrki Katainen in Helsinki, Finland (until 09/10): attends a working lunch on the European Education Area with Ms Sanni Grahn-Laasonen, Minister for Education of Finland, together with rectors and stakeholders; participates in a Citizens’ Dialogue on the European Education Area 2025; delivers a keynote address at the event on “Trade Policy in a changing World” at the Finland Chamber of Commerce; meets Mr Nenad Popovic, Minister without Portofolio for Innovation and Technological Development of Serbia; and attends a working dinner at the Ministerial Conference on Artificial Intelligence.",
        due="2018-10-09 21:59:59",
        vague=False,
        said="2018-10-05 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_ECCAL,
        published="2018-10-05",
    ),
)
