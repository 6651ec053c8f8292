"""JSON in and out without float drift.

Money and prices travel as JSON numbers. Reading them as ``float`` would turn ``0.1 + 0.2`` style values into
``0.30000000000000004`` before they reach ``Money``; writing a ``Decimal`` through the stdlib encoder is not
possible at all. So every body is decoded with ``parse_float=Decimal`` and encoded by the small writer below,
which prints a ``Decimal`` as its exact literal.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from decimal import Decimal
from typing import Any


def loads(raw: str | bytes) -> Any:
    """Decode JSON; non-integral numbers become ``Decimal`` so amounts stay exact."""
    return json.loads(raw, parse_float=Decimal)


def dumps(value: Any) -> bytes:
    """Encode JSON compactly; ``Decimal`` is written as an exact number literal, never via ``float``."""
    return _encode(value).encode("utf-8")


def decimal_literal(value: Decimal) -> str:
    """``Decimal('800.00')`` -> ``800``, ``Decimal('0.30')`` -> ``0.3``: exact, no exponent."""
    if not value.is_finite():
        raise ValueError(f"cannot send a non-finite number ({value})")
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def _encode(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, Decimal):
        return decimal_literal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot send a non-finite number ({value})")
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Mapping):
        items = (f"{json.dumps(str(k), ensure_ascii=False)}:{_encode(v)}" for k, v in value.items())
        return "{" + ",".join(items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_encode(v) for v in value) + "]"
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")
