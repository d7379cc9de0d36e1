"""Member-supplied text made safe and tidy for Discord's markdown: escaped, links made
harmless, lines folded. Every renderer passes user text through these."""

from __future__ import annotations

import re

from bot.core.text import cut, without_direction_overrides

QUOTE_MAX = 1000  # counted after quoting, "> " on every line included

# Inline markdown, links, mentions and timestamps: escaped wherever they stand. A
# backslash comes first, so that a member's own backslash cannot un-escape what follows.
_INLINE = re.compile(r"([\\*_~|`\[\]<>])")
# Headings, quotes, lists and "-#" subtext only count at the start of a line.
_LINE_START = re.compile(r"(?m)^(\s*)([#\-+])")
_ORDERED = re.compile(r"(?m)^(\s*\d+)\.(?=\s)")
# Characters a URL keeps; anything else (brackets, parentheses, markdown, quotes) is
# percent-encoded, so a stored address can never close a link and open another.
_URL_UNSAFE = re.compile(r"[^A-Za-z0-9\-._~:/?#@!$&'+,;=%]")


def md(text: str | None) -> str:
    """Member-supplied text made literal for Discord's markdown: no bold, headings,
    quotes, lists, spoilers, code, masked links (`[shown](elsewhere)`), mentions or
    timestamps (`<@id>`, `<t:…>`) can be smuggled in. Stricter than discord.py's
    `escape_markdown`, which leaves `<…>` and a backslash-led `\\<…>` alone. Every piece
    of user text passes through this before it is placed in a message; limits are
    applied after escaping (Discord hides the backslashes, but they count)."""
    escaped = _INLINE.sub(r"\\\1", without_direction_overrides(text or ""))
    escaped = _LINE_START.sub(r"\1\\\2", escaped)
    return _ORDERED.sub(r"\1\\.", escaped)


def safe_url(url: str) -> str:
    """A stored web address as something markdown cannot misread: unsafe characters
    percent-encoded (the address still leads to the same page)."""
    return _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), url)


def shown_url(url: str) -> str:
    """A web address shown as itself, in angle brackets so Discord adds no preview."""
    return f"<{safe_url(url)}>"


def inline_code(text: str) -> str:
    """Text to copy exactly (a command to type), as inline code on one line: Discord draws
    no markdown, mention, timestamp or link inside it, so nothing needs a backslash that
    would be copied along. Fenced with one backtick more than the longest run of them in
    the text, padded with a space where the text starts or ends with one, so that no
    backtick in it closes the code early."""
    text = without_direction_overrides(one_line(text))
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def one_line(text: str) -> str:
    """Runs of whitespace, newlines included, as one space: for list lines, choice
    names and other places where a newline would break the layout."""
    return " ".join((text or "").split())


def blockquote(text: str, limit: int = QUOTE_MAX) -> str:
    """`text` as a Markdown quote of at most `limit` characters.

    Cut after quoting: every line gains "> ", so a quote of mostly newlines would grow
    to three times its length if it were cut first. Runs of blank lines become one,
    which is also how the quote reads best."""
    lines: list[str] = []
    for line in (text or "").strip().splitlines():
        line = md(line.rstrip())
        if line or (lines and lines[-1]):
            lines.append(line)
    return cut("\n".join("> " + line for line in lines), limit)
