"""What a member does (run a command, type into an autocompleted option, click, submit a
form) turned into the INTERACTION_CREATE payloads Discord sends, and what the bot
answered, gathered for assertions.

Options are built from the command definitions the bot synced, never from the test's
guesses: a test that passes an option the command does not have, leaves out a required
one or picks a value outside the choices fails here, because Discord's client would not
let a member send that either.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from tests.fakediscord.models import FakeAttachment, FakeChannel, FakeGuild, FakeRole, FakeUser

if TYPE_CHECKING:
    from tests.fakediscord.server import FakeDiscord

EPHEMERAL = 1 << 6
LOADING = 1 << 7

SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2
STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT = (
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
)

APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 2, 3, 4, 5


class CommandNotAvailable(Exception):
    """Discord's client would not offer this command to this member, here."""


class InvalidInteraction(ValueError):
    """The test asked for something a member could not do in Discord's client."""


class InteractionTimeout(AssertionError):
    """The bot did not answer (or never finished answering) an interaction."""


def walk_components(components: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for component in components or []:
        yield component
        yield from walk_components(component.get("components") or [])
        for key in ("component", "accessory"):
            if isinstance(component.get(key), dict):
                yield from walk_components([component[key]])


class StoredMessage:
    """A message as the fake stores it: the full Discord message object in `.data`, plus
    what is not part of that object but worth asserting (allowed_mentions,
    enforce_nonce, edit history, deletion)."""

    def __init__(
        self,
        data: dict[str, Any],
        *,
        guild_id: int | None,
        allowed_mentions: dict[str, Any] | None,
        enforce_nonce: bool = False,
        visible_to: int | None = None,
        files: list[tuple[str, bytes]] | None = None,
    ) -> None:
        self.data = data
        self.guild_id = guild_id
        self.allowed_mentions = allowed_mentions
        self.enforce_nonce = enforce_nonce
        self.visible_to = visible_to  # the only user who sees an ephemeral message
        self.files = files or []
        self.history: list[dict[str, Any]] = []
        self.deleted = False

    def __repr__(self) -> str:
        return f"<StoredMessage id={self.id} channel={self.channel_id} content={self.content!r}>"

    @property
    def id(self) -> int:
        return int(self.data["id"])

    @property
    def channel_id(self) -> int:
        return int(self.data["channel_id"])

    @property
    def author_id(self) -> int:
        return int(self.data["author"]["id"])

    @property
    def content(self) -> str:
        return self.data["content"]

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return self.data["embeds"]

    @property
    def components(self) -> list[dict[str, Any]]:
        return self.data["components"]

    @property
    def flags(self) -> int:
        return self.data["flags"]

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def loading(self) -> bool:
        return bool(self.flags & LOADING)

    @property
    def nonce(self) -> str | None:
        return self.data.get("nonce")

    @property
    def pinged_user_ids(self) -> list[int]:
        """Who Discord would notify, after allowed_mentions was applied."""
        return [int(u["id"]) for u in self.data["mentions"]]

    @property
    def pinged_role_ids(self) -> list[int]:
        return [int(r) for r in self.data["mention_roles"]]

    @property
    def text(self) -> str:
        """Everything a reader sees as text: content, embed titles, descriptions, fields,
        footers - handy for `in` assertions that should not care where a word lands."""
        parts = [self.content]
        for embed in self.embeds:
            parts += [embed.get("title") or "", embed.get("description") or ""]
            for f in embed.get("fields") or []:
                parts += [f.get("name") or "", f.get("value") or ""]
            parts.append((embed.get("footer") or {}).get("text") or "")
            parts.append((embed.get("author") or {}).get("name") or "")
        for component in walk_components(self.components):
            if component.get("type") == 10:  # text display
                parts.append(component.get("content") or "")
        return "\n".join(p for p in parts if p)

    def buttons(self) -> list[dict[str, Any]]:
        return [c for c in walk_components(self.components) if c.get("type") == 2]

    @property
    def custom_ids(self) -> list[str]:
        return [c["custom_id"] for c in walk_components(self.components) if c.get("custom_id")]

    def component(self, custom_id: str) -> dict[str, Any]:
        for c in walk_components(self.components):
            if c.get("custom_id") == custom_id:
                return c
        raise InvalidInteraction(
            f"message {self.id} has no component {custom_id!r}; it has {self.custom_ids}"
        )

    def payload(self) -> dict[str, Any]:
        return copy.deepcopy(self.data)


class InteractionResult:
    """One interaction and everything the bot did about it.

    `.type` is the callback type (4 message, 5 deferred, 6 deferred update, 7 update,
    8 autocomplete, 9 modal). `.message` is the original response as it stands now
    (after edits); `.content`, `.embeds`, ... read from it. For a component click
    answered with 6/7, the original response is the clicked message.
    """

    def __init__(
        self,
        fake: FakeDiscord,
        *,
        interaction_id: int,
        token: str,
        kind: int,
        name: str,
        payload: dict[str, Any],
        guild: FakeGuild | None,
        channel_id: int,
        user: FakeUser,
        source_message_id: int | None,
        created_loop_time: float,
    ) -> None:
        self._fake = fake
        self.id = interaction_id
        self.token = token
        self.kind = kind
        self.name = name
        self.payload = payload
        self.guild = guild
        self.channel_id = channel_id
        self.user = user
        self.source_message_id = source_message_id
        self.created_loop_time = created_loop_time
        self.created_at = fake.now()
        self.type: int | None = None
        self.callback_data: dict[str, Any] | None = None
        self.original_id: int | None = None
        self.followup_ids: list[int] = []
        self.choices: list[dict[str, Any]] | None = None
        self.modal: dict[str, Any] | None = None
        self.callback_count = 0

    def __repr__(self) -> str:
        return f"<InteractionResult {self.name!r} type={self.type} content={self.content!r}>"

    # ---- what the bot answered ------------------------------------------------------

    @property
    def responded(self) -> bool:
        return self.type is not None

    @property
    def deferred(self) -> bool:
        return self.type in (5, 6)

    @property
    def message(self) -> StoredMessage | None:
        if self.original_id is None:
            return None
        return self._fake._messages.get(self.original_id)

    @property
    def followups(self) -> list[StoredMessage]:
        return [self._fake._messages[i] for i in self.followup_ids]

    @property
    def content(self) -> str | None:
        return self.message.content if self.message else None

    @property
    def text(self) -> str:
        return self.message.text if self.message else ""

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return self.message.embeds if self.message else []

    @property
    def components(self) -> list[dict[str, Any]]:
        return self.message.components if self.message else []

    @property
    def flags(self) -> int:
        return self.message.flags if self.message else 0

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def allowed_mentions(self) -> dict[str, Any] | None:
        return self.message.allowed_mentions if self.message else None

    # ---- waiting --------------------------------------------------------------------

    def _describe(self) -> str:
        return self._fake._diagnostics(f"interaction {self.name!r} (id {self.id})")

    async def wait_callback(self, timeout: float = 5.0) -> InteractionResult:  # noqa: ASYNC109 - test helpers take a timeout, like asyncio.wait_for
        if not await self._fake._wait_for(lambda: self.type is not None, timeout):
            raise InteractionTimeout(f"the bot did not answer {self._describe()}")
        return self

    async def wait_done(self, timeout: float = 5.0, settle: float = 0.05) -> InteractionResult:  # noqa: ASYNC109 - test helpers take a timeout, like asyncio.wait_for
        """The callback arrived, a 'thinking...' state was resolved, and the bot has been
        quiet for `settle` seconds (so follow-ups and edits sent right after are in)."""
        await self.wait_callback(timeout)
        if self.type == 5:

            def resolved() -> bool:
                message = self.message
                return message is None or message.deleted or not message.loading

            if not await self._fake._wait_for(resolved, timeout):
                raise InteractionTimeout(f"the bot deferred but never answered {self._describe()}")
        await self._fake.settle(settle, timeout)
        return self

    async def wait_followups(self, count: int, timeout: float = 5.0) -> list[StoredMessage]:  # noqa: ASYNC109 - test helpers take a timeout, like asyncio.wait_for
        if not await self._fake._wait_for(lambda: len(self.followup_ids) >= count, timeout):
            raise InteractionTimeout(f"expected {count} follow-ups to {self._describe()}")
        return self.followups


# ---- building payloads -------------------------------------------------------------


def _id_of(value: Any) -> int:
    if isinstance(value, FakeUser | FakeRole | FakeChannel | FakeGuild):
        return value.id
    if isinstance(value, bool):
        raise InvalidInteraction(f"expected an id, got {value!r}")
    return int(value)


class OptionBuilder:
    """Turns {"name": value} into Discord's nested options and `resolved` data."""

    def __init__(self, fake: FakeDiscord, guild: FakeGuild | None, channel_id: int, user: FakeUser):
        self.fake = fake
        self.guild = guild
        self.channel_id = channel_id
        self.user = user
        self.resolved: dict[str, dict[str, Any]] = {}

    def build(
        self,
        definition: dict[str, Any],
        path: list[str],
        values: Mapping[str, Any],
        focused: str | None = None,
    ) -> list[dict[str, Any]]:
        level = definition.get("options") or []
        if path:
            name = path[0]
            for option in level:
                if option["name"] == name and option["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP):
                    inner = self.build(option, path[1:], values, focused)
                    return [{"type": option["type"], "name": name, "options": inner}]
            raise InvalidInteraction(
                f"/{definition['name']} has no subcommand {name!r}; "
                f"it has {[o['name'] for o in level if o['type'] in (1, 2)]}"
            )
        if any(o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP) for o in level):
            raise InvalidInteraction(
                f"/{definition['name']} needs a subcommand: {[o['name'] for o in level]}"
            )
        by_name = {o["name"]: o for o in level}
        unknown = set(values) - set(by_name)
        if unknown:
            raise InvalidInteraction(
                f"/{definition['name']} has no option(s) {sorted(unknown)}; "
                f"it has {sorted(by_name)}"
            )
        if focused is not None and focused not in by_name:
            raise InvalidInteraction(f"no option {focused!r} to focus")
        if focused is not None and not by_name[focused].get("autocomplete"):
            raise InvalidInteraction(f"option {focused!r} has no autocomplete")
        result = []
        for option in level:  # in definition order, like Discord's client
            name = option["name"]
            if name == focused:
                typed = values.get(name, "")
                result.append(
                    {"type": option["type"], "name": name, "value": str(typed), "focused": True}
                )
                continue
            if name not in values or values[name] is None:
                if option.get("required") and focused is None:
                    raise InvalidInteraction(
                        f"option {name!r} of /{definition['name']} is required"
                    )
                continue
            result.append(
                {"type": option["type"], "name": name, "value": self.value(option, values[name])}
            )
        return result

    def value(self, option: dict[str, Any], value: Any) -> Any:
        kind, name = option["type"], option["name"]
        if kind == STRING:
            if not isinstance(value, str):
                raise InvalidInteraction(f"option {name!r} takes text, got {value!r}")
            low, high = option.get("min_length", 0), option.get("max_length", 6000)
            if not low <= len(value) <= high:
                raise InvalidInteraction(f"option {name!r} must be {low}..{high} characters long")
        elif kind == INTEGER:
            if isinstance(value, bool) or not isinstance(value, int):
                raise InvalidInteraction(f"option {name!r} takes a whole number, got {value!r}")
            self._range(option, value)
        elif kind == NUMBER:
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
            ):
                raise InvalidInteraction(f"option {name!r} takes a number, got {value!r}")
            self._range(option, value)
        elif kind == BOOLEAN:
            if not isinstance(value, bool):
                raise InvalidInteraction(f"option {name!r} takes True/False, got {value!r}")
        elif kind == USER:
            return str(self.resolve_user(_id_of(value)))
        elif kind == CHANNEL:
            channel_id = _id_of(value)
            channel = self.resolve_channel(channel_id)
            allowed = option.get("channel_types")
            if allowed and channel.type not in allowed:
                raise InvalidInteraction(
                    f"option {name!r} does not accept channel type {channel.type}"
                )
            return str(channel_id)
        elif kind == ROLE:
            return str(self.resolve_role(_id_of(value)))
        elif kind == MENTIONABLE:
            target = _id_of(value)
            if self.guild is not None and target in self.guild.roles:
                return str(self.resolve_role(target))
            return str(self.resolve_user(target))
        elif kind == ATTACHMENT:
            attachment = self.fake.upload(*value) if isinstance(value, tuple) else value
            if not isinstance(attachment, FakeAttachment):
                raise InvalidInteraction(
                    f"option {name!r} takes fake.upload(...) or (filename, content), got {value!r}"
                )
            self.resolved.setdefault("attachments", {})[str(attachment.id)] = attachment.payload()
            return str(attachment.id)
        else:
            raise InvalidInteraction(f"option type {kind} ({name!r}) is not supported by the fake")
        choices = option.get("choices")
        if choices and value not in [c["value"] for c in choices]:
            raise InvalidInteraction(
                f"option {name!r} must be one of {[c['value'] for c in choices]}, got {value!r}"
            )
        return value

    @staticmethod
    def _range(option: dict[str, Any], value: float) -> None:
        low, high = option.get("min_value"), option.get("max_value")
        if (low is not None and value < low) or (high is not None and value > high):
            raise InvalidInteraction(f"option {option['name']!r} must be within {low}..{high}")

    def resolve_user(self, user_id: int) -> int:
        user = self.fake.user(user_id)
        self.resolved.setdefault("users", {})[str(user_id)] = user.payload()
        if self.guild is not None and user_id in self.guild.members:
            member = self.guild.members[user_id].payload(
                permissions=self.guild.channel_permissions(user_id, self.channel_id)
            )
            member.pop("user")
            self.resolved.setdefault("members", {})[str(user_id)] = member
        return user_id

    def resolve_role(self, role_id: int) -> int:
        if self.guild is None or role_id not in self.guild.roles:
            raise InvalidInteraction(f"no role {role_id} in this server")
        self.resolved.setdefault("roles", {})[str(role_id)] = self.guild.roles[role_id].payload()
        return role_id

    def resolve_channel(self, channel_id: int) -> FakeChannel:
        if self.guild is None or channel_id not in self.guild.channels:
            raise InvalidInteraction(f"no channel {channel_id} in this server")
        channel = self.guild.channels[channel_id]
        self.resolved.setdefault("channels", {})[str(channel_id)] = {
            "id": str(channel.id),
            "name": channel.name,
            "type": channel.type,
            "permissions": str(self.guild.channel_permissions(self.user.id, channel.id)),
            "parent_id": None,
            "topic": channel.topic,
            "nsfw": False,
            "position": channel.position,
            "rate_limit_per_user": 0,
            "flags": 0,
            "guild_id": str(self.guild.id),
        }
        return channel


