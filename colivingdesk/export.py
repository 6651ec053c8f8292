"""Records as plain JSON values and CSV rows: one column logic for ``colivingdesk export`` and the window's
"Export CSV" buttons, so a spreadsheet made from either has the same columns.

Columns are the fields of the ``colivingdesk.domain`` dataclass (times ISO 8601, money as
``{"amount": "decimal string", "currency": str}``, nested values as JSON text). Records are read in keyset
pages and written as they come, so a large cache never sits in memory twice.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any

PAGE_SIZE = 500


def plain(value: Any) -> Any:
    """A JSON-ready copy of a record (or any value inside one)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if type(value).__name__ == "Money":
            return {"amount": str(value.amount), "currency": value.currency}  # type: ignore[attr-defined]
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def write_csv(records: Iterable[Any], out: Any) -> int:
    """Write a header (the first record's fields) and one row per record; nothing at all for no records.
    Returns the number of rows written."""
    writer: Any = None
    columns: list[str] = []
    count = 0
    for record in records:
        row = plain(record)
        if writer is None:
            columns = list(row.keys())
            writer = csv.writer(out)
            writer.writerow(columns)
        writer.writerow(
            json.dumps(row[c], ensure_ascii=False) if isinstance(row[c], dict | list) else row[c]
            for c in columns
        )
        count += 1
    return count


def pages(
    fetch: Callable[..., list[Any]], key: Callable[[Any], Any], filter: Any = None, size: int = PAGE_SIZE
) -> Iterator[Any]:
    """Every record ``fetch(filter, after, size)`` yields, page after page (a store ``page_*`` method)."""
    after = None
    while True:
        page = fetch(filter, after, size)
        yield from page
        if len(page) < size:
            return
        after = key(page[-1])
