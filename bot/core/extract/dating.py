"""The time frame of a cue: the deadline its clause names, whether it looks ahead, the
line below a list item that dates it, and what a time frame adds to (or rules out of)
a candidate's score. A mixin of the extractor, which holds the sentences and the time
frames of the text."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.deadlines import Deadline
from bot.core.extract.clauses import BASIS, Cue
from bot.core.extract.cues import DEADLINE_LINE
from bot.core.extract.framing import needs_date
from bot.core.extract.futurate import needs_own_time, time_scope
from bot.core.extract.judging import courtesy_date, dated_otherwise, read_deadline
from bot.core.extract.neighbours import dated_before
from bot.core.extract.passages import Sentence
from bot.core.extract.timeframe import TimeFrames


class Dating:
    """The extractor's reading of a cue's time frame."""

    sentences: list[Sentence]
    published: datetime
    times: TimeFrames
    deadlines: dict[tuple[str, tuple[int, int], str, int], Deadline | None]

    def _deadline(self, text: str, clause: tuple[int, int], cue: Cue) -> Deadline | None:
        """The clause's deadline, read once per cue (the vetoes ask before the score)."""
        key = (text, clause, cue.kind, cue.start)
        if key not in self.deadlines:
            # "based upon the latest spring forecast, X will": the ground's time is not X's
            ground = BASIS.sub(lambda found: " " * len(found.group()), text)
            self.deadlines[key] = read_deadline(self.times, ground, clause, cue)
        return self.deadlines[key]

    def _ahead(self, text: str, cue: Cue, clause: tuple[int, int]) -> bool:
        """Whether the clause names a time after today: a deadline or a start ("from
        September"); "today" itself is when a thing was done as often as when it is due."""
        found = self._deadline(text, clause, cue)
        if found is not None:
            return found.due > self.published + timedelta(days=1)
        tomorrow = self.published + timedelta(days=1)
        return any(begins.due > tomorrow for begins in self.times.starts(text, *clause))

    def _deadline_line(self, index: int) -> Deadline | None:
        """The time frame a list item gets on the line below it ("Deadline – December 1,
        2024."), as decrees and lists of instructions write it."""
        if index + 1 >= len(self.sentences):
            return None
        following = self.sentences[index + 1]
        line = DEADLINE_LINE.match(following.text)
        if following.paragraph - self.sentences[index].paragraph > 1 or line is None:
            return None
        return self.times.parse(following.text[line.end() :])

    def _time_frame(
        self, index: int, cue: Cue, clause: tuple[int, int], first_person: bool
    ) -> tuple[Deadline | None, float] | None:
        """The cue's deadline and what it adds to the score, or None when the time frame
        rules the cue out: a deadline already behind us is history, not a pledge; "we
        must do it professionally" is a resolve with nothing to check; "could" and
        "looked forward to" commit to nothing without a date."""
        text = self.sentences[index].text
        own_time = needs_own_time(text, cue.start, cue.end)  # a futurate progressive: asked once
        if own_time:
            clause = time_scope(text, cue.end, clause)  # "is hinting that X ... by May"
        deadline = self._deadline(text, clause, cue)
        if courtesy_date(text, cue, deadline):
            deadline = None  # "looked forward to speaking again soon", "set new goals today"
        if deadline is not None:
            if deadline.due < self.published - timedelta(days=1):
                return None
            return deadline, 0.1 if deadline.vague else 0.2
        if cue.kind == "must" and first_person:
            return None
        after = text[cue.end : clause[1]]
        if needs_date(text, cue) and not dated_otherwise(self.times, text, cue, after):
            deadline = dated_before(self.sentences, index, self.times, cue, own_time)
            if deadline is None:
                return None
        return deadline, 0.0
