"""Package names that load on first use (PEP 562), for packages whose submodules are heavy.

``colivingdesk.api`` and ``colivingdesk.sync`` re-export names from submodules that bring HTTP clients and channel
models; importing a light submodule of theirs, ``colivingdesk --version`` or the window's first paint must not pay
for those. Each package keeps a table of where its names live and hands it to :func:`lazy_getattr`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_getattr(package: str, homes: Mapping[str, str], namespace: dict[str, Any]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``package.<home>`` for a name listed in ``homes`` and binds the name
    in ``namespace`` (the package's globals), so later lookups never come back here."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        namespace[name] = value
        return value

    return __getattr__
