"""Has a page already been used in a labelled set? A labeller's check before taking it.

Run from the repository root, with an address or a distinctive phrase of the page:

    python3 tests/data/fresh_check.py <needle> [<needle> ...] [--claims FILE ...] [--skip FILE|DIR ...]
        [--mine SET ...]

For each needle it prints ``USED`` or ``fresh``, then the needle as given, and nothing else:
never a matching line or the name of the file that holds it, so that a labeller can check a page against every set,
the blind ones included, without reading anything of a set that has not had its first run.
The exit status says the same for scripts: 0 when every needle is fresh, 1 when any is used,
2 for a call without needles.

It searches every file under ``tests/data/`` (the deadline sets, the article corpus and
the READMEs that list their addresses), and each ``--claims`` file: a plain list where
labellers working at the same time write the addresses they have taken, so that two of
them never label the same page. Matching ignores case, and for an address also the scheme,
a leading ``www.``, a default port (``:443``, ``:80``) and a trailing slash, so that
``https://www.gov.uk:443/x/`` and ``gov.uk/x`` are the same page.

It needs only the standard library and imports nothing of the bot: a labeller must not
run the parser or the extractor on material that is still to be scored.

``--skip`` leaves a file of the corpus out of the search, or every file under a directory
(an article split, ``tests/data/articles/real/blind123``): the labeller's own set, being
written, so that its sentences can be checked whole against every other set (without it,
each of them is found in the set itself and reads USED).

``--mine`` names the labeller's own set (``--mine fresh110``): the lines of the claims files
that end with that set's name are left out, so that a page the labeller claimed for it
reads fresh to them, while a page claimed by any other set still reads USED. Without it
every claim counts, as before.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?")
# the default port of http or https written out after a host: ``example.org:443/x`` is
# ``example.org/x``, in a needle and in the corpus alike
_PORT = re.compile(r"(?<=[a-z0-9]):(?:443|80)(?=[/?#\s]|$)", re.MULTILINE)


def normalise(needle: str) -> str:
    """The form a needle is searched in: lower case, without scheme, ``www.``, default port
    or end slash."""
    return _PORT.sub("", _SCHEME.sub("", needle.strip().lower())).rstrip("/")


def others_claims(text: str, mine: Iterable[str] = ()) -> str:
    """A claims file's text without the lines of the sets in ``mine`` (a line is
    ``<address> <set>``: its last word names the set that claimed it)."""
    own = {name.strip().lower() for name in mine if name.strip()}
    if not own:
        return text
    return "\n".join(
        line for line in text.splitlines() if (line.split() or [""])[-1].lower() not in own
    )


def corpus(
    root: Path = DATA_DIR,
    claims: Iterable[Path] = (),
    skip: Iterable[Path] = (),
    mine: Iterable[str] = (),
) -> list[str]:
    """The lower-cased text of every file under ``root`` but those in ``skip`` (a file, or a
    directory and everything under it), and of each claims file but the claims of the sets
    in ``mine``."""
    skipped = {p.resolve() for p in skip}

    def kept(path: Path) -> bool:
        resolved = path.resolve()
        return not any(resolved == s or s in resolved.parents for s in skipped)

    paths = [
        p
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and kept(p)
    ]
    texts = [_PORT.sub("", p.read_text(encoding="utf-8", errors="ignore").lower()) for p in paths]
    mine = list(mine)
    texts += [
        _PORT.sub("", others_claims(p.read_text(encoding="utf-8", errors="ignore"), mine).lower())
        for p in claims
        if p.is_file()
    ]
    return texts


def is_used(needle: str, texts: Sequence[str]) -> bool:
    """Whether the needle occurs in any of the texts (an empty needle is never used)."""
    key = normalise(needle)
    return bool(key) and any(key in text for text in texts)


def main(argv: Sequence[str]) -> int:
    needles: list[str] = []
    claims: list[Path] = []
    skip: list[Path] = []
    mine: list[str] = []
    args = iter(argv)
    for arg in args:
        if arg in ("--claims", "--skip"):
            (claims if arg == "--claims" else skip).append(Path(next(args, "")))
        elif arg.startswith(("--claims=", "--skip=")):
            (claims if arg.startswith("--claims=") else skip).append(Path(arg.split("=", 1)[1]))
        elif arg == "--mine":
            mine.append(next(args, ""))
        elif arg.startswith("--mine="):
            mine.append(arg.split("=", 1)[1])
        else:
            needles.append(arg)
    if not needles:
        print(__doc__.strip().splitlines()[0])
        print(
            "usage: python3 tests/data/fresh_check.py <address or phrase> ..."
            " [--claims FILE] [--skip FILE|DIR] [--mine SET]"
        )
        return 2
    texts = corpus(claims=claims, skip=skip, mine=mine)
    used = [is_used(needle, texts) for needle in needles]
    for needle, found in zip(needles, used, strict=True):
        print(f"{'USED ' if found else 'fresh'}  {needle}")
    return int(any(used))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
