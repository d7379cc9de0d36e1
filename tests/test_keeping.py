"""Scorecards, export and import, backup and following, through the real service and a
real SQLite file."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sqlite3
from datetime import timedelta

import icalendar
import pytest

from bot.core.errors import InvalidInput, NotFound, PermissionDenied
from bot.core.model import Actor, Status
from bot.keeping import KeepingService
from bot.service import PledgeService
from db.store import Store, backup_database

ALICE = Actor(user_id=11)
MOD = Actor(user_id=99, manage_guild=True)
GUILD, OTHER = 1, 2
DAY = timedelta(days=1)


@pytest.fixture
def keeping(service: PledgeService) -> KeepingService:
    return KeepingService(service)


async def _add(service, speaker, promise, deadline="within two weeks", guild=GUILD, **kw):
    return await service.add(
        guild, ALICE, speaker=speaker, promise=promise, deadline=deadline, **kw
    )


# -- scorecards ------------------------------------------------------------------------


async def test_scorecard_without_any_ruling(service, keeping):
    await _add(service, "Merz", "meet")
    await _add(service, "Merz", "call")
    board = await keeping.scorecards(GUILD)
    (score,) = board.scores
    assert board.speakers == 1
    assert (score.speaker, score.pledges, score.open, score.ruled) == ("Merz", 2, 2, 0)
    assert score.kept_rate is None
    assert score.median_days_late is None
    assert score.overdue == 0


async def test_scorecard_half_points_days_late_and_extensions(service, keeping, clock):
    for promise in ("a", "b", "c", "d", "e"):
        await _add(service, "Trump", promise)  # due 14 days from now
    await _add(service, "trump", "f")  # same speaker, other case
    await _add(service, "Merz", "only open")
    await service.mark(GUILD, 1, ALICE, Status.FULFILLED)  # on time
    await service.mark(GUILD, 2, ALICE, Status.PARTLY)  # on time
    await service.extend(GUILD, 6, ALICE, "within three weeks")
    clock.advance(18 * DAY)  # 4 days past the first deadlines
    await service.mark(GUILD, 3, ALICE, Status.BROKEN)
    await service.mark(GUILD, 4, ALICE, Status.WITHDRAWN)
    clock.advance(2 * DAY)
    await service.mark(GUILD, 5, ALICE, Status.PARTLY)  # 6 days late
    scores = {s.speaker: s for s in (await keeping.scorecards(GUILD)).scores}
    assert set(scores) == {"Trump", "Merz"}
    trump = scores["Trump"]
    assert (trump.pledges, trump.fulfilled, trump.partly, trump.broken) == (6, 1, 2, 1)
    assert (trump.withdrawn, trump.open, trump.extensions) == (1, 1, 1)
    # (1 fulfilled + 2 partly / 2) / 4 ruled (withdrawn is neither kept nor broken)
    assert trump.kept_rate == pytest.approx(0.5)
    # due at the end of day 14 (23:59:59), ruled at noon of day 18 and day 20
    assert trump.median_days_late == pytest.approx(3.5, abs=1e-3)
    merz = scores["Merz"]
    assert (merz.open, merz.overdue, merz.kept_rate) == (1, 1, None)


async def test_speaker_card_lists_most_overdue_and_latest_rulings(service, keeping, clock):
    for index in range(8):
        await _add(service, "Witkoff", f"promise {index}", deadline=f"within {index + 1} days")
    clock.advance(10 * DAY)
    await service.mark(GUILD, 8, ALICE, Status.BROKEN)
    clock.advance(DAY)
    await service.mark(GUILD, 2, ALICE, Status.FULFILLED)
    card = await keeping.speaker_card(GUILD, "witkoff")
    assert [p.number for p in card.most_overdue] == [1, 3, 4, 5, 6]
    assert [(r.pledge.number, r.pledge.status) for r in card.latest_rulings] == [
        (2, Status.FULFILLED),
        (8, Status.BROKEN),
    ]
    with pytest.raises(NotFound):
        await keeping.speaker_card(GUILD, "nobody")


async def test_scorecards_stay_in_their_server(service, keeping):
    await _add(service, "Merz", "meet", guild=OTHER)
    board = await keeping.scorecards(GUILD)
    assert (board.scores, board.speakers) == ([], 0)


# -- export ------------------------------------------------------------------------------


async def test_csv_neutralises_formulas(service, keeping):
    await _add(service, '=HYPERLINK("http://evil","x")', "+1 more", quote="@SUM(A1)")
    await _add(service, "Merz", "-minus", deadline="over the coming days")
    file = await keeping.export_file(GUILD, "csv")
    assert file.filename.endswith(".csv") and file.count == 2
    rows = list(csv.DictReader(io.StringIO(file.data.decode("utf-8-sig"))))
    assert rows[0]["speaker"] == '\'=HYPERLINK("http://evil","x")'
    assert rows[0]["promise"] == "'+1 more"
    assert rows[0]["quote"] == "'@SUM(A1)"
    assert rows[1]["promise"] == "'-minus"
    assert rows[1]["approximate"] == "yes"
    assert rows[0]["number"] == "1" and rows[0]["status"] == "open"


async def test_json_export_carries_every_field_and_the_history(service, keeping):
    await _add(service, "Merz", "meet", source_url="https://example.com/a")
    await service.mark(GUILD, 1, ALICE, Status.BROKEN, note="no meeting")
    document = json.loads((await keeping.export_file(GUILD, "json")).data)
    (pledge,) = document["pledges"]
    assert pledge["number"] == 1 and pledge["status"] == "broken"
    assert pledge["status_note"] == "no meeting" and pledge["source_url"] == "https://example.com/a"
    assert [e["kind"] for e in pledge["history"]] == ["created", "ruled"]
    assert {"said_at", "due_at", "due_earliest", "vague", "seed_key", "deleted_at"} <= set(pledge)


# Snowflakes as Discord makes them: past 2**53, where a double (JavaScript's only number,
# and many JSON tools') no longer holds every integer.
BIG_GUILD = 1_183_920_654_330_134_528 + 1
BIG_MEMBER = Actor(user_id=1_066_811_278_226_075_649, manage_guild=True)


async def test_json_export_writes_discord_ids_as_strings_and_import_reads_both(service, keeping):
    """Review s43: guild, member and actor ids were JSON numbers, which JavaScript (and
    jq, spreadsheets' JSON import) read as doubles, losing their last digits. They are
    strings, as Discord's own API writes them; pledge numbers stay numbers."""
    await service.add(BIG_GUILD, BIG_MEMBER, speaker="Merz", promise="meet")
    await service.mark(BIG_GUILD, 1, BIG_MEMBER, Status.BROKEN, note="no meeting")
    data = (await keeping.export_file(BIG_GUILD, "json")).data
    as_javascript = json.loads(data, parse_int=float)  # every number a double
    assert as_javascript["guild_id"] == str(BIG_GUILD)
    (pledge,) = as_javascript["pledges"]
    assert pledge["guild_id"] == str(BIG_GUILD)
    assert pledge["recorded_by"] == str(BIG_MEMBER.user_id)
    assert {e["actor_id"] for e in pledge["history"]} == {str(BIG_MEMBER.user_id)}
    assert isinstance(json.loads(data)["pledges"][0]["number"], int)
    await keeping.import_file(OTHER, MOD, data)
    (imported,) = await service.store.all_pledges(OTHER)
    assert imported.recorded_by == BIG_MEMBER.user_id
    history = await service.history(OTHER, imported.number)
    assert BIG_MEMBER.user_id in {e.actor_id for e in history}
    # A file exported before, with the ids as numbers, is read as it was.
    old = json.loads(data)
    old["guild_id"] = BIG_GUILD
    for entry in old["pledges"]:
        entry["guild_id"] = BIG_GUILD
        entry["recorded_by"] = BIG_MEMBER.user_id
        for event in entry["history"]:
            event["actor_id"] = BIG_MEMBER.user_id
    third = OTHER + 1
    await keeping.import_file(third, MOD, json.dumps(old).encode())
    assert (await service.store.all_pledges(third))[0].recorded_by == BIG_MEMBER.user_id
    old["pledges"][0]["recorded_by"] = "12x"
    with pytest.raises(InvalidInput, match="recorded_by"):
        await keeping.import_file(third + 1, MOD, json.dumps(old).encode())


async def test_export_filters_by_status_and_speaker(service, keeping):
    await _add(service, "Merz", "meet")
    await _add(service, "Trump", "call")
    await service.mark(GUILD, 2, ALICE, Status.FULFILLED)
    only = await keeping.export_file(GUILD, "json", status="fulfilled")
    assert [p["number"] for p in json.loads(only.data)["pledges"]] == [2]
    only = await keeping.export_file(GUILD, "csv", speaker="merz")
    assert only.count == 1


async def test_ics_parses_back_with_stable_uids_and_vague_marked(service, keeping, clock):
    await _add(service, "Merz", "meet")
    await _add(service, "Trump", "talks", deadline="over the coming days")
    await _add(service, "Putin", "no deadline at all", deadline=None)
    first = await keeping.export_file(GUILD, "ics")
    calendar = icalendar.Calendar.from_ical(first.data)
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    by_uid = {str(e["UID"]): e for e in events}
    assert set(by_uid) == {"pledge-1-1@pledgewatch", "pledge-1-2@pledgewatch"}
    vague = by_uid["pledge-1-2@pledgewatch"]
    assert str(vague["SUMMARY"]).startswith("≈ #2 Trump")
    assert "Approximate deadline" in str(vague["DESCRIPTION"])
    assert str(vague["X-PLEDGEWATCH-APPROXIMATE"]) == "TRUE"
    exact = by_uid["pledge-1-1@pledgewatch"]
    assert exact.decoded("DTSTART") == (await service.get(GUILD, 1)).due_at
    clock.advance(DAY)
    await service.extend(GUILD, 1, ALICE, "within a month")
    again = icalendar.Calendar.from_ical((await keeping.export_file(GUILD, "ics")).data)
    moved = {str(e["UID"]): e for e in again.walk("VEVENT")}["pledge-1-1@pledgewatch"]
    assert int(moved["SEQUENCE"]) > int(exact["SEQUENCE"])  # same UID: an update


# -- import ------------------------------------------------------------------------------


def _comparable(document: dict) -> list[dict]:
    """An export without what necessarily differs between servers (row ids)."""
    out = []
    for pledge in document["pledges"]:
        pledge = {k: v for k, v in pledge.items() if k not in ("id", "guild_id")}
        pledge["history"] = [
            {k: v for k, v in e.items() if k not in ("id", "pledge_id")} for e in pledge["history"]
        ]
        out.append(pledge)
    return out


async def test_json_round_trip_gives_an_identical_server(service, keeping, clock):
    await service.seed(GUILD)
    await service.mark(GUILD, 1, MOD, Status.BROKEN, note="no", evidence_url="https://e.com/x")
    await service.extend(GUILD, 2, MOD, "by the end of September", reason="postponed")
    await service.edit(GUILD, 3, MOD, promise="edited words")
    await service.delete(GUILD, 4, MOD)
    exported = await keeping.export_file(GUILD, "json")
    clock.advance(DAY)
    result = await keeping.import_file(OTHER, MOD, exported.data)
    assert result.numbers == sorted(result.numbers) and len(result.numbers) > 5
    again = await keeping.export_file(OTHER, "json")
    assert _comparable(json.loads(again.data)) == _comparable(json.loads(exported.data))
    assert await keeping.scorecards(OTHER) == await keeping.scorecards(GUILD)


async def test_import_refuses_a_server_with_pledges_unless_merging(service, keeping):
    await _add(service, "Merz", "meet")
    data = (await keeping.export_file(GUILD, "json")).data
    with pytest.raises(InvalidInput, match="already has 1 pledge"):
        await keeping.import_file(GUILD, MOD, data)
    result = await keeping.import_file(GUILD, MOD, data, merge=True)
    assert result.numbers == [2]
    assert (await service.get(GUILD, 2)).promise == "meet"


@pytest.mark.parametrize(
    "broken",
    [
        b"not json",
        b'{"no": "pledges"}',
        b'{"pledges": [{"number": 1}]}',
        b'{"pledges": [{"number": 1, "speaker": "A", "promise": "p", "status": "maybe", '
        b'"said_at": "2025-08-18T00:00:00+00:00", "created_at": "2025-08-18T00:00:00+00:00", '
        b'"updated_at": "2025-08-18T00:00:00+00:00"}]}',
    ],
)
async def test_broken_import_changes_nothing(service, keeping, store: Store, broken):
    await _add(service, "Merz", "meet", guild=GUILD)
    good = json.loads((await keeping.export_file(GUILD, "json")).data)
    with pytest.raises(InvalidInput):
        await keeping.import_file(OTHER, MOD, broken)
    # A file whose last pledge is bad: the good ones before it are not written either.
    good["pledges"].append({**good["pledges"][0], "number": 2, "said_at": "yesterday"})
    with pytest.raises(InvalidInput, match="said_at"):
        await keeping.import_file(OTHER, MOD, json.dumps(good).encode())
    assert await store.count_pledges(OTHER) == 0
    assert await store.outbox.rows_for_guild(OTHER) == []


async def test_import_is_for_managers(keeping):
    with pytest.raises(PermissionDenied):
        await keeping.import_file(GUILD, ALICE, b'{"pledges": []}')


# -- backup ------------------------------------------------------------------------------


@pytest.mark.sqlite_only
async def test_backup_during_writes_holds_every_committed_pledge(service, store, tmp_path):
    committed: list[int] = []
    halfway = asyncio.Event()

    async def writer() -> None:
        for index in range(60):
            pledge = await _add(service, "Merz", f"promise {index}")
            committed.append(pledge.number)
            if len(committed) == 20:
                halfway.set()
            await asyncio.sleep(0)

    task = asyncio.create_task(writer())
    await halfway.wait()
    before = list(committed)
    target = tmp_path / "copies" / "backup.db"
    # The copy runs in a thread while the writer goes on committing on the loop.
    verdict = await asyncio.to_thread(backup_database, store.path, target)
    await task
    assert verdict == "ok"
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        numbers = {row[0] for row in copy.execute("SELECT number FROM pledges")}
    finally:
        copy.close()
    assert set(before) <= numbers


# -- following ---------------------------------------------------------------------------


async def test_follow_by_number_and_speaker(service, keeping, store):
    first = await _add(service, "Merz", "meet")
    other = await _add(service, "Trump", "call")
    assert (await keeping.follow(GUILD, 5, number=1)).new
    assert not (await keeping.follow(GUILD, 5, number=1, dm=True)).new  # only dm changes
    await keeping.follow(GUILD, 6, speaker="trump")
    later = await _add(service, "TRUMP", "later pledge")
    found = await store.followers(GUILD, [first, other, later])
    assert [(f.user_id, f.dm) for f in found[first.id]] == [(5, True)]
    assert [f.user_id for f in found[other.id]] == [6]
    assert [f.user_id for f in found[later.id]] == [6]
    listed = await keeping.following(GUILD, 6)
    assert [(f.speaker, f.number) for f in listed] == [("Trump", None)]
    await keeping.unfollow(GUILD, 5, number=1)
    assert first.id not in await store.followers(GUILD, [first])
    with pytest.raises(InvalidInput):
        await keeping.unfollow(GUILD, 5, number=1)
    with pytest.raises(InvalidInput):
        await keeping.follow(GUILD, 5)
    with pytest.raises(NotFound):
        await keeping.follow(GUILD, 5, speaker="nobody")


async def test_an_export_surely_too_big_for_an_upload_is_refused_early(service, keeping):
    for index in range(30):
        await _add(service, "Merz", f"promise {index} " + "x" * 200)
    # 30 pledges of at least 100 + 4 + 213 bytes each in CSV: surely over 5 kB
    with pytest.raises(InvalidInput, match="more than an upload may be"):
        await keeping.export_file(GUILD, "csv", max_bytes=5_000)
    with pytest.raises(InvalidInput, match="Narrow it with status or speaker"):
        await keeping.export_file(GUILD, "json", status="open", max_bytes=5_000)
    fits = await keeping.export_file(GUILD, "csv", max_bytes=1_000_000)
    assert fits.count == 30


async def test_an_export_over_the_limit_is_refused_when_only_the_file_shows_it(service, keeping):
    """The early refusal reads a lower bound of the size; a file under that bound but
    over the limit is still refused, by the service, whoever asked for it."""
    from bot.core.exchange import size_floor

    for index in range(5):
        await _add(service, "Merz", f"promise {index}")
    whole = await keeping.export_file(GUILD, "json")
    floor = sum(size_floor("json", p) for p in await service.store.all_pledges(GUILD))
    assert floor < len(whole.data)
    with pytest.raises(InvalidInput, match="more than an upload may be"):
        await keeping.export_file(GUILD, "json", max_bytes=len(whole.data) - 1)
    assert (await keeping.export_file(GUILD, "json", max_bytes=len(whole.data))).count == 5


async def test_an_export_reads_a_big_server_page_by_page(service, keeping, monkeypatch):
    monkeypatch.setattr("bot.keeping.EXPORT_PAGE", 7)
    for index in range(30):
        await _add(service, f"Speaker {index % 3}", f"promise {index}")
    await service.delete(GUILD, 5, MOD)
    await service.extend(GUILD, 9, MOD, "within a month")
    data = json.loads((await keeping.export_file(GUILD, "json")).data)
    assert [p["number"] for p in data["pledges"]] == list(range(1, 31))  # deleted included
    assert [e["kind"] for e in data["pledges"][8]["history"]] == ["created", "extended"]
    some = await keeping.export_file(GUILD, "csv", status="open", speaker="Speaker 1")
    rows = list(csv.DictReader(io.StringIO(some.data.decode("utf-8-sig"))))
    assert [int(r["number"]) for r in rows] == [n for n in range(2, 31, 3) if n != 5]


async def test_a_name_written_decomposed_is_the_same_speaker(service, keeping):
    """'Émilie' pasted as 'E' and a combining accent (as some PDFs and macOS file names
    give it) looked the same but was a second speaker on every card, and searches for
    one missed the other. Typed and imported text is stored composed (NFC)."""
    await _add(service, "E\u0301milie Ötzi", "build the bridge")
    await _add(service, "Émilie Ötzi", "open the school")
    await service.edit(GUILD, 2, MOD, promise="open the e\u0301cole")
    assert [p.speaker for p in (await service.list(GUILD, status="all")).items] == [
        "Émilie Ötzi"
    ] * 2
    assert (await service.get(GUILD, 2)).promise == "open the école"
    board = await keeping.scorecards(GUILD)
    assert [score.speaker for score in board.scores] == ["Émilie Ötzi"]
    data = (await keeping.export_file(GUILD, "json")).data
    decomposed = data.decode().replace("\u00c9", "E\\u0301").encode()
    await keeping.import_file(OTHER, MOD, decomposed)
    assert {p.speaker for p in (await service.list(OTHER, status="all")).items} == {"Émilie Ötzi"}


async def test_an_id_of_thousands_of_digits_is_refused_naming_the_entry(
    service, keeping, store: Store
):
    """A `recorded_by` of more than 4300 digits, as a string, failed in int() with
    Python's own ValueError: no word of which entry, and no clear refusal."""
    await _add(service, "Merz", "meet", guild=GUILD)
    document = json.loads((await keeping.export_file(GUILD, "json")).data)
    document["pledges"][0]["recorded_by"] = "9" * 5000
    with pytest.raises(InvalidInput, match=r"Pledge #1 \(entry 1\): `recorded_by` .* is not a"):
        await keeping.import_file(OTHER, MOD, json.dumps(document).encode())
    assert await store.count_pledges(OTHER) == 0


async def test_a_number_of_thousands_of_digits_is_refused_as_no_valid_json(keeping):
    """json.loads refuses an integer of more than 4300 digits with a plain ValueError, not
    a JSONDecodeError: it went past the import's refusal of files that are not JSON."""
    with pytest.raises(InvalidInput, match="not valid JSON"):
        await keeping.import_file(OTHER, MOD, b'{"pledges": [{"number": ' + b"9" * 5000 + b"}]}")


async def test_a_missing_actor_id_is_called_missing_not_none(service, keeping):
    """A history entry without `actor_id` was refused as “None” is not a Discord id:
    Python's word for JSON's null, which the file never held."""
    await _add(service, "Merz", "meet", guild=GUILD)
    document = json.loads((await keeping.export_file(GUILD, "json")).data)
    del document["pledges"][0]["history"][0]["actor_id"]
    with pytest.raises(InvalidInput) as refused:
        await keeping.import_file(OTHER, MOD, json.dumps(document).encode())
    assert "`actor_id` is missing" in str(refused.value) and "None" not in str(refused.value)
