"""Records: the pydantic models that cross stage boundaries, their notation and schema.

`Article` leaves ingest, `ClaimRecord` leaves normalization. `notation` writes
quantities and comparisons as the review CSV shows them; `schema` generates the
JSON Schema of a record. Nothing here knows spaCy, the store or the command line.
"""

from pipeline.records.models import (
    SCHEMA_VERSION,
    TYPE_ORDER,
    Article,
    Assessment,
    Attribution,
    Certainty,
    CheckWorthiness,
    ClaimRecord,
    Comparison,
    Quantity,
    Speaker,
    TimeExpression,
)

__all__ = [
    "SCHEMA_VERSION",
    "TYPE_ORDER",
    "Article",
    "Assessment",
    "Attribution",
    "Certainty",
    "CheckWorthiness",
    "ClaimRecord",
    "Comparison",
    "Quantity",
    "Speaker",
    "TimeExpression",
]
