"""Validate credentials against the pinned 1EdTech OB 3.0 AchievementCredential JSON Schema.

`data/achievementcredential-schema.json` is 1EdTech/openbadges-specification (gh-pages)
docs/schema/achievementcredential.json, draft 2019-09. It has no external `$ref`; the registry
below refuses to retrieve any, so validation never touches the network.

Known upstream issue: the schema requires `proof` to be an array, while the 1EdTech
eddsa-rdfc-2022 test vector carries a single proof object, so that file fails on `proof` alone
(1EdTech/openbadges-specification#473). We always emit a one-element array.
"""

import json
import re
from datetime import datetime
from functools import cache
from pathlib import Path

from jsonschema import Draft201909Validator, FormatChecker
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT201909

SCHEMA_PATH = Path(__file__).resolve().parent / "data" / "achievementcredential-schema.json"


# RFC 3339 date-time; jsonschema only checks "date-time" when the optional rfc3339-validator
# package is installed, and validFrom/validUntil are too important to leave unchecked.
_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})", re.ASCII
)

_format_checker = FormatChecker()
_format_checker.checkers = dict(Draft201909Validator.FORMAT_CHECKER.checkers)


@_format_checker.checks("date-time", raises=ValueError)
def _is_date_time(value):
    if not isinstance(value, str):
        return True
    if not _DATE_TIME.fullmatch(value):
        return False
    datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    return True


def _refuse_retrieval(uri):
    raise NoSuchResource(ref=uri)


@cache
def _validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    resource = Resource.from_contents(schema, default_specification=DRAFT201909)
    registry = Registry(retrieve=_refuse_retrieval).with_resource(schema["$id"], resource)
    return Draft201909Validator(schema, registry=registry, format_checker=_format_checker)


def credential_schema_errors(credential):
    """Human-readable reasons the credential fails the OB 3.0 schema; empty when it passes."""
    errors = sorted(
        _validator().iter_errors(credential), key=lambda error: list(error.absolute_path)
    )
    return [f"{error.json_path}: {error.message}" for error in errors]
