from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings, read_dotenv

ROOT = Path(__file__).resolve().parents[1]


def test_defaults(tmp_path):
    settings = load_settings({}, dotenv=tmp_path / "missing.env")
    assert settings.token is None
    assert settings.db_path == Path("pledgewatch.db")
    assert settings.log_level == logging.INFO
    assert settings.dev_guild_id is None and settings.api_base is None


def test_env_overrides_dotenv(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        "# comment\nexport DISCORD_TOKEN='from-file'\nPLEDGEWATCH_DB=/data/p.db\n"
        "PLEDGEWATCH_DEV_GUILD=42\n"
    )
    settings = load_settings({"DISCORD_TOKEN": "from-env"}, dotenv=dotenv)
    assert settings.token == "from-env"
    assert settings.db_path == Path("/data/p.db")
    assert settings.dev_guild_id == 42


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"PLEDGEWATCH_LOG_LEVEL": "LOUD"}, "PLEDGEWATCH_LOG_LEVEL"),
        ({"PLEDGEWATCH_DEV_GUILD": "abc"}, "must be a server id, a positive whole number"),
        ({"DISCORD_API_BASE": "ftp://x"}, "http"),
        ({"PLEDGEWATCH_SHARD_ID": "0"}, "or neither"),
        ({"PLEDGEWATCH_SHARD_ID": "2", "PLEDGEWATCH_SHARD_COUNT": "2"}, "from 0 to"),
        # Not "from 0 to PLEDGEWATCH_SHARD_COUNT - 1 (-1)": the count is what is wrong.
        (
            {"PLEDGEWATCH_SHARD_ID": "0", "PLEDGEWATCH_SHARD_COUNT": "0"},
            "PLEDGEWATCH_SHARD_COUNT must be 1 or more",
        ),
        # A URL the driver cannot read is a setting to fix, not "a bug" (exit 70).
        # ("port" alone would match the URL echoed back: ":port/db").
        ({"PLEDGEWATCH_DB": "postgresql://u:pw@db.example.net:port/db"}, "port must be a number"),
        ({"PLEDGEWATCH_DB": "postgresql://u:pw@db.example.net:99999/db"}, "port must be a number"),
    ],
)
def test_bad_settings_say_what_to_fix(tmp_path, env, message):
    with pytest.raises(ConfigError, match=message):
        load_settings(env, dotenv=tmp_path / "none")


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("sqlite:///data/pledgewatch.db", "PLEDGEWATCH_DB=data/pledgewatch.db "),
        ("sqlite:////srv/pledgewatch.db", "PLEDGEWATCH_DB=/srv/pledgewatch.db "),
        ("sqlite:///./pledgewatch.db", "PLEDGEWATCH_DB=./pledgewatch.db "),
        # One slash is an absolute path too, and the scheme is read in any case: the hint
        # names the operator's file, never the default one (a fresh, empty database).
        ("sqlite:/srv/pledgewatch.db", "PLEDGEWATCH_DB=/srv/pledgewatch.db "),
        ("SQLite:////srv/pledgewatch.db", "PLEDGEWATCH_DB=/srv/pledgewatch.db "),
        ("postgresql+asyncpg://u:pw@db.example.net/db", "postgresql://"),
        ("postgres:/db.example.net/db", "postgresql://"),
        ("mysql://u:pw@db.example.net/db", "a SQLite file or a PostgreSQL database"),
        # No slash after the scheme: still a URL, not a file named "sqlite:pledgewatch.db";
        # a PostgreSQL scheme in capitals is told apart from a driver name.
        ("sqlite:pledgewatch.db", "PLEDGEWATCH_DB=pledgewatch.db "),
        ("PostgreSQL://u:pw@db.example.net/db", "in lower case"),
    ],
)
def test_a_database_url_of_another_kind_is_refused_not_taken_for_a_folder(tmp_path, value, hint):
    """An operator's first week: PLEDGEWATCH_DB=sqlite:///pledgewatch.db (the way other
    tools spell a SQLite file) or postgresql+asyncpg://... was taken for a file path:
    the bot silently made a folder named 'sqlite:' (or 'postgresql+asyncpg:') and a
    fresh database in it, and the pledges recorded there seemed lost once the setting
    was written as a path. Refused, with the spelling that works; nothing created."""
    with pytest.raises(ConfigError, match=re.escape(hint)) as raised:
        load_settings({"PLEDGEWATCH_DB": value}, dotenv=tmp_path / "none")
    assert "pw@" not in str(raised.value)  # no password echoed
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "PLEDGEWATCH_"))},
        "PLEDGEWATCH_DB": value,
        "PYTHONPATH": str(ROOT),
    }
    done = run_cli(tmp_path, env, "list", "--guild", "1", check=False)
    assert done.returncode == 2, done.stderr
    assert hint in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("value", ["-1406970888192131077", "0", "-0", str(2**63)])
