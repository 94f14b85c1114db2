"""The JSON Schema of `ClaimRecord`, generated from the pydantic model.

`models/claim-record.schema.json` is this output committed; a test keeps the two equal.
"""

from __future__ import annotations

import json

from pipeline.records import SCHEMA_VERSION, ClaimRecord
from pipeline.resources import models_dir

SCHEMA_FILE = "claim-record.schema.json"


def schema_dict() -> dict:
    schema = ClaimRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"claim-record/{SCHEMA_VERSION}"
    return schema


def schema_json() -> str:
    return json.dumps(schema_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def schema_path():
    return models_dir() / SCHEMA_FILE
