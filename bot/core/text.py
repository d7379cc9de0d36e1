"""Plain-text helpers shared by the rules and the rendering."""

# Direction overrides, embeddings and isolates: they reorder the text around them (a
# promise could be made to read backwards, or a number to change its apparent order).
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


# How much of a member's own input an error message quotes back: options such as
# `said_on` have no length limit, and an echo of thousands of characters helps nobody.
ECHO_MAX = 100


def without_direction_overrides(text: str) -> str:
    return text.translate(_BIDI_CONTROLS)


def cut(text: str | None, limit: int) -> str:
    """Shorten to at most `limit` characters, marking the cut with an ellipsis."""
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