def test_a_dev_server_id_that_no_server_can_have_is_refused_with_how_to_find_it(tmp_path, value):
    """Stop 46's review: PLEDGEWATCH_DEV_GUILD=-5 (or 0) was accepted, and `sync` sent the
    commands to a server that cannot exist. A Discord id is a positive whole number below
    2**63; the message says what was wrong and where the right id is found."""
    with pytest.raises(ConfigError) as raised:
        load_settings({"PLEDGEWATCH_DEV_GUILD": value}, dotenv=tmp_path / "none")
    message = str(raised.value)
    assert message.startswith("PLEDGEWATCH_DEV_GUILD must be a server id"), message
    assert repr(value) in message and "Copy Server ID" in message


@pytest.mark.parametrize("value", ["-5", "0"])
def test_a_cli_server_id_that_no_server_can_have_is_refused(tmp_path, value):
    """`python -m bot seed --guild -5` imported the bundled pledges into "server -5"."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "PLEDGEWATCH_"))},
        "PLEDGEWATCH_DB": str(tmp_path / "pledgewatch.db"),
        "PYTHONPATH": str(ROOT),
    }
    done = run_cli(tmp_path, env, "seed", f"--guild={value}", check=False)
    assert done.returncode == 2, done.stderr
    assert "--guild: a server id is a positive whole number" in done.stderr, done.stderr
    assert "Copy Server ID" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "pledgewatch.db").exists()


def test_a_shard_id_that_is_no_number_is_not_called_a_discord_id(tmp_path):
    """'PLEDGEWATCH_SHARD_ID must be a number (a Discord id)': a shard id is the
    process's number, 0 to count - 1, not a Discord id."""
    with pytest.raises(ConfigError) as raised:
        load_settings(
            {"PLEDGEWATCH_SHARD_ID": "first", "PLEDGEWATCH_SHARD_COUNT": "2"},
            dotenv=tmp_path / "none",
        )
    assert "Discord id" not in str(raised.value)
    assert "PLEDGEWATCH_SHARD_ID must be a number (this process's shard" in str(raised.value)


def test_a_bad_database_url_is_echoed_without_its_password(tmp_path):
    with pytest.raises(ConfigError) as raised:
        load_settings(
            {"PLEDGEWATCH_DB": "postgresql://u:s3cretpw@db.example.net:port/db"},
            dotenv=tmp_path / "none",
        )
    assert "db.example.net:port/db" in str(raised.value)
    assert "s3cretpw" not in str(raised.value)


def test_shards(tmp_path):
    settings = load_settings(
        {"PLEDGEWATCH_SHARD_ID": "1", "PLEDGEWATCH_SHARD_COUNT": "3"}, dotenv=tmp_path / "x"
    )
    assert (settings.shard_id, settings.shard_count) == (1, 3)


def test_a_comment_after_a_value_is_not_part_of_it(tmp_path):
    """`.env` lines like `PLEDGEWATCH_LOG_LEVEL=INFO  # or DEBUG` were read whole: the
    level was refused as 'INFO  # OR DEBUG', and a token so annotated was sent to Discord
    with its comment (review u42). As in shells and python-dotenv, a # after a space ends
    an unquoted value; inside quotes, or without a space before it, it is kept."""
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        "PLEDGEWATCH_LOG_LEVEL=DEBUG   # or INFO\n"
        "DISCORD_TOKEN=abc.def#ghi\t# the bot's token\n"
        "PLEDGEWATCH_DB='/data/a #1.db'  # quoted\n"
        "PLEDGEWATCH_DEV_GUILD=  # none\n"
    )
    values = read_dotenv(dotenv)
    assert values["PLEDGEWATCH_LOG_LEVEL"] == "DEBUG"
    assert values["DISCORD_TOKEN"] == "abc.def#ghi"
    assert values["PLEDGEWATCH_DB"] == "/data/a #1.db"
    settings = load_settings({}, dotenv=dotenv)
    assert settings.log_level == logging.DEBUG and settings.dev_guild_id is None


def test_a_database_path_from_home_is_expanded(tmp_path, monkeypatch):
    """`PLEDGEWATCH_DB=~/pledgewatch.db` in .env (where no shell expands ~) made a folder
    named '~' in the working directory and the database inside it (review u42)."""
    monkeypatch.setenv("HOME", str(tmp_path))
    settings = load_settings({"PLEDGEWATCH_DB": "~/pw/pledgewatch.db"}, dotenv=None)
    assert settings.db_path == tmp_path / "pw" / "pledgewatch.db"


