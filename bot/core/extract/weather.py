"""The weather foreseen: a forecast no actor controls, not a plan.

Issue 13, stop 56, tuner p (precision). The issue's definition puts "forecasts about things
no actor controls (weather, markets)" out of scope, and warnings and wire briefs tell the
weather with the cues of a schedule: "The south west is expected to see some of the heaviest
rainfall today", "There could also be spray and overtopping ... due to large waves caused by
gale force winds", "The Bureau of Meteorology expects Glenda will cross the coast tonight".
The development splits leave all three unlabelled (two texts, two publishers).

Two forms are read, in the cue's own sentence only:
- a forecaster's expectation frames the cue ("the Met Office expects", "forecasters say",
  "the Bureau of Meteorology expects ... will");
- the cue's verb says what the weather will bring or be ("see", "bring", "be", "hit",
  "reach", "cause", "affect") and the clause names the weather in lower case ("rainfall",
  "gale force winds", "snow"); a capitalised name ("Secretary Snow", "Gale Norton") is not
  weather, and what a body will do about the weather ("The Met Office will issue warnings",
  "The agency will deploy pumps ahead of heavy rain") keeps its verb and is not read here.
A "due to" read as a schedule whose cause is the weather ("due to large waves") is one too.
Not read (stop 56 review): a forecaster's "said it will" (its own act: "The Weather Service
said it will open a new office"), an actor that will bring or see to something ("The
government will bring temperatures in classrooms down", "The council will see snow ploughs
deployed"), and weather past a comma or a word of circumstance ("will be completed by March,
despite the rain"): each had been set aside as a forecast.
The cue is doubted as "forecast" (the "maybe" list), never dropped.
"""

from __future__ import annotations

import re

from bot.core.extract.actors import is_actor
from bot.core.extract.clauses import Cue

# A forecaster and its expectation before the cue: "The Bureau of Meteorology expects".
_FORECASTER = re.compile(
    r"\b(?:Met\s+Office|Bureau\s+of\s+Meteorology|(?:National\s+)?Weather\s+Service|"
    r"[Ff]orecasters?|[Mm]eteorologists?)\b[^.;:]{0,40}?\b(?:expects?|expected|forecasts?|"
    r"predicts?|predicted|says?|said|warns?|warned)\b(?P<then>[^.;:]*)$"
)
# the forecaster itself, or a thing of its own, as the cue's subject: "said it will open a new
# office", "said its new supercomputer will be switched on": its own act
_ITSELF = re.compile(
    r"\s*(?:that\s+)?(?:it|they|we|the\s+(?:service|office|bureau|agency)"
    r"|(?:its|their|our)\s+[^,]{1,50}?)\s*"
)
# an actor before the cue that is a place or a storm, not one who acts ("Parts of Scotland",
# "Storm Ciara")
_NOT_ACTING = re.compile(
    r"(?:the\s+)?(?:storm|hurricane|cyclone|typhoon|tropical|parts?|much|most|areas?|some|all"
    r"|rest)\b",
    re.IGNORECASE,
)
# the cue's subject: back to the clause's start or a verb of saying
_SUBJECT = re.compile(r"(?:^|[.;:!?,]\s*|\b(?:said|says|that)\s+)([^.;:!?,]*?)\s*$")
# the verb's own phrase ends at a comma or a word of circumstance ("despite the rain")
_PHRASE_END = re.compile(
    r",|\b(?:despite|after|before|because|although|though|while|unless|once|until|whatever"
    r"|in\s+spite)\b"
)
# What the weather will bring or be: the verb right after the cue ("is expected to see",
# "could also be", "will bring").
_WEATHER_VERB = re.compile(
    r"\s*(?:to\s+)?(?:also\s+)?(?:see|bring|be|hit|reach|cause|affect)\b([^.;]{0,160})"
)
# The weather, in lower case.
_WEATHER = re.compile(
    r"\b(?:rain|rainfall|snow|snowfall|gales?|winds|waves|storm\s+surges?|thunderstorms?|"
    r"showers|downpours?|hail|frost|fog|temperatures|heatwaves?)\b"
)
# The cues a forecast is told with: a modal or "is expected to" (the schedule cue).
_KINDS = frozenset({"will", "would", "schedule", "maybe"})


def weather_doubt(text: str, cue: Cue) -> str | None:
    """ "forecast" when the cue foresees the weather, else None."""
    if cue.kind not in _KINDS:
        return None
    if (told := _FORECASTER.search(text, 0, cue.start)) is not None:
        return None if _ITSELF.fullmatch(told["then"]) else "forecast"
    if text[cue.start : cue.end].lower().startswith("due to"):
        # "due to large waves caused by gale force winds": the weather as a cause
        return "forecast" if _WEATHER.search(text, cue.end, cue.end + 80) else None
    brings = _WEATHER_VERB.match(text, cue.end)
    if brings is None:
        return None
    phrase = brings.group(1)
    if (cut := _PHRASE_END.search(phrase)) is not None:
        phrase = phrase[: cut.start()]
    if not _WEATHER.search(phrase):
        return None
    subject = _SUBJECT.search(text, 0, cue.start)
    if subject is not None and is_actor(subject[1], text) and not _NOT_ACTING.match(subject[1]):
        return None  # "The council will see snow ploughs deployed": its own act
    return "forecast"
