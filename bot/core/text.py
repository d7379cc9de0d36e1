"""Plain-text helpers shared by the rules and the rendering."""


def cut(text: str | None, limit: int) -> str:
    """Shorten to at most `limit` characters, marking the cut with an ellipsis."""
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
