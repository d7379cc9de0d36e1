"""Plain-text helpers shared by the rules and the rendering."""

import re
from collections.abc import Callable

# Direction overrides, embeddings and isolates: they reorder the text around them (a
# promise could be made to read backwards, or a number to change its apparent order).
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


# How much of a member's own input an error message quotes back: options such as
# `said_on` have no length limit, and an echo of thousands of characters helps nobody.
ECHO_MAX = 100


# Words a member (or an imported file) supplied, quoted back in a refusal, are marked
# with two private-use characters, so that the chat layer can escape them and nothing
# else: the message's own formatting (`code`, a role mention) stays as written.
_ECHO_OPEN, _ECHO_CLOSE = "\ue000", "\ue001"
_ECHOED = re.compile(f"{_ECHO_OPEN}(.*?){_ECHO_CLOSE}", re.DOTALL)


def echo(text: object, limit: int = ECHO_MAX) -> str:
    """`text` cut to `limit` and marked as the member's own words, for an error message
    (see `unmarked`). Markers inside the text itself are dropped, so it cannot end early."""
    plain = str(text).replace(_ECHO_OPEN, "").replace(_ECHO_CLOSE, "")
    return _ECHO_OPEN + cut(plain, limit) + _ECHO_CLOSE


def unmarked(message: str, escape: Callable[[str], str] | None = None) -> str:
    """`message` without the marks of `echo`, each echoed piece passed through `escape`
    (Discord's markdown escaping, in the chat layer) or kept as it was."""
    return _ECHOED.sub(lambda m: escape(m.group(1)) if escape else m.group(1), message)


def without_direction_overrides(text: str) -> str:
    return text.translate(_BIDI_CONTROLS)


def cut(text: str | None, limit: int) -> str:
    """Shorten to at most `limit` characters, marking the cut with an ellipsis."""
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
