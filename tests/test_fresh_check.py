"""The labellers' freshness check (tests/data/fresh_check.py) on the real data directory."""

from __future__ import annotations

import json
from pathlib import Path

from tests.data.fresh_check import corpus, is_used, main, normalise


def test_an_address_is_the_same_page_with_or_without_scheme_www_and_end_slash() -> None:
    assert normalise("https://www.gov.uk/government/news/x/") == "gov.uk/government/news/x"
    assert normalise("  HTTP://Example.org/A ") == "example.org/a"
    assert normalise("https://www.prnewswire.com:443/news/x/") == "prnewswire.com/news/x"
    assert normalise("example.org:80") == "example.org"
    assert normalise("example.org:8080/x") == "example.org:8080/x"  # not a default port


def test_an_address_stored_with_a_default_port_is_the_same_page(tmp_path: Path) -> None:
    """A labeller found a page that read USED with ':443' in its address and fresh without."""
    (tmp_path / "set.py").write_text('source="https://www.prnewswire.com:443/news/a-1"\n')
    texts = corpus(root=tmp_path)
    assert is_used("https://prnewswire.com/news/a-1", texts)
    assert is_used("prnewswire.com:443/news/a-1", texts)
    assert not is_used("prnewswire.com/news/a-2", texts)


def test_a_page_of_the_corpus_is_used_and_a_made_up_one_is_fresh(tmp_path: Path) -> None:
    texts = corpus()
    label = json.loads(next(Path("tests/data/articles/real/tuned").glob("*.json")).read_text())
    address = label["source"]
    assert address.startswith("https://")
    assert is_used(address, texts)
    assert is_used(address.replace("https://", "http://www.", 1), texts)
    assert not is_used("https://example.invalid/never-labelled-page-4711", texts)
    assert not is_used("   ", texts)


def test_a_claims_file_counts_and_only_a_verdict_is_printed(tmp_path: Path, capsys) -> None:
    """The verdict is printed and is the exit status too: 1 when a needle is used, 0 when
    every one is fresh, 2 when there is nothing to check."""
    claims = tmp_path / "claims.txt"
    claims.write_text(
        "https://example.invalid/taken-by-another-labeller fresh99\n", encoding="utf-8"
    )
    page = "example.invalid/taken-by-another-labeller"
    assert main([page, "--claims", str(claims)]) == 1
    assert capsys.readouterr().out == f"USED   {page}\n"
    assert main([page]) == 0
    assert capsys.readouterr().out == f"fresh  {page}\n"
    assert main([]) == 2
    assert "usage:" in capsys.readouterr().out
    assert main(["example.invalid/never-labelled-page-4711", page, "--claims", str(claims)]) == 1
    assert (
        capsys.readouterr().out.splitlines()[0] == "fresh  example.invalid/never-labelled-page-4711"
    )


def test_a_skipped_file_is_not_searched_so_a_set_can_check_its_own_sentences(capsys) -> None:
    path = Path("tests/data/deadlines/blind_fresh90.py")
    needle = "Heavy rain and thunderstorms will continue to sweep north across England"
    assert needle in path.read_text(encoding="utf-8")  # and in no other file of the corpus
    assert main([needle]) == 1
    assert capsys.readouterr().out == f"USED   {needle}\n"
    assert main([needle, "--skip", str(path)]) == 0
    assert capsys.readouterr().out == f"fresh  {needle}\n"
    assert main([needle, f"--skip={path}"]) == 0
    assert capsys.readouterr().out == f"fresh  {needle}\n"


def test_a_skipped_directory_leaves_out_every_file_under_it(tmp_path: Path, capsys) -> None:
    """An article labeller passed their split's directory to --skip and every page of it
    still read USED: only single files were left out."""
    split = tmp_path / "real" / "blind999"
    split.mkdir(parents=True)
    (split / "a.txt").write_text("The ministry will publish the review by March.\n")
    (split / "a.json").write_text('{"source": "https://example.invalid/review"}\n')
    (tmp_path / "other.py").write_text('source = "https://example.invalid/other"\n')
    assert is_used("example.invalid/review", corpus(root=tmp_path))
    texts = corpus(root=tmp_path, skip=[split])
    assert not is_used("example.invalid/review", texts)
    assert not is_used("The ministry will publish the review by March.", texts)
    assert is_used("example.invalid/other", texts)
    assert not is_used("example.invalid/other", corpus(root=tmp_path, skip=[tmp_path]))


def test_a_labellers_own_claims_are_not_used_with_mine(tmp_path: Path, capsys) -> None:
    """A labeller who claimed a page for their set and checked it again was told USED: their
    own claim was found. With `--mine SET` the claims of that set are left out; a page
    another set claimed stays USED, and without `--mine` every claim counts as before."""
    claims = tmp_path / "claims.txt"
    claims.write_text(
        "https://example.invalid/mine fresh110\n"
        "https://www.example.invalid/also-mine/ FRESH110\n"
        "https://example.invalid/theirs fresh1100\n"
        "https://example.invalid/both fresh110\n"
        "https://example.invalid/both blind104\n",
        encoding="utf-8",
    )
    pages = ["example.invalid/mine", "example.invalid/also-mine", "example.invalid/theirs"]
    pages.append("example.invalid/both")
    for mine in (["--mine", "fresh110"], ["--mine=fresh110"]):
        assert main([*pages, "--claims", str(claims), *mine]) == 1
        assert capsys.readouterr().out.splitlines() == [
            "fresh  example.invalid/mine",
            "fresh  example.invalid/also-mine",
            "USED   example.invalid/theirs",
            "USED   example.invalid/both",
        ]
    assert main([*pages, "--claims", str(claims)]) == 1
    assert capsys.readouterr().out.splitlines() == [f"USED   {page}" for page in pages]
