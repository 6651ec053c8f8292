"""Local fake of the BookMyColiving and Coliving.com partner APIs, read independently from their documents.

Nothing here imports the rest of colivingdesk: the sandbox is a second reading of the documents, so a client
bug and a sandbox bug cannot share a cause.

The names below are loaded on first use, so registering ``colivingdesk sandbox``'s arguments (which needs only
:mod:`.config`) does not import Starlette and uvicorn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app
    from .config import SandboxConfig
    from .server import SandboxServer

__all__ = ["SandboxConfig", "SandboxServer", "create_app"]

_HOMES = {"create_app": ".app", "SandboxConfig": ".config", "SandboxServer": ".server"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value
