"""Discord's own description of its HTTP API, as the judge of what the bot sends.

`spec/discord-openapi.json` is Discord's published OpenAPI 3.1 document (MIT, from the
discord-api-spec repository; licence and commit beside it). The fake asks `check` about
every request that reaches it: a route the document does not have, or a body its
request schema rejects, is a violation, and the test that caused it fails.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parent / "spec" / "discord-openapi.json"
_ROOT = "urn:discord-openapi"
_PARAM = re.compile(r"\{[^/}]+\}")


@dataclass(frozen=True, slots=True)
class Operation:
    method: str
    template: str
    pattern: re.Pattern[str]
    bodies: dict[str, str]  # content type -> JSON pointer of the request schema


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


class ApiSpec:
    def __init__(self, path: Path = SPEC_PATH) -> None:
        document = json.loads(path.read_text(encoding="utf-8"))
        # The description types every snowflake as a decimal string, but Discord also
        # takes integers in request bodies, and discord.py sends one for each new file
        # (`"attachments": [{"id": 0, ...}]`): integers are allowed too, nothing else.
        snowflake = document["components"]["schemas"]["SnowflakeType"]
        document["components"]["schemas"]["SnowflakeType"] = {
            "anyOf": [snowflake, {"type": "integer", "minimum": 0}]
        }
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry = Registry().with_resource(_ROOT, resource)
        self._operations: list[Operation] = []
        self._validators: dict[str, Draft202012Validator] = {}
        for template, item in document["paths"].items():
            regex = "^" + "[^/]+".join(map(re.escape, _PARAM.split(template))) + "$"
            for method, operation in item.items():
                if method not in ("get", "post", "put", "patch", "delete"):
                    continue
                content = (operation.get("requestBody") or {}).get("content") or {}
                bodies = {
                    kind: "#/"
                    + _pointer("paths", template, method, "requestBody", "content", kind, "schema")
                    for kind in content
                }
                self._operations.append(
                    Operation(method.upper(), template, re.compile(regex), bodies)
                )
        # Literal segments win over parameters: /users/@me before /users/{user_id}.
        self._operations.sort(key=lambda op: len(_PARAM.findall(op.template)))

    def operation(self, method: str, path: str) -> Operation | None:
        for op in self._operations:
            if op.method == method and op.pattern.match(path):
                return op
        return None

    def _validator(self, pointer: str) -> Draft202012Validator:
        validator = self._validators.get(pointer)
        if validator is None:
            validator = Draft202012Validator({"$ref": f"{_ROOT}{pointer}"}, registry=self._registry)
            self._validators[pointer] = validator
        return validator

    def check(self, method: str, path: str, body: Any, *, multipart: bool = False) -> str | None:
        """None when Discord's description accepts the request, else what is wrong."""
        op = self.operation(method, path)
        if op is None:
            return f"{method} {path}: no such route in Discord's API description"
        if body is None:
            return None
        kind = "multipart/form-data" if multipart else "application/json"
        pointer = op.bodies.get(kind) or op.bodies.get("application/json")
        if pointer is None:
            return f"{method} {op.template}: Discord's API takes no body here"
        errors = sorted(self._validator(pointer).iter_errors(body), key=lambda e: e.path)
        if not errors:
            return None
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(body)"
        return f"{method} {op.template}: {where}: {first.message[:300]}"


@functools.cache
def discord_api_spec() -> ApiSpec:
    """Loaded once per test session: the document is 1.2 MB."""
    return ApiSpec()