def test_malformed_dotenv_line(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text("DISCORD_TOKEN\n")
    with pytest.raises(ConfigError, match=":1: expected KEY=VALUE"):
        read_dotenv(dotenv)


def test_missing_token_is_explained_not_a_traceback(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    env["PYTHONPATH"] = str(ROOT)
    env["PLEDGEWATCH_DB"] = str(tmp_path / "p.db")
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,  # no .env there
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "DISCORD_TOKEN is not set" in done.stderr
    assert "discord.com/developers/applications" in done.stderr
    assert ".env" in done.stderr
    assert "Traceback" not in done.stderr


def run_cli(cwd, env, *args, check=True):
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=check,
    )


def cli_on(tmp_path, db=None):
    """The command line on the database file `db` (a fresh one in tmp_path by default),
    with no setting of the environment leaking in: `cli(*args, check=True)`."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "PLEDGEWATCH_"))},
        "PLEDGEWATCH_DB": str(db or tmp_path / "cli.db"),
        "PYTHONPATH": str(ROOT),
    }

    def cli(*args, check=True):
        return run_cli(tmp_path, env, *args, check=check)

    return cli


def test_cli_seed_and_list(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    env["PYTHONPATH"] = str(ROOT)
    env["PLEDGEWATCH_DB"] = str(tmp_path / "p.db")

    def cli(*args):
        return run_cli(tmp_path, env, *args).stdout

    first = cli("seed", "--guild", "1")
    assert "Imported 7 pledge(s)" in first
    listing = cli("list", "--guild", "1")
    assert "Friedrich Merz" in listing and "due 2025-09-01 23:59 UTC" in listing
    assert "(approximate)" in listing  # Rutte's "over the coming days"
    assert "7 pledge(s)." in listing
    second = cli("seed", "--guild", "1")
    assert "Imported 0 pledge(s)" in second and "7 were already there" in second
    assert cli("list", "--guild", "1") == listing
    assert "0 pledge(s)." in cli("list", "--guild", "2")
    exported = json.loads(cli("export", "--guild", "1"))
    assert len(exported["pledges"]) == 7
    merz = next(p for p in exported["pledges"] if p["speaker"] == "Friedrich Merz")
    assert merz["due_at"] == "2025-09-01T23:59:59+00:00"
    assert [e["kind"] for e in merz["history"]] == ["created"]


def test_cli_import_round_trips_and_refuses_without_changing_anything(tmp_path):
    cli = cli_on(tmp_path)

    cli("seed", "--guild", "1")
    cli("export", "--guild", "1", "--output", str(tmp_path / "one.json"))
    done = cli("import", str(tmp_path / "one.json"), "--guild", "2")
    assert "Imported 7 pledge(s) into server 2, #1 to #7." in done.stdout
    one = json.loads((tmp_path / "one.json").read_text())
    two = json.loads(cli("export", "--guild", "2").stdout)

    def strip(doc):
        return [
            {k: v for k, v in p.items() if k not in ("id", "guild_id", "history")}
            | {
                "history": [
                    {k: v for k, v in e.items() if k not in ("id", "pledge_id")}
                    for e in p["history"]
                ]
            }
            for p in doc["pledges"]
        ]

    assert strip(two) == strip(one)
    again = cli("import", str(tmp_path / "one.json"), "--guild", "2", check=False)
    assert again.returncode == 1 and "already has 7 pledge(s)" in again.stderr
    (tmp_path / "bad.json").write_text('{"pledges": [{"number": "x"}]}')
    bad = cli("import", str(tmp_path / "bad.json"), "--guild", "3", check=False)
    assert bad.returncode == 1 and "lacks" in bad.stderr
    assert "0 pledge(s)." in cli("list", "--guild", "3").stdout
    merged = cli("import", str(tmp_path / "one.json"), "--guild", "2", "--merge")
    assert "#8 to #14" in merged.stdout
    backed = cli("backup", str(tmp_path / "copy" / "backup.db"))
    assert "integrity check: ok" in backed.stdout
    cli = cli_on(tmp_path, tmp_path / "copy" / "backup.db")
    assert "14 pledge(s)." in cli("list", "--guild", "2").stdout


def test_a_database_held_by_another_program_is_a_refusal_not_a_bug(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    env["PYTHONPATH"] = str(ROOT)
    env["PLEDGEWATCH_DB"] = str(tmp_path / "p.db")
    run = [sys.executable, "-m", "bot"]
    subprocess.run([*run, "migrate"], env=env, cwd=tmp_path, check=True, capture_output=True)
    holder = sqlite3.connect(tmp_path / "p.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        done = subprocess.run(
            [*run, "seed", "--guild", "1234"], env=env, cwd=tmp_path, capture_output=True, text=True
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 1, done.stderr
    assert "database is busy" in done.stderr and "bug" not in done.stderr
    assert "Traceback" not in done.stderr


def test_cli_forget_counts_first_and_deletes_only_with_yes(tmp_path):
    cli = cli_on(tmp_path)

    cli("seed", "--guild", "1")
    cli("seed", "--guild", "2")
    dry = cli("forget", "--guild", "1")
    assert "Server 1 has 7 pledge(s)" in dry.stdout and "Nothing was deleted" in dry.stdout
    assert "--yes" in dry.stdout
    assert "7 pledge(s)." in cli("list", "--guild", "1").stdout
    done = cli("forget", "--guild", "1", "--yes")
    assert done.stdout.startswith("Forgot server 1: deleted 7 pledge(s)")
    assert "pledge_events 7" in done.stdout
    assert "0 pledge(s)." in cli("list", "--guild", "1").stdout
    assert "7 pledge(s)." in cli("list", "--guild", "2").stdout
    again = cli("forget", "--guild", "1", "--yes")
    assert "nothing to delete" in again.stdout
    missing = cli("forget", check=False)
    assert missing.returncode == 2 and "--guild" in missing.stderr