def modal_submission(modal: dict[str, Any], values: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The `components` of a MODAL_SUBMIT: every input with what the member typed.

    Text inputs take a string, string selects a list of option values. Required inputs
    left empty, text outside min/max length and unknown ids are refused, as Discord's
    client refuses them.
    """
    inputs: dict[str, dict[str, Any]] = {}
    for component in walk_components(modal.get("components") or []):
        if component.get("custom_id") and component.get("type") in (3, 4, 5, 6, 7, 8):
            inputs[component["custom_id"]] = component
    unknown = set(values) - set(inputs)
    if unknown:
        raise InvalidInteraction(
            f"modal has no input(s) {sorted(unknown)}; it has {sorted(inputs)}"
        )

    def answer(component: dict[str, Any]) -> dict[str, Any]:
        custom_id = component["custom_id"]
        kind = component["type"]
        if kind == 4:
            value = values.get(custom_id, component.get("value") or "")
            if not isinstance(value, str):
                raise InvalidInteraction(f"text input {custom_id!r} takes a string")
            if component.get("required", True) and not value:
                raise InvalidInteraction(f"text input {custom_id!r} is required")
            low, high = component.get("min_length", 0), component.get("max_length", 4000)
            if value and not low <= len(value) <= high:
                raise InvalidInteraction(
                    f"text input {custom_id!r} must be {low}..{high} characters"
                )
            return {"type": 4, "custom_id": custom_id, "value": value, "id": component.get("id")}
        chosen = list(values.get(custom_id, []))
        if component.get("required", True) and not chosen:
            raise InvalidInteraction(f"select {custom_id!r} is required")
        return {
            "type": kind,
            "custom_id": custom_id,
            "values": [str(v) for v in chosen],
            "id": component.get("id"),
        }

    submitted = []
    for component in modal.get("components") or []:
        if component.get("type") == 1:
            row = [answer(c) for c in component.get("components") or [] if c.get("custom_id")]
            submitted.append({"type": 1, "id": component.get("id"), "components": row})
        elif component.get("type") == 18 and isinstance(component.get("component"), dict):
            submitted.append(
                {"type": 18, "id": component.get("id"), "component": answer(component["component"])}
            )
    return submitted
