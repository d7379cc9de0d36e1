"""Discord's input limits, checked the way Discord checks them: 400 Invalid Form Body.

The fake rejects what Discord would reject, so an end-to-end test fails where
production would fail (a 2001-character reply, a 26th autocomplete choice, a command
description over 100 characters) instead of passing against a too-forgiving fake.
"""

from __future__ import annotations

import re
from typing import Any

INVALID_FORM_BODY = 50035
EMPTY_MESSAGE = 50006

IS_COMPONENTS_V2 = 1 << 15
_COMMAND_NAME = re.compile(r"^[-_'\w]{1,32}$", re.UNICODE)


class ApiError(Exception):
    """An error answer in Discord's JSON error format."""

    def __init__(
        self, status: int, code: int, message: str, errors: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors

    def body(self) -> dict[str, Any]:
        data: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors:
            data["errors"] = self.errors
        return data


class FormErrors:
    """Collects problems under their JSON path, e.g. ("embeds", 0, "title")."""

    def __init__(self) -> None:
        self.problems: list[tuple[tuple[Any, ...], str, str]] = []

    def add(self, path: tuple[Any, ...], code: str, message: str) -> None:
        self.problems.append((path, code, message))

    def max_length(self, path: tuple[Any, ...], value: Any, limit: int) -> None:
        if isinstance(value, str) and len(value) > limit:
            self.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")

    def length_between(self, path: tuple[Any, ...], value: Any, low: int, high: int) -> None:
        if not isinstance(value, str) or not low <= len(value) <= high:
            self.add(path, "BASE_TYPE_BAD_LENGTH", f"Must be between {low} and {high} in length.")

    def raise_if_any(self) -> None:
        if not self.problems:
            return
        tree: dict[str, Any] = {}
        for path, code, message in self.problems:
            node = tree
            for key in path:
                node = node.setdefault(str(key), {})
            node.setdefault("_errors", []).append({"code": code, "message": message})
        raise ApiError(400, INVALID_FORM_BODY, "Invalid Form Body", tree)


def _embed_chars(embed: dict[str, Any]) -> int:
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    total += len((embed.get("footer") or {}).get("text") or "")
    total += len((embed.get("author") or {}).get("name") or "")
    for f in embed.get("fields") or []:
        total += len(f.get("name") or "") + len(f.get("value") or "")
    return total


def _walk_components(components: list[dict[str, Any]]):
    for component in components or []:
        yield component
        yield from _walk_components(component.get("components") or [])
        if isinstance(component.get("component"), dict):
            yield from _walk_components([component["component"]])
        if isinstance(component.get("accessory"), dict):
            yield from _walk_components([component["accessory"]])


def validate_message(payload: dict[str, Any], *, creating: bool, has_files: bool = False) -> None:
    """Message create/edit bodies (channel messages, interaction responses, webhooks)."""
    errors = FormErrors()
    content = payload.get("content")
    if content is not None:
        errors.max_length(("content",), content, 2000)
    embeds = payload.get("embeds") or []
    if len(embeds) > 10:
        errors.add(("embeds",), "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
    for i, embed in enumerate(embeds):
        errors.max_length(("embeds", i, "title"), embed.get("title"), 256)
        errors.max_length(("embeds", i, "description"), embed.get("description"), 4096)
        errors.max_length(
            ("embeds", i, "footer", "text"), (embed.get("footer") or {}).get("text"), 2048
        )
        errors.max_length(
            ("embeds", i, "author", "name"), (embed.get("author") or {}).get("name"), 256
        )
        fields = embed.get("fields") or []
        if len(fields) > 25:
            errors.add(
                ("embeds", i, "fields"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."
            )
        for j, f in enumerate(fields):
            errors.length_between(("embeds", i, "fields", j, "name"), f.get("name"), 1, 256)
            errors.length_between(("embeds", i, "fields", j, "value"), f.get("value"), 1, 1024)
    if sum(_embed_chars(e) for e in embeds) > 6000:
        errors.add(
            ("embeds",), "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000"
        )

    components = payload.get("components") or []
    v2 = bool((payload.get("flags") or 0) & IS_COMPONENTS_V2)
    if not v2:
        if len(components) > 5:
            errors.add(("components",), "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")
        for i, row in enumerate(components):
            if row.get("type") != 1:
                errors.add(
                    ("components", i, "type"),
                    "COMPONENT_LAYOUT_INVALID",
                    "Top-level components must be action rows.",
                )
                continue
            children = row.get("components") or []
            buttons = [c for c in children if c.get("type") == 2]
            if (
                len(children) == 0
                or len(buttons) > 5
                or (len(buttons) != len(children) and len(children) > 1)
            ):
                errors.add(
                    ("components", i, "components"),
                    "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
                    "The specified component exceeds the maximum width",
                )
    elif sum(1 for _ in _walk_components(components)) > 40:
        errors.add(("components",), "BASE_TYPE_MAX_LENGTH", "Must be 40 or fewer in length.")
    seen: set[str] = set()
    for component in _walk_components(components):
        custom_id = component.get("custom_id")
        if custom_id is not None:
            errors.length_between(("components", "custom_id"), custom_id, 1, 100)
            if custom_id in seen:
                errors.add(
                    ("components", "custom_id"),
                    "COMPONENT_CUSTOM_ID_DUPLICATED",
                    "Component custom id cannot be duplicated",
                )
            seen.add(custom_id)
        if component.get("type") == 2:
            errors.max_length(("components", "label"), component.get("label"), 80)
            if component.get("style") == 5 and not component.get("url"):
                errors.add(("components", "url"), "BASE_TYPE_REQUIRED", "Link buttons need a url.")
            if component.get("style") not in (5, 6) and not custom_id:
                errors.add(
                    ("components", "custom_id"), "BASE_TYPE_REQUIRED", "This field is required"
                )
        if component.get("type") == 3 and len(component.get("options") or []) > 25:
            errors.add(
                ("components", "options"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."
            )

    mentions = payload.get("allowed_mentions")
    if mentions:
        parse = mentions.get("parse") or []
        for kind in ("users", "roles"):
            if len(mentions.get(kind) or []) > 100:
                errors.add(
                    ("allowed_mentions", kind),
                    "BASE_TYPE_MAX_LENGTH",
                    "Must be 100 or fewer in length.",
                )
        for kind in ("users", "roles"):
            if kind in parse and mentions.get(kind):
                errors.add(
                    ("allowed_mentions",),
                    "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                    f'parse:["{kind}"] and {kind}: [ids...] are mutually exclusive.',
                )
    errors.raise_if_any()

    if creating and not (
        content
        or embeds
        or components
        or has_files
        or payload.get("sticker_ids")
        or payload.get("poll")
    ):
        raise ApiError(400, EMPTY_MESSAGE, "Cannot send an empty message")


def validate_choices(choices: Any) -> None:
    errors = FormErrors()
    if not isinstance(choices, list):
        errors.add(("data", "choices"), "BASE_TYPE_REQUIRED", "This field is required")
    else:
        if len(choices) > 25:
            errors.add(
                ("data", "choices"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."
            )
        for i, choice in enumerate(choices):
            errors.length_between(("data", "choices", i, "name"), choice.get("name"), 1, 100)
            value = choice.get("value")
            if isinstance(value, str):
                errors.max_length(("data", "choices", i, "value"), value, 100)
    errors.raise_if_any()


def validate_modal(modal: Any) -> None:
    errors = FormErrors()
    if not isinstance(modal, dict):
        errors.add(("data",), "BASE_TYPE_REQUIRED", "This field is required")
        errors.raise_if_any()
    errors.length_between(("data", "title"), modal.get("title"), 1, 45)
    errors.length_between(("data", "custom_id"), modal.get("custom_id"), 1, 100)
    components = modal.get("components") or []
    if not 1 <= len(components) <= 5:
        errors.add(
            ("data", "components"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length."
        )
    for component in _walk_components(components):
        if component.get("type") == 4:
            errors.length_between(
                ("data", "components", "custom_id"), component.get("custom_id"), 1, 100
            )
            errors.max_length(("data", "components", "label"), component.get("label"), 45)
    errors.raise_if_any()


def _validate_options(
    errors: FormErrors, path: tuple[Any, ...], options: list[dict[str, Any]], depth: int
) -> None:
    if len(options) > 25:
        errors.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
    names = [o.get("name") for o in options]
    if len(set(names)) != len(names):
        errors.add(
            path, "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Option names must be unique"
        )
    nested = [o.get("type") in (1, 2) for o in options]
    if any(nested) and not all(nested):
        errors.add(
            path,
            "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
            "Sub-command and sub-command group option types are mutually exclusive "
            "to all other types",
        )
    seen_optional = False
    for i, option in enumerate(options):
        here = (*path, i)
        name = option.get("name")
        if not isinstance(name, str) or not _COMMAND_NAME.match(name) or name != name.lower():
            errors.add(
                (*here, "name"), "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"
            )
        errors.length_between((*here, "description"), option.get("description"), 1, 100)
        kind = option.get("type")
        if kind == 2 and depth > 0:
            errors.add(
                (*here, "type"),
                "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                "Sub-command groups can only be nested at the top level",
            )
        if kind in (1, 2):
            children = option.get("options") or []
            if kind == 2 and any(c.get("type") != 1 for c in children):
                errors.add(
                    (*here, "options"),
                    "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                    "Sub-command groups may only contain sub-commands",
                )
            _validate_options(errors, (*here, "options"), children, depth + 1)
            continue
        if option.get("required"):
            if seen_optional:
                errors.add(
                    (*here, "required"),
                    "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                    "Required options must be placed before non-required options",
                )
        else:
            seen_optional = True
        choices = option.get("choices") or []
        if len(choices) > 25:
            errors.add((*here, "choices"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
        for j, choice in enumerate(choices):
            errors.length_between((*here, "choices", j, "name"), choice.get("name"), 1, 100)
        if choices and option.get("autocomplete"):
            errors.add(
                (*here, "autocomplete"),
                "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID",
                "Autocomplete cannot be set on options with choices",
            )


def validate_commands(commands: Any) -> None:
    """Bulk overwrite body: a list of application command objects."""
    errors = FormErrors()
    if not isinstance(commands, list):
        errors.add((), "BASE_TYPE_REQUIRED", "Expected a list of commands")
        errors.raise_if_any()
    keys = [(c.get("type", 1), c.get("name")) for c in commands]
    if len(set(keys)) != len(keys):
        errors.add(
            (), "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique"
        )
    if sum(1 for kind, _ in keys if kind == 1) > 100:
        errors.add((), "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")
    for i, command in enumerate(commands):
        name = command.get("name")
        kind = command.get("type", 1)
        if kind == 1:
            if not isinstance(name, str) or not _COMMAND_NAME.match(name) or name != name.lower():
                errors.add(
                    (i, "name"), "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"
                )
            errors.length_between((i, "description"), command.get("description"), 1, 100)
            _validate_options(errors, (i, "options"), command.get("options") or [], 0)
        else:
            errors.length_between((i, "name"), name, 1, 32)
    errors.raise_if_any()
